/**
 * Waterbed mode state: the form (targets chosen on the map, indicator, years, rings, threshold), the submitted
 * request and its result from the worker, and what the map should show for it (change per unit, ring outlines).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Level } from '../data/catalog';
import type { UnitValue } from '../data/queries';
import type { WaterbedRequest } from '../pipeline/waterbed';
import type { Ring } from '../engine/waterbed';
import { defaultForm, toggleTarget, toRequest, validateForm, type WaterbedForm } from '../views/waterbed/waterbed-model';
import type { DataService } from './data-service';
import { anyVariable } from './gemeente-status';
import type { Notice } from './i18n';
import { useWaterbed, warmWaterbed, waterbedYears } from './use-waterbed';
import { useIndexWaterbed } from './use-waterbed-index';
import { indexIndicatorOptions, isIndexIndicator } from '../views/waterbed/index-indicator';
import type { IndicatorOption } from '../views/waterbed/WaterbedControls';
import { DEFAULT_THRESHOLD, DEFAULT_WATERBED, type WaterbedLevel, type WaterbedLink, type WaterbedMapView } from './url-state-waterbed';

export { DEFAULT_WATERBED, type WaterbedLevel, type WaterbedMapView } from './url-state-waterbed';

export interface WaterbedModeOptions {
  /** The set-up from the link the page was opened with (targets by code; names are looked up). */
  link?: WaterbedLink | null;
  /** A notice about the link (a target that does not exist in the end year). */
  onNotice?: (n: Notice) => void;
  /** The user asked for a comparison (the map then fits the result, not a stored position). */
  onSubmit?: () => void;
}

function formOf(link: WaterbedLink): WaterbedForm {
  const { indicator, from, to, contiguity, ring2, threshold, weighting } = link;
  return { targets: link.targets.map((code) => ({ code, name: code })), indicator, from, to, contiguity, ring2, threshold, weighting };
}

/** The set-up as a link: the comparison shown (when there is one), else the form as filled in. */
function linkOf(level: WaterbedLevel, form: WaterbedForm, request: WaterbedRequest | null, mapView: WaterbedMapView): WaterbedLink {
  if (request)
    return {
      level: request.level,
      targets: [...request.targets],
      indicator: request.indicator,
      from: request.from,
      to: request.to,
      contiguity: request.contiguity ?? 'queen',
      ring2: request.ring2 ?? false,
      threshold: request.threshold ?? DEFAULT_THRESHOLD,
      weighting: request.weighting === 'population' ? 'density' : (request.weighting ?? 'auto'),
      mapView,
      run: true,
    };
  const { indicator, from, to, contiguity, ring2, weighting } = form;
  const threshold = Number.isFinite(form.threshold) && form.threshold >= 0 ? form.threshold : DEFAULT_THRESHOLD;
  return {
    level,
    targets: form.targets.map((t) => t.code),
    indicator,
    from,
    to,
    contiguity,
    ring2,
    threshold,
    weighting,
    mapView,
    run: false,
  };
}

/**
 * Indicators that can be compared: counts, shares and means present in at least two years at the level; for
 * gemeenten also the segregation index entries (D or H of a group over wijken) with at least two supported years.
 */
export function waterbedIndicators(service: DataService, level: Level): IndicatorOption[] {
  const plain: IndicatorOption[] = service.catalog.variables
    .filter((v) => (v.kind === 'count' || v.kind === 'share' || v.kind === 'mean') && waterbedYears(service, level, v.id).length >= 2)
    .map((v) => ({ id: v.id, label: v.label, kind: v.kind }));
  const index =
    level === 'gemeente' ? indexIndicatorOptions(service.catalog).filter((o) => waterbedYears(service, level, o.id).length >= 2) : [];
  return [...plain, ...index];
}

