/**
 * One argument parser for every CLI (indices, waterbed, waterbed:index, crosswalk; scripts may import it too),
 * on node:util parseArgs in strict mode, with a declarative spec per CLI.
 *
 * API
 *   const SPEC = { name: 'indices', summary: '…', modes: [...], options: { … } } as const satisfies CliSpec;
 *   const a = parseCli(process.argv.slice(2), SPEC);   // throws UsageError (message says what was expected)
 *   if (a.help) console.log(usageText(SPEC));           // --help / -h (added to every spec; the name is reserved)
 *   else a.values.year (typed: number), a.mode ('data' | 'input' | …), a.given.has('year')
 *
 * Option types (`type`) and the values they accept:
 *   flag     a switch without value (`--ring2`); `--ring2=yes` is an error; value true/false.
 *   string   any non-empty text, kept as given (`--out=a=b.csv` gives "a=b.csv").
 *   choice   one of `choices`, matched case-insensitively after trimming; gives the spelling of the spec.
 *   integer  a whole number in decimal digits, optional '-', no leading zeros, within [min, max]:
 *            '', '0x10', '1e3', ' 5', '5.0', '+5', '007' are errors.
 *   year     four digits, 1900–2100 (the CLI checks that the data has that year).
 *   float    decimal digits with an optional fraction ('2', '1.5', '-0.5'; not '1e3', '.5', '', ' 2'), in [min, max].
 *   codes    comma-separated codes: items trimmed and upper-cased ('gm0363, GM0599' → GM0363, GM0599); an empty
 *            list or an empty item is an error; repeated codes are kept once.
 * Rules
 * - Unknown options, values without an option, a missing or empty value, and an option given twice are errors;
 *   a value starting with '-' must be written inline (`--threshold=-1`).
 * - `modes`: the first mode is the default; another mode is on when its `trigger` option is given (the first
 *   such mode in spec order wins). An option with `modes` applies only in those; given in another mode it is an
 *   error ("--year does not apply with --input", "--focal only applies with --input"). Defaults are filled in
 *   only where an option applies, so a value is undefined in modes where it does not.
 * - `required` options (where they apply) must be given; `default`s fill in the others.
 * Errors are UsageError; src/cli/run.ts prints them as `Error: <message>` and exits 1.
 */
import { parseArgs } from 'node:util';
import { didYouMean } from './suggest';

interface BaseOption {
  help: string;
  /** Modes in which the option applies (default: all). */
  modes?: readonly string[];
  required?: boolean;
  /** Placeholder in the help text, e.g. 'file' → `--input <file>`. */
  valueName?: string;
}

export type OptionSpec =
  | (BaseOption & { type: 'flag' })
  | (BaseOption & { type: 'string'; default?: string })
  | (BaseOption & { type: 'choice'; choices: readonly string[]; default?: string })
  | (BaseOption & { type: 'integer'; min: number; max: number; default?: number })
  | (BaseOption & { type: 'year'; default?: number })
  | (BaseOption & { type: 'float'; min?: number; max?: number; default?: number })
  | (BaseOption & { type: 'codes'; example: string; default?: readonly string[] });

export interface ModeSpec {
  name: string;
  /** The option that switches this mode on; the first (default) mode has none. */
  trigger?: string;
  help: string;
}

export interface CliSpec {
  /** npm script name, for the usage line. */
  name: string;
  summary: string;
  modes?: readonly ModeSpec[];
  options: Readonly<Record<string, OptionSpec>>;
  examples?: readonly string[];
}

type ValueOf<O> = O extends { type: 'flag' }
  ? boolean
  : O extends { type: 'choice'; choices: readonly (infer C)[] }
    ? C
    : O extends { type: 'integer' | 'year' | 'float' }
      ? number
      : O extends { type: 'codes' }
        ? string[]
        : string;

type Present<O> = O extends { type: 'flag' }
  ? true
  : O extends { modes: readonly string[] }
    ? false
    : O extends { default: unknown }
      ? true
      : O extends { required: true }
        ? true
        : false;

export type CliValues<S extends CliSpec> = {
  -readonly [K in keyof S['options']]: Present<S['options'][K]> extends true
    ? ValueOf<S['options'][K]>
    : ValueOf<S['options'][K]> | undefined;
};

type ModeName<S extends CliSpec> = S['modes'] extends readonly { name: infer N }[] ? N : 'default';

export type ParsedCli<S extends CliSpec> =
  { help: true } | { help: false; mode: ModeName<S>; values: CliValues<S>; given: ReadonlySet<string> };

/** A mistake in the command line: the message says what was expected. */
export class UsageError extends Error {
  override name = 'UsageError';
}

