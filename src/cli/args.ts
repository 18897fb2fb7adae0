/** Minimal `--name value` / `--flag` parsing for the CLIs, with clear errors for unknown or missing options. */
export type Spec = Record<string, { help: string; default?: string; choices?: readonly string[]; flag?: boolean }>;

export function parseArgs(argv: readonly string[], spec: Spec): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) throw new Error(`Unexpected argument "${a}"`);
    const [name, inline] = a.slice(2).split('=', 2) as [string, string | undefined];
    const s = spec[name];
    if (!s) throw new Error(`Unknown option --${name}. Options: ${Object.keys(spec).map((k) => '--' + k).join(', ')}`);
    if (s.flag) {
      out[name] = 'true';
      continue;
    }
    const v = inline ?? argv[++i];
    if (v === undefined || v.startsWith('--')) throw new Error(`Option --${name} needs a value`);
    if (s.choices && !s.choices.includes(v)) throw new Error(`--${name} must be one of ${s.choices.join(', ')} (got "${v}")`);
    out[name] = v;
  }
  for (const [k, s] of Object.entries(spec)) if (out[k] === undefined && s.default !== undefined) out[k] = s.default;
  return out;
}

export function usage(name: string, spec: Spec): string {
  return [`Usage: npm run ${name} -- [options]`, ...Object.entries(spec).map(([k, s]) => `  --${k}${s.flag ? '' : ' <value>'}  ${s.help}${s.default !== undefined ? ` (default ${s.default})` : ''}`)].join('\n');
}

export function intArg(v: string | undefined, name: string, min: number, max: number): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`--${name} must be an integer between ${min} and ${max} (got "${v}")`);
  return n;
}
