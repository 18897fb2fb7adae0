/**
 * Runs the tabular bad-input corpus (tests/bad-inputs/tabular.cases.ts): every long-counts case through
 * parseLongCountsBytes, every writer case through formatCsv. Outcomes:
 * - correct result: an ok case whose check passes;
 * - clear error: an error case whose messages (`line N: message`) match, in English and Dutch, with no stack-like text;
 * - silent wrong: an ok result where an error was expected, a failing check, or an unexpected error;
 * - stack trace: an exception escaping the parser, or a message with stack-like text (`at …` frames, `…Error:`).
 * The last test asserts that there are no silent wrong results or stack traces and logs one summary line.
 */
import { describe, it, expect } from 'vitest';
import { parseLongCountsBytes, type LongCountsResult } from '../../../src/engine/long-counts';
import { formatCsv } from '../../../src/data/tabular/write';
import { tabularCases, writerCases } from '../../bad-inputs/tabular.cases';

type Outcome = 'correct result' | 'clear error' | 'silent wrong' | 'stack trace';

const STACK_LIKE = /\n\s+at\s|\bat .+:\d+:\d+|\b[A-Z][A-Za-z]*Error:/;
const tally = new Map<Outcome, number>();
const record = (o: Outcome): Outcome => (tally.set(o, (tally.get(o) ?? 0) + 1), o);

function errorOutcome(text: string, other: string, match: RegExp): Outcome {
  if (STACK_LIKE.test(text) || STACK_LIKE.test(other)) return 'stack trace';
  return match.test(text) && other.trim() !== '' ? 'clear error' : 'silent wrong';
}

function judge<R>(
  run: () => R,
  isOk: (r: R) => boolean,
  texts: (r: R) => [string, string],
  expected: { kind: 'error'; match: RegExp } | { kind: 'ok'; check: (r: R) => void },
): [Outcome, string] {
  let result: R;
  try {
    result = run();
  } catch (e) {
    if (expected.kind === 'error' && e instanceof Error && !e.message.includes('\n    at ')) {
      return [errorOutcome(e.message, e.message, expected.match), e.message];
    }
    return ['stack trace', String(e instanceof Error ? e.stack : e)];
  }
  if (expected.kind === 'error') {
    if (isOk(result)) return ['silent wrong', 'parsed without error'];
    const [en, nl] = texts(result);
    return [errorOutcome(en, nl, expected.match), en];
  }
  if (!isOk(result)) return ['silent wrong', texts(result)[0]];
  try {
    expected.check(result);
    return ['correct result', ''];
  } catch (e) {
    return ['silent wrong', e instanceof Error ? e.message : String(e)];
  }
}

const issueTexts = (r: LongCountsResult): [string, string] =>
  r.ok
    ? ['', '']
    : [r.errors.map((e) => `line ${e.line}: ${e.message}`).join('\n'), r.errors.map((e) => `regel ${e.line}: ${e.nl ?? ''}`).join('\n')];

describe('tabular bad-input corpus', () => {
  it('has at least 25 long-counts cases with unique ids', () => {
    expect(tabularCases.length).toBeGreaterThanOrEqual(25);
    const ids = [...tabularCases, ...writerCases].map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  for (const c of tabularCases) {
    it(`${c.id}: ${c.description}`, () => {
      const bytes = typeof c.input === 'string' ? new TextEncoder().encode(c.input) : c.input;
      const [outcome, detail] = judge(
        () => parseLongCountsBytes(bytes, c.fileName ?? `${c.id}.csv`, c.options),
        (r) => r.ok,
        issueTexts,
        c.expect as { kind: 'error'; match: RegExp } | { kind: 'ok'; check: (r: LongCountsResult) => void },
      );
      record(outcome);
      expect(outcome, detail).toBe(c.expect.kind === 'ok' ? 'correct result' : 'clear error');
    });
  }

  for (const c of writerCases) {
    it(`writer ${c.id}: ${c.description}`, () => {
      const [outcome, detail] = judge(
        () => formatCsv(c.rows, c.columns, c.options),
        () => true,
        () => ['', ''],
        c.expect,
      );
      record(outcome);
      expect(outcome, detail).toBe(c.expect.kind === 'ok' ? 'correct result' : 'clear error');
    });
  }

  it('summary: no silent wrong results and no stack traces', () => {
    const n = (o: Outcome): number => tally.get(o) ?? 0;
    const tried = [...tally.values()].reduce((a, b) => a + b, 0);
    console.log(
      `tabular corpus: ${tried} tried, ${n('correct result')} correct result, ${n('clear error')} clear error, ${n('silent wrong')} silent wrong, ${n('stack trace')} stack trace`,
    );
    expect(tried).toBe(tabularCases.length + writerCases.length);
    expect([n('silent wrong'), n('stack trace')]).toEqual([0, 0]);
  });
});
