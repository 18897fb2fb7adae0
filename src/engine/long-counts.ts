/**
 * Parser for researchers' own counts in long format: a table with columns `region,unit,group,count` (any order,
 * case-insensitive, extra columns ignored; optional `region_name`). Produces a BatchInput for batch.ts.
 * Reading (src/data/tabular): bytes are decoded (UTF-8, UTF-16 with mark, Windows-1252 with a warning; binary,
 * compressed and archive files refused), the delimiter (comma, semicolon, tab) is sniffed from the header, quotes
 * and CRLF follow RFC 4180, and every row keeps its line number (1 = header).
 * Counts (numbers.ts): one number convention for the whole count column, Dutch (`1.200` = 1200, `12,5`) or
 * international (`1,200` = 1200, `12.5`), decided from all its cells (a `;` delimiter makes an otherwise ambiguous
 * column Dutch); an undecidable or mixed column is an error. Refused: `0x10`, `1e3`, `Infinity`, `NaN`, `1_000`,
 * negative counts, and counts above MAX_COUNT (10^12), so sums stay finite.
 * Errors name the line: missing or repeated columns, wrong field count, empty codes, refused counts, duplicate
 * (region, unit, group) rows, group / unit / region names that look like two spellings of one name
 * (long-counts-names.ts), more than MAX_GROUPS groups, and a missing count — CBS "." (suppressed) or an empty cell —
 * which is never read as 0: an error unless `suppressed: 'exclude-unit'`, which excludes the whole unit with a reason.
 * A (unit, group) combination absent from the file counts as 0 (long files usually omit zeros); a warning says how
 * many and names examples.
 * Order: units are sorted by (region, unit) code and groups by name (code-point order), so the result does not depend
 * on the order of the rows. Focal group (focal-group.ts): `focal` (trimmed, case-insensitive), else the group with
 * the smallest total (ties: name order); recorded in `focal` and in `input.focalGroup`, which computeBatch uses.
 */
import type { BatchInput, BatchUnit } from './batch';
import { bi, type Bilingual } from '../data/tabular/bilingual';
import { NumberColumn, CELL_EMPTY, CELL_SUPPRESSED, type NumberColumnResult, type NumberLocale } from '../data/tabular/numbers';
import { scanTable, scanTableText, type ScanResult, type TableHandler } from '../data/tabular/read';
import type { Delimiter } from '../data/tabular/delimiter';
import type { TextEncodingName } from '../data/tabular/decode';
import { chooseFocalGroup, type FocalChoice } from './focal-group';
import { nearNameIssues } from './long-counts-names';
import { warningsOf } from './long-counts-warnings';

export { MAX_COUNT } from '../data/tabular/numbers';
export type { FocalChoice, FocalRule } from './focal-group';

export interface LongCountsOptions {
  suppressed?: 'error' | 'exclude-unit';
  /** Stop collecting errors after this many (default 50). */
  maxErrors?: number;
  /** Focal group for the two-group indices (trimmed, case-insensitive); default the group with the smallest total. */
  focal?: string;
  /** File name for messages of the text entry point (default "input"). */
  fileName?: string;
}

/** One problem; line 0 = the file or the options as a whole. `message` is English, `nl` Dutch. */
export interface ParseIssue {
  line: number;
  message: string;
  nl?: string;
}

export type LongCountsResult =
  | {
      ok: true;
      input: BatchInput & { counts: Float64Array[]; focalGroup: string };
      rows: number;
      /** English; warningsBilingual holds the same in both languages. */
      warnings: string[];
      warningsBilingual: Bilingual[];
      focal: FocalChoice;
      encoding: TextEncodingName;
      delimiter: Delimiter;
      /** Number convention of the count column ('either' when no cell depends on it). */
      locale: NumberLocale | 'either';
    }
  | { ok: false; errors: ParseIssue[] };

/** At most this many distinct groups (a larger number means the group column is not what it should be). */
export const MAX_GROUPS = 1000;
/** At most this many (unit, group) combinations: units × groups, the size of the count table. */
export const MAX_CELLS = 20_000_000;

const REQUIRED = ['region', 'unit', 'group', 'count'] as const;
type Column = (typeof REQUIRED)[number] | 'region_name';

/** Parse text that is already decoded (e.g. readFileSync(path, 'utf8')). Prefer parseLongCountsBytes for files. */
export function parseLongCounts(text: string, options: LongCountsOptions = {}): LongCountsResult {
  return parseWith((h) => scanTableText(text, options.fileName ?? 'input', h), options);
}

