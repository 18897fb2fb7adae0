/**
 * Turns parsed records (any format) into an ImportResult and validates them: region codes (level, parents,
 * invalid, duplicate, unknown), values per column kind (negative counts and shares above 100 are errors, secret
 * "." / null and sentinels become null), derived shares (age-band counts → % of inhabitants). Problems are
 * collected and reported once per kind with a count, the first place and a few examples.
 */
import type { ColumnKind } from './crosswalk';
import { at, exampleList, msg, quote, type Place } from './messages';
import { parseRegionCode } from './codes';
import type { ImportFormat, ImportMessage, ImportOptions, ImportResult, ImportRow, MappedColumn, UnmappedColumn } from './types';
import { readCell } from './values';

export type ColumnTarget =
  | { type: 'variable'; variable: string; shareOf?: { variable: string; per: string } }
  | { type: 'share'; variable: string; per: string }
  | { type: 'other' };

export interface ColumnPlan {
  source: string;
  label: string;
  kind: ColumnKind | 'unknown';
  target: ColumnTarget;
}

interface Issue {
  count: number;
  firstLine: number;
  /** Neutral examples (codes, cells) for ImportMessage.examples. */
  examples: string[];
  en: string[];
  nl: string[];
}

const issue = (): Issue => ({ count: 0, firstLine: 0, examples: [], en: [], nl: [] });

/** Record one problem; `what` is the neutral example, shown as `what (line 12)` / `what (regel 12)`. */
function note(i: Issue, place: Place, line: number, what: string): void {
  if (i.count === 0) i.firstLine = line;
  i.count++;
  if (i.examples.length >= 5) return;
  const w = at(place, line);
  i.examples.push(what);
  i.en.push(`${what} (${w.en})`);
  i.nl.push(`${what} (${w.nl})`);
}

/** A repeated code: `BU03120008 (line 5 and line 10)`. */
function noteDuplicate(i: Issue, place: Place, first: number, line: number, code: string): void {
  if (i.count === 0) i.firstLine = line;
  i.count++;
  if (i.examples.length >= 5) return;
  const a = at(place, first);
  const b = at(place, line);
  i.examples.push(code);
  i.en.push(`${code} (${a.en} and ${b.en})`);
  i.nl.push(`${code} (${a.nl} en ${b.nl})`);
}

export function emptyResult(fileName: string, format: ImportFormat | null, messages: ImportMessage[] = []): ImportResult {
  return {
    fileName,
    format,
    kind: null,
    ok: !messages.some((m) => m.severity === 'error'),
    year: null,
    rows: { gemeente: [], wijk: [], buurt: [] },
    mapped: [],
    unmapped: [],
    features: [],
    crs: null,
    messages,
  };
}

export class StatsBuilder {
  readonly messages: ImportMessage[] = [];
  private plans: ColumnPlan[] = [];
  private readonly rows: ImportRow[] = [];
  private readonly seen = new Map<string, number>();
  private readonly numeric = new Map<string, number>();
  private readonly invalidCode = issue();
  private readonly country = issue();
  private readonly duplicate = issue();
  private readonly unknown = issue();
  private readonly negative = issue();
  private readonly over100 = issue();
  private readonly notNumber = issue();
  private secret = 0;
  private sentinel = 0;
  year: number | null;

  constructor(
    private readonly fileName: string,
    private readonly format: ImportFormat,
    private readonly place: Place,
    private readonly options: ImportOptions & { requireValues?: boolean } = {},
  ) {
    this.year = options.year ?? null;
  }

  setColumns(plans: ColumnPlan[]): void {
    this.plans = plans;
  }

  /** One record: its code, name and the cells in the order of the column plans. */
  addRow(rawCode: unknown, name: string | null, cells: readonly unknown[], line: number): void {
    const parsed = parseRegionCode(rawCode);
    const pl = this.place;
    if (parsed === 'country') return note(this.country, pl, line, String(rawCode).trim());
    if (parsed === null) {
      const shown = rawCode === null || rawCode === undefined || String(rawCode).trim() === '' ? '""' : quote(String(rawCode));
      return note(this.invalidCode, pl, line, shown);
    }
    const first = this.seen.get(parsed.code);
    if (first !== undefined) return noteDuplicate(this.duplicate, pl, first, line, parsed.code);
    this.seen.set(parsed.code, line);
    if (this.options.knownCodes && !this.options.knownCodes.has(parsed.code)) note(this.unknown, pl, line, parsed.code);
    const row: ImportRow = { ...parsed, name, values: {}, other: {}, line };
    this.plans.forEach((plan, k) => this.addCell(row, plan, cells[k], line));
    this.deriveShares(row, cells);
    this.rows.push(row);
  }