type Token =
  | { kind: 'option'; name: string; rawName: string; value?: string; inlineValue?: boolean }
  | { kind: 'positional'; value: string }
  | { kind: 'option-terminator' };

/** Parse `argv` by `spec` (see the rules at the top of this file). */
export function parseCli<S extends CliSpec>(argv: readonly string[], spec: S): ParsedCli<S> {
  const tokens = strictTokens(argv, spec);
  if (tokens.some((t) => t.kind === 'option' && t.name === 'help')) return { help: true };
  const raw = new Map<string, string | true>();
  for (const t of tokens) {
    if (t.kind !== 'option') continue;
    if (raw.has(t.name)) throw new UsageError(`--${t.name} is given twice; give it once`);
    raw.set(t.name, t.value ?? true);
  }
  const mode = modeOf(spec, raw);
  const values: Record<string, unknown> = {};
  for (const [name, v] of raw) values[name] = convert(name, spec.options[name]!, v);
  for (const [name, o] of Object.entries(spec.options)) {
    if (raw.has(name)) continue;
    if (o.type === 'flag') values[name] = false;
    else if (!appliesIn(o, mode)) continue;
    else if (o.default !== undefined) values[name] = Array.isArray(o.default) ? [...o.default] : o.default;
    else if (o.required) throw new UsageError(`--${name} is required: ${o.help}`);
  }
  return { help: false, mode: mode as ModeName<S>, values: values as CliValues<S>, given: new Set(raw.keys()) };
}

const appliesIn = (o: OptionSpec, mode: string) => !o.modes || o.modes.includes(mode);

/** node:util parseArgs (strict); its errors are turned into messages that name the option and what it expects. */
function strictTokens(argv: readonly string[], spec: CliSpec): Token[] {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = { help: { type: 'boolean', short: 'h' } };
  for (const [name, o] of Object.entries(spec.options)) options[name] = { type: o.type === 'flag' ? 'boolean' : 'string' };
  try {
    return parseArgs({ args: [...argv], options, strict: true, allowPositionals: false, tokens: true }).tokens as Token[];
  } catch {
    throw new UsageError(explain(argv, spec, options));
  }
}

/** The first problem in `argv`, found again with a lenient parse (which never throws). */
function explain(argv: readonly string[], spec: CliSpec, options: Record<string, { type: 'string' | 'boolean' }>): string {
  const tokens = parseArgs({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true }).tokens as Token[];
  const names = Object.keys(spec.options);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'positional') {
      const prev = tokens[i - 1];
      if (prev?.kind === 'option' && options[prev.name]?.type === 'boolean')
        return `${prev.rawName} is a switch and takes no value (got "${t.value}")`;
      return `unexpected argument "${t.value}": values belong to an option, as in --name value`;
    }
    if (t.kind !== 'option') continue;
    const o = options[t.name];
    if (!o)
      return `Unknown option ${t.rawName}${didYouMean(
        `--${t.name}`,
        names.map((n) => `--${n}`),
      )}. Options: ${names.map((n) => `--${n}`).join(', ')}, --help`;
    if (o.type === 'boolean' && t.value !== undefined) return `${t.rawName} is a switch and takes no value (got "${t.value}")`;
    if (o.type === 'string' && t.value === undefined) return `${t.rawName} needs a value: ${spec.options[t.name]!.help}`;
    if (o.type === 'string' && !t.inlineValue && t.value!.startsWith('-'))
      return `${t.rawName} needs a value (got the option ${t.value}); to give a value starting with '-', write ${t.rawName}=${t.value}`;
  }
  return 'the command line could not be read; see --help';
}

/** The mode switched on by the first trigger given; options given outside their modes are errors. */
function modeOf(spec: CliSpec, raw: ReadonlyMap<string, unknown>): string {
  const modes = spec.modes ?? [{ name: 'default', help: '' }];
  const mode = modes.find((m) => m.trigger && raw.has(m.trigger)) ?? modes[0]!;
  for (const name of raw.keys()) {
    const o = spec.options[name]!;
    if (appliesIn(o, mode.name)) continue;
    if (mode.trigger) throw new UsageError(`--${name} does not apply with --${mode.trigger}`);
    const triggers = modes.filter((m) => o.modes!.includes(m.name) && m.trigger).map((m) => `--${m.trigger}`);
    throw new UsageError(`--${name} only applies with ${triggers.join(' or ') || 'another mode'}`);
  }
  return mode.name;
}

const INTEGER = /^-?(0|[1-9]\d*)$/;
const FLOAT = /^-?(0|[1-9]\d*)(\.\d+)?$/;