/** Parse the raw bytes of a file: encoding detected, binary and compressed files refused in words. */
export function parseLongCountsBytes(bytes: Uint8Array, fileName: string, options: LongCountsOptions = {}): LongCountsResult {
  return parseWith((h) => scanTable(bytes, fileName, h), options);
}

/** Errors of one parse: kept up to 20 × max while collecting, reported sorted by line and cut to max. */
class Issues {
  readonly list: ParseIssue[] = [];
  constructor(private readonly max: number) {}
  add(line: number, m: Bilingual): void {
    if (this.list.length < 20 * this.max) this.list.push({ line, message: m.en, nl: m.nl });
  }
  get any(): boolean {
    return this.list.length > 0;
  }
  result(): { ok: false; errors: ParseIssue[] } {
    return { ok: false, errors: [...this.list].sort((a, b) => a.line - b.line).slice(0, this.max) };
  }
}

/** Growable list of int32. */
class IntList {
  data = new Int32Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

/** Everything gathered in one pass over the rows. */
class Gathered {
  col: Partial<Record<Column, number>> = {};
  headerOk = false;
  regionIndex = new Map<string, number>();
  regionCodes: string[] = [];
  regionLines: number[] = [];
  regionNames: (string | undefined)[] = [];
  /** Per region: unit code → unit index. */
  unitIndex: Map<string, number>[] = [];
  unitCodes: string[] = [];
  unitLines: number[] = [];
  unitRegion = new IntList();
  groupIndex = new Map<string, number>();
  groupNames: string[] = [];
  groupLines: number[] = [];
  rowUnit = new IntList();
  rowGroup = new IntList();
  rowLine = new IntList();
  private lastRegionCode = '';
  private lastUnitCode = '';
  private lastUnit = -1;
  constructor(
    private readonly issues: Issues,
    readonly counts: NumberColumn,
  ) {}

  header(names: readonly string[]): boolean {
    const lower = names.map((h) => h.toLowerCase());
    const missing = REQUIRED.filter((c) => !lower.includes(c));
    if (missing.length > 0) {
      const has = names.join(', ') || 'nothing';
      this.issues.add(
        1,
        bi(
          `missing column(s): ${missing.join(', ')} (header has: ${has}; expected region,unit,group,count)`,
          `ontbrekende kolom(men): ${missing.join(', ')} (de kopregel heeft: ${has}; verwacht region,unit,group,count)`,
        ),
      );
    }
    for (const c of [...REQUIRED, 'region_name'] as const) {
      const first = lower.indexOf(c);
      if (first >= 0) this.col[c] = first;
      if (first >= 0 && lower.lastIndexOf(c) !== first)
        this.issues.add(1, bi(`column "${c}" occurs more than once in the header`, `kolom "${c}" staat meer dan eens in de kopregel`));
    }
    this.headerOk = !this.issues.any;
    return this.headerOk;
  }

  row(fields: string[], line: number): void {
    const col = this.col as Record<Column, number>;
    const region = fields[col.region].trim();
    const unit = fields[col.unit].trim();
    const group = fields[col.group].trim();
    if (region === '' || unit === '' || group === '') {
      const empties = [
        ['region', region],
        ['unit', unit],
        ['group', group],
      ]
        .filter(([, v]) => v === '')
        .map(([k]) => k)
        .join(', ');
      this.issues.add(line, bi(`empty ${empties}`, `leeg: ${empties}`));
      return;
    }
    // Rows of one unit are usually adjacent: reuse the last unit without hashing a joined key.
    let u = this.lastUnit;
    if (region !== this.lastRegionCode || unit !== this.lastUnitCode) {
      const r =
        region === this.lastRegionCode
          ? this.unitRegion.data[this.lastUnit]
          : this.intern(this.regionIndex, region, this.regionCodes, this.regionLines, line);
      if (r === this.regionNames.length) {
        this.regionNames.push(undefined);
        this.unitIndex.push(new Map());
      }
      const unitCount = this.unitCodes.length;
      u = this.intern(this.unitIndex[r], unit, this.unitCodes, this.unitLines, line);
      if (u === unitCount) this.unitRegion.push(r);
      this.lastRegionCode = region;
      this.lastUnitCode = unit;
      this.lastUnit = u;
    }
    const r = this.unitRegion.data[u];
    if (col.region_name !== undefined && this.regionNames[r] === undefined) {
      const name = fields[col.region_name].trim();
      if (name !== '') this.regionNames[r] = name;
    }
    this.rowUnit.push(u);
    this.rowGroup.push(this.groupOf(group, line));
    this.rowLine.push(line);
    this.counts.push(fields[col.count], line);
  }

