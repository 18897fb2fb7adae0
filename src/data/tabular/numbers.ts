/**
 * Numbers in a text column, read by ONE locale rule for the whole column.
 * Cell rules (after trimming white space):
 * - empty = missing (`empty`); CBS `.` = missing (`suppressed`); never 0;
 * - Dutch: `1234`, `1.234` (dot = thousands, groups of 3), `12,5`, `1.234,5`;
 *   international: `1234`, `1,234` (comma = thousands), `12.5`, `1,234.5`; a leading `+`, `-` or `−` sign;
 * - refused in words: hexadecimal/octal/binary (`0x10`), scientific notation (`1e3`), `Infinity`, `NaN`, `_` digit
 *   separators (`1_000`), spaces inside a number, a lone `-`, anything else that is not a number;
 * - negative values are refused unless `allowNegative`; |value| above `max` (default MAX_COUNT = 1e12) is refused,
 *   so sums over a file stay finite and exact enough (1e12 × 10^6 rows < 2^63).
 * Column rule: each cell is neutral (`1234`: same value in both conventions), Dutch-only (`12,5`, `1.234,5`,
 * `1.234.567`), international-only (`12.5`, `1,234,567`) or ambiguous (`1.200`, `1,200`: a value in both, different).
 * Dutch-only and international-only cells together are an error naming a line of each. Otherwise they decide the
 * column. A column with only neutral and ambiguous cells is Dutch when the file is `;`-separated (a note says so),
 * else an error naming an ambiguous cell. Errors carry the line number of the cell.
 */
import { bi, quoteCell, type Bilingual, type LineMessage } from './bilingual';

export type NumberLocale = 'nl' | 'international';
/** 0 = a value, 1 = empty, 2 = suppressed (`.`), 3 = refused (an error names it). */
export type CellState = 0 | 1 | 2 | 3;
export const CELL_VALUE = 0;
export const CELL_EMPTY = 1;
export const CELL_SUPPRESSED = 2;
export const CELL_INVALID = 3;

/** Largest accepted count in one cell: 10^12 (the Dutch population is below 2·10^7). */
export const MAX_COUNT = 1e12;

export interface NumberColumnOptions {
  /** Column name used in messages, e.g. "count". */
  name: string;
  allowNegative?: boolean;
  /** Largest accepted absolute value; default MAX_COUNT. */
  max?: number;
  /** The file's delimiter: with `;` an otherwise ambiguous column is read as Dutch. */
  delimiter?: string;
  /** Stop collecting error messages after this many (default 1000); cells stay marked invalid. */
  maxErrors?: number;
}

export type CellReading =
  | { kind: 'missing'; state: typeof CELL_EMPTY | typeof CELL_SUPPRESSED }
  /** Value in each convention; NaN where the cell is not valid in that convention. */
  | { kind: 'value'; nl: number; intl: number }
  | { kind: 'invalid'; message: Bilingual };

export interface NumberColumnResult {
  /** 'either' when no cell depends on the convention. Undefined when the column mixes conventions. */
  locale: NumberLocale | 'either' | undefined;
  /** values[i] of cell i; NaN unless states[i] is CELL_VALUE. */
  values: Float64Array;
  states: Uint8Array;
  errors: LineMessage[];
  /** How an ambiguous column was decided, when it was. */
  notes: Bilingual[];
}

const NL = /^(\d+|[1-9]\d{0,2}(?:\.\d{3})+)(,\d+)?$/;
const INTL = /^(\d+|[1-9]\d{0,2}(?:,\d{3})+)(\.\d+)?$/;

const REFUSALS: readonly { test: RegExp; en: string; nl: string }[] = [
  {
    test: /^[+\-−]?0[xob]/i,
    en: 'is in hexadecimal, octal or binary notation; write decimal digits',
    nl: 'staat in hexadecimale, octale of binaire notatie; schrijf decimale cijfers',
  },
  {
    test: /^[+\-−]?[\d.,]*\d[eE][+\-−]?\d+$/,
    en: 'is in scientific notation; write all digits (1000, not 1e3)',
    nl: 'staat in wetenschappelijke notatie; schrijf alle cijfers (1000, niet 1e3)',
  },
  { test: /^[+\-−]?(inf|infinity|∞)$/i, en: 'is not a finite number', nl: 'is geen eindig getal' },
  {
    test: /^[+\-−]?nan$/i,
    en: 'is not a number; leave the cell empty or write "." for a missing value',
    nl: 'is geen getal; laat de cel leeg of schrijf "." voor een ontbrekende waarde',
  },
  { test: /_/, en: 'contains "_"; write digits without separators', nl: 'bevat "_"; schrijf cijfers zonder scheidingstekens' },
  {
    test: /^[-−–]$/,
    en: 'is not a number (write 0 for zero, or "." or an empty cell for a missing value)',
    nl: 'is geen getal (schrijf 0 voor nul, of "." of een lege cel voor een ontbrekende waarde)',
  },
  { test: /\d\s+\d/, en: 'contains a space; write digits without spaces', nl: 'bevat een spatie; schrijf cijfers zonder spaties' },
];

