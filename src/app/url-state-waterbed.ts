/**
 * The waterbed comparison's set-up in the URL (only in waterbed mode): level (wbniveau), targets (doelen,
 * comma-separated codes), indicator (wbkenmerk: a variable id, or a segregation index "index-D-age_65plus"), years (van, tot), neighbours (buren), second ring (ring2), flag
 * threshold (drempel), weighting (weging), what the map shows (wbkaart) and whether the comparison was run
 * (vergelijk=1: the app runs it again on opening). Checked against the catalogue (indicator, years with data and
 * boundaries); whether the targets exist in the end year is checked with the data (useWaterbedMode). Pure.
 */
import type { Catalog, Level } from '../data/catalog';
import type { Contiguity } from '../engine/types';
import { WEIGHTING_CHOICES, type WeightingChoice } from '../engine/waterbed';
import { indexYears, isIndexIndicator, parseIndexIndicator } from '../views/waterbed/index-indicator';
import type { ParamReader } from './url-state-reader';

export type WaterbedLevel = 'gemeente' | 'wijk' | 'buurt';
/** 'side': t0 and t1 in two synced maps side by side. */
export type WaterbedMapView = 'change' | 't0' | 't1' | 'side';
export const WATERBED_MAP_VIEWS: readonly WaterbedMapView[] = ['change', 't0', 't1', 'side'];
export const DEFAULT_WATERBED = { level: 'gemeente' as WaterbedLevel, indicator: 'mean_income_per_inhabitant_keur' };
export const DEFAULT_THRESHOLD = 2;
/** At most this many targets are read from a link. */
export const MAX_TARGETS = 60;

export interface WaterbedLink {
  level: WaterbedLevel;
  /** Target codes (GM… or WK…), in the order chosen. */
  targets: string[];
  indicator: string;
  from: number;
  to: number;
  contiguity: Contiguity;
  ring2: boolean;
  threshold: number;
  weighting: WeightingChoice;
  mapView: WaterbedMapView;
  /** The comparison was computed: opening the link computes it again. */
  run: boolean;
}

/**
 * Years of an indicator at a level with both statistics and boundaries (catalogue only). A segregation index entry
 * ("index-D-age_65plus", gemeenten only): the years its group is published per wijk.
 */
export function linkYears(catalog: Catalog, level: Level, indicator: string): number[] {
  if (isIndexIndicator(indicator)) {
    const parsed = parseIndexIndicator(indicator);
    return parsed && level === 'gemeente' ? indexYears(catalog, parsed.group) : [];
  }
  const v = catalog.variables.find((x) => x.id === indicator);
  return (v?.availability[level] ?? []).filter((y) => catalog.geometry[level]?.includes(y) ?? false);
}

/** Can the indicator be compared at the level (a count, share or mean, or a segregation index, in at least two years)? */
export function comparable(catalog: Catalog, level: Level, indicator: string): boolean {
  if (isIndexIndicator(indicator)) return linkYears(catalog, level, indicator).length >= 2;
  const v = catalog.variables.find((x) => x.id === indicator);
  return !!v && (v.kind === 'count' || v.kind === 'share' || v.kind === 'mean') && linkYears(catalog, level, indicator).length >= 2;
}

/**
 * Buurt comparisons run on imported boundaries and statistics, restored after the link is read: any plausible year is
 * accepted here and checked against the imports by the waterbed mode (which offers only years with both).
 */
const BUURT_LINK_YEARS: readonly number[] = Array.from({ length: 100 }, (_, i) => 2000 + i);

/** The set-up a waterbed link without parameters starts from. */
export function defaultLink(catalog: Catalog, level: WaterbedLevel = DEFAULT_WATERBED.level): WaterbedLink {
  const indicator = comparable(catalog, level, DEFAULT_WATERBED.indicator)
    ? DEFAULT_WATERBED.indicator
    : (catalog.variables.find((v) => comparable(catalog, level, v.id))?.id ?? DEFAULT_WATERBED.indicator);
  const years = linkYears(catalog, level, indicator);
  return {
    level,
    targets: [],
    indicator,
    from: years[0] ?? 0,
    to: years[years.length - 1] ?? 0,
    contiguity: 'queen',
    ring2: false,
    threshold: DEFAULT_THRESHOLD,
    weighting: 'auto',
    mapView: 'change',
    run: false,
  };
}

const TARGET_RE: Record<WaterbedLevel, RegExp> = { gemeente: /^GM\d{4}$/, wijk: /^WK[0-9A-Z]{6}$/, buurt: /^BU[0-9A-Z]{8}$/ };

