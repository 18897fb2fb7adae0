/**
 * The imported overlay (pure, testable in Node): which catalogue variables each kept import provides, at which
 * level and year, from which column of its DuckDB table; the catalogue the pickers use, extended with them; and
 * the merge of imported values into the embedded rows. Known CBS columns are mapped automatically (the parser's
 * crosswalk); the file's other numeric columns only when the user maps them by hand (to a catalogue variable, or as a
 * new variable with its own label and kind). Where an import and the embedded data both have a variable at a level
 * and year, the import wins for the units it has, and the catalogue says so in the variable's note.
 */
import type { Catalog, CatalogVariable, Level } from '../../data/catalog';
import type { UnitRecord, UnitValue } from '../../data/queries';
import type { VariableDef, VariableKind } from '../../data/variables';
import { IMPORT_LEVELS, type ImportLevel, type ImportResult } from '../../data/import/types';
import { tableRows, valueColumns } from './table-sql';

/** Kinds a hand-mapped new variable can have (its unit follows from it). */
export const CUSTOM_KINDS = ['count', 'share', 'mean'] as const;
export type CustomKind = (typeof CUSTOM_KINDS)[number];

/** What the user chose for one of the file's other numeric columns. */
export interface HandMapping {
  /** The column as in the file (UnmappedColumn.source). */
  source: string;
  /** A catalogue variable id, or null for a new variable (`custom`). */
  variable: string | null;
  custom?: { label: string; kind: CustomKind };
}

/** One variable an import provides: its table column and the levels where it has at least one value. */
export interface OverlayColumn {
  variable: string;
  column: string;
  levels: ImportLevel[];
  /** The definition of a new (hand-mapped) variable; absent for catalogue variables. */
  custom?: VariableDef;
}

/** A kept, usable statistics import as the overlay sees it. */
export interface OverlaySource {
  id: string;
  fileName: string;
  table: string;
  year: number;
  columns: OverlayColumn[];
}

const slug = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40) || 'col';

/** Catalogue id of a new variable from a hand-mapped column of an import's table (stable across reloads). */
export function customId(table: string, source: string): string {
  return `imp_${table.replace(/^import_/, '')}__${slug(source)}`;
}

function customDef(id: string, label: string, kind: CustomKind, fileName: string): VariableDef {
  const name = label.trim() || id;
  return {
    id,
    label: { nl: `${name} (import)`, en: `${name} (import)` },
    unit: kind === 'share' ? 'percent' : kind === 'count' ? 'count' : 'score',
    kind: kind as VariableKind,
    note: { nl: `Eigen variabele uit ${fileName}.`, en: `Own variable from ${fileName}.` },
  };
}

/**
 * The variables a usable statistics import provides: every catalogue variable the parser mapped, then every
 * hand-mapped column (to a catalogue variable that is not already mapped, or as a new variable). Null for boundaries,
 * files without a year and files with no values.
 */
export function overlaySource(
  rec: { id: string; fileName: string; table: string },
  r: ImportResult,
  hand: readonly HandMapping[],
  knownVariables: ReadonlySet<string>,
): OverlaySource | null {
  if (r.kind !== 'statistics' || r.year === null || !Number.isInteger(r.year)) return null;
  const rows = tableRows(r);
  const levelsWith = (from: 'values' | 'other', key: string): ImportLevel[] =>
    IMPORT_LEVELS.filter((l) =>
      rows.some((row) => row.level === l && typeof (from === 'values' ? row.values : row.other)[key] === 'number'),
    );
  const columns: OverlayColumn[] = [];
  const taken = new Set<string>();
  for (const c of valueColumns(r)) {
    if (c.from === 'values') {
      if (!knownVariables.has(c.key)) continue;
      columns.push({ variable: c.key, column: c.name, levels: levelsWith('values', c.key) });
      taken.add(c.key);
      continue;
    }
    const h = hand.find((m) => m.source === c.key);
    if (!h) continue;
    if (h.variable !== null) {
      if (!knownVariables.has(h.variable) || taken.has(h.variable)) continue;
      columns.push({ variable: h.variable, column: c.name, levels: levelsWith('other', c.key) });
      taken.add(h.variable);
    } else if (h.custom) {
      const id = customId(rec.table, c.key);
      const custom = customDef(id, h.custom.label, h.custom.kind, rec.fileName);
      columns.push({ variable: id, column: c.name, levels: levelsWith('other', c.key), custom });
    }
  }
  const used = columns.filter((c) => c.levels.length > 0);
  return used.length > 0 ? { id: rec.id, fileName: rec.fileName, table: rec.table, year: r.year, columns: used } : null;
}

/** The import that provides `variable` at `level` in `year` (the latest one wins), with its column. */
export function providerOf(
  sources: readonly OverlaySource[],
  level: Level,
  year: number,
  variable: string,
): { source: OverlaySource; column: string } | null {
  for (let i = sources.length - 1; i >= 0; i--) {
    const s = sources[i]!;
    const c = s.year === year ? s.columns.find((x) => x.variable === variable && (x.levels as Level[]).includes(level)) : undefined;
    if (c) return { source: s, column: c.column };
  }
  return null;
}

