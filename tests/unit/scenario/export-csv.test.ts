/** The scenario CSV from the app: BOM, labels in the UI language, the Dutch-Excel variant, numbers unchanged. */
import { dsvFormat } from 'd3';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../src/engine/scenario';
import { resultCsv } from '../../../src/features/scenario/export';
import { scenarioColumns, scenarioTable } from '../../../src/pipeline/scenario-table';
import { ringsFrom, toyInput, toySpec, type ToyUnit } from './helpers';

const UNITS: ToyUnit[] = [
  { code: 'A', dwellings: 100, ownerPct: 0, counts: [150, 50] },
  { code: 'B', dwellings: 100, ownerPct: 100, counts: [40, 160] },
  { code: 'C', dwellings: 100, ownerPct: 50, counts: [100, 100] },
];

function result() {
  const spec = toySpec([{ kind: 'convert', units: ['A'], dwellings: 30, from: 'rented', to: 'owner' }], {
    tenureAssociation: 'independent',
  });
  const r = runScenario(toyInput(UNITS), spec, ringsFrom(spec, { A: ['B'], B: ['A', 'C'], C: ['B'] }));
  if (!r.ok) throw new Error(r.errors.map((e) => e.en).join('; '));
  return r.value;
}

describe('scenario CSV export', () => {
  it('writes a BOM, Dutch labels and the CLI rows; the sidecar keeps the column ids', () => {
    const r = result();
    const { csv, meta } = resultCsv(r, 'nl', 'excel');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = dsvFormat(',').parse(csv.slice(1));
    expect(rows.columns.slice(0, 3)).toEqual(['soort rij', 'verhuisregel', 'gekozen regel']);
    expect(rows).toHaveLength(scenarioTable(r).length);
    const m = JSON.parse(meta);
    expect(Object.keys(m.column_labels)).toEqual(scenarioColumns(r));
    expect(m.language).toBe('nl');
  });

  it('the Dutch-Excel variant parses back to the same numbers', () => {
    const r = result();
    const en = dsvFormat(',').parse(resultCsv(r, 'en', 'excel').csv.slice(1));
    const nl = dsvFormat(';').parse(resultCsv(r, 'en', 'dutch').csv.slice(1));
    expect(nl).toHaveLength(en.length);
    const col = 'after';
    en.forEach((row, i) => {
      const a = row[col]!,
        b = nl[i]![col]!;
      if (a === '') expect(b).toBe('');
      else expect(Number(b.replace(',', '.'))).toBe(Number(a));
    });
    expect(en.some((row) => row[col] !== '')).toBe(true);
  });
});
