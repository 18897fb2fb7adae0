/**
 * Property tests (fast-check) over the path of `indices --input`, in-process: long counts text → parseLongCounts →
 * computeOwnCounts → indicesRow → CSV (formatCsv) and JSON. Whatever the counts (zeros, tiny fractions, counts up to
 * the parser's maximum, one-unit regions, empty groups), every number written is finite, and every empty index cell
 * is named in the row's not_computable column. A second property feeds counts the parser would refuse (1e300,
 * 1e-300, MAX_VALUE) straight into the computation: the output guards still hold.
 */
import { csvParse } from 'd3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvText, jsonText } from '../../../src/cli/output';
import type { BatchInput } from '../../../src/engine/batch';
import { MAX_COUNT, parseLongCounts } from '../../../src/engine/long-counts';
import { computeOwnCounts } from '../../../src/pipeline/indices-counts';
import { indicesRow } from '../../../src/pipeline/indices-output';

const GROUPS = ['high', 'low', 'mid'];
const NUMBER_COLUMN =
  /^(population|total_.*|D|xPx|xPy|H|Gini|V|A|Dadj_rook|Dadj_queen|Dw|Ds|SP|.*_multigroup|.*_ci_(lower|upper)|expected_D|D_excess|D_carrington_troske|data_year)$/;

/** A count as the parser reads it: plain digits, or a decimal with 1, 2 or 6+ fraction digits (never ambiguous). */
const countText = fc.oneof(
  fc.constant('0'),
  fc.integer({ min: 0, max: 1000 }).map(String),
  fc.constant(String(MAX_COUNT)),
  fc.integer({ min: 1, max: 999_999 }).map((n) => `0.${String(n).padStart(6, '0')}`),
  fc.integer({ min: 0, max: 99 }).map((n) => `${n}.5`),
);

/** 1–3 regions of 1–4 units, every unit with a row for every group (no zero-filling, no near-name pairs). */
const longTable = fc
  .record({
    groups: fc.integer({ min: 2, max: 3 }),
    regions: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 3 }),
    focal: fc.option(fc.constantFrom(...GROUPS.map((g) => ` ${g.toUpperCase()} `)), { nil: undefined }),
  })
  .chain(({ groups, regions, focal }) => {
    const cells = regions.reduce((a, n) => a + n, 0) * groups;
    return fc.record({
      groups: fc.constant(groups),
      regions: fc.constant(regions),
      focal: fc.constant(focal),
      counts: fc.array(countText, { minLength: cells, maxLength: cells }),
    });
  })
  .map(({ groups, regions, focal, counts }) => {
    const lines = ['region,unit,group,count'];
    let k = 0;
    regions.forEach((units, r) => {
      for (let u = 0; u < units; u++)
        for (const g of GROUPS.slice(0, groups)) lines.push(`R${r + 1},U${r + 1}${u + 1},${g},${counts[k++]}`);
    });
    return {
      text: lines.join('\n') + '\n',
      focal: focal && GROUPS.slice(0, groups).includes(focal.trim().toLowerCase()) ? focal : undefined,
    };
  });

const replicates = fc.record({
  bootstrapReplicates: fc.integer({ min: 0, max: 12 }),
  randomReplicates: fc.integer({ min: 0, max: 6 }),
  seed: fc.integer({ min: 0, max: 1000 }),
});

/** What is wrong with the written outputs (empty: nothing). */
function outputProblems(input: BatchInput, options: { bootstrapReplicates: number; randomReplicates: number; seed: number }): string[] {
  const rows = computeOwnCounts(input, options).map((r) => indicesRow(r, { year: null, contiguity: null, ...options }));
  const problems: string[] = [];
  const csv = csvText(rows); // throws on a non-finite number
  for (const row of csvParse(csv)) {
    for (const [k, v] of Object.entries(row)) {
      if (!NUMBER_COLUMN.test(k)) continue;
      if (v === '') {
        if (!(row.not_computable ?? '').split(' | ').some((part) => part.split(': ')[0]!.split(', ').includes(k)))
          problems.push(`${row.region_code} ${k}: blank without reason`);
      } else if (!Number.isFinite(Number(v))) problems.push(`${row.region_code} ${k} = ${v}`);
    }
  }
  const warnings: string[] = [];
  jsonText({ records: rows }, (w) => warnings.push(w));
  return [...problems, ...warnings];
}

