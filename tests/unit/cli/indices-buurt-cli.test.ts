/**
 * `npm run indices` at buurt level: option combinations checked in-process (fast), then the CLI run as a user
 * would (npx tsx) on the embedded buurt data: indices per gemeente and per wijk, and the three-level split.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { parseCli, usageText } from '../../../src/cli/args';
import { splitOutput } from '../../../src/cli/indices-buurt';
import { checkIndicesOptions } from '../../../src/cli/indices-checks';
import { INDICES_SPEC } from '../../../src/cli/specs';
import type { BuurtSplitRow } from '../../../src/pipeline/decomposition-buurt';

const dir = mkdtempSync(join(tmpdir(), 'segv-buurt-cli-'));
const run = (...args: string[]) => spawnSync('npx', ['tsx', 'src/cli/indices.ts', ...args], { encoding: 'utf8' });

/** Parse and check as the CLI does; returns the values (group filled in) or throws the usage error. */
function check(...argv: string[]) {
  const a = parseCli(argv, INDICES_SPEC);
  if (a.help) throw new Error('help');
  checkIndicesOptions(a.mode, a.values, a.given);
  return a;
}

describe('indices options at buurt level', () => {
  it('accept --level buurt (with --within) and --decompose --level buurt; buurt runs default to age_65plus', () => {
    const buurt = check('--level', 'buurt').values;
    expect([buurt.level, buurt.group, buurt.within]).toEqual(['buurt', 'age_65plus', undefined]);
    expect(check('--level', 'buurt', '--within', 'wijk', '--group', 'age3').values).toMatchObject({ within: 'wijk', group: 'age3' });
    const dec = check('--decompose', '--level', 'buurt', '--group', 'age3');
    expect([dec.mode, dec.values.level]).toEqual(['decompose', 'buurt']);
    // The existing decomposition stays the default: wijk level, the spec's group.
    expect(check('--decompose').values).toMatchObject({ level: 'wijk', group: 'income_low' });
    expect(usageText(INDICES_SPEC)).toMatch(/--within <gemeente\|wijk>/);
  });

  it('refuse combinations that cannot work, with a clear message', () => {
    expect(() => check('--level', 'wijk', '--within', 'wijk')).toThrow(/--within only applies with --level buurt/);
    expect(() => check('--within', 'wijk')).toThrow(/--within only applies with --level buurt/);
    expect(() => check('--level', 'buurt', '--random', '0')).toThrow(/--random 0 does not apply with --level buurt: expected D/);
    expect(() => check('--level', 'buurt', '--group', 'income_low')).toThrow(
      /--group income_low is not defined at buurt level; groups at buurt level: age_65plus, age_0_14, age3, owner_occupied_hh/,
    );
    expect(() => check('--group', 'age3')).toThrow(/--group age3 is not defined at wijk level/);
    expect(() => check('--decompose', '--level', 'gemeente')).toThrow(/--decompose takes --level wijk .* or --level buurt/);
    expect(() => check('--decompose', '--within', 'wijk')).toThrow(/--within does not apply with --decompose/);
  });
});

describe('splitOutput', () => {
  it('writes finite numbers or blanks with the reason', () => {
    const base: BuurtSplitRow = {
      regionCode: 'PV99',
      regionName: 'X',
      gemeenten: 1,
      wijken: 1,
      buurtenUsed: 1,
      buurtenExcluded: 0,
      negativeRemainders: 0,
      total: null,
      betweenGemeenten: null,
      betweenWijken: null,
      withinWijken: null,
      shareBetweenGemeenten: null,
      shareBetweenWijken: null,
      shareWithinWijken: null,
      hTotal: null,
      reason: 'not computable: fewer than 2 usable units (1)',
    };
    expect(splitOutput(base, 2024, 'age3').reason).toBe('fewer than 2 usable units (1)');
    const zero = splitOutput(
      { ...base, total: 0, betweenGemeenten: 0, betweenWijken: 0, withinWijken: 0, hTotal: 0, reason: null },
      2024,
      'age3',
    );
    expect(zero.reason).toMatch(/share_between_gemeenten: M_total is 0/);
    const inf = splitOutput(
      {
        ...base,
        total: Infinity,
        betweenGemeenten: 0,
        betweenWijken: 0,
        withinWijken: 0,
        hTotal: 0,
        shareBetweenGemeenten: 0,
        shareBetweenWijken: 0,
        shareWithinWijken: 0,
        reason: null,
      },
      2024,
      'age3',
    );
    expect(inf.M_total).toBeNull();
    expect(inf.reason).toMatch(/M_total: not finite/);
  });
});

