/**
 * The view state, mirrored in the URL query (?lvl=gemeente&jaar=2022&var=population&gm=GM0363&lang=nl) so views can
 * be shared and embedded: place, indicator, panels, classification, map position and the waterbed set-up. Parsing
 * never throws: unknown, stale or hostile values are replaced by defaults and reported (naming the parameter in
 * words). parseState(serializeState(s)) gives s back for every valid s.
 */
import type { Catalog, Level } from '../data/catalog';
import { GROUP_DEFINITIONS } from '../engine/groups';
import { BUURT_GROUP_DEFINITIONS } from '../engine/groups-buurt';
import { MAX_SCENARIO_PARAM, SCENARIO_PARAM } from '../features/scenario/spec-url';
import { DEFAULT_SETTINGS, type ClassificationSettings } from '../views/explore/classification-model';
import type { Camera } from '../views/map/ChoroplethMap';
import { LANGS, type Lang, type Notice } from './i18n';
import { parseCamera, serializeCamera } from './url-state-camera';
import { parseClassification, serializeClassification } from './url-state-classification';
import { paramReader, shorten, type ParamReader } from './url-state-reader';
import { parseWaterbed, serializeWaterbed, type WaterbedLink } from './url-state-waterbed';

/** Two-group indices offered in the ranking chart. */
export const RANKABLE = ['D', 'H', 'xPx', 'Gini', 'V', 'A'] as const;
export type RankIndex = (typeof RANKABLE)[number];
export type MapMode = 'variable' | 'lq';
export const MODES = ['explore', 'waterbed', 'scenario'] as const;
export type Mode = (typeof MODES)[number];
export type Drawer = 'none' | 'table' | 'ranking' | 'charts' | 'buurten' | 'scale' | 'sql' | 'import';
export const DRAWERS: readonly Drawer[] = ['ranking', 'charts', 'table', 'buurten', 'scale', 'sql', 'import', 'none'];

export interface ViewState {
  level: Level;
  year: number;
  variable: string;
  /** When set, the map shows the wijken of this gemeente. */
  gemeente: string | null;
  lang: Lang;
  /** Group definition for the segregation indices. */
  group: string;
  rankIndex: RankIndex;
  /** 'lq': the map shows the location quotient of the group (wijken of the selected gemeente). */
  mapMode: MapMode;
  drawer: Drawer;
  /** Unit whose details are shown (a gemeente, a wijk or a buurt: a buurt shows the map of its gemeente's wijken). */
  selected: string | null;
  /** Area pinned for comparison with the selected one (`naast`, same code forms as `sel`; absent = none). */
  compare?: string | null;
  /** Second indicator for the scatter plot. */
  yVariable: string;
  /** 'waterbed': the waterbed-effect comparison; 'scenario': the what-if scenario panel. */
  mode: Mode;
  /** The what-if scenario's set-up (base64url JSON, src/features/scenario/spec-url.ts; checked by the feature). */
  scenario: string | null;
  /** Presenter mode: map and legend only, large type (for workshops and iframes). */
  present: boolean;
  /** Embed view (?embed=1): only the map, a compact legend, a title and the credit (src/app/EmbedView.tsx). */
  embed: boolean;
  /** Group definition for the indices over buurten (only the groups the buurt data support). */
  buurtGroup: string;
  /** Index compared over wijken and over buurten in the scale view. */
  scaleIndex: ScaleIndexId;
  /** Classification of the map (method, classes, breaks, palette, scope, colour centre). */
  cls: ClassificationSettings;
  /** The map position, once the user moved away from the fitted view; null = the fitted view. */
  camera: Camera | null;
  /** The "classes and colours" settings are open. */
  classesOpen: boolean;
  /** The waterbed comparison's set-up (waterbed mode only; the live set-up is in useWaterbedMode). */
  waterbed: WaterbedLink | null;
}

/** Indices offered in the scale view (wijken vs buurten). */
export const SCALE_VIEW_INDICES = ['D', 'H', 'M'] as const;
export type ScaleIndexId = (typeof SCALE_VIEW_INDICES)[number];

export interface ParsedState {
  state: ViewState;
  /** What was ignored or changed, as codes with parameters (rendered in the UI language by i18n.noticeText). */
  warnings: Notice[];
}

export const DEFAULT_STATE: ViewState = {
  level: 'gemeente',
  year: 2022,
  variable: 'share_income_low',
  gemeente: null,
  lang: 'nl',
  group: 'income_low',
  rankIndex: 'D',
  mapMode: 'variable',
  drawer: 'ranking',
  selected: null,
  yVariable: 'share_owner_occupied',
  mode: 'explore',
  scenario: null,
  present: false,
  embed: false,
  buurtGroup: 'age_65plus',
  scaleIndex: 'D',
  cls: DEFAULT_SETTINGS,
  camera: null,
  classesOpen: false,
  waterbed: null,
};

/** Value of the `open` parameter for the open classification settings. */
const OPEN_CLASSES = 'indeling';