describe('indices --input: parse → compute → write', () => {
  it('every number written is finite, every blank index cell has a reason', () => {
    fc.assert(
      fc.property(longTable, replicates, ({ text, focal }, options) => {
        const parsed = parseLongCounts(text, { focal, fileName: 'counts.csv' });
        if (!parsed.ok) throw new Error(`parse failed: ${parsed.errors.map((e) => `${e.line}: ${e.message}`).join('; ')}\n${text}`);
        if (focal) expect(parsed.focal.name).toBe(focal.trim().toLowerCase());
        expect(outputProblems(parsed.input, options)).toEqual([]);
      }),
      { numRuns: 80 },
    );
  });

  it('counts the parser refuses (1e300, 1e-300, MAX_VALUE) still give finite cells or reasons', () => {
    const extreme = fc.constantFrom(0, 1, 1e300, 1e-300, Number.MAX_VALUE, 5e-324, 1e12);
    const batch = fc.array(fc.tuple(extreme, extreme), { minLength: 1, maxLength: 5 }).map((pairs): BatchInput => ({
      groups: ['x', 'y'],
      units: pairs.map((_, i) => ({ regionCode: 'R', regionName: 'R', unitCode: `u${i}` })),
      counts: [Float64Array.from(pairs, (p) => p[0]), Float64Array.from(pairs, (p) => p[1])],
    }));
    fc.assert(
      fc.property(batch, replicates, (input, options) => {
        expect(outputProblems(input, options)).toEqual([]);
      }),
      { numRuns: 80 },
    );
  });

  it('one-unit regions and empty focal groups say why their indices are blank', () => {
    const parsed = parseLongCounts('region,unit,group,count\nONE,a,x,5\nONE,a,y,7\nEMPTY,a,x,0\nEMPTY,a,y,3\nEMPTY,b,x,0\nEMPTY,b,y,4\n', {
      focal: 'x',
    });
    if (!parsed.ok) throw new Error('parse failed');
    const options = { bootstrapReplicates: 10, randomReplicates: 5, seed: 1 };
    const rows = computeOwnCounts(parsed.input, options).map((r) => indicesRow(r, { year: null, contiguity: null, ...options }));
    const reason = Object.fromEntries(rows.map((r) => [r.region_code, String(r.not_computable)]));
    expect(reason.ONE).toMatch(/^D, xPx, xPy, H, Gini, V, A, M_multigroup, .*: fewer than 2 usable units \(1\)/);
    expect(reason.EMPTY).toMatch(/^D, xPx, .*: group x is empty/);
    expect(reason.ONE).toMatch(/Dadj_rook, Dw, Ds, SP, Dadj_queen: own counts have no boundaries/);
  });

  it('a value the engine returns as NaN (counts near 1e300) is a blank cell with the reason "not finite"', () => {
    const input: BatchInput = {
      groups: ['x', 'y'],
      units: ['a', 'b'].map((u) => ({ regionCode: 'R', regionName: 'R', unitCode: u })),
      counts: [Float64Array.of(1e300, 1e300), Float64Array.of(1, 1e300)],
    };
    const [row] = computeOwnCounts(input, { bootstrapReplicates: 0, randomReplicates: 0 }).map((r) =>
      indicesRow(r, { year: null, contiguity: null }),
    );
    expect(row!.Gini).toBeNull();
    expect(row!.not_computable).toMatch(/Gini[^|]*: not finite in floating point/);
  });
});