  private addCell(row: ImportRow, plan: ColumnPlan, raw: unknown, line: number): void {
    const cell = readCell(raw);
    let value: number | null = null;
    if (cell.kind === 'value') {
      value = cell.value;
      this.numeric.set(plan.source, (this.numeric.get(plan.source) ?? 0) + 1);
      const where = `${row.code} ${plan.source} = ${value}`;
      if (value < 0 && plan.kind !== 'unknown' && plan.kind !== 'index') {
        note(this.negative, this.place, line, where);
        value = null;
      } else if (plan.kind === 'share' && value > 100) {
        note(this.over100, this.place, line, where);
        value = null;
      }
    } else if (cell.kind === 'secret') this.secret++;
    else if (cell.kind === 'sentinel') this.sentinel++;
    else if (cell.kind === 'invalid') note(this.notNumber, this.place, line, `${plan.source} = ${quote(cell.raw)}`);
    if (plan.target.type === 'variable') {
      if (!(plan.target.variable in row.values) || row.values[plan.target.variable] === null) row.values[plan.target.variable] = value;
    } else if (plan.target.type === 'other') row.other[plan.source] = value;
  }

  /**
   * Counts that become a percentage of inhabitants/households, rounded to one decimal like CBS shares and the data
   * build (only where no direct share column gave a value).
   */
  private deriveShares(row: ImportRow, cells: readonly unknown[]): void {
    this.plans.forEach((plan, k) => {
      const t = plan.target;
      const share = t.type === 'share' ? t : t.type === 'variable' ? t.shareOf : undefined;
      if (!share || (row.values[share.variable] ?? null) !== null) return;
      const c = readCell(cells[k]);
      const per = row.values[share.per];
      row.values[share.variable] =
        c.kind === 'value' && c.value >= 0 && per !== null && per !== undefined && per > 0 ? Math.round((1000 * c.value) / per) / 10 : null;
    });
  }

  /** Codes accepted so far (first occurrence of each). */
  has(code: string): boolean {
    return this.seen.has(code);
  }

  finish(): ImportResult {
    this.report();
    const rows: ImportResult['rows'] = { gemeente: [], wijk: [], buurt: [] };
    for (const r of this.rows) rows[r.level].push(r);
    const mapped: MappedColumn[] = [];
    const unmapped: UnmappedColumn[] = [];
    for (const p of this.plans) {
      const t = p.target;
      if (t.type === 'variable') mapped.push({ source: p.source, variable: t.variable, how: 'direct' });
      if (t.type === 'variable' && t.shareOf)
        mapped.push({ source: p.source, variable: t.shareOf.variable, how: 'share-of', per: t.shareOf.per });
      if (t.type === 'share') mapped.push({ source: p.source, variable: t.variable, how: 'share-of', per: t.per });
      if (t.type === 'other') unmapped.push({ source: p.source, label: p.label, numeric: this.numeric.get(p.source) ?? 0 });
    }
    const shown = unmapped.filter((u) => u.numeric > 0);
    if (shown.length > 0) {
      const list = exampleList(
        shown.map((u) => quote(u.label)),
        shown.length,
      );
      this.messages.push(
        msg(
          'unmapped-columns',
          'info',
          `${shown.length} numeric column(s) do not map onto a known variable and can be mapped by hand: ${list.en}`,
          `${shown.length} numerieke kolom(men) horen niet bij een bekende variabele en kunnen met de hand worden gekoppeld: ${list.nl}`,
          { count: shown.length, examples: shown.slice(0, 5).map((u) => u.source) },
        ),
      );
    }
    return {
      fileName: this.fileName,
      format: this.format,
      kind: 'statistics',
      ok: !this.messages.some((m) => m.severity === 'error'),
      year: this.year,
      rows,
      mapped,
      unmapped,
      features: [],
      crs: null,
      messages: this.messages,
    };
  }

