/**
 * npm run crosswalk, run as a user would (node --import tsx src/cli/crosswalk.ts) on the embedded data. The few
 * processes run in parallel once (beforeAll); each test reads their output.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParse, type DSVRowString } from 'd3';
import { beforeAll, describe, expect, it } from 'vitest';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

const run = (...args: string[]): Promise<Run> =>
  new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['--import', 'tsx', 'src/cli/crosswalk.ts', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '',
      stderr = '';
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => p.kill(), 60_000);
    p.on('error', reject);
    p.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });

const dir = mkdtempSync(join(tmpdir(), 'crosswalk-'));
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

const counts = file(
  'counts.csv',
  [
    'code,variable,count',
    'GM0788,people,1000',
    'GM0788,dwellings,400',
    'GM0003,people,10',
    'GM0010,people,20',
    'GM0024,people,30',
    'GM0363,people,5',
    '',
  ].join('\n'),
);
const missingColumn = file('bad-columns.csv', 'code,var,count\nGM0788,people,1\n');
const unknownCodes = file(
  'bad-codes.csv',
  ['code,variable,count', ...['GM0001', 'GM0002', 'GM0788', 'GM0004', 'GM0005', 'GM0006', 'GM0007'].map((c) => `${c},people,1`), ''].join(
    '\n',
  ),
);
const notNumber = file('bad-number.csv', 'code,variable,count\nGM0788,people,1\nGM0788,dwellings,veel\n');
const negative = file('bad-negative.csv', 'code;variable;count\nGM0788;people;-3\n');
const duplicate = file('bad-duplicate.csv', 'code,variable,count\nGM0788,people,1\nGM0003,people,2\nGM0788,people,3\n');

const gemeente = ['--level', 'gemeente', '--from', '2019', '--to', '2022'];
let runs: Record<string, Run>;

beforeAll(async () => {
  const jobs: Record<string, string[]> = {
    gemeente: [...gemeente, '--out', join(dir, 'cw.csv'), '--apply', counts],
    wijk: ['--level', 'wijk', '--from', '2022', '--to', '2024', '--weighting', 'ipf'],
    level: ['--level', 'buurt', '--from', '2019', '--to', '2022'],
    year: ['--level', 'wijk', '--from', '2019', '--to', '2024'],
    order: ['--level', 'gemeente', '--from', '2022', '--to', '2019'],
    same: [...gemeente, '--out', counts, '--apply', counts],
    missingColumn: [...gemeente, '--out', join(dir, 'x1.csv'), '--apply', missingColumn],
    unknownCodes: [...gemeente, '--out', join(dir, 'x2.csv'), '--apply', unknownCodes],
    notNumber: [...gemeente, '--out', join(dir, 'x3.csv'), '--apply', notNumber],
    negative: [...gemeente, '--out', join(dir, 'x4.csv'), '--apply', negative],
    duplicate: [...gemeente, '--out', join(dir, 'x5.csv'), '--apply', duplicate],
  };
  // The two slow runs first, then the quick failures, three processes at a time.
  runs = {};
  const queue = Object.entries(jobs);
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) runs[job[0]] = await run(...job[1]);
  };
  await Promise.all([worker(), worker(), worker()]);
}, 90_000);

const sharesBySource = (rows: DSVRowString[]) => {
  const sum = new Map<string, number>();
  for (const r of rows) sum.set(r.from_code!, (sum.get(r.from_code!) ?? 0) + Number(r.population_share));
  return sum;
};

describe('npm run crosswalk', () => {
  it('gemeente 2019 → 2022: Haaren split over four gemeenten, mergers whole, every source sums to 1', () => {
    const r = runs.gemeente!;
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('weighting: dasymetric (wijken 2022');
    expect(r.stderr).toMatch(/entries: 358 /);
    expect(r.stderr).toMatch(/time: overlay \d+ ms, dasymetric \d+ ms, weights \d+ ms, total \d+ ms/);
    const text = readFileSync(join(dir, 'cw.csv'), 'utf8');
    expect(text).not.toMatch(/NaN|Infinity|e-/);
    const rows = csvParse(text);
    expect(rows.columns).toEqual(['from_code', 'to_code', 'population_share', 'area_share', 'intersection_km2']);
    const keys = rows.map((x) => `${x.from_code} ${x.to_code}`);
    expect(keys).toEqual([...keys].sort());
    const haaren = rows.filter((x) => x.from_code === 'GM0788');
    expect(haaren.map((x) => x.to_code)).toEqual(['GM0757', 'GM0824', 'GM0855', 'GM0865']); // Boxtel, Oisterwijk, Tilburg, Vught
    for (const x of haaren) {
      expect(Number(x.population_share)).toBeGreaterThan(0.05);
      expect(Number(x.intersection_km2)).toBeGreaterThan(1);
    }
    expect(haaren.reduce((a, x) => a + Number(x.area_share), 0)).toBeCloseTo(1, 6);
    for (const [code, s] of sharesBySource(rows)) expect(Math.abs(s - 1), code).toBeLessThan(1e-6);
    // Eemsdelta (GM1979) = Appingedam + Delfzijl + Loppersum, each wholly.
    expect(rows.filter((x) => x.to_code === 'GM1979').map((x) => [x.from_code, x.population_share, x.area_share])).toEqual([
      ['GM0003', '1', '1'],
      ['GM0010', '1', '1'],
      ['GM0024', '1', '1'],
    ]);
    expect(rows.find((x) => x.from_code === 'GM0363')).toMatchObject({ to_code: 'GM0363', population_share: '1' });
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes the meta sidecar: method, sources and licence, counts, yardstick, consistency, timings', () => {
    const meta = JSON.parse(readFileSync(join(dir, 'cw.meta.json'), 'utf8'));
    expect(meta).toMatchObject({ level: 'gemeente', years: { from: 2019, to: 2022 } });
    expect(meta.method).toMatchObject({ used: 'dasymetric', requested: 'auto', finer_layer: { level: 'wijk', year: 2022 } });
    expect(meta.sources.attribution).toMatch(/^Bron: CBS, Kadaster/);
    expect(meta.sources.licence).toMatch(/CC BY 4\.0/);
    const entries = meta.sources.entries.map((s: { level: string; year: number }) => `${s.level} ${s.year}`);
    expect(entries).toEqual(expect.arrayContaining(['gemeente 2019', 'gemeente 2022', 'wijk 2022']));
    expect(entries.every((e: string) => ['gemeente 2019', 'gemeente 2022', 'wijk 2022'].includes(e))).toBe(true);
    expect(meta.counts).toMatchObject({ from_units: 355, to_units: 345, entries: 358, unmatched: 0, unmatched_codes: [] });
    expect(meta.counts.identical).toBeGreaterThan(300);
    expect(meta.growth_yardstick).toMatchObject({ measured: true });
    expect(meta.growth_yardstick.growth).toBeGreaterThan(1);
    expect(meta.growth_yardstick.band[0]).toBeLessThan(1);
    expect(Array.isArray(meta.consistency.implausible)).toBe(true);
    for (const k of ['overlay', 'dasymetric', 'weights', 'total']) expect(meta.timings_ms[k], k).toBeGreaterThanOrEqual(0);
  });

  it('--apply moves own counts onto the later gemeenten, totals preserved', () => {
    const rows = csvParse(readFileSync(join(dir, 'cw.applied.csv'), 'utf8'));
    expect(rows.columns).toEqual(['code', 'variable', 'count']);
    const total = (v: string) => rows.filter((x) => x.variable === v).reduce((a, x) => a + Number(x.count), 0);
    expect(total('people')).toBeCloseTo(1065, 6);
    expect(total('dwellings')).toBeCloseTo(400, 6);
    expect(rows.find((x) => x.code === 'GM1979' && x.variable === 'people')?.count).toBe('60');
    expect(rows.filter((x) => x.variable === 'dwellings').map((x) => x.code)).toEqual(['GM0757', 'GM0824', 'GM0855', 'GM0865']);
    const meta = JSON.parse(readFileSync(join(dir, 'cw.meta.json'), 'utf8'));
    expect(meta.apply.totals.people).toMatchObject({ in: 1065, out: 1065, not_moved: 0 });
  });

  it('wijk 2022 → 2024 with ipf to stdout: Schiedam rows present, sources sum to 1', () => {
    const r = runs.wijk!;
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('weighting: ipf');
    const rows = csvParse(r.stdout);
    const schiedam = rows.filter((x) => x.from_code!.startsWith('WK0606'));
    expect(schiedam.length).toBeGreaterThan(10);
    expect(new Set(schiedam.map((x) => x.to_code!.slice(0, 6)))).toEqual(new Set(['WK0606']));
    for (const [code, s] of sharesBySource(rows)) expect(Math.abs(s - 1), code).toBeLessThan(1e-6);
    for (const x of rows)
      for (const c of ['population_share', 'area_share', 'intersection_km2'])
        expect(Number.isFinite(Number(x[c])), `${x.from_code} ${c}`).toBe(true);
  });

  it('bad input: one clear line on stderr and exit code 1', () => {
    const expectError = (k: string, message: string | RegExp) => {
      const r = runs[k]!;
      expect(r.status, k).toBe(1);
      expect(r.stderr, k).toMatch(message);
      expect(r.stderr.trim().split('\n'), k).toHaveLength(1);
      expect(r.stderr, k).not.toMatch(/\n\s+at /);
    };
    expectError('level', '--level must be one of gemeente, wijk (got "buurt")');
    expectError('year', '--from 2019 is not available for wijk (available: 2022, 2024)');
    expectError('order', '--from (2022) must be before --to (2019)');
    expectError('same', /is the same file as --apply .*refusing to overwrite the input/);
    expectError('missingColumn', /missing column variable \(found: code, var, count/);
    expectError('unknownCodes', /6 codes are not gemeente codes of 2019: GM0001, GM0002, GM0004, GM0005, GM0006 and 1 more/);
    expectError('notNumber', /line 3: count "veel" is not a number/);
    expectError('negative', /line 2: count -3 is negative/); // ';' separated: the header is sniffed
    expectError('duplicate', /line 4: duplicate code GM0788 with variable people \(first on line 2\)/);
    expect(readFileSync(counts, 'utf8')).toContain('GM0788,people,1000'); // input untouched
    for (const f of ['x1', 'x2', 'x3', 'x4', 'x5']) expect(existsSync(join(dir, `${f}.csv`)), f).toBe(false);
  });
});