describe('npm run indices --level buurt', () => {
  it('writes one row per gemeente: D with expected D next to it, spatial indices blank and explained', () => {
    const out = join(dir, 'buurt.csv');
    const r = run(
      '--level',
      'buurt',
      '--year',
      '2024',
      '--group',
      'age_65plus',
      '--regions',
      'GM0363,GM0599',
      '--bootstrap',
      '20',
      '--random',
      '5',
      '--out',
      out,
    );
    expect(r.status, r.stderr).toBe(0);
    const rows = csvParse(readFileSync(out, 'utf8'));
    expect(rows.map((x) => x.region_code)).toEqual(['GM0363', 'GM0599']);
    const cols = rows.columns;
    expect(cols[cols.indexOf('D') + 1]).toBe('expected_D');
    expect(Number(rows[0]!.expected_D)).toBeGreaterThan(0);
    for (const k of ['Dadj_rook', 'Dadj_queen', 'Dw', 'Ds', 'SP']) expect(rows[0]![k], k).toBe('');
    expect(rows[0]!.not_computable).toMatch(/buurten have no boundaries/);
    expect(rows[0]!.excluded_negative_remainder).toBe('0');
    const meta = JSON.parse(readFileSync(`${out}.meta.json`, 'utf8'));
    expect(meta.request).toMatchObject({ level: 'buurt', within: 'gemeente', year: 2024, group: 'age_65plus' });
    expect(meta.not_computed['Dadj_rook, Dadj_queen, Dw, Ds, SP']).toMatch(/no boundaries/);
    expect(meta.approximation_note.en).toMatch(/rounded to multiples of 5/);
    expect(r.stderr).toMatch(/buurten of these regions excluded before counting/);
  });

  it('with --within wijk gives one row per wijk (a gemeente code stands for its wijken)', () => {
    const r = run(
      '--level',
      'buurt',
      '--within',
      'wijk',
      '--group',
      'age3',
      '--regions',
      'GM0363',
      '--bootstrap',
      '0',
      '--random',
      '2',
      '--format',
      'json',
    );
    expect(r.status, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.records.length).toBeGreaterThan(90);
    expect(j.records.every((x: { region_code: string }) => x.region_code.startsWith('WK0363'))).toBe(true);
    expect(j.metadata.request).toMatchObject({ within: 'wijk', year: 2024 });
  });

  it('--decompose --level buurt: three parts and their total for NL and each province (JSON)', () => {
    const r = run('--decompose', '--level', 'buurt', '--year', '2024', '--group', 'age3', '--format', 'json');
    expect(r.status, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.records).toHaveLength(13);
    for (const x of j.records) {
      const sum = x.M_between_gemeenten + x.M_between_wijken + x.M_within_wijken;
      expect(Math.abs(sum - x.M_total), x.regionCode).toBeLessThan(1e-12);
    }
    expect(j.records[0]).toMatchObject({ regionCode: 'NL00', data_year: 2024, group: 'age3', reason: '' });
    expect(j.records[0].share_within_wijken).toBeGreaterThan(0.4);
    expect(j.metadata.explanation.nl).toMatch(/drie delen/);
    expect(j.metadata.method).toMatch(/Theil 1971; Mora & Ruiz-Castillo 2011/);
    expect(r.stderr).toMatch(/of M over all buurten of NL lies within wijken/);
  });
});