export function useWaterbedMode(service: DataService, active: boolean, options: WaterbedModeOptions = {}) {
  const [initial] = useState(() => options.link ?? null);
  const [level, setLevelRaw] = useState<WaterbedLevel>(initial?.level ?? DEFAULT_WATERBED.level);
  const [form, setForm] = useState<WaterbedForm>(() =>
    initial
      ? formOf(initial)
      : defaultForm(waterbedYears(service, DEFAULT_WATERBED.level, DEFAULT_WATERBED.indicator), DEFAULT_WATERBED.indicator),
  );
  const [request, setRequest] = useState<WaterbedRequest | null>(null);
  /** What the map shows once a result exists: the change, or the (harmonised) value at t0 or at t1. */
  const [mapView, setMapView] = useState<WaterbedMapView>(initial?.mapView ?? 'change');
  const indexRequest = active && request && isIndexIndicator(request.indicator) ? request : null;
  const wb = useWaterbed(service, active && !indexRequest ? request : null);
  const iw = useIndexWaterbed(service, indexRequest);
  const indicators = useMemo(() => waterbedIndicators(service, level), [service, level]);
  const years = useMemo(() => waterbedYears(service, level, form.indicator), [service, level, form.indicator]);
  const checking = useLinkTargets(service, active, initial, level, years, setForm, setRequest, options.onNotice);

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
  const onSubmit = useRef(options.onSubmit);
  useEffect(() => {
    onSubmit.current = options.onSubmit;
  });
  const submit = useCallback(
    (f: WaterbedForm) => {
      onSubmit.current?.();
      setRequest(toRequest(f, level));
    },
    [level],
  );

  /** Map values while a result is shown: change t0 → t1 per unit (on the t1 units). */
  const change = useMemo<Map<string, number | null> | null>(() => {
    if (!wb.result) return null;
    return new Map(wb.result.units.map((u) => [u.code, u.change ?? null]));
  }, [wb.result]);
  const rings = useMemo(
    () =>
      wb.result
        ? new Map(wb.result.units.map((u) => [u.code, u.ring]))
        : iw.result
          ? new Map(iw.result.units.filter((u) => u.ring !== 'region').map((u) => [u.code, u.ring as Ring]))
          : null,
    [wb.result, iw.result],
  );
  /** The units of the comparison shown (the map fits them). */
  const focus = useMemo(() => (rings && (wb.result || iw.result) ? [...rings.keys()] : null), [rings, wb.result, iw.result]);
  /** Units whose boundary conversion does not fit their own population (dashed outline on the map). */
  const marked = useMemo(
    () => (wb.result ? new Set(wb.result.units.filter((u) => u.consistency?.status === 'implausible').map((u) => u.code)) : null),
    [wb.result],
  );

  // While a link's targets are checked, its comparison is about to run: the URL keeps saying so.
  const link = useMemo(() => {
    const l = linkOf(level, form, request, mapView);
    return checking && initial?.run ? { ...l, run: true } : l;
  }, [level, form, request, mapView, checking, initial]);

  return {
    level,
    setLevel,
    form,
    setForm,
    toggle,
    submit,
    request,
    indicators,
    years,
    result: wb.result,
    indexResult: iw.result,
    indexNames: iw.names,
    busy: wb.busy || iw.busy,
    error: wb.error ?? iw.error,
    change,
    rings,
    focus,
    marked,
    mapView,
    setMapView,
    link,
  };
}

/**
 * A link's targets arrive as codes: look up their names in the end year, leave out (with a notice) codes that do not
 * exist then — a gemeente merged away, a typo — and, when the link says the comparison was run and the set-up is
 * complete, run it: the result appears without a click.
 */
function useLinkTargets(
  service: DataService,
  active: boolean,
  link: WaterbedLink | null,
  level: WaterbedLevel,
  years: readonly number[],
  setForm: (f: (prev: WaterbedForm) => WaterbedForm) => void,
  setRequest: (r: WaterbedRequest) => void,
  onNotice: ((n: Notice) => void) | undefined,
): boolean {
  const [pending, setPending] = useState(() => !!link && link.targets.length > 0);
  const notify = useRef(onNotice);
  useEffect(() => {
    notify.current = onNotice;
  });
  useEffect(() => {
    if (!pending || !active || !link) return;
    let live = true;
    const variable = anyVariable(service.catalog, link.level, link.to);
    (variable ? service.values(link.level, link.to, variable) : Promise.resolve([] as UnitValue[])).then(
      (rows) => {
        if (!live) return;
        const names = new Map(rows.filter((r) => r.name).map((r) => [r.code, r.name]));
        for (const code of link.targets.filter((c) => !names.has(c)))
          notify.current?.({ code: 'stale_target', params: { code, year: String(link.to), name: 'doelen' } });
        const next: WaterbedForm = {
          ...formOf(link),
          targets: link.targets.filter((c) => names.has(c)).map((code) => ({ code, name: names.get(code)! })),
        };
        setForm(() => next);
        setPending(false);
        if (link.run && link.level === level && validateForm(next, years).ok) setRequest(toRequest(next, link.level));
      },
      () => live && setPending(false), // the data could not be loaded: the error panel says so; the form keeps the codes
    );
    return () => {
      live = false;
    };
  }, [pending, active, link, service, level, years, setForm, setRequest]);
  return pending;
}

/** Rows for the map in waterbed mode: the indicator's t1 values replaced by the change when a result exists. */
export function withChange(rows: UnitValue[] | null, change: Map<string, number | null> | null): UnitValue[] | null {
  if (!rows || !change) return rows;
  return rows.map((r) => ({ ...r, value: change.get(r.code) ?? null }));
}
