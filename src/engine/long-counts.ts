/**
 * Parser for researchers' own counts in long format: CSV with columns `region,unit,group,count` (any order,
 * case-insensitive, extra columns ignored; optional `region_name`). Produces a BatchInput for batch.ts.
 * Delimiter: comma, semicolon or tab, detected from the header; with `;` or tab a decimal comma is accepted.
 * Validation errors name the line (1 = header): missing columns, wrong field count, empty codes, non-numeric or
 * negative counts, duplicate (region, unit, group) rows, and CBS "." (value suppressed), which is an error unless
 * `suppressed: 'exclude-unit'`, in which case the whole unit is excluded with that reason.
 * A (unit, group) combination absent from the file counts as 0 (long files usually omit zeros); a warning says so.
 */
import type { BatchInput, BatchUnit } from './batch';

export interface LongCountsOptions {
  suppressed?: 'error' | 'exclude-unit';
  /** Stop collecting errors after this many (default 50). */
  maxErrors?: number;
}

export interface ParseIssue {
  line: number;
  message: string;
}

export type LongCountsResult =
  | { ok: true; input: BatchInput & { counts: Float64Array[] }; rows: number; warnings: string[] }
  | { ok: false; errors: ParseIssue[] };

const REQUIRED = ['region', 'unit', 'group', 'count'] as const;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Split CSV text into records of fields, honouring double quotes ("" inside quotes is a quote). */
function splitCsv(text: string, delimiter: string): { fields: string[]; line: number }[] {
  const out: { fields: string[]; line: number }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let startLine = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (ch === delimiter) {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      fields.push(field);
      out.push({ fields, line: startLine });
      fields = [];
      field = '';
      line++;
      startLine = line;
    } else field += ch;
  }
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    out.push({ fields, line: startLine });
  }
  return out.filter((r) => !(r.fields.length === 1 && r.fields[0].trim() === ''));
}

function detectDelimiter(headerLine: string): string {
  const counts = [',', ';', '\t'].map((d) => [d, headerLine.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0][1] > 0 ? counts[0][0] : ',';
}

export function parseLongCounts(text: string, options: LongCountsOptions = {}): LongCountsResult {
  const maxErrors = options.maxErrors ?? 50;
  const errors: ParseIssue[] = [];
  const fail = (line: number, message: string): void => {
    if (errors.length < maxErrors) errors.push({ line, message });
  };
  const clean = text.replace(/^\uFEFF/, '');
  const firstLine = clean.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = detectDelimiter(firstLine);
  const records = splitCsv(clean, delimiter);
  if (records.length === 0) return { ok: false, errors: [{ line: 1, message: 'the file is empty' }] };

  const header = records[0].fields.map((h) => h.trim().toLowerCase());
  const col: Record<string, number> = {};
  header.forEach((h, i) => (col[h] ??= i));
  const missingCols = REQUIRED.filter((c) => col[c] === undefined);
  if (missingCols.length > 0) {
    return { ok: false, errors: [{ line: 1, message: `missing column(s): ${missingCols.join(', ')} (header has: ${header.join(', ') || 'nothing'}; expected region,unit,group,count)` }] };
  }
  const nameCol = col.region_name;
  if (records.length === 1) return { ok: false, errors: [{ line: 2, message: 'no data rows after the header' }] };

  const groups: string[] = [];
  const groupIndex = new Map<string, number>();
  const units: BatchUnit[] = [];
  const unitIndex = new Map<string, number>();
  const values = new Map<string, { value: number; line: number }>();
  const suppressedUnits = new Map<string, string>();
  const regionNames = new Map<string, string>();

  for (const { fields, line } of records.slice(1)) {
    if (fields.length !== header.length) {
      fail(line, `has ${fields.length} field(s), the header has ${header.length}`);
      continue;
    }
    const region = fields[col.region].trim();
    const unit = fields[col.unit].trim();
    const group = fields[col.group].trim();
    const raw = fields[col.count].trim();
    const empties = [['region', region], ['unit', unit], ['group', group]].filter(([, v]) => v === '').map(([k]) => k);
    if (empties.length) {
      fail(line, `empty ${empties.join(', ')}`);
      continue;
    }
    const unitKey = `${region}\u0000${unit}`;
    if (!unitIndex.has(unitKey)) {
      unitIndex.set(unitKey, units.length);
      units.push({ regionCode: region, regionName: region, unitCode: unit });
    }
    if (nameCol !== undefined && !regionNames.has(region) && fields[nameCol].trim() !== '') regionNames.set(region, fields[nameCol].trim());
    if (!groupIndex.has(group)) {
      groupIndex.set(group, groups.length);
      groups.push(group);
    }
    const cellKey = `${unitKey}\u0000${group}`;
    const prev = values.get(cellKey);
    if (prev) {
      fail(line, `duplicate row for region "${region}", unit "${unit}", group "${group}" (first on line ${prev.line})`);
      continue;
    }
    if (raw === '.') {
      if (options.suppressed === 'exclude-unit') {
        if (!suppressedUnits.has(unitKey)) suppressedUnits.set(unitKey, `count for group "${group}" is "." (CBS: suppressed)`);
        values.set(cellKey, { value: 0, line });
      } else fail(line, `count is "." (CBS: value suppressed or unknown) for unit "${unit}", group "${group}"; remove the unit or parse with suppressed: 'exclude-unit'`);
      continue;
    }
    const normalised = delimiter !== ',' ? raw.replace(',', '.') : raw;
    if (raw === '') {
      fail(line, `empty count for unit "${unit}", group "${group}"`);
      continue;
    }
    if (!NUMBER.test(normalised)) {
      fail(line, `count "${raw}" is not a number`);
      continue;
    }
    const value = Number(normalised);
    if (value < 0) {
      fail(line, `count ${raw} is negative`);
      continue;
    }
    values.set(cellKey, { value, line });
  }
  if (errors.length > 0) return { ok: false, errors };

  const keep = units.filter((u) => !suppressedUnits.has(`${u.regionCode}\u0000${u.unitCode}`));
  for (const u of units) u.regionName = regionNames.get(u.regionCode) ?? u.regionCode;
  const counts = groups.map(() => new Float64Array(keep.length));
  let absent = 0;
  keep.forEach((u, i) => {
    groups.forEach((g, k) => {
      const v = values.get(`${u.regionCode}\u0000${u.unitCode}\u0000${g}`);
      if (v) counts[k][i] = v.value;
      else absent++;
    });
  });
  const excluded = units
    .filter((u) => suppressedUnits.has(`${u.regionCode}\u0000${u.unitCode}`))
    .map((u) => ({ regionCode: u.regionCode, regionName: u.regionName, unitCode: u.unitCode, reason: suppressedUnits.get(`${u.regionCode}\u0000${u.unitCode}`) as string }));
  const warnings: string[] = [];
  if (absent > 0) warnings.push(`${absent} (unit, group) combination(s) absent from the file were counted as 0`);
  if (excluded.length > 0) warnings.push(`${excluded.length} unit(s) excluded because a count is "." (suppressed)`);
  if (groups.length < 2) warnings.push(`only ${groups.length} group(s) found: indices need at least 2`);
  return { ok: true, input: { groups, units: keep, counts, excluded }, rows: records.length - 1, warnings };
}
