/** The researchers' CLI, run as a user would (npx tsx), on the embedded data and on own long-format counts. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'segv-cli-'));
const run = (...args: string[]) => spawnSync('npx', ['tsx', 'src/cli/indices.ts', ...args], { encoding: 'utf8' });

describe('npm run indices', () => {
  it('writes one CSV row per gemeente with every index, CI bounds, expected D and a metadata sidecar', () => {
    const out = join(dir, 'ind.csv');
    const r = run(
      '--level',
      'wijk',
      '--year',
      '2022',
      '--group',
      'income_low',
      '--regions',
      'GM0363,GM0599',
      '--bootstrap',
      '100',
      '--random',
      '10',
      '--out',
      out,
    );
    expect(r.status, r.stderr).toBe(0);
    const rows = csvParse(readFileSync(out, 'utf8'));
    expect(rows.map((x) => x.region_code)).toEqual(['GM0363', 'GM0599']);
    for (const col of [
      'D',
      'xPx',
      'xPy',
      'H',
      'Gini',
      'V',
      'A',
      'Dadj_rook',
      'Dadj_queen',
      'Dw',
      'SP',
      'M_multigroup',
      'D_ci_lower',
      'D_ci_upper',
      'expected_D',
      'units_used',
      'excluded_missing_data',
      'data_year',
    ]) {
      expect(rows.columns, col).toContain(col);
      expect(rows[0]![col], col).not.toBe('');
    }
    expect(rows[0]!.region_name).toBe('Amsterdam');
    const meta = JSON.parse(readFileSync(`${out}.meta.json`, 'utf8'));
    expect(meta.request).toMatchObject({ level: 'wijk', year: 2022, group: 'income_low', seed: 20221 });
    expect(meta.approximation_note.en).toMatch(/approximation/);
    expect(meta.data.licence).toMatch(/CC BY 4\.0/);
  });

  it('is reproducible (seeded) and writes JSON', () => {
    const a = run('--regions', 'GM0363', '--bootstrap', '50', '--random', '5', '--format', 'json');
    const b = run('--regions', 'GM0363', '--bootstrap', '50', '--random', '5', '--format', 'json');
    expect(a.status, a.stderr).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const j = JSON.parse(a.stdout);
    expect(j.records).toHaveLength(1);
    expect(j.metadata.columns.D).toMatch(/Duncan/);
  });

  it('computes indices from own long-format counts', () => {
    const input = join(dir, 'counts.csv');
    writeFileSync(
      input,
      'region,unit,group,count\nR1,a,x,100\nR1,a,y,0\nR1,b,x,60\nR1,b,y,40\nR1,c,x,40\nR1,c,y,60\nR1,d,x,0\nR1,d,y,100\n',
    );
    const r = run('--input', input, '--bootstrap', '0', '--random', '0', '--format', 'json');
    expect(r.status, r.stderr).toBe(0);
    const rec = JSON.parse(r.stdout).records[0];
    expect(rec.D).toBeCloseTo(0.6, 12);
    expect(rec.Gini).toBeCloseTo(0.8, 12);
  });

  it('decomposes M into between- and within-gemeente parts per province and NL', () => {
    const r = run('--decompose', '--group', 'income_low', '--year', '2022');
    expect(r.status, r.stderr).toBe(0);
    const rows = csvParse(r.stdout);
    expect(rows).toHaveLength(13);
    const nl = rows[0]!;
    expect(nl.regionCode).toBe('NL00');
    expect(Number(nl.M_between_gemeenten) + Number(nl.M_within_gemeenten)).toBeCloseTo(Number(nl.M_total), 10);
  });

  it('fails with a clear message on bad input', () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'region,unit,count\nR1,a,5\n');
    const r = run('--input', bad);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/group/);
    const g = run('--group', 'nope');
    expect(g.status).not.toBe(0);
    expect(g.stderr).toMatch(/--group must be one of .* \(got "nope"\)/);
    const y = run('--year', '2024', '--group', 'income_low');
    expect(y.status).not.toBe(0);
    expect(y.stderr).toMatch(/share_income_low/);
    const missing = run('--input', join(dir, 'nope.csv'));
    expect(missing.stderr).toMatch(/file not found/);
    const u = run('--colour', 'red');
    expect(u.stderr).toMatch(/Unknown option --colour/);
  });
});