/** The whole query: the short parameters, class breaks, waterbed targets, a scenario and a presenter story. */
const MAX_SEARCH = 3000 + 2 * MAX_SCENARIO_PARAM;

function readParams(search: string, warnings: Notice[]): URLSearchParams {
  if (search.length > MAX_SEARCH) {
    warnings.push({ code: 'params_too_long', params: {} });
    return new URLSearchParams();
  }
  try {
    return new URLSearchParams(search);
  } catch {
    warnings.push({ code: 'params_unreadable', params: {} });
    return new URLSearchParams();
  }
}

/** Place and what the map shows: gm, lvl, var, jaar, y. */
function parsePlace(r: ParamReader, catalog: Catalog, state: ViewState): void {
  const gm = r.get('gm');
  if (gm !== null) {
    if (/^GM\d{4}$/.test(gm)) {
      state.gemeente = gm;
      state.level = 'wijk';
    } else r.warnings.push({ code: 'invalid_gemeente', params: { value: shorten(gm) } });
  }
  const lvl = r.get('lvl');
  if (lvl === 'buurt' && state.gemeente) state.level = 'buurt'; // the buurt map of a gemeente (imported boundaries)
  if (lvl !== null && !state.gemeente) {
    if (lvl === 'gemeente' || lvl === 'wijk') state.level = lvl;
    else r.warnings.push({ code: 'unknown_level', params: { value: shorten(lvl) } });
  }
  const variable = r.get('var');
  if (variable !== null) {
    if (catalog.variables.some((v) => v.id === variable)) state.variable = variable;
    else r.warnings.push({ code: 'unknown_variable', params: { value: shorten(variable) } });
  }
  const year = r.get('jaar');
  if (year !== null) {
    if (/^\d{4}$/.test(year)) state.year = Number(year);
    else r.warnings.push({ code: 'invalid_year', params: { value: shorten(year) } });
  }
  const yv = r.get('y');
  if (yv !== null) {
    if (catalog.variables.some((v) => v.id === yv)) state.yVariable = yv;
    else r.invalid('y', yv);
  }
}

/** One of `allowed`, or null with a notice. */
function oneOf<T extends string>(r: ParamReader, key: string, allowed: readonly T[]): T | null {
  const v = r.get(key);
  if (v === null) return null;
  if ((allowed as readonly string[]).includes(v)) return v as T;
  r.invalid(key, v);
  return null;
}

/** A 0/1 flag; null when absent or not 0/1 (with a notice). */
function flag(r: ParamReader, key: string): boolean | null {
  const v = r.get(key);
  if (v === '1' || v === '0') return v === '1';
  if (v !== null) r.invalid(key, v);
  return null;
}

/** Panels and choices: groups, indices, map mode, drawer, selection, modes. */
function parseChoices(r: ParamReader, state: ViewState): void {
  const lang = r.get('lang');
  if (lang !== null) {
    if ((LANGS as readonly string[]).includes(lang)) state.lang = lang as Lang;
    else r.warnings.push({ code: 'unknown_language', params: { value: shorten(lang) } });
  }
  const group = r.get('groep');
  if (group !== null) {
    if (GROUP_DEFINITIONS.some((g) => g.id === group)) state.group = group;
    else r.warnings.push({ code: 'unknown_group', params: { value: shorten(group) } });
  }
  const index = r.get('index');
  if (index !== null) {
    if ((RANKABLE as readonly string[]).includes(index)) state.rankIndex = index as RankIndex;
    else r.warnings.push({ code: 'unknown_index', params: { value: shorten(index) } });
  }
  state.mapMode = oneOf<MapMode>(r, 'kaart', ['variable', 'lq']) ?? state.mapMode;
  state.drawer = oneOf(r, 'paneel', DRAWERS) ?? state.drawer;
  const sel = r.get('sel');
  if (sel !== null) {
    if (/^(GM\d{4}|WK[0-9A-Z]{6}|BU[0-9A-Z]{8})$/.test(sel)) state.selected = sel;
    else r.invalid('sel', sel);
  }
  const naast = r.get('naast');
  if (naast !== null) {
    if (/^(GM\d{4}|WK[0-9A-Z]{6}|BU[0-9A-Z]{8})$/.test(naast)) state.compare = naast;
    else r.invalid('naast', naast);
  }
  const bgroup = r.get('bgroep');
  if (bgroup !== null) {
    if (BUURT_GROUP_DEFINITIONS.some((g) => g.id === bgroup)) state.buurtGroup = bgroup;
    else r.invalid('bgroep', bgroup);
  }
  state.scaleIndex = oneOf(r, 'schaal', SCALE_VIEW_INDICES) ?? state.scaleIndex;
  state.present = flag(r, 'presenteer') ?? false;
  state.embed = flag(r, 'embed') ?? false;
  state.mode = oneOf(r, 'modus', MODES) ?? state.mode;
  const open = r.get('open');
  if (open !== null) {
    if (open === OPEN_CLASSES) state.classesOpen = true;
    else r.invalid('open', open);
  }
}