  private report(): void {
    const m = this.messages;
    const p = this.place;
    const push = (i: Issue, f: (i: Issue, ex: { en: string; nl: string }, where: { en: string; nl: string }) => ImportMessage | null) => {
      if (i.count === 0) return;
      const made = f(i, { en: exampleList(i.en, i.count).en, nl: exampleList(i.nl, i.count).nl }, at(p, i.firstLine));
      if (made) m.push({ ...made, line: i.firstLine, count: i.count, examples: i.examples });
    };
    const total = this.rows.length;
    push(this.duplicate, (i, ex) =>
      msg(
        'duplicate-code',
        'error',
        `${i.count} duplicate code(s); each code may occur once: ${ex.en}`,
        `${i.count} dubbele code(s); elke code mag één keer voorkomen: ${ex.nl}`,
      ),
    );
    push(this.negative, (i, ex) =>
      msg(
        'negative-count',
        'error',
        `${i.count} negative value(s) in count, share or mean columns, which cannot be right: ${ex.en}`,
        `${i.count} negatieve waarde(n) in kolommen met aantallen, percentages of gemiddelden, wat niet kan kloppen: ${ex.nl}`,
      ),
    );
    push(this.over100, (i, ex) =>
      msg(
        'share-over-100',
        'error',
        `${i.count} percentage(s) above 100, which cannot be right: ${ex.en}`,
        `${i.count} percentage(s) boven 100, wat niet kan kloppen: ${ex.nl}`,
      ),
    );
    this.reportCodes(total);
    push(this.notNumber, (i, ex) =>
      msg(
        'not-a-number',
        'warning',
        `${i.count} cell(s) are not a number and were left empty (missing): ${ex.en}`,
        `${i.count} cel(len) zijn geen getal en zijn leeg gelaten (ontbrekend): ${ex.nl}`,
      ),
    );
    if (this.secret > 0)
      m.push(
        msg(
          'secret-values',
          'info',
          `${this.secret} value(s) are secret or unknown at CBS (".") and are missing, not 0`,
          `${this.secret} waarde(n) zijn geheim of onbekend bij het CBS (".") en ontbreken, niet 0`,
          { count: this.secret },
        ),
      );
    if (this.sentinel > 0)
      m.push(
        msg(
          'sentinel-values',
          'info',
          `${this.sentinel} value(s) are CBS missing-value codes (≤ −99,990) and are missing, not numbers`,
          `${this.sentinel} waarde(n) zijn CBS-codes voor ontbrekend (≤ −99.990) en ontbreken, het zijn geen getallen`,
          { count: this.sentinel },
        ),
      );
  }

  private reportCodes(total: number): void {
    const m = this.messages;
    if (this.invalidCode.count > 0) {
      const i = this.invalidCode;
      const ex = { en: exampleList(i.en, i.count).en, nl: exampleList(i.nl, i.count).nl };
      const all = total === 0;
      m.push(
        msg(
          all ? 'invalid-codes' : 'skipped-rows',
          all ? 'error' : 'warning',
          `${i.count} row(s) skipped: no CBS region code (GM0363, WK036300, BU03630000): ${ex.en}`,
          `${i.count} rij(en) overgeslagen: geen CBS-regiocode (GM0363, WK036300, BU03630000): ${ex.nl}`,
          { line: i.firstLine, count: i.count, examples: i.examples },
        ),
      );
    }
    if (this.country.count > 0)
      m.push(
        msg(
          'skipped-rows',
          'info',
          `${this.country.count} row(s) for the whole country (${this.country.examples[0]}) skipped`,
          `${this.country.count} rij(en) voor heel Nederland (${this.country.examples[0]}) overgeslagen`,
          { line: this.country.firstLine, count: this.country.count },
        ),
      );
    if (this.unknown.count > 0) {
      const i = this.unknown;
      const ex = { en: exampleList(i.en, i.count).en, nl: exampleList(i.nl, i.count).nl };
      const all = i.count === total;
      m.push(
        msg(
          all ? 'no-known-codes' : 'unknown-codes',
          all ? 'error' : 'warning',
          all
            ? `none of the ${total} codes matches a known area (boundaries loaded): ${ex.en}`
            : `${i.count} of ${total} codes match no known area and cannot be shown on the map: ${ex.en}`,
          all
            ? `geen van de ${total} codes hoort bij een bekend gebied (geladen grenzen): ${ex.nl}`
            : `${i.count} van ${total} codes horen bij geen bekend gebied en kunnen niet op de kaart: ${ex.nl}`,
          { line: i.firstLine, count: i.count, examples: i.examples },
        ),
      );
    }
    if (total === 0 && this.invalidCode.count === 0)
      m.push(msg('no-rows', 'error', `no rows with a gemeente, wijk or buurt code`, `geen rijen met een gemeente-, wijk- of buurtcode`));
    if (
      this.options.requireValues !== false &&
      total > 0 &&
      this.plans.every((x) => (this.numeric.get(x.source) ?? 0) === 0) &&
      this.secret === 0
    )
      m.push(
        msg(
          'no-value-columns',
          'error',
          'the file has codes but no column with numbers',
          'het bestand heeft codes maar geen kolom met getallen',
        ),
      );
  }
}