/** Read one cell in both conventions (sign and range are checked here only for the sign). */
export function readNumberCell(raw: string, options: Pick<NumberColumnOptions, 'name' | 'allowNegative'>): CellReading {
  const t = raw.length > 0 && raw.charCodeAt(0) > 32 && raw.charCodeAt(raw.length - 1) > 32 ? raw : raw.trim();
  if (isPlainDigits(t)) {
    const v = Number(t);
    return { kind: 'value', nl: v, intl: v };
  }
  if (t === '') return { kind: 'missing', state: CELL_EMPTY };
  if (t === '.') return { kind: 'missing', state: CELL_SUPPRESSED };
  const refusal = REFUSALS.find((r) => r.test.test(t));
  if (refusal) return invalid(options.name, t, refusal);
  const c0 = t.charCodeAt(0);
  const negative = c0 === 45 || c0 === 0x2212;
  const digits = negative || c0 === 43 ? t.slice(1) : t;
  const nl = NL.test(digits) ? Number(digits.replace(/\./g, '').replace(',', '.')) : NaN;
  const intl = INTL.test(digits) ? Number(digits.replace(/,/g, '')) : NaN;
  if (Number.isNaN(nl) && Number.isNaN(intl)) return invalid(options.name, t, { en: 'is not a number', nl: 'is geen getal' });
  if (negative && !options.allowNegative && (nl > 0 || intl > 0)) {
    return invalid(options.name, t, {
      en: 'is negative; counts cannot be negative',
      nl: 'is negatief; aantallen kunnen niet negatief zijn',
    });
  }
  return { kind: 'value', nl: negative ? -nl : nl, intl: negative ? -intl : intl };
}

