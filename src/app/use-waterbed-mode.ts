/**
 * Waterbed mode state: the form (targets chosen on the map, indicator, years, rings, threshold), the submitted
 * request and its result from the worker, and what the map should show for it (change per unit, ring outlines).
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Level } from '../data/catalog';
import type { UnitValue } from '../data/queries';
import type { WaterbedRequest } from '../pipeline/waterbed';
import { defaultForm, toggleTarget, toRequest, type WaterbedForm } from '../views/waterbed/waterbed-model';
import type { DataService } from './data-service';
import { useWaterbed, warmWaterbed, waterbedYears } from './use-waterbed';

export type WaterbedLevel = 'gemeente' | 'wijk';
/** 'side': t0 and t1 in two synced maps side by side. */
export type WaterbedMapView = 'change' | 't0' | 't1' | 'side';
export const DEFAULT_WATERBED = { level: 'gemeente' as WaterbedLevel, indicator: 'mean_income_per_inhabitant_keur' };

/** Indicators that can be compared: counts, shares and means present in at least two years at the level. */
export function waterbedIndicators(service: DataService, level: Level): { id: string; label: { nl: string; en: string }; kind: string }[] {
  return service.catalog.variables
    .filter((v) => (v.kind === 'count' || v.kind === 'share' || v.kind === 'mean') && waterbedYears(service, level, v.id).length >= 2)
    .map((v) => ({ id: v.id, label: v.label, kind: v.kind }));
}

export function useWaterbedMode(service: DataService, active: boolean) {
  const [level, setLevelRaw] = useState<WaterbedLevel>(DEFAULT_WATERBED.level);
  const [form, setForm] = useState<WaterbedForm>(() =>
    defaultForm(waterbedYears(service, DEFAULT_WATERBED.level, DEFAULT_WATERBED.indicator), DEFAULT_WATERBED.indicator),
  );
  const [request, setRequest] = useState<WaterbedRequest | null>(null);
  /** What the map shows once a result exists: the change, or the (harmonised) value at t0 or at t1. */
  const [mapView, setMapView] = useState<WaterbedMapView>('change');
  const wb = useWaterbed(service, active ? request : null);
  const indicators = useMemo(() => waterbedIndicators(service, level), [service, level]);
  const years = useMemo(() => waterbedYears(service, level, form.indicator), [service, level, form.indicator]);

  // Warm up while the user fills in the form (after the first paint): the worker, boundaries and crosswalks.
  useEffect(() => {
    if (!active) return;
    service
      .whenPainted()
      .then(() => warmWaterbed(service, level, form.indicator, form.to))
      .catch(() => undefined);
  }, [service, active, level, form.indicator, form.to]);

  // Keep the form valid when level or indicator change: known indicator, years clamped to those available.
  useEffect(() => {
    setForm((f) => {
      const indicator = indicators.some((i) => i.id === f.indicator) ? f.indicator : (indicators[0]?.id ?? '');
      const ys = waterbedYears(service, level, indicator);
      const from = ys.includes(f.from) ? f.from : (ys[0] ?? f.from);
      const to = ys.includes(f.to) && f.to > from ? f.to : (ys[ys.length - 1] ?? f.to);
      return indicator === f.indicator && from === f.from && to === f.to ? f : { ...f, indicator, from, to };
    });
  }, [service, level, indicators, form.indicator]);

  const setLevel = useCallback((l: WaterbedLevel) => {
    setLevelRaw(l);
    setForm((f) => ({ ...f, targets: [] }));
    setRequest(null);
  }, []);
  const toggle = useCallback((code: string, name: string) => setForm((f) => toggleTarget(f, { code, name })), []);
  const submit = useCallback((f: WaterbedForm) => setRequest(toRequest(f, level)), [level]);

  /** Map values while a result is shown: change t0 → t1 per unit (on the t1 units). */
  const change = useMemo<Map<string, number | null> | null>(() => {
    if (!wb.result) return null;
    return new Map(wb.result.units.map((u) => [u.code, u.change ?? null]));
  }, [wb.result]);
  const rings = useMemo(() => (wb.result ? new Map(wb.result.units.map((u) => [u.code, u.ring])) : null), [wb.result]);
  /** Units whose boundary conversion does not fit their own population (dashed outline on the map). */
  const marked = useMemo(
    () => (wb.result ? new Set(wb.result.units.filter((u) => u.consistency?.status === 'implausible').map((u) => u.code)) : null),
    [wb.result],
  );

  return { level, setLevel, form, setForm, toggle, submit, request, indicators, years, ...wb, change, rings, marked, mapView, setMapView };
}

/** Rows for the map in waterbed mode: the indicator's t1 values replaced by the change when a result exists. */
export function withChange(rows: UnitValue[] | null, change: Map<string, number | null> | null): UnitValue[] | null {
  if (!rows || !change) return rows;
  return rows.map((r) => ({ ...r, value: change.get(r.code) ?? null }));
}
