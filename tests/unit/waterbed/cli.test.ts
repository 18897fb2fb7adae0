import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/waterbed.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
const dir = mkdtempSync(join(tmpdir(), 'waterbed-'));

describe('waterbed CLI', () => {
  it('writes one CSV row per ring and per unit', () => {
    const out = join(dir, 'w.csv');
    const r = run(
      '--level',
      'gemeente',
      '--target',
      'GM0599',
      '--from',
      '2012',
      '--to',
      '2022',
      '--indicator',
      'mean_income_per_inhabitant_keur',
      '--out',
      out,
    );
    expect(r.stderr).toContain('The adjacent municipalities saw');
    expect(r.status).toBe(0);
    const rows = csvParse(readFileSync(out, 'utf8'));
    expect(rows.columns).toEqual(
      expect.arrayContaining(['type', 'ring', 'code', 't0', 't1', 'change', 'did_vs_rest', 'flag', 'reallocated_share', 'source_codes']),
    );
    expect(rows.filter((x) => x.type === 'ring').map((x) => x.ring)).toEqual(['target', 'ring1', 'rest', 'region']);
    expect(rows.find((x) => x.code === 'GM0599')).toMatchObject({ ring: 'target', t0: '20.5', t1: '29', reallocated_share: '0' });
    expect(rows.find((x) => x.code === 'GM1931')?.source_codes.split(';')).toHaveLength(5);
  });

  it('json output, several targets, rook, ring 2 and threshold', () => {
    const r = run(
      '--level',
      'gemeente',
      '--target',
      'GM0599,GM0606',
      '--from',
      '2017',
      '--to',
      '2022',
      '--indicator',
      'population',
      '--format',
      'json',
      '--contiguity',
      'rook',
      '--ring2',
      '--threshold',
      '1.5',
    );
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.request).toMatchObject({ targets: ['GM0599', 'GM0606'], contiguity: 'rook', ring2: true, threshold: 1.5 });
    expect(j.rings.map((x: { ring: string }) => x.ring)).toEqual(['target', 'ring1', 'ring2', 'rest', 'region']);
  });

  it('bad input: clear message and exit code 1', () => {
    const unknown = run('--level', 'gemeente', '--target', 'GM9998', '--from', '2012', '--to', '2022', '--indicator', 'population');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('Error: unknown target code GM9998');
    const merged = run('--level', 'gemeente', '--target', 'GM0643', '--from', '2012', '--to', '2022', '--indicator', 'population');
    expect(merged.status).toBe(1);
    expect(merged.stderr).toContain('does not exist in the 2022 gemeente boundaries');
    expect(merged.stderr).toContain('GM1931');
    const years = run('--level', 'wijk', '--target', 'WK060600', '--from', '2024', '--to', '2022', '--indicator', 'population');
    expect(years.status).toBe(1);
    expect(years.stderr).toContain('from (2024) must be before to (2022)');
    const option = run('--level', 'gemeente', '--bogus', 'x');
    expect(option.status).toBe(1);
    expect(option.stderr).toContain('Unknown option --bogus');
  });
});
