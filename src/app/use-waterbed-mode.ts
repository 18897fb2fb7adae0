/**
 * Waterbed mode state: the form (targets chosen on the map, indicator, years, rings, threshold), the submitted
 * request and its result from the worker, and what the map should show for it (change per unit, ring outlines).
 */
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { Catalog, Level } from '../data/catalog';
import type { UnitValue } from '../data/queries';
import type { WaterbedRequest } from '../pipeline/waterbed';
import { defaultForm, toggleTarget, toRequest, validateForm, type WaterbedForm } from '../views/waterbed/waterbed-model';
import type { DataService } from './data-service';
import type { Registration } from './imported-boundaries';
import { anyVariable } from './gemeente-status';
import type { Notice } from './i18n';
import { useWaterbed, waterbedYears } from './use-waterbed';
import { useWaterbedFormUpkeep } from './use-waterbed-form';
import { buurtLevelOf, buurtYearsNote } from './waterbed-buurt-years';
import { useWaterbedMarks } from './use-waterbed-marks';
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
export function waterbedIndicators(
  service: DataService,
  level: Level,
  imported: Registration = service.imported.registration,
  catalog: Catalog = service.catalog,
): IndicatorOption[] {
  const plain: IndicatorOption[] = catalog.variables
    .filter(
      (v) =>
        (v.kind === 'count' || v.kind === 'share' || v.kind === 'mean') &&
        waterbedYears(service, level, v.id, imported, catalog).length >= 2,
    )
    .map((v) => ({ id: v.id, label: v.label, kind: v.kind, yearsNote: level === 'buurt' ? buurtYearsNote(service, v.id) : undefined }));
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
  // Imported boundary layers (restored, added, removed) change the levels and years a comparison can use.
  const registration = useSyncExternalStore(service.imported.subscribe, service.imported.getRegistration);
  // The catalogue with the imported statistics laid over it: a new object when they change (e.g. once restored).
  const catalog = service.catalog;
  const indicators = useMemo(() => waterbedIndicators(service, level, registration, catalog), [service, level, registration, catalog]);
  const years = useMemo(
    () => waterbedYears(service, level, form.indicator, registration, catalog),
    [service, level, form.indicator, registration, catalog],
  );
  const checking = useLinkTargets(service, active, initial, level, years, setForm, setRequest, options.onNotice);

  useWaterbedFormUpkeep({ service, active, level, form, setForm, indicators, registration });

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

  const { change, rings, focus, marked } = useWaterbedMarks(wb.result, iw.result);

  // While a link's targets are checked, its comparison is about to run: the URL keeps saying so.
  const link = useMemo(() => {
    const l = linkOf(level, form, request, mapView);
    return checking && initial?.run ? { ...l, run: true } : l;
  }, [level, form, request, mapView, checking, initial]);

  const buurt = useMemo(() => buurtLevelOf(registration, years), [registration, years]);

  return {
    level,
    setLevel,
    buurt,
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
  const [queued, setQueued] = useState<WaterbedForm | null>(null);
  useEffect(() => {
    if (!queued || !validateForm(queued, years).ok) return;
    setQueued(null);
    setRequest(toRequest(queued, level));
  }, [queued, years, level, setRequest]);
  const notify = useRef(onNotice);
  useEffect(() => {
    notify.current = onNotice;
  });
  useEffect(() => {
    if (!pending || !active || !link) return;
    let live = true;
    // A buurt comparison runs on imported boundaries: wait until the imports are restored before checking it.
    const imports = link.level === 'buurt' ? service.imported.wait('buurt', link.to) : Promise.resolve(null);
    const names = imports.then(() => {
      const variable = anyVariable(service.catalog, link.level, link.to);
      return variable ? service.values(link.level, link.to, variable) : ([] as UnitValue[]);
    });
    names.then(
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
        // A buurt link may arrive before its imported statistics: run it once its years are there.
        if (link.run && link.level === level) setQueued(next);
      },
      () => live && setPending(false), // the data could not be loaded: the error panel says so; the form keeps the codes
    );
    return () => {
      live = false;
    };
  }, [pending, active, link, service, level, years, setForm, setRequest]);
  return pending || queued !== null;
}

/** Rows for the map in waterbed mode: the indicator's t1 values replaced by the change when a result exists. */
export function withChange(rows: UnitValue[] | null, change: Map<string, number | null> | null): UnitValue[] | null {
  if (!rows || !change) return rows;
  return rows.map((r) => ({ ...r, value: change.get(r.code) ?? null }));
}