/** 1–15 ASCII digits: the same value in both conventions, and exact (the fast path for most cells). */
function isPlainDigits(t: string): boolean {
  if (t.length === 0 || t.length > 15) return false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function invalid(name: string, t: string, why: { en: string; nl: string }): CellReading {
  return { kind: 'invalid', message: bi(`${name} ${quoteCell(t)} ${why.en}`, `${name} ${quoteCell(t)} ${why.nl}`) };
}

/** How many cells point to one reading, and the first of them. */
interface Evidence {
  count: number;
  index: number;
  line: number;
  raw: string;
}

/** Streaming column: push cells in order, then finish() once. Memory: 2 doubles, 1 int and 1 byte per cell. */
export class NumberColumn {
  private readonly options: NumberColumnOptions;
  private nl = new Float64Array(1024);
  private intl = new Float64Array(1024);
  private lines = new Int32Array(1024);
  private states = new Uint8Array(1024);
  private n = 0;
  private readonly errors: LineMessage[] = [];
  private readonly evidence = { nl: none(), intl: none(), ambiguous: none() };

  constructor(options: NumberColumnOptions) {
    this.options = options;
  }

  get length(): number {
    return this.n;
  }

  push(raw: string, line: number): void {
    if (this.n === this.nl.length) this.grow();
    const i = this.n++;
    this.lines[i] = line;
    const r = readNumberCell(raw, this.options);
    if (r.kind === 'missing') {
      this.states[i] = r.state;
      this.nl[i] = this.intl[i] = NaN;
    } else if (r.kind === 'invalid') {
      this.states[i] = CELL_INVALID;
      this.nl[i] = this.intl[i] = NaN;
      this.error(line, r.message);
    } else {
      this.states[i] = CELL_VALUE;
      this.nl[i] = r.nl;
      this.intl[i] = r.intl;
      const kind = Number.isNaN(r.intl) ? 'nl' : Number.isNaN(r.nl) ? 'intl' : r.nl !== r.intl ? 'ambiguous' : null;
      if (kind) note(this.evidence[kind], i, line, raw);
    }
  }

  /** The column's values under one convention; `delimiter` (the file's, when known only now) overrides the option. */
  finish(delimiter = this.options.delimiter): NumberColumnResult {
    const decided = this.decide(delimiter);
    const values = new Float64Array(this.n);
    const states = this.states.slice(0, this.n);
    const source = decided.locale === 'international' ? this.intl : this.nl;
    const max = this.options.max ?? MAX_COUNT;
    for (let i = 0; i < this.n; i++) {
      if (states[i] !== CELL_VALUE) values[i] = NaN;
      else if (decided.locale === undefined) {
        values[i] = NaN;
        states[i] = CELL_INVALID;
      } else if (Math.abs(source[i]) > max) {
        values[i] = NaN;
        states[i] = CELL_INVALID;
        this.tooLarge(i, max);
      } else values[i] = source[i];
    }
    const errors = [...this.errors].sort((a, b) => a.line - b.line);
    return { locale: decided.locale, values, states, errors, notes: decided.notes };
  }

  private decide(delimiter: string | undefined): { locale: NumberLocale | 'either' | undefined; notes: Bilingual[] } {
    const { nl, intl, ambiguous } = this.evidence;
    const name = this.options.name;
    if (nl.count > 0 && intl.count > 0) {
      this.error(
        Math.min(nl.line, intl.line),
        bi(
          `column "${name}" mixes Dutch numbers (line ${nl.line}: ${quoteCell(nl.raw)}) and international numbers (line ${intl.line}: ${quoteCell(intl.raw)}); use one convention in the whole column`,
          `kolom "${name}" mengt Nederlandse getallen (regel ${nl.line}: ${quoteCell(nl.raw)}) en internationale getallen (regel ${intl.line}: ${quoteCell(intl.raw)}); gebruik één notatie in de hele kolom`,
        ),
      );
      return { locale: undefined, notes: [] };
    }
    if (nl.count > 0) return { locale: 'nl', notes: [] };
    if (intl.count > 0) return { locale: 'international', notes: [] };
    if (ambiguous.count === 0) return { locale: 'either', notes: [] };
    const cell = quoteCell(ambiguous.raw);
    const nlValue = this.nl[ambiguous.index];
    const intlValue = this.intl[ambiguous.index];
    if (delimiter === ';') {
      return {
        locale: 'nl',
        notes: [
          bi(
            `column "${name}": ${cell} (line ${ambiguous.line}) was read as ${nlValue} (Dutch notation, because the file is separated by semicolons)`,
            `kolom "${name}": ${cell} (regel ${ambiguous.line}) is gelezen als ${nlValue} (Nederlandse notatie, omdat het bestand puntkomma's als scheidingsteken heeft)`,
          ),
        ],
      };
    }
    this.error(
      ambiguous.line,
      bi(
        `column "${name}": ${cell} can mean ${nlValue} (Dutch notation) or ${intlValue} (international notation) and no other cell in the column decides; write numbers without thousands separators`,
        `kolom "${name}": ${cell} kan ${nlValue} (Nederlandse notatie) of ${intlValue} (internationale notatie) betekenen en geen andere cel in de kolom beslist; schrijf getallen zonder scheidingstekens voor duizendtallen`,
      ),
    );
    return { locale: undefined, notes: [] };
  }

  private tooLarge(i: number, max: number): void {
    const name = this.options.name;
    const v = Number.isNaN(this.nl[i]) ? this.intl[i] : this.nl[i];
    const shown =
      Number.isFinite(v) && Math.abs(v) < 1e21 ? bi(String(v), String(v)) : bi('with more than 21 digits', 'met meer dan 21 cijfers');
    const limit = max.toExponential(0).replace('e+', 'e');
    this.error(
      this.lines[i],
      bi(
        `${name} ${shown.en} is larger than ${limit} (the largest accepted value in this column)`,
        `${name} ${shown.nl} is groter dan ${limit} (de grootste toegestane waarde in deze kolom)`,
      ),
    );
  }

  private error(line: number, message: Bilingual): void {
    if (this.errors.length < (this.options.maxErrors ?? 1000)) this.errors.push({ line, message });
  }

  private grow(): void {
    const size = this.nl.length * 2;
    const copy = <T extends Float64Array | Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.nl = copy(this.nl, (n) => new Float64Array(n));
    this.intl = copy(this.intl, (n) => new Float64Array(n));
    this.lines = copy(this.lines, (n) => new Int32Array(n));
    this.states = copy(this.states, (n) => new Uint8Array(n));
  }
}

const none = (): Evidence => ({ count: 0, index: 0, line: 0, raw: '' });

function note(e: Evidence, index: number, line: number, raw: string): void {
  if (e.count++ === 0) {
    e.index = index;
    e.line = line;
    e.raw = raw.trim();
  }
}

/** Read a whole column at once; `lines[i]` is the line of cells[i] (default i + 2: header on line 1). */
export function parseNumberColumn(cells: readonly string[], options: NumberColumnOptions, lines?: readonly number[]): NumberColumnResult {
  const column = new NumberColumn(options);
  cells.forEach((c, i) => column.push(c, lines ? lines[i] : i + 2));
  return column.finish();
}