  /** Few groups: comparing with each name is faster than hashing the fresh string of every row. */
  private groupOf(group: string, line: number): number {
    const names = this.groupNames;
    if (names.length <= 16) for (let k = 0; k < names.length; k++) if (names[k] === group) return k;
    return this.intern(this.groupIndex, group, this.groupNames, this.groupLines, line);
  }

  private intern(index: Map<string, number>, key: string, names: string[], lines: number[], line: number): number {
    let i = index.get(key);
    if (i === undefined) {
      i = names.length;
      index.set(key, i);
      names.push(key);
      lines.push(line);
    }
    return i;
  }
}

function parseWith(scan: (h: TableHandler) => ScanResult, options: LongCountsOptions): LongCountsResult {
  const issues = new Issues(options.maxErrors ?? 50);
  const g = new Gathered(issues, new NumberColumn({ name: 'count', maxErrors: 20 * (options.maxErrors ?? 50) }));
  const table = scan({ header: (names) => g.header(names), row: (fields, line) => g.row(fields, line) });
  if (!table.ok) return { ok: false, errors: [{ line: table.line ?? 0, message: table.detail.en, nl: table.detail.nl }] };
  if (!g.headerOk) return issues.result();
  for (const bad of table.badRows) issues.add(bad.line, bad.message);
  if (table.rowCount === 0 && !issues.any) issues.add(2, bi('no data rows after the header', 'geen gegevensregels na de kopregel'));
  if (issues.any && g.rowLine.length === 0) return issues.result();
  const G = g.groupNames.length;
  const U = g.unitCodes.length;
  if (G > MAX_GROUPS || U * G > MAX_CELLS) {
    issues.add(
      0,
      bi(
        `${G} different groups in ${U} units (at most ${MAX_GROUPS} groups and ${MAX_CELLS} unit × group combinations): is the group column the right one?`,
        `${G} verschillende groepen in ${U} eenheden (hoogstens ${MAX_GROUPS} groepen en ${MAX_CELLS} combinaties eenheid × groep): is de groepkolom de juiste?`,
      ),
    );
    return issues.result();
  }
  const counts = g.counts.finish(table.delimiter);
  for (const e of counts.errors) issues.add(e.line, e.message);
  const present = cellRows(g, issues);
  const near = nearNameIssues({ ...g, unitRegion: g.unitRegion.data, present });
  for (const e of near.issues) issues.add(e.line, e.message);
  const excludedReason = missingCounts(g, counts, options, issues);
  if (issues.any) return issues.result();
  return assemble(g, counts, present, excludedReason, table, near.truncated, options);
}

/** present[u * G + g] = row of (unit u, group g), or −1; duplicate rows are errors. */
function cellRows(g: Gathered, issues: Issues): Int32Array {
  const G = g.groupNames.length;
  const present = new Int32Array(g.unitCodes.length * G).fill(-1);
  for (let row = 0; row < g.rowLine.length; row++) {
    const u = g.rowUnit.data[row];
    const k = g.rowGroup.data[row];
    const cell = u * G + k;
    const first = present[cell];
    if (first < 0) {
      present[cell] = row;
      continue;
    }
    const [region, unit, group] = [g.regionCodes[g.unitRegion.data[u]], g.unitCodes[u], g.groupNames[k]];
    issues.add(
      g.rowLine.data[row],
      bi(
        `duplicate row for region "${region}", unit "${unit}", group "${group}" (first on line ${g.rowLine.data[first]})`,
        `dubbele regel voor regio "${region}", eenheid "${unit}", groep "${group}" (eerst op regel ${g.rowLine.data[first]})`,
      ),
    );
  }
  return present;
}

/** A missing count ("." or empty) excludes its unit (with a reason) or is an error; never 0. */
function missingCounts(g: Gathered, counts: NumberColumnResult, options: LongCountsOptions, issues: Issues): Map<number, Bilingual> {
  const excluded = new Map<number, Bilingual>();
  for (let row = 0; row < g.rowLine.length; row++) {
    const state = counts.states[row];
    if (state !== CELL_EMPTY && state !== CELL_SUPPRESSED) continue;
    const u = g.rowUnit.data[row];
    const unit = g.unitCodes[u];
    const group = g.groupNames[g.rowGroup.data[row]];
    if (options.suppressed === 'exclude-unit') {
      if (!excluded.has(u)) {
        excluded.set(
          u,
          state === CELL_SUPPRESSED
            ? bi(`count for group "${group}" is "." (CBS: suppressed)`, `aantal voor groep "${group}" is "." (CBS: geheim of onbekend)`)
            : bi(`count for group "${group}" is empty (missing)`, `aantal voor groep "${group}" is leeg (ontbreekt)`),
        );
      }
      continue;
    }
    issues.add(
      g.rowLine.data[row],
      state === CELL_SUPPRESSED
        ? bi(
            `count is "." (CBS: value suppressed or unknown) for unit "${unit}", group "${group}"; remove the unit or parse with suppressed: 'exclude-unit'`,
            `aantal is "." (CBS: geheim of onbekend) voor eenheid "${unit}", groep "${group}"; verwijder de eenheid of lees met suppressed: 'exclude-unit'`,
          )
        : bi(
            `empty count for unit "${unit}", group "${group}" (a missing value, not 0); write 0 if it is zero, or remove the unit`,
            `leeg aantal voor eenheid "${unit}", groep "${group}" (een ontbrekende waarde, geen 0); schrijf 0 als het nul is, of verwijder de eenheid`,
          ),
    );
  }
  return excluded;
}

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The count table in canonical order; absent (unit, group) combinations are 0 and counted, with examples. */
function countTable(g: Gathered, counts: NumberColumnResult, present: Int32Array, keep: readonly number[], groupOrder: readonly number[]) {
  const G = g.groupNames.length;
  const values = groupOrder.map(() => new Float64Array(keep.length));
  const examples: Bilingual[] = [];
  let absent = 0;
  keep.forEach((u, i) =>
    groupOrder.forEach((k, j) => {
      const row = present[u * G + k];
      if (row >= 0) values[j][i] = counts.values[row];
      else if (absent++ < 3) {
        const [region, unit, group, line] = [g.regionCodes[g.unitRegion.data[u]], g.unitCodes[u], g.groupNames[k], g.unitLines[u]];
        examples.push(
          bi(
            `region "${region}", unit "${unit}" (line ${line}) has no row for group "${group}"`,
            `regio "${region}", eenheid "${unit}" (regel ${line}) heeft geen regel voor groep "${group}"`,
          ),
        );
      }
    }),
  );
  return { values, absent, examples };
}

function assemble(
  g: Gathered,
  counts: NumberColumnResult,
  present: Int32Array,
  excludedReason: Map<number, Bilingual>,
  table: Extract<ScanResult, { ok: true }>,
  truncated: boolean,
  options: LongCountsOptions,
): LongCountsResult {
  const regionOf = (u: number): string => g.regionCodes[g.unitRegion.data[u]];
  const order = [...g.unitCodes.keys()].sort(
    (a, b) => byCodePoint(regionOf(a), regionOf(b)) || byCodePoint(g.unitCodes[a], g.unitCodes[b]),
  );
  const groupOrder = [...g.groupNames.keys()].sort((a, b) => byCodePoint(g.groupNames[a], g.groupNames[b]));
  const unitOf = (u: number): BatchUnit => {
    const r = g.unitRegion.data[u];
    return { regionCode: g.regionCodes[r], regionName: g.regionNames[r] ?? g.regionCodes[r], unitCode: g.unitCodes[u] };
  };
  const keep = order.filter((u) => !excludedReason.has(u));
  const { values, absent, examples } = countTable(g, counts, present, keep, groupOrder);
  const groups = groupOrder.map((k) => g.groupNames[k]);
  const totals = values.map((v) => v.reduce((s, x) => s + x, 0));
  const chosen = chooseFocalGroup(groups, totals, options.focal);
  if (!chosen.ok) return { ok: false, errors: [{ line: 0, message: chosen.message.en, nl: chosen.message.nl }] };
  const excluded = order.filter((u) => excludedReason.has(u)).map((u) => ({ ...unitOf(u), reason: excludedReason.get(u)!.en }));
  const warnings = warningsOf([...table.warnings, ...counts.notes], absent, examples, excluded.length, groups.length, truncated);
  return {
    ok: true,
    input: { groups, units: keep.map(unitOf), counts: values, excluded, focalGroup: chosen.focal.name },
    rows: table.rowCount,
    warnings: warnings.map((w) => w.en),
    warningsBilingual: warnings,
    focal: chosen.focal,
    encoding: table.encoding,
    delimiter: table.delimiter,
    locale: counts.locale ?? 'either',
  };
}
