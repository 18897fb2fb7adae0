/**
 * Codes given on the command line (--regions, --target) checked against the codes the data has.
 * Rules: codes arrive trimmed and upper-cased (args.ts `codes`); every code that is not known is listed (up to 8),
 * each with a suggestion when there is one: a known code whose name equals what was typed (`--regions amsterdam`),
 * else the closest known codes (edit distance ≤ 1); the message ends with an example of a valid code.
 * Nothing is silently dropped: one unknown code among known ones is an error too.
 */
import { CliError } from './run';
import { closest, listSome } from './suggest';

export interface KnownCodes {
  /** code → name */
  names: ReadonlyMap<string, string>;
  /** What a code stands for, e.g. "gemeente in the wijk data of 2022". */
  what: string;
}

/** The suggestion for one unknown code: " (did you mean GM0363 Amsterdam?)" or ''. */
function suggestion(code: string, known: KnownCodes): string {
  const byName = [...known.names].filter(([, name]) => name.toUpperCase() === code).map(([c, name]) => `${c} ${name}`);
  const near =
    byName.length > 0
      ? byName
      : closest(code, [...known.names.keys()], { maxDistance: 1 }).map((c) => `${c} ${known.names.get(c) ?? ''}`.trim());
  return near.length > 0 ? ` (did you mean ${near.join(' or ')}?)` : '';
}

/** Throw when any of `given` is not a known code (rules above). */
export function checkKnownCodes(option: string, given: readonly string[], known: KnownCodes): void {
  const unknown = given.filter((c) => !known.names.has(c));
  if (unknown.length === 0) return;
  const listed = unknown.slice(0, 8).map((c) => `${c}${suggestion(c, known)}`);
  const more = unknown.length > 8 ? `; and ${unknown.length - 8} more` : '';
  const example = [...known.names].slice(0, 1).map(([c, n]) => `${c} (${n})`)[0] ?? 'none';
  const noun = unknown.length === 1 ? 'code matches no' : 'codes match no';
  throw new CliError(
    `--${option}: ${unknown.length} ${noun} ${known.what}: ${listed.join('; ')}${more}. Known codes look like ${example}; ${known.names.size} in all: ${listSome([...known.names.keys()], 5)}`,
  );
}
