/**
 * Which column of a table is what: the code column, the name column, columns to ignore (periods, region type,
 * boundary-change flags, postcodes) and value columns, each mapped onto the catalogue when its name is known
 * (KWB mnemonic, StatLine title "Group/Title (unit)", catalogue id, PDOK camelCase name, OData v3 key by stem).
 */
import { byMnemonic, byPdokName, byTitle, byV3Stem, keyStem, type CrosswalkEntry } from './crosswalk';
import type { ColumnPlan } from './builder';
import { VARIABLES } from '../variables';

const norm = (s: string) => s.trim().toLowerCase();

const CODE_NAMES = [
  'gwb_code_10',
  'gwb_code',
  'regiocode',
  'regiocode (gemeente, wijk, buurt) (code)',
  'codering',
  'codering (code)',
  'codering_3',
  'wijkenenbuurten',
  'statcode',
  'code',
  'buurtcode',
  'buurt_code',
  'bu_code',
  'wijkcode',
  'wijk_code',
  'wk_code',
  'gemeentecode',
  'gemeente_code',
  'gm_code',
];
const NAME_NAMES = [
  'regio',
  'wijken en buurten',
  'statnaam',
  'naam',
  'name',
  'buurtnaam',
  'bu_naam',
  'wijknaam',
  'wk_naam',
  'gemeentenaam',
  'gm_naam',
];
const IGNORE = new Set(
  [
    'perioden',
    'recs',
    'soort regio',
    'soortregio',
    'soortregio_2',
    'gm_naam',
    'gemeentenaam',
    'gemeentenaam_1',
    'id',
    'wijk_code',
    'gemeente_code',
    'gemeentecode',
    'wijkcode',
    'level',
    'gwb_code_8',
    'gwb_code',
    'water',
    'jrstatcode',
    'jaar',
    'statnaam',
    'indelingswijziging',
  ].map(norm),
);

/** Index of the code column: a known name whose cells are codes, else the first column whose cells look like codes. */
export function findCodeColumn(header: readonly string[], looksLikeCodes: (k: number) => boolean): number {
  const names = header.map(norm);
  for (const n of CODE_NAMES) {
    const k = names.findIndex((h) => h === n || h.startsWith(`${n} (`));
    if (k >= 0 && looksLikeCodes(k)) return k;
  }
  return header.findIndex((_, k) => looksLikeCodes(k));
}

export function findNameColumn(header: readonly string[], codeColumn: number): number {
  const names = header.map(norm);
  for (const n of NAME_NAMES) {
    const k = names.indexOf(n);
    if (k >= 0 && k !== codeColumn) return k;
  }
  return -1;
}

/** Columns that are never values (periods, region type, parent codes, names). */
export function isIgnored(name: string): boolean {
  const n = norm(name);
  const { title, unit } = splitStatlineHeader(name);
  const t = norm(title);
  if (unit !== null && ['code', 'naam', 'omschrijving'].includes(norm(unit))) return true;
  return (
    IGNORE.has(n) || IGNORE.has(t) || IGNORE.has(norm(keyStem(n))) || t.startsWith('indelingswijziging') || t.startsWith('soort regio')
  );
}

/** "Bevolking/Leeftijdsgroepen/0 tot 15 jaar (aantal)" → title, group path and unit. */
export function splitStatlineHeader(header: string): { title: string; path: string[]; unit: string | null } {
  const m = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(header);
  const body = m ? m[1] : header;
  const parts = body.split('/').map((p) => p.trim());
  const rest = parts.filter((p) => p.toLowerCase() !== 'waarde');
  return { title: rest[rest.length - 1] ?? body, path: rest.slice(0, -1), unit: m ? m[2].trim() : null };
}

const CATALOGUE = new Map(VARIABLES.map((v) => [v.id, v]));

/** Kind for validation from a StatLine/DataProperties unit ('%' → share, 'aantal' → count). */
export function kindOfUnit(unit: string | null | undefined): ColumnPlan['kind'] {
  if (!unit) return 'unknown';
  const u = unit.trim().toLowerCase();
  if (u === '%' || u === 'percentage' || u === 'procent') return 'share';
  if (u === 'aantal' || u === 'number' || u === 'ha') return 'count';
  return 'unknown';
}

export function planOf(source: string, entry: CrosswalkEntry | undefined, fallbackKind: ColumnPlan['kind'] = 'unknown'): ColumnPlan {
  if (!entry) return { source, label: source, kind: fallbackKind, target: { type: 'other' } };
  const label = `${entry.title} (${entry.mnemonic})`;
  if (entry.variable) {
    return {
      source,
      label,
      kind: entry.kind,
      target: { type: 'variable', variable: entry.variable, ...(entry.shareOf ? { shareOf: entry.shareOf } : {}) },
    };
  }
  if (entry.shareOf)
    return { source, label, kind: entry.kind, target: { type: 'share', variable: entry.shareOf.variable, per: entry.shareOf.per } };
  return { source, label, kind: entry.kind, target: { type: 'other' } };
}

/** The plan for a column header of a CSV (any of the naming schemes). */
export function planForHeader(header: string): ColumnPlan {
  const direct = byMnemonic(header) ?? byPdokName(header);
  if (direct) return planOf(header, direct);
  const cat = CATALOGUE.get(header.trim());
  if (cat) {
    const kind = cat.kind === 'share' ? 'share' : cat.kind === 'count' ? 'count' : cat.kind === 'index' ? 'index' : 'mean';
    return { source: header, label: header, kind, target: { type: 'variable', variable: cat.id } };
  }
  const stems = byV3Stem(keyStem(header.trim()));
  if (stems.length === 1 && /_\d+$/.test(header.trim())) return planOf(header, stems[0]);
  const { title, path, unit } = splitStatlineHeader(header);
  const titled = byTitle(title, path);
  if (titled) return planOf(header, titled);
  return planOf(header, undefined, kindOfUnit(unit));
}
