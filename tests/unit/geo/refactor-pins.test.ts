/**
 * Pins of the exact current output (bit for bit) of functions that were split into helpers without changing their
 * results: arcs.prepareLayer, nearcoincident.matchNearCoincident (via layerAdjacency), overlay.overlayAreas,
 * interpolate.crosswalkFromOverlay, pipeline/waterbed-index.runIndexWaterbed, engine/waterbed/summary.summarise and
 * features/export/waterbed.waterbedColumns. Each output is serialised with full precision (JSON keeps the shortest
 * round-trip form of every double) and compared by SHA-256 digest, on real layers and data.
 *
 * A digest only changes when a result changes. When a result changes on purpose, check the change with the other
 * tests first and then replace the digest here.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { beforeAll, describe, expect, it } from 'vitest';
import { openRepository } from '../../../src/cli/node-data';
import { summarise, type SummaryInput } from '../../../src/engine/waterbed/summary';
import type { IndicatorSpec, RingComparison } from '../../../src/engine/waterbed/types';
import { waterbedColumns } from '../../../src/features/export/waterbed';
import { layerAdjacency } from '../../../src/geo/adjacency';
import { prepareLayer } from '../../../src/geo/arcs';
import { buildCrosswalk, overlayAreas } from '../../../src/geo/interpolate';
import { toFeatureCollection } from '../../../src/geo/topology';
import type { WaterbedResult } from '../../../src/pipeline/waterbed-request';
import { runIndexWaterbed, type IndexWaterbedInput } from '../../../src/pipeline/waterbed-index';

const digest = (v: unknown): string =>
  createHash('sha256')
    .update(JSON.stringify(v, (_k, x: unknown) => (ArrayBuffer.isView(x) ? Array.from(x as unknown as ArrayLike<number>) : x)))
    .digest('hex')
    .slice(0, 16);

const topo = (name: string) => JSON.parse(readFileSync(`data/geo/${name}.topo.json`, 'utf8')) as Topology;
const features = (t: Topology) => toFeatureCollection(t).features;

describe('geo: exact output pins on real layers', () => {
  it('prepareLayer on wijk_2024 and gemeente_2012', () => {
    for (const name of ['wijk_2024', 'gemeente_2012']) {
      const { units: _units, ...arrays } = prepareLayer(topo(name));
      void _units;
      expect(`${name} ${digest(arrays)}`).toBe(`${name} ${PINS.prepareLayer[name as keyof typeof PINS.prepareLayer]}`);
    }
  });

  it('layerAdjacency (near-coincident matching) on wijk_2024 rook and gemeente_2022 queen', () => {
    const w = layerAdjacency(topo('wijk_2024'), { contiguity: 'rook' });
    const g = layerAdjacency(topo('gemeente_2022'), { contiguity: 'queen' });
    expect([digest(w), digest(g)]).toEqual(PINS.adjacency);
  });

  it('overlayAreas and buildCrosswalk, gemeente 2012 → 2022 and wijk 2022 → 2024', () => {
    const out: string[] = [];
    for (const [level, a, b] of [
      ['gemeente', 2012, 2022],
      ['wijk', 2022, 2024],
    ] as const) {
      const from = features(topo(`${level}_${a}`)),
        to = features(topo(`${level}_${b}`));
      out.push(digest(overlayAreas(from, to)), digest(buildCrosswalk(from, to, { level, fromYear: a, toYear: b })));
    }
    expect(out).toEqual(PINS.overlay);
  });
});

describe('pipeline: runIndexWaterbed pin on real data', () => {
  let input: IndexWaterbedInput;
  beforeAll(async () => {
    const repo = await openRepository('data', ['wijk']);
    const vars = ['population', 'share_age_65plus', 'share_income_low'];
    input = {
      wijkRows: { 2022: await repo.rows('wijk', 2022, vars), 2024: await repo.rows('wijk', 2024, vars) },
      gemeenteTopologies: { 2022: topo('gemeente_2022'), 2024: topo('gemeente_2024') },
    };
  });
  it('D and H, rook and queen, with ring 2, across the Voorne aan Zee merger', () => {
    const a = runIndexWaterbed(input, { targets: ['GM0599'], group: 'age_65plus', index: 'D', from: 2022, to: 2024 });
    const b = runIndexWaterbed(input, {
      targets: ['gm0599', 'GM0606'],
      group: 'age_65plus',
      index: 'H',
      from: 2022,
      to: 2024,
      contiguity: 'rook',
      ring2: true,
    });
    expect([digest(a), digest(b)]).toEqual(PINS.indexWaterbed);
  });
});

describe('summary and export documentation pins', () => {
  const spec = (kind: IndicatorSpec['kind']): IndicatorSpec => ({
    id: `x_${kind}`,
    kind,
    unit: kind === 'share' ? 'percent' : 'count',
    label: { nl: `Indicator ${kind}`, en: `Indicator ${kind}` },
    denominator: kind === 'count' ? null : 'population',
  });
  const cmp = (ring: RingComparison['ring'], t0: number | null, t1: number | null, units = 5, missing = 0): RingComparison => ({
    ring,
    t0,
    t1,
    change: t0 !== null && t1 !== null ? t1 - t0 : null,
    changePct: t0 && t1 !== null ? (100 * (t1 - t0)) / t0 : null,
    units,
    missing,
    didVsRest: null,
    didVsRegion: null,
    didAbsoluteVsRest: null,
  });

  it('summarise over a grid of levels, kinds, changes, missing rings and uncertainty ranges', () => {
    const values: [number, number][] = [
      [20, 24.1],
      [20, 20.02],
      [20, 15],
      [20, 20],
      [10, 12],
    ];
    const uncertainty: SummaryInput['ring1Uncertainty'][] = [
      undefined,
      null,
      { range: { low: -0.5, high: 2 }, rounding: 0.05 },
      { range: { low: 1, high: 3 }, rounding: 0.05 },
      { range: { low: 1.2, high: 1.25 }, rounding: 0.05 },
    ];
    const out: string[] = [];
    for (const level of ['buurt', 'wijk', 'gemeente'] as const)
      for (const kind of ['share', 'count', 'mean'] as const)
        for (const r1 of values)
          for (const r2 of values)
            for (const u of uncertainty) {
              const s = summarise({
                level,
                indicator: spec(kind),
                from: 2019,
                to: 2024,
                ring1: cmp('ring1', ...r1),
                rest: cmp('rest', ...r2),
                restGemeenten: level === 'wijk' ? 2 : undefined,
                ring1Uncertainty: u,
              });
              out.push(s.nl, s.en);
            }
    for (const [ring1, rest] of [
      [null, cmp('rest', 1, 2)],
      [cmp('ring1', 1, 2, 0, 0), cmp('rest', 1, 2)],
      [cmp('ring1', 1, 2), null],
      [cmp('ring1', 1, 2), cmp('rest', 1, 2, 0, 0)],
      [cmp('ring1', null, 2, 3, 2), cmp('rest', 1, 2)],
    ] as const) {
      const s = summarise({ level: 'wijk', indicator: spec('share'), from: 2019, to: 2024, ring1, rest });
      out.push(s.nl, s.en);
    }
    expect(digest(out)).toBe(PINS.summarise);
  });

  it('waterbedColumns for an absolute and a relative metric', () => {
    const result = (metric: 'absolute' | 'relative') =>
      ({ request: { from: 2012, to: 2022 }, indicator: { metric } }) as unknown as WaterbedResult;
    expect([digest(waterbedColumns(result('absolute'))), digest(waterbedColumns(result('relative')))]).toEqual(PINS.columns);
  });
});

const PINS = {
  prepareLayer: { wijk_2024: '2adf967eedef866e', gemeente_2012: '4b48986db52ba1fd' },
  adjacency: ['430a8daa41fbb869', '69b361e8035d362c'],
  overlay: ['fae21248c61b8ba3', '5ea5043de1e479c9', '2fb114618f6d4afb', '4fc533d9acdf220a'],
  indexWaterbed: ['5807f395334795e3', '31e45a80fdf97d49'],
  summarise: '501dbf5242c16b39',
  columns: ['fcc041bdbe1d32b2', 'b62664deb8ee34b3'],
};