function parseTargets(r: ParamReader, level: WaterbedLevel): string[] {
  const raw = r.get('doelen', MAX_TARGETS * 9);
  if (raw === null || raw === '') return [];
  const codes = [...new Set(raw.split(','))];
  const good = codes.filter((c) => TARGET_RE[level].test(c)).slice(0, MAX_TARGETS);
  if (good.length !== codes.length) r.invalid('doelen', codes.filter((c) => !good.includes(c)).join(','));
  return good;
}

function parseYears(r: ParamReader, link: WaterbedLink, years: readonly number[]): void {
  const from = r.get('van');
  const to = r.get('tot');
  const year = (key: string, s: string | null): number | null => {
    if (s === null) return null;
    if (/^\d{4}$/.test(s) && years.includes(Number(s))) return Number(s);
    r.invalid(key, s);
    return null;
  };
  const f = year('van', from) ?? link.from;
  const t = year('tot', to) ?? link.to;
  if (f < t) {
    link.from = f;
    link.to = t;
  } else if (from !== null || to !== null) r.invalid('tot', `${from ?? f} → ${to ?? t}`);
}

/** The waterbed set-up of a link; null when the link holds none (or is not in waterbed mode). */
export function parseWaterbed(r: ParamReader, catalog: Catalog, waterbedMode: boolean): WaterbedLink | null {
  const keys = ['wbniveau', 'doelen', 'wbkenmerk', 'van', 'tot', 'buren', 'ring2', 'drempel', 'weging', 'wbkaart', 'vergelijk'];
  if (!waterbedMode) {
    for (const k of keys) r.has(k); // known (not reported as unknown), but not used outside waterbed mode
    return null;
  }
  const lvl = r.get('wbniveau');
  let level: WaterbedLevel = DEFAULT_WATERBED.level;
  if (lvl === 'gemeente' || lvl === 'wijk' || lvl === 'buurt') level = lvl;
  else if (lvl !== null) r.invalid('wbniveau', lvl);
  const link = defaultLink(catalog, level);
  const present = keys.some((k) => r.has(k));
  link.targets = parseTargets(r, level);
  const indicator = r.get('wbkenmerk');
  if (indicator !== null) {
    if (level === 'buurt' && catalog.variables.some((v) => v.id === indicator && ['count', 'share', 'mean'].includes(v.kind)))
      link.indicator = indicator;
    else if (comparable(catalog, level, indicator)) {
      link.indicator = indicator;
      const ys = linkYears(catalog, level, indicator);
      link.from = ys[0]!;
      link.to = ys[ys.length - 1]!;
    } else r.invalid('wbkenmerk', indicator);
  }
  parseYears(r, link, level === 'buurt' ? BUURT_LINK_YEARS : linkYears(catalog, level, link.indicator));
  const buren = r.get('buren');
  if (buren === 'rook' || buren === 'queen') link.contiguity = buren;
  else if (buren !== null) r.invalid('buren', buren);
  const ring2 = r.get('ring2');
  if (ring2 === '1' || ring2 === '0') link.ring2 = ring2 === '1';
  else if (ring2 !== null) r.invalid('ring2', ring2);
  const drempel = r.get('drempel');
  if (drempel !== null) {
    const n = /^\d+(\.\d+)?(e[-+]?\d+)?$/i.test(drempel) ? Number(drempel) : Number.NaN;
    if (Number.isFinite(n) && n >= 0 && n <= 1000) link.threshold = n;
    else r.invalid('drempel', drempel);
  }
  const weging = r.get('weging');
  if (weging !== null) {
    if ((WEIGHTING_CHOICES as readonly string[]).includes(weging)) link.weighting = weging as WeightingChoice;
    else r.invalid('weging', weging);
  }
  const view = r.get('wbkaart');
  if (view !== null) {
    if ((WATERBED_MAP_VIEWS as readonly string[]).includes(view)) link.mapView = view as WaterbedMapView;
    else r.invalid('wbkaart', view);
  }
  const run = r.get('vergelijk');
  if (run === '1') link.run = true;
  else if (run !== null && run !== '0') r.invalid('vergelijk', run);
  return present ? link : null;
}

export function serializeWaterbed(p: URLSearchParams, w: WaterbedLink | null): void {
  if (!w) return;
  if (w.level !== DEFAULT_WATERBED.level) p.set('wbniveau', w.level);
  if (w.targets.length) p.set('doelen', w.targets.join(','));
  p.set('wbkenmerk', w.indicator);
  p.set('van', String(w.from));
  p.set('tot', String(w.to));
  if (w.contiguity !== 'queen') p.set('buren', w.contiguity);
  if (w.ring2) p.set('ring2', '1');
  if (w.threshold !== DEFAULT_THRESHOLD) p.set('drempel', String(w.threshold));
  if (w.weighting !== 'auto') p.set('weging', w.weighting);
  if (w.mapView !== 'change') p.set('wbkaart', w.mapView);
  if (w.run) p.set('vergelijk', '1');
}
