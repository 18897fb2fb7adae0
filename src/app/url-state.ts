/**
 * The view state, mirrored in the URL query (?lvl=gemeente&jaar=2022&var=population&gm=GM0363&lang=nl) so views can
 * be shared and embedded. Parsing never throws: unknown or hostile values are replaced by defaults and reported.
 */
import type { Catalog, Level } from '../data/catalog';
import { GROUP_DEFINITIONS } from '../engine/groups';
import { BUURT_GROUP_DEFINITIONS } from '../engine/groups-buurt';
import { MAX_SCENARIO_PARAM, SCENARIO_PARAM } from '../features/scenario/spec-url';
import { LANGS, type Lang, type Notice } from './i18n';

/** Two-group indices offered in the ranking chart. */
export const RANKABLE = ['D', 'H', 'xPx', 'Gini', 'V', 'A'] as const;
export type RankIndex = (typeof RANKABLE)[number];
export type MapMode = 'variable' | 'lq';
export const MODES = ['explore', 'waterbed', 'scenario'] as const;
export type Mode = (typeof MODES)[number];
export type Drawer = 'none' | 'table' | 'ranking' | 'charts' | 'buurten' | 'scale';
export const DRAWERS: readonly Drawer[] = ['ranking', 'charts', 'table', 'buurten', 'scale', 'none'];

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
};

const MAX_PARAM = 64;
/** The whole query: the short parameters plus a scenario set-up. */
const MAX_SEARCH = 2000 + MAX_SCENARIO_PARAM;

export function parseState(search: string, catalog: Catalog): ParsedState {
  const warnings: Notice[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.length > MAX_SEARCH ? '' : search);
    if (search.length > MAX_SEARCH) warnings.push({ code: 'params_too_long', params: {} });
  } catch {
    params = new URLSearchParams();
    warnings.push({ code: 'params_unreadable', params: {} });
  }
  const get = (k: string): string | null => {
    const v = params.get(k);
    if (v === null) return null;
    if (v.length > MAX_PARAM) {
      warnings.push({ code: 'param_too_long', params: { name: k } });
      return null;
    }
    return v;
  };
  const state: ViewState = { ...DEFAULT_STATE };

  const lang = get('lang');
  if (lang !== null) {
    if ((LANGS as readonly string[]).includes(lang)) state.lang = lang as Lang;
    else warnings.push({ code: 'unknown_language', params: { value: lang } });
  }
  const gm = get('gm');
  if (gm !== null) {
    if (/^GM\d{4}$/.test(gm)) {
      state.gemeente = gm;
      state.level = 'wijk';
    } else warnings.push({ code: 'invalid_gemeente', params: { value: gm } });
  }
  const lvl = get('lvl');
  if (lvl !== null && !state.gemeente) {
    if (lvl === 'gemeente' || lvl === 'wijk') state.level = lvl;
    else warnings.push({ code: 'unknown_level', params: { value: lvl } });
  }
  const variable = get('var');
  if (variable !== null) {
    if (catalog.variables.some((v) => v.id === variable)) state.variable = variable;
    else warnings.push({ code: 'unknown_variable', params: { value: variable } });
  }
  const year = get('jaar');
  if (year !== null) {
    if (/^\d{4}$/.test(year)) state.year = Number(year);
    else warnings.push({ code: 'invalid_year', params: { value: year } });
  }
  const group = get('groep');
  if (group !== null) {
    if (GROUP_DEFINITIONS.some((g) => g.id === group)) state.group = group;
    else warnings.push({ code: 'unknown_group', params: { value: group } });
  }
  const index = get('index');
  if (index !== null) {
    if ((RANKABLE as readonly string[]).includes(index)) state.rankIndex = index as RankIndex;
    else warnings.push({ code: 'unknown_index', params: { value: index } });
  }
  const kaart = get('kaart');
  if (kaart === 'lq' || kaart === 'variable') state.mapMode = kaart;
  else if (kaart !== null) warnings.push({ code: 'invalid_param', params: { name: 'kaart', value: kaart } });
  const drawer = get('paneel');
  if (drawer !== null && (DRAWERS as readonly string[]).includes(drawer)) state.drawer = drawer as Drawer;
  else if (drawer !== null) warnings.push({ code: 'invalid_param', params: { name: 'paneel', value: drawer } });
  const sel = get('sel');
  if (sel !== null) {
    if (/^(GM\d{4}|WK[0-9A-Z]{6}|BU[0-9A-Z]{8})$/.test(sel)) state.selected = sel;
    else warnings.push({ code: 'invalid_param', params: { name: 'sel', value: sel } });
  }
  const yv = get('y');
  if (yv !== null) {
    if (catalog.variables.some((v) => v.id === yv)) state.yVariable = yv;
    else warnings.push({ code: 'unknown_variable', params: { value: yv } });
  }
  const bgroup = get('bgroep');
  if (bgroup !== null) {
    if (BUURT_GROUP_DEFINITIONS.some((g) => g.id === bgroup)) state.buurtGroup = bgroup;
    else warnings.push({ code: 'unknown_group', params: { value: bgroup } });
  }
  const scale = get('schaal');
  if (scale !== null) {
    if ((SCALE_VIEW_INDICES as readonly string[]).includes(scale)) state.scaleIndex = scale as ScaleIndexId;
    else warnings.push({ code: 'unknown_index', params: { value: scale } });
  }
  const present = get('presenteer');
  if (present === '1') state.present = true;
  else if (present !== null && present !== '0') warnings.push({ code: 'invalid_param', params: { name: 'presenteer', value: present } });
  const embed = get('embed');
  if (embed === '1') state.embed = true;
  else if (embed !== null && embed !== '0') warnings.push({ code: 'invalid_param', params: { name: 'embed', value: embed } });
  const modus = get('modus');
  if ((MODES as readonly string[]).includes(modus ?? '')) state.mode = modus as Mode;
  else if (modus !== null) warnings.push({ code: 'invalid_param', params: { name: 'modus', value: modus } });
  const scenario = params.get(SCENARIO_PARAM);
  if (scenario !== null && scenario.length > MAX_SCENARIO_PARAM)
    warnings.push({ code: 'param_too_long', params: { name: SCENARIO_PARAM } });
  else if (scenario) state.scenario = scenario;
  const fixed = reconcile(state, catalog);
  if (fixed.note) warnings.push(fixed.note);
  return { state: fixed.state, warnings };
}

export function serializeState(s: ViewState): string {
  const p = new URLSearchParams();
  if (s.gemeente) p.set('gm', s.gemeente);
  else p.set('lvl', s.level);
  p.set('jaar', String(s.year));
  p.set('var', s.variable);
  p.set('lang', s.lang);
  p.set('groep', s.group);
  p.set('index', s.rankIndex);
  if (s.mapMode !== 'variable') p.set('kaart', s.mapMode);
  p.set('paneel', s.drawer);
  if (s.selected) p.set('sel', s.selected);
  if (s.yVariable !== DEFAULT_STATE.yVariable) p.set('y', s.yVariable);
  if (s.mode !== 'explore') p.set('modus', s.mode);
  if (s.scenario) p.set(SCENARIO_PARAM, s.scenario);
  if (s.present) p.set('presenteer', '1');
  if (s.embed) p.set('embed', '1');
  if (s.buurtGroup !== DEFAULT_STATE.buurtGroup) p.set('bgroep', s.buurtGroup);
  if (s.scaleIndex !== DEFAULT_STATE.scaleIndex) p.set('schaal', s.scaleIndex);
  return '?' + p.toString();
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