const LEVEL_NAME: Record<ImportLevel, { nl: string; en: string }> = {
  gemeente: { nl: 'Gemeenten', en: 'Municipalities' },
  wijk: { nl: 'Wijken', en: 'Districts' },
  buurt: { nl: 'Buurten', en: 'Neighbourhoods' },
};

function sourceNote(level: ImportLevel, year: number, fileName: string, replaces: boolean): { nl: string; en: string } {
  const l = LEVEL_NAME[level];
  return {
    nl: `${l.nl} ${year}: waarden uit import ${fileName}${replaces ? ' (gaan voor de ingebouwde gegevens)' : ''}.`,
    en: `${l.en} ${year}: values from import ${fileName}${replaces ? ' (used instead of the embedded data)' : ''}.`,
  };
}

const joinNote = (a: { nl: string; en: string } | undefined, b: { nl: string; en: string }) =>
  a ? { nl: `${a.nl} ${b.nl}`, en: `${a.en} ${b.en}` } : b;

/**
 * The catalogue extended with the imports (in import order; a later import of the same variable, level and year is
 * the one used): years added to the availability, new variables appended, the file named in the sources, the
 * `imported` years listed and a note saying which source is used. The base catalogue is not changed.
 */
export function mergeCatalog(base: Catalog, sources: readonly OverlaySource[]): Catalog {
  if (sources.length === 0) return base;
  const vars = new Map<string, CatalogVariable>(base.variables.map((v) => [v.id, v]));
  const order = base.variables.map((v) => v.id);
  for (const s of sources) {
    for (const c of s.columns) {
      const was = vars.get(c.variable) ?? (c.custom ? { ...c.custom, availability: {}, sources: [] } : undefined);
      if (!was) continue;
      if (!vars.has(c.variable)) order.push(c.variable);
      const v: CatalogVariable = { ...was, availability: { ...was.availability }, imported: { ...was.imported } };
      for (const level of c.levels) {
        const years = v.availability[level] ?? [];
        const replaces = years.includes(s.year) && !(v.imported?.[level] ?? []).includes(s.year);
        v.availability[level] = [...new Set([...years, s.year])].sort((a, b) => a - b);
        v.imported![level] = [...new Set([...(v.imported![level] ?? []), s.year])].sort((a, b) => a - b);
        v.note = joinNote(v.note, sourceNote(level, s.year, s.fileName, replaces));
      }
      v.sources = [...new Set([...v.sources, `import: ${s.fileName}`])];
      vars.set(c.variable, v);
    }
  }
  const levels = [...new Set([...base.levels, ...sources.flatMap((s) => s.columns.flatMap((c) => c.levels))])];
  return { ...base, levels, variables: order.map((id) => vars.get(id)!) };
}

/** One row of an import table as the overlay reads it: identity plus the asked variables. */
export interface ImportedRecord {
  code: string;
  name: string | null;
  gemeente_code: string | null;
  year: number;
  [variable: string]: number | string | null;
}

/**
 * Embedded records with imported values laid over them, per (code, year): an imported unit's values replace the
 * embedded ones for the imported variables; units only in the import are added (identity from the import, the
 * gemeente name from any embedded unit of that gemeente). Batches are applied in order (a later one wins).
 */
export function mergeRecords(
  embedded: readonly UnitRecord[],
  batches: readonly { variables: readonly string[]; rows: readonly ImportedRecord[] }[],
): UnitRecord[] {
  if (batches.length === 0) return [...embedded];
  const key = (code: string, year: number) => `${year}|${code}`;
  const out = new Map<string, UnitRecord>(embedded.map((r) => [key(r.code, r.year), { ...r }]));
  const gmName = new Map<string, string>();
  embedded.forEach((r) => r.gemeente_code && r.gemeente_name && gmName.set(r.gemeente_code, r.gemeente_name));
  for (const b of batches) {
    for (const row of b.rows) {
      const k = key(row.code, row.year);
      let rec = out.get(k);
      if (!rec) {
        const gm = row.gemeente_code;
        rec = {
          code: row.code,
          name: row.name ?? row.code,
          year: row.year,
          gemeente_code: gm,
          gemeente_name: gm ? (gmName.get(gm) ?? null) : null,
          province_code: null,
          province_name: null,
        };
        out.set(k, rec);
      }
      for (const v of b.variables) rec[v] = typeof row[v] === 'number' ? row[v] : null;
    }
  }
  return [...out.values()].sort((a, b) => a.year - b.year || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** Map values from merged records (the UnitValue contract of the map, the table and the charts). */
export function valuesOf(records: readonly UnitRecord[], variable: string): UnitValue[] {
  return records.map((r) => ({
    code: r.code,
    name: r.name,
    gemeente_code: r.gemeente_code,
    gemeente_name: r.gemeente_name,
    value: typeof r[variable] === 'number' ? r[variable] : null,
  }));
}
