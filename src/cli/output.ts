/**
 * How a CLI's result is written, shared by every CLI (where it goes is planned first: files.ts planOutput). Rules:
 * - emit writes the sidecar (CSV to a file only) and then the main file, atomically (files.ts); without --out the
 *   main text goes to stdout and there is no sidecar (JSON carries its metadata inline anyway);
 * - CSV goes through formatCsv (src/data/tabular/write.ts): formula-like text neutralised (headers too), and a
 *   non-finite number is an error there: callers write an empty cell and a reason instead;
 * - JSON: NaN and ±Infinity would silently become null in JSON.stringify; jsonText writes them as null and
 *   reports every such path on stderr, so nothing non-finite passes unsaid.
 */
import { formatCsv } from '../data/tabular/write';
import { writeFilesAtomic, type OutputFile, type OutputPlan } from './files';

/** CSV text of `rows` in `columns` order (formula-safe; numbers must be finite). */
export function csvText(rows: readonly Record<string, unknown>[], columns?: readonly string[]): string {
  return formatCsv(rows, columns ?? columnsOf(rows));
}

/** Every key of the rows, in order of first appearance (as d3's csvFormat infers them). */
export function columnsOf(rows: readonly Record<string, unknown>[]): string[] {
  const seen = new Set<string>();
  for (const row of rows) for (const k of Object.keys(row)) seen.add(k);
  return [...seen];
}

/**
 * Rows whose numbers were already formatted as text (e.g. "-0.25"): such cells become numbers again, so that the
 * CSV writer does not take a negative number for a formula. Only text that reads back as the same number changes.
 */
export function numericCells(rows: readonly Record<string, string>[]): Record<string, string | number>[] {
  return rows.map((row) => {
    const out: Record<string, string | number> = {};
    for (const [k, v] of Object.entries(row)) out[k] = /^-?\d/.test(v) && String(Number(v)) === v ? Number(v) : v;
    return out;
  });
}

/** JSON text (indent 1) in which non-finite numbers are null; their paths go to `warn` (default stderr). */
export function jsonText(value: unknown, warn: (line: string) => void = (l) => void process.stderr.write(`${l}\n`)): string {
  const bad: string[] = [];
  const text = JSON.stringify(walkFinite(value, '', bad), null, 1) + '\n';
  if (bad.length > 0)
    warn(`warning: ${bad.length} value(s) not finite, written as null: ${bad.slice(0, 5).join(', ')}${bad.length > 5 ? ', …' : ''}`);
  return text;
}

function walkFinite(v: unknown, path: string, bad: string[]): unknown {
  if (typeof v === 'number') {
    if (Number.isFinite(v)) return v;
    bad.push(path || '(value)');
    return null;
  }
  if (Array.isArray(v)) return v.map((x, i) => walkFinite(x, `${path}[${i}]`, bad));
  if (v && typeof v === 'object' && !ArrayBuffer.isView(v) && Object.getPrototypeOf(v) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = walkFinite(x, path ? `${path}.${k}` : k, bad);
    return out;
  }
  return v;
}

/** Write the result: sidecar first, then the main text, atomically; or the main text to stdout. */
export function emit(plan: OutputPlan, text: string, sidecarText?: string, extra: readonly OutputFile[] = []): void {
  if (plan.out === null) {
    process.stdout.write(text);
    return;
  }
  const files: OutputFile[] = [];
  if (plan.sidecar && sidecarText !== undefined) files.push({ path: plan.sidecar, text: sidecarText });
  files.push(...extra, { path: plan.out, text });
  writeFilesAtomic(files);
}

/** A table result: CSV (and its sidecar with `metadata`) or JSON `{ metadata, records }`, written by emit. */
export function emitTable(
  plan: OutputPlan,
  rows: readonly Record<string, unknown>[],
  metadata: unknown,
  columns?: readonly string[],
): void {
  const text = plan.format === 'json' ? jsonText({ metadata, records: rows }) : csvText(rows, columns);
  emit(plan, text, plan.sidecar ? jsonText(metadata) : undefined);
}
