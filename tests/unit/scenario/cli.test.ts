/** `npm run scenario`: every example spec through the CLI code path, output formats and refusals. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { scenarioMain } from '../../../src/cli/scenario-main';

const dir = mkdtempSync(join(tmpdir(), 'segv-scenario-'));
const quiet = () => {};
const examples = readdirSync('examples/scenarios').filter((f) => f.endsWith('.json'));

async function runExample(name: string, format: 'csv' | 'json' = 'csv') {
  const out = join(dir, `${name}.${format}`);
  const lines: string[] = [];
  await scenarioMain(['--spec', `examples/scenarios/${name}.json`, '--out', out], (l) => lines.push(l));
  return { out, lines };
}

describe('npm run scenario', () => {
  it('ships one example per lever, and an empty one', () => {
    expect(examples.sort()).toEqual(
      [
        'allocation-rule.json',
        'convert-middenhuur.json',
        'convert-owner.json',
        'demolish-build.json',
        'empty.json',
        'target-mix.json',
      ].sort(),
    );
  });

  it.each(['empty', 'convert-owner', 'demolish-build', 'target-mix', 'allocation-rule'])(
    'runs examples/scenarios/%s.json',
    async (name) => {
      const { out, lines } = await runExample(name);
      const rows = csvParse(readFileSync(out, 'utf8'));
      const meta = JSON.parse(readFileSync(`${out}.meta.json`, 'utf8'));
      const rules = [...new Set(rows.map((r) => r.rule))];
      expect(rules.slice(0, 3)).toEqual(['ring', 'rest', 'outside']);
      expect(rows.filter((r) => r.chosen === 'true' && r.row_type === 'index' && r.index === 'D')).toHaveLength(1);
      for (const rule of rules) {
        expect(rows.filter((r) => r.rule === rule && r.row_type === 'unit')).toHaveLength(15);
        expect(rows.filter((r) => r.rule === rule && r.row_type === 'zone').map((r) => r.zone)).toEqual([
          'target',
          'ring1',
          'rest',
          'gemeente',
        ]);
      }
      expect(meta.label.en).toMatch(/not a forecast/);
      expect(meta.sentence.nl).toMatch(/geen voorspelling/);
      expect(meta.assumptions.map((a: { id: string }) => a.id)).toEqual([
        'residents',
        'newcomers',
        'tenureAssociation',
        'relocation',
        'turnoverPctPerYear',
      ]);
      expect(lines.join('\n')).toMatch(/not a forecast/);
      const d = rows.find((r) => r.row_type === 'index' && r.index === 'D' && r.chosen === 'true')!;
      if (name === 'empty') expect(Number(d.change)).toBe(0);
      else expect(Number(d.change)).not.toBe(0);
    },
  );

  it('refuses the middenhuur example: the data have no middenhuur', async () => {
    await expect(runExample('convert-middenhuur')).rejects.toThrow(
      /the scenario is refused:\n {2}levers\[0\]: the data have no middenhuur[\s\S]*\(nl\)[\s\S]*de gegevens kennen geen middenhuur/,
    );
  });

  it('writes the full result as JSON, the same as the pipeline gives', async () => {
    const { out } = await runExample('convert-owner', 'json');
    const r = JSON.parse(readFileSync(out, 'utf8'));
    expect(r.spec.levers[0]).toEqual({ kind: 'convert', units: ['WK059910'], dwellings: 500, from: 'rented', to: 'owner' });
    expect(r.rules.map((x: { key: string }) => x.key)).toEqual(['ring', 'rest', 'outside']);
    expect(r.rules[0].ledger.imbalance).toBeLessThan(1e-6);
    expect(r.baseline.indices.D.value).toBeCloseTo(0.0918, 4);
  });

  it('reports every problem of a bad spec with its path, and a year without the group data', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        version: 1,
        gemeente: 'GM0599',
        level: 'wijk',
        year: 2022,
        group: 'income_low',
        levers: [{ kind: 'sell', units: ['WK059910'] }],
      }),
    );
    await expect(scenarioMain(['--spec', bad], quiet)).rejects.toThrow(/levers\[0\]\.kind: unknown lever "sell"/);
    const later = join(dir, 'later.json');
    writeFileSync(later, JSON.stringify({ version: 1, gemeente: 'GM0599', level: 'wijk', year: 2024, group: 'income_low', levers: [] }));
    await expect(scenarioMain(['--spec', later], quiet)).rejects.toThrow(
      /share_income_low \(wijk years: 2022\); years with everything it needs: 2022/,
    );
    await expect(scenarioMain(['--spec', join(dir, 'missing.json')], quiet)).rejects.toThrow(/cannot read --spec .*no such file/);
  });

  it('runs as a command: exit 1 and one Error block for a refused scenario', () => {
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/scenario.ts', '--spec', 'examples/scenarios/convert-middenhuur.json'],
      {
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^Error: the scenario is refused:/);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});
