/**
 * The waterbed comparison at buurt level on imported layers (issue 9): the Bunnik fixtures (SYNTHETIC 2023 with
 * BU03120008 + BU03120009 one buurt BU03120008; real 2024 rows on synthetic strips), ring values checked against
 * sums straight from the CSV files.
 */
import { describe, expect, it } from 'vitest';
import { layerTopology } from '../../../src/app/imported-topology';
import { layerAdjacency } from '../../../src/geo/adjacency';
import { unitCodes } from '../../../src/geo/topology';
import { runWaterbed, shownAggregates, WaterbedError, type WaterbedRequest } from '../../../src/pipeline/waterbed';
import { csvRows, layerOf, variables } from './fixture';

const rows = { 2023: csvRows('kwb-2023-buurten-bunnik-synthetic.csv'), 2024: csvRows('kwb-2024-buurten-bunnik.csv') };
const topologies = {
  2023: layerTopology(layerOf('buurten-bunnik-2023.geojson')),
  2024: layerTopology(layerOf('buurten-bunnik-2024.geojson')),
};
const run = (req: Partial<WaterbedRequest>) =>
  runWaterbed(
    { rows, topologies, variables: variables() },
    { level: 'buurt', targets: ['BU03120000'], indicator: 'population', from: 2023, to: 2024, ...req },
  );
const pop = (year: 2023 | 2024, codes: readonly string[]) =>
  rows[year].filter((r) => codes.includes(r.code)).reduce((s, r) => s + Number(r.population), 0);

describe('layerTopology', () => {
  it('keeps every unit with its properties and makes shared borders shared arcs', () => {
    const topo = layerTopology(layerOf('buurten-bunnik-2024.geojson'));
    expect(unitCodes(topo).sort()).toEqual(rows[2024].map((r) => r.code).sort());
    expect(topo.transform).toBeDefined();
    const codes = unitCodes(topo);
    const adj = layerAdjacency(topo, { contiguity: 'rook' });
    const i = codes.indexOf('BU03120000');
    // strips 0 and 1 of wijk WK031200 share their cut line
    expect(Array.from(adj.neighbours[i]!, (k) => codes[k])).toContain('BU03120001');
  });
});

describe('waterbed at buurt level', () => {
  it('rings: target, adjacent buurten, rest of the gemeente — no region row', () => {
    const r = run({});
    expect(r.rings.map((x) => x.ring)).toEqual(['target', 'ring1', 'rest']);
    expect(r.rings.find((x) => x.ring === 'rest')!.label).toEqual({ nl: 'rest van de gemeente', en: 'rest of the municipality' });
    const members = (ring: string) => r.units.filter((u) => u.ring === ring).map((u) => u.code);
    expect(members('ring1')).toContain('BU03120001');
    expect(members('ring1')).not.toContain('BU03120008');
    // every 2024 buurt of Bunnik is in exactly one ring
    expect(r.units.map((u) => u.code).sort()).toEqual(rows[2024].map((x) => x.code).sort());
    for (const ring of ['target', 'ring1'] as const) {
      const row = r.rings.find((x) => x.ring === ring)!;
      expect(row.t1).toBe(pop(2024, members(ring)));
      expect(row.t0).toBeCloseTo(pop(2023, members(ring)), 6);
      expect(row.changePct).toBeCloseTo((100 * (row.t1! - row.t0!)) / row.t0!, 9);
    }
    // the rest holds both halves of the merged 2023 buurt (BU03120008): its 2023 value is the file's rows
    const rest = r.rings.find((x) => x.ring === 'rest')!;
    const restCodes = members('rest');
    expect(restCodes).toEqual(expect.arrayContaining(['BU03120008', 'BU03120009']));
    expect(rest.t1).toBe(pop(2024, restCodes));
    expect(rest.t0).toBeCloseTo(pop(2023, restCodes), 6);
    const target = r.rings.find((x) => x.ring === 'target')!;
    expect(target.didVsRest).toBeCloseTo(target.changePct! - rest.changePct!, 9);
  });

  it('splits the merged 2023 buurt over its two 2024 buurten, conserving its population', () => {
    const r = run({ targets: ['BU03120001'] });
    const halves = r.units.filter((u) => u.code === 'BU03120008' || u.code === 'BU03120009');
    expect(halves.map((u) => u.sourceCodes)).toEqual([['BU03120008'], ['BU03120008']]);
    expect(halves.reduce((s, u) => s + u.t0!, 0)).toBeCloseTo(pop(2023, ['BU03120008']), 6);
    expect(r.harmonisation).toEqual([expect.objectContaining({ year: 2023, identical: 6, interpolated: 2, unmatched: [] })]);
  });

  it('shows no region row at buurt level only', () => {
    expect(shownAggregates('buurt', false)).toEqual(['target', 'ring1', 'rest']);
    expect(shownAggregates('wijk', true)).toEqual(['target', 'ring1', 'ring2', 'rest', 'region']);
  });

  it('refuses a wijk code as a buurt target, in both languages', () => {
    expect(() => run({ targets: ['WK031200'] })).toThrow(WaterbedError);
    try {
      run({ targets: ['WK031200'] });
    } catch (e) {
      expect((e as WaterbedError).messages.en).toContain('BU + 8 characters');
      expect((e as WaterbedError).messages.nl).toContain('buurtcode');
    }
  });
});
