/**
 * Bad (and borderline) command lines for the CLIs, run as a user would by tests/unit/bad-inputs/cli.test.ts.
 * Each case: the CLI, its argv (`{dir}` = the case's own temporary folder), files to create there first, optional
 * environment, and what must happen:
 * - `exit` 1 (`outcome: 'error'`): stderr matches `stderr`; the failure is ONE block starting with `Error: ` (no other
 *   line starting with an error class name, no stack trace lines `    at …`); `files` listed as null must not exist
 *   and `unchanged` inputs keep their content;
 * - `exit` 0 (`outcome: 'ok'`): stdout / files match, and `check` (if any) returns no problems.
 * Cases that need the embedded statistics (DuckDB) are marked `db: true` and kept few: they take seconds each.
 */
import { csvParse } from 'd3';

export type CliName = 'indices' | 'waterbed' | 'waterbed-index' | 'crosswalk';

export interface CaseRun {
  stdout: string;
  stderr: string;
  /** Text of a file in the case folder, or null when it does not exist. */
  read: (name: string) => string | null;
}

export interface CliCase {
  id: string;
  description: string;
  cli: CliName;
  argv: readonly string[];
  files?: Readonly<Record<string, string | Uint8Array>>;
  env?: Readonly<Record<string, string>>;
  db?: boolean;
  outcome: 'ok' | 'error';
  expect: {
    exit: 0 | 1;
    stderr?: RegExp;
    stdout?: RegExp;
    /** File in the case folder → its text must match (RegExp) or it must not exist (null). */
    files?: Readonly<Record<string, RegExp | null>>;
    /** Input files whose content must be unchanged. */
    unchanged?: readonly string[];
    check?: (run: CaseRun) => string[];
  };
}

const COUNTS = 'region,unit,group,count\nR1,a,x,100\nR1,a,y,0\nR1,b,x,60\nR1,b,y,40\nR1,c,x,40\nR1,c,y,60\nR1,d,x,0\nR1,d,y,100\n';
const FAST = ['--bootstrap', '0', '--random', '0'];

/** Every number cell of an indices CSV is finite, and every empty index cell is named in not_computable. */
export function indicesCsvProblems(text: string | null): string[] {
  if (text === null) return ['no output'];
  const rows = csvParse(text);
  const problems: string[] = [];
  if (!rows.columns.includes('not_computable')) problems.push('no not_computable column');
  const indexColumns = rows.columns.filter((c) =>
    /^(D|xPx|xPy|H|Gini|V|A|Dadj_rook|Dadj_queen|Dw|Ds|SP)$|_multigroup$|_ci_|^expected_D$|^D_excess$|^D_carrington_troske$/.test(c),
  );
  for (const row of rows) {
    for (const c of rows.columns) if (/^(NaN|-?Infinity)$/.test(row[c] ?? '')) problems.push(`${row.region_code} ${c} = ${row[c]}`);
    for (const c of indexColumns)
      if (row[c] === '' && !(row.not_computable ?? '').includes(c)) problems.push(`${row.region_code} ${c} blank without reason`);
  }
  return problems;
}

const regionCodes = (text: string | null) => (text === null ? [] : csvParse(text).map((r) => r.region_code));