export function parseState(search: string, catalog: Catalog): ParsedState {
  const warnings: Notice[] = [];
  const r = paramReader(readParams(search, warnings), warnings);
  const state: ViewState = { ...DEFAULT_STATE };
  parseChoices(r, state);
  parsePlace(r, catalog, state);
  state.cls = parseClassification(r);
  state.camera = parseCamera(r);
  state.waterbed = parseWaterbed(r, catalog, state.mode === 'waterbed');
  const scenario = r.get(SCENARIO_PARAM, MAX_SCENARIO_PARAM);
  if (scenario) state.scenario = scenario;
  r.unread();
  const fixed = reconcile(state, catalog);
  if (fixed.note) warnings.push(fixed.note);
  return { state: fixed.state, warnings };
}

export function serializeState(s: ViewState): string {
  const p = new URLSearchParams();
  if (s.gemeente) p.set('gm', s.gemeente);
  if (!s.gemeente || s.level === 'buurt') p.set('lvl', s.level);
  p.set('jaar', String(s.year));
  p.set('var', s.variable);
  p.set('lang', s.lang);
  p.set('groep', s.group);
  p.set('index', s.rankIndex);
  if (s.mapMode !== 'variable') p.set('kaart', s.mapMode);
  p.set('paneel', s.drawer);
  if (s.selected) p.set('sel', s.selected);
  if (s.compare) p.set('naast', s.compare);
  if (s.yVariable !== DEFAULT_STATE.yVariable) p.set('y', s.yVariable);
  if (s.mode !== 'explore') p.set('modus', s.mode);
  if (s.scenario) p.set(SCENARIO_PARAM, s.scenario);
  if (s.present) p.set('presenteer', '1');
  if (s.embed) p.set('embed', '1');
  if (s.buurtGroup !== DEFAULT_STATE.buurtGroup) p.set('bgroep', s.buurtGroup);
  if (s.scaleIndex !== DEFAULT_STATE.scaleIndex) p.set('schaal', s.scaleIndex);
  serializeClassification(p, s.cls);
  if (s.classesOpen) p.set('open', OPEN_CLASSES);
  serializeCamera(p, s.camera);
  if (s.mode === 'waterbed') serializeWaterbed(p, s.waterbed);
  // Commas need no escaping in a query; kept readable (lists of codes, breaks, the map position).
  return '?' + p.toString().replace(/%2C/g, ',');
}

/** Years in which a variable exists at a level. */
export function yearsFor(catalog: Catalog, level: Level, variable: string): number[] {
  return catalog.variables.find((v) => v.id === variable)?.availability[level] ?? [];
}

/** Variables that exist at a level in at least one year. */
export function variablesFor(catalog: Catalog, level: Level): string[] {
  return catalog.variables.filter((v) => (v.availability[level]?.length ?? 0) > 0).map((v) => v.id);
}

/**
 * Make a state valid: the variable must exist at the level, the year must exist for that variable and level
 * (the nearest available year is taken). Returns a note when something had to change.
 */
/** A variable for a notice: its id under `key`, its labels under `key_nl` / `key_en` (noticeText shows the label). */
function labelParams(catalog: Catalog, key: string, id: string): Record<string, string> {
  const label = catalog.variables.find((v) => v.id === id)?.label;
  return label ? { [key]: id, [`${key}_nl`]: label.nl, [`${key}_en`]: label.en } : { [key]: id };
}

export function reconcile(s: ViewState, catalog: Catalog): { state: ViewState; note?: Notice } {
  const state = { ...s };
  let note: Notice | undefined;
  if (!variablesFor(catalog, state.level).includes(state.variable)) {
    const fallback = variablesFor(catalog, state.level).includes('population') ? 'population' : variablesFor(catalog, state.level)[0]!;
    note = {
      code: 'variable_unavailable',
      params: { ...labelParams(catalog, 'variable', state.variable), level: state.level, ...labelParams(catalog, 'fallback', fallback) },
    };
    state.variable = fallback;
  }
  const years = yearsFor(catalog, state.level, state.variable);
  if (!years.includes(state.year) && years.length) {
    const nearest = years.reduce((best, y) => (Math.abs(y - state.year) < Math.abs(best - state.year) ? y : best), years[0]!);
    note ??= {
      code: 'year_unavailable',
      params: {
        year: String(state.year),
        ...labelParams(catalog, 'variable', state.variable),
        level: state.level,
        nearest: String(nearest),
      },
    };
    state.year = nearest;
  }
  // The scatter's second indicator must exist in the same level and year (silently swapped: it is secondary).
  if (!yearsFor(catalog, state.level, state.yVariable).includes(state.year)) {
    const alt = variablesFor(catalog, state.level).find(
      (v) => v !== state.variable && yearsFor(catalog, state.level, v).includes(state.year),
    );
    if (alt) state.yVariable = alt;
  }
  return note ? { state, note } : { state };
}