/** One given value, checked and converted by its option's type. */
function convert(name: string, o: OptionSpec, v: string | true): unknown {
  if (o.type === 'flag') return true;
  const value = v as string;
  if (value.trim() === '')
    throw new UsageError(`--${name} needs a value (got ${value === '' ? 'an empty string' : 'only spaces'}): ${o.help}`);
  switch (o.type) {
    case 'string':
      return value;
    case 'choice':
      return choice(name, o.choices, value);
    case 'integer':
      return integer(name, value, o.min, o.max);
    case 'year':
      if (!/^\d{4}$/.test(value)) throw new UsageError(`--${name} must be a year of four digits, like 2022 (got "${value}")`);
      return integer(name, value, 1900, 2100);
    case 'float':
      return float(name, value, o.min, o.max);
    case 'codes':
      return codes(name, value, o.example);
  }
}

function choice(name: string, choices: readonly string[], value: string): string {
  const v = value.trim().toLowerCase();
  const hit = choices.find((c) => c.toLowerCase() === v);
  if (hit === undefined)
    throw new UsageError(`--${name} must be one of ${choices.join(', ')} (got "${value}")${didYouMean(value, choices)}`);
  return hit;
}

function integer(name: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!INTEGER.test(value) || !Number.isSafeInteger(n))
    throw new UsageError(`--${name} must be a whole number in decimal digits between ${min} and ${max} (got "${value}")`);
  if (n < min || n > max) throw new UsageError(`--${name} must be between ${min} and ${max} (got ${n})`);
  return n;
}

function float(name: string, value: string, min = -Infinity, max = Infinity): number {
  const range =
    Number.isFinite(min) || Number.isFinite(max) ? ` ${Number.isFinite(max) ? `between ${min} and ${max}` : `of at least ${min}`}` : '';
  if (!FLOAT.test(value)) throw new UsageError(`--${name} must be a decimal number like 2 or 1.5${range} (got "${value}")`);
  const n = Number(value);
  if (n < min || n > max) throw new UsageError(`--${name} must be a number${range} (got ${n})`);
  return n;
}

/** Comma-separated codes: trimmed, upper-cased, empty items refused, repeats kept once (first order). */
export function codes(name: string, value: string, example: string): string[] {
  const items = value.split(',').map((s) => s.trim().toUpperCase());
  const empty = items.findIndex((s) => s === '');
  if (empty >= 0)
    throw new UsageError(
      `--${name} has an empty item (position ${empty + 1} in "${value}"): give codes separated by commas, like ${example}`,
    );
  return [...new Set(items)];
}

/** Help text: usage line, summary, modes, options (value, default, modes) and examples. */
export function usageText(spec: CliSpec): string {
  const lines = [`Usage: npm run ${spec.name} -- [options]`, '', spec.summary];
  if (spec.modes && spec.modes.length > 1) {
    lines.push('', 'Modes:');
    for (const m of spec.modes) lines.push(`  ${m.trigger ? `with --${m.trigger}` : 'default'}: ${m.help}`);
  }
  lines.push('', 'Options:');
  for (const [name, o] of [...Object.entries(spec.options), ['help', { type: 'flag', help: 'show this help' } as OptionSpec] as const]) {
    const value = o.type === 'flag' ? '' : ` <${o.valueName ?? (o.type === 'choice' ? o.choices.join('|') : o.type)}>`;
    const notes = [
      o.type !== 'flag' && o.default !== undefined ? `default ${Array.isArray(o.default) ? o.default.join(',') : o.default}` : '',
      o.required ? 'required' : '',
      o.modes && spec.modes && !spec.modes.some((m) => m.trigger === name) ? modeNote(spec, o.modes) : '',
    ].filter(Boolean);
    lines.push(`  --${name}${value}`, `      ${o.help}${notes.length ? ` (${notes.join('; ')})` : ''}`);
  }
  if (spec.examples?.length) lines.push('', 'Examples:', ...spec.examples.map((e) => `  ${e}`));
  return lines.join('\n');
}

/** "not with --input" when the option applies everywhere except in some switched-on modes, else "only with --x". */
function modeNote(spec: CliSpec, modes: readonly string[]): string {
  const all = spec.modes ?? [];
  const outside = all.filter((m) => !modes.includes(m.name));
  if (outside.every((m) => m.trigger)) return `not with ${outside.map((m) => `--${m.trigger}`).join(' or ')}`;
  return `only with ${all
    .filter((m) => modes.includes(m.name) && m.trigger)
    .map((m) => `--${m.trigger}`)
    .join(' or ')}`;
}