export const CLI_CASES: readonly CliCase[] = [
  // ---- command line: unknown, empty, malformed values ----
  {
    id: 'unknown-option',
    description: 'an unknown option is named, with the closest real one',
    cli: 'indices',
    argv: ['--regoins', 'GM0363'],
    outcome: 'error',
    expect: { exit: 1, stderr: /Unknown option --regoins \(did you mean --regions\?\)/ },
  },
  {
    id: 'option-twice',
    description: 'an option given twice is an error, not "last one wins"',
    cli: 'indices',
    argv: ['--year', '2022', '--year', '2024'],
    outcome: 'error',
    expect: { exit: 1, stderr: /--year is given twice/ },
  },
  {
    id: 'positional',
    description: 'a stray value is an error',
    cli: 'indices',
    argv: ['--level', 'wijk', '2022'],
    outcome: 'error',
    expect: { exit: 1, stderr: /unexpected argument "2022"/ },
  },
  {
    id: 'flag-with-value',
    description: 'a switch with a value is an error',
    cli: 'indices',
    argv: ['--decompose=yes'],
    outcome: 'error',
    expect: { exit: 1, stderr: /--decompose is a switch and takes no value/ },
  },
  {
    id: 'bootstrap-empty',
    description: '--bootstrap "" is an error, not 0',
    cli: 'indices',
    argv: ['--bootstrap', ''],
    outcome: 'error',
    expect: { exit: 1, stderr: /--bootstrap needs a value \(got an empty string\)/ },
  },
  {
    id: 'bootstrap-hex',
    description: '--bootstrap 0x10 is an error, not 16',
    cli: 'indices',
    argv: ['--bootstrap', '0x10'],
    outcome: 'error',
    expect: { exit: 1, stderr: /--bootstrap must be a whole number in decimal digits .*\(got "0x10"\)/ },
  },
  {
    id: 'seed-exponent',
    description: '--seed 1e3 is an error',
    cli: 'indices',
    argv: ['--seed', '1e3'],
    outcome: 'error',
    expect: { exit: 1, stderr: /--seed must be a whole number .*\(got "1e3"\)/ },
  },
  {
    id: 'random-space',
    description: "--random ' 5' is an error",
    cli: 'indices',
    argv: ['--random', ' 5'],
    outcome: 'error',
    expect: { exit: 1, stderr: /--random must be a whole number .*\(got " 5"\)/ },
  },
  {
    id: 'format-unknown',
    description: 'a --format outside the choices lists them',
    cli: 'indices',
    argv: ['--format', 'xml'],
    outcome: 'error',
    expect: { exit: 1, stderr: /--format must be one of csv, json \(got "xml"\)/ },
  },
  {
    id: 'out-empty',
    description: '--out= (empty) is an error',
    cli: 'indices',
    argv: ['--out='],
    outcome: 'error',
    expect: { exit: 1, stderr: /--out needs a value \(got an empty string\)/ },
  },
  {
    id: 'regions-empty',
    description: '--regions "" is an error, not an empty result',
    cli: 'indices',
    argv: ['--regions', ''],
    outcome: 'error',
    expect: { exit: 1, stderr: /--regions needs a value/ },
  },
  {
    id: 'regions-empty-item',
    description: 'an empty item in --regions is an error',
    cli: 'indices',
    argv: ['--regions', 'GM0363,,GM0599'],
    outcome: 'error',
    expect: { exit: 1, stderr: /--regions has an empty item \(position 2/ },
  },
  {
    id: 'threshold-negative',
    description: 'a negative --threshold written inline is out of range',
    cli: 'waterbed',
    argv: ['--level', 'gemeente', '--target', 'GM0599', '--from', '2012', '--to', '2022', '--indicator', 'population', '--threshold=-1'],
    outcome: 'error',
    expect: { exit: 1, stderr: /--threshold must be a number of at least 0 \(got -1\)/ },
  },
  {
    id: 'threshold-dash',
    description: 'a value starting with - after a space says how to write it',
    cli: 'waterbed',
    argv: ['--level', 'gemeente', '--threshold', '-1'],
    outcome: 'error',
    expect: { exit: 1, stderr: /write --threshold=-1/ },
  },
  {
    id: 'waterbed-required',
    description: 'a missing required option says what it is',
    cli: 'waterbed',
    argv: ['--level', 'gemeente', '--from', '2012', '--to', '2022', '--indicator', 'population'],
    outcome: 'error',
    expect: { exit: 1, stderr: /--target is required/ },
  },
  {
    id: 'help',
    description: '--help prints the options and exits 0',
    cli: 'waterbed-index',
    argv: ['--help'],
    outcome: 'ok',
    expect: { exit: 0, stdout: /Usage: npm run waterbed:index[\s\S]*--target <codes>/ },
  },

  // ---- options that do not apply to the mode ----
  {
    id: 'input-with-year',
    description: 'with --input, --year is an error instead of being ignored',
    cli: 'indices',
    argv: ['--input', '{dir}/c.csv', '--year', '2022'],
    files: { 'c.csv': COUNTS },
    outcome: 'error',
    expect: { exit: 1, stderr: /--year does not apply with --input/ },
  },
  {
    id: 'input-with-group',
    description: 'with --input, --group is an error',
    cli: 'indices',
    argv: ['--input', '{dir}/c.csv', '--group', 'income_low'],
    files: { 'c.csv': COUNTS },
    outcome: 'error',
    expect: { exit: 1, stderr: /--group does not apply with --input/ },
  },
  {
    id: 'input-with-regions',
    description: 'with --input, --regions is an error',
    cli: 'indices',
    argv: ['--input', '{dir}/c.csv', '--regions', 'R1'],
    files: { 'c.csv': COUNTS },
    outcome: 'error',
    expect: { exit: 1, stderr: /--regions does not apply with --input/ },
  },
  {
    id: 'input-with-decompose',
    description: '--decompose with --input is an error',
    cli: 'indices',
    argv: ['--input', '{dir}/c.csv', '--decompose'],
    files: { 'c.csv': COUNTS },
    outcome: 'error',
    expect: { exit: 1, stderr: /--decompose does not apply with --input/ },
  },
  {
    id: 'focal-without-input',
    description: '--focal without --input is an error',
    cli: 'indices',
    argv: ['--focal', 'x'],
    outcome: 'error',
    expect: { exit: 1, stderr: /--focal only applies with --input/ },
  },

  // ---- filters and requests that match nothing ----
  {
    id: 'decompose-2024',
    description: '--decompose --year 2024: the group has no wijk data that year',
    cli: 'indices',
    argv: ['--decompose', '--year', '2024'],
    outcome: 'error',
    expect: {
      exit: 1,
      stderr: /group income_low has no data at wijk level in 2024: it needs share_income_low .*available years for this group: 2022/,
    },
  },
  {
    id: 'index-waterbed-no-data',
    description: 'waterbed:index: a group without data in --to names the years it has',
    cli: 'waterbed-index',
    argv: ['--target', 'GM0599', '--group', 'income_low'],
    outcome: 'error',
    expect: { exit: 1, stderr: /group income_low has no data at wijk level in 2024.*available years for this group: 2022/ },
  },
  {
    id: 'index-waterbed-target',
    description: 'waterbed:index: an unknown --target is listed, any case accepted',
    cli: 'waterbed-index',
    argv: ['--target', 'gm0599,GM9999'],
    outcome: 'error',
    expect: { exit: 1, stderr: /--target: 1 code matches no gemeente of 2024: GM9999/ },
  },
  {
    id: 'index-waterbed-years',
    description: 'waterbed:index: --from after --to',
    cli: 'waterbed-index',
    argv: ['--target', 'GM0599', '--from', '2024', '--to', '2022'],
    outcome: 'error',
    expect: { exit: 1, stderr: /--from \(2024\) must be before --to \(2022\)/ },
  },
  {
    id: 'waterbed-indicator',
    description: 'waterbed: a misspelt indicator gets a suggestion',
    cli: 'waterbed',
    argv: ['--level', 'gemeente', '--target', 'GM0599', '--from', '2012', '--to', '2022', '--indicator', 'populaton'],
    outcome: 'error',
    expect: { exit: 1, stderr: /unknown indicator "populaton" \(did you mean population\?\)/ },
  },
  {
    id: 'regions-unknown',
    description: '--regions GM9999 is an error listing the code, not an empty result',
    cli: 'indices',
    db: true,
    argv: ['--regions', 'GM9999', ...FAST],
    outcome: 'error',
    expect: { exit: 1, stderr: /--regions: 1 code matches no gemeente in the wijk data of 2022: GM9999/ },
  },
  {
    id: 'regions-case-spaces',
    description: "--regions 'gm0363, GM0599' keeps both, in any case",
    cli: 'indices',
    db: true,
    argv: ['--regions', 'gm0363, GM0599', ...FAST, '--out', '{dir}/r.csv'],
    outcome: 'ok',
    expect: {
      exit: 0,
      check: (r) =>
        JSON.stringify(regionCodes(r.read('r.csv'))) === '["GM0363","GM0599"]'
          ? indicesCsvProblems(r.read('r.csv'))
          : [`regions ${regionCodes(r.read('r.csv'))}`],
    },
  },

  // ---- outputs ----
  {
    id: 'out-equals-input',
    description: '--out equal to --input is refused and the input kept',
    cli: 'indices',
    argv: ['--input', '{dir}/c.csv', '--out', '{dir}/./c.csv'],
    files: { 'c.csv': COUNTS },
    outcome: 'error',
    expect: { exit: 1, stderr: /is the same file as --input .*refusing to overwrite the input/, unchanged: ['c.csv'] },
  },
  {
    id: 'sidecar-equals-input',
    description: 'a sidecar that would overwrite the input is refused',
    cli: 'indices',
    argv: ['--input', '{dir}/c.csv.meta.json', '--out', '{dir}/c.csv'],
    files: { 'c.csv.meta.json': COUNTS },
    outcome: 'error',
    expect: { exit: 1, stderr: /the sidecar .* is the same file as --input/, unchanged: ['c.csv.meta.json'] },
  },
  {
    id: 'out-equals-sign',
    description: '--out=a=b.csv writes a=b.csv (not a)',
    cli: 'indices',
    argv: ['--input', '{dir}/c.csv', ...FAST, '--out={dir}/a=b.csv'],
    files: { 'c.csv': COUNTS },
    outcome: 'ok',
    expect: { exit: 0, files: { 'a=b.csv': /^region_code,/, 'a=b.csv.meta.json': /"focal"/, a: null } },
  },
  {
    id: 'out-json-extension',
    description: '--out x.json without --format writes JSON',
    cli: 'indices',
    argv: ['--input', '{dir}/c.csv', ...FAST, '--out', '{dir}/x.json'],
    files: { 'c.csv': COUNTS },
    outcome: 'ok',
    expect: {
      exit: 0,
      files: { 'x.json': /^\{/, 'x.json.meta.json': null },
      check: (r) => (JSON.parse(r.read('x.json') ?? '{}').records?.length === 1 ? [] : ['not JSON records']),
    },
  },
  {
    id: 'out-format-conflict',
    description: '--out x.json with --format csv is a contradiction',
    cli: 'indices',
    argv: ['--input', '{dir}/c.csv', '--out', '{dir}/x.json', '--format', 'csv'],
    files: { 'c.csv': COUNTS },
    outcome: 'error',
    expect: { exit: 1, stderr: /ends in \.json but --format csv was given/, files: { 'x.json': null } },
  },
  {
    id: 'out-other-extension',
    description: '--out x.txt gets CSV and a note saying so',
    cli: 'indices',
    argv: ['--input', '{dir}/c.csv', ...FAST, '--out', '{dir}/x.txt'],
    files: { 'c.csv': COUNTS },
    outcome: 'ok',
    expect: { exit: 0, stderr: /note: writing CSV to .*x\.txt/, files: { 'x.txt': /^region_code,/ } },
  },
  {
    id: 'out-missing-folder',
    description: '--out in a folder that does not exist fails before computing',
    cli: 'indices',
    argv: ['--input', '{dir}/c.csv', '--out', '{dir}/nope/x.csv'],
    files: { 'c.csv': COUNTS },
    outcome: 'error',
    expect: { exit: 1, stderr: /cannot write .*x\.csv: folder .*nope does not exist/ },
  },
  {
    id: 'sidecar-blocked',
    description: 'a sidecar that cannot be written stops the run before the CSV is written',
    cli: 'indices',
    argv: ['--input', '{dir}/c.csv', ...FAST, '--out', '{dir}/x.csv'],
    files: { 'c.csv': COUNTS, 'x.csv.meta.json/keep': '' },
    outcome: 'error',
    expect: { exit: 1, stderr: /cannot write .*x\.csv\.meta\.json: it is a folder/, files: { 'x.csv': null } },
  },
  {
    id: 'crosswalk-json-out',
    description: 'crosswalk --out x.json is refused (CSV only)',
    cli: 'crosswalk',
    argv: ['--level', 'gemeente', '--from', '2019', '--to', '2022', '--out', '{dir}/cw.json'],
    outcome: 'error',
    expect: { exit: 1, stderr: /the crosswalk is written as CSV/ },
  },
  {
    id: 'crosswalk-apply-hex',
    description: 'crosswalk --apply with a count 0x10 is refused, not read as 16',
    cli: 'crosswalk',
    argv: ['--level', 'gemeente', '--from', '2019', '--to', '2022', '--out', '{dir}/cw.csv', '--apply', '{dir}/a.csv'],
    files: { 'a.csv': 'code,variable,count\nGM0788,people,0x10\n' },
    outcome: 'error',
    expect: { exit: 1, stderr: /line 2: count "0x10" is not a number/, files: { 'cw.csv': null, 'cw.meta.json': null } },
  },

  // ---- own counts: reading, focal group, numbers ----
  {
    id: 'input-missing',
    description: 'a missing --input file',
    cli: 'indices',
    argv: ['--input', '{dir}/none.csv'],
    outcome: 'error',
    expect: { exit: 1, stderr: /--input .*none\.csv: file not found/ },
  },
  {
    id: 'input-gzip',
    description: 'a gzip file is refused in words',
    cli: 'indices',
    argv: ['--input', '{dir}/c.csv'],
    files: { 'c.csv': new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0]) },
    outcome: 'error',
    expect: { exit: 1, stderr: /gzip-compressed/ },
  },
  {
    id: 'input-1e300',
    description: 'a count of 1e300 is refused (no NaN or Infinity in the output)',
    cli: 'indices',
    argv: ['--input', '{dir}/c.csv'],
    files: { 'c.csv': 'region,unit,group,count\nR1,a,x,1e300\nR1,a,y,1\nR1,b,x,1\nR1,b,y,1\n' },
    outcome: 'error',
    expect: { exit: 1, stderr: /line 2: count "1e300" is in scientific notation/ },
  },
  {
    id: 'input-huge-digits',
    description: 'a count of 10^300 written in digits is refused as too large',
    cli: 'indices',
    argv: ['--input', '{dir}/c.csv'],
    files: { 'c.csv': `region,unit,group,count\nR1,a,x,1${'0'.repeat(300)}\nR1,a,y,1\nR1,b,x,1\nR1,b,y,1\n` },
    outcome: 'error',
    expect: { exit: 1, stderr: /line 2: count .*(larger|above|exceeds|too large)/i },
  },
  {
    id: 'focal-unknown',
    description: '--focal naming no group lists the groups',
    cli: 'indices',
    argv: ['--input', '{dir}/c.csv', '--focal', 'z'],
    files: { 'c.csv': COUNTS },
    outcome: 'error',
    expect: { exit: 1, stderr: /--focal z: .*"x", "y"/ },
  },
  {
    id: 'focal-given',
    description: '--focal Y (any case) is used and reported on stderr and in the sidecar',
    cli: 'indices',
    argv: ['--input', '{dir}/c.csv', ...FAST, '--focal', ' Y ', '--out', '{dir}/f.csv'],
    files: { 'c.csv': COUNTS },
    outcome: 'ok',
    expect: {
      exit: 0,
      stderr: /focal group: y \(--focal\)/,
      files: { 'f.csv': /\n"?R1"?,R1,4,4,0,0,0,400,y,/, 'f.csv.meta.json': /"focal": "y"/ },
    },
  },
  {
    id: 'focal-default',
    description: 'without --focal the smallest group is focal, whatever the row order',
    cli: 'indices',
    argv: ['--input', '{dir}/c.csv', ...FAST],
    files: { 'c.csv': 'region,unit,group,count\nR1,a,big,100\nR1,a,small,5\nR1,b,big,50\nR1,b,small,10\n' },
    outcome: 'ok',
    expect: { exit: 0, stderr: /focal group: small \(default: the group with the smallest total/, stdout: /,small,/ },
  },
  {
    id: 'blank-reasons',
    description: 'one-unit regions and an empty focal group give blank cells with reasons',
    cli: 'indices',
    argv: ['--input', '{dir}/c.csv', '--bootstrap', '20', '--random', '5', '--focal', 'x'],
    files: { 'c.csv': 'region,unit,group,count\nONE,a,x,5\nONE,a,y,7\nEMPTY,a,x,0\nEMPTY,a,y,3\nEMPTY,b,x,0\nEMPTY,b,y,4\n' },
    outcome: 'ok',
    expect: {
      exit: 0,
      stdout: /fewer than 2 usable units \(1\)[\s\S]*group x is empty|group x is empty[\s\S]*fewer than 2 usable units \(1\)/,
      check: (r) => indicesCsvProblems(r.stdout),
    },
  },
  {
    id: 'formula-cells',
    description: 'names that look like spreadsheet formulas are neutralised (also in headers)',
    cli: 'indices',
    argv: ['--input', '{dir}/c.csv', ...FAST, '--out', '{dir}/f.csv'],
    files: {
      'c.csv':
        'region,region_name,unit,group,count\nR1,=HYPERLINK(1),a,+x,10\nR1,=HYPERLINK(1),a,@y,3\nR1,=HYPERLINK(1),b,+x,4\nR1,=HYPERLINK(1),b,@y,9\n',
    },
    outcome: 'ok',
    expect: { exit: 0, files: { 'f.csv': /^(?![\s\S]*(^|,)[=+@])[\s\S]*'=HYPERLINK\(1\)[\s\S]*$/m } },
  },
  {
    id: 'progress',
    description: 'long runs report progress on stderr (interval 0 here)',
    cli: 'indices',
    env: { SEGV_PROGRESS_MS: '0' },
    argv: ['--input', '{dir}/c.csv', ...FAST],
    files: { 'c.csv': `${COUNTS}R2,a,x,1\nR2,a,y,2\nR2,b,x,3\nR2,b,y,1\nR3,a,x,1\nR3,a,y,2\nR3,b,x,2\nR3,b,y,2\n` },
    outcome: 'ok',
    expect: { exit: 0, stderr: /indices: 1 \/ 3 regions[\s\S]*indices: 3 \/ 3 regions \(100%\)/ },
  },
];
