/**
 * Crosswalk weightings on synthetic layers whose true answer is known: the two-margin (ipf) and dasymetric weights
 * recover where people lived, the old rule ('density': area × to-year density of the target) does not.
 * Layers are rectangles of grid cells (fixtures.ts); populations are chosen so that every person's place is known.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entriesOf, type Crosswalk, CROSSWALK_WEIGHTINGS } from '../../../src/engine/waterbed/crosswalk';
import { harmonise } from '../../../src/engine/waterbed/harmonise';
import { amountOf } from '../../../src/engine/waterbed/indicator';
import { buildCrosswalk, populationWeighted, twoMarginWeighted } from '../../../src/geo/interpolate';
import {
  crosswalkFamily,
  crosswalkOf,
  resolveWeighting,
  type CrosswalkCache,
  type LayerYears,
  type PopulationRow,
} from '../../../src/pipeline/crosswalks';
import { poly, rect, ring, toTopology, type Unit } from './fixtures';

const Y0 = 2020,
  Y1 = 2022;
const weightOf = (cw: Crosswalk, from: string, to: string) =>
  entriesOf(cw, cw.toCodes.indexOf(to)).find((e) => cw.fromCodes[e.source] === from)?.weight ?? 0;
/** The from-year population the crosswalk gives to-unit `to`: Σ_s w(s→t) · P0_s. */
const fromPopOf = (cw: Crosswalk, P0: readonly (number | null)[], to: string) =>
  entriesOf(cw, cw.toCodes.indexOf(to)).reduce((a, e) => a + e.weight * (P0[e.source] ?? NaN), 0);
const rel = (est: number, truth: number) => Math.abs(est - truth) / truth;
const rows = (pops: Record<string, number>): PopulationRow[] => Object.entries(pops).map(([code, population]) => ({ code, population }));
const layers = (from: Unit[], to: Unit[], p0: Record<string, number>, p1: Record<string, number>): LayerYears => ({
  topologies: { [Y0]: toTopology(from), [Y1]: toTopology(to) },
  rows: { [Y0]: rows(p0), [Y1]: rows(p1) },
});
/** `n` unchanged wijken in a row above the scene (growth g, ±1 % jitter), so the growth spread is measured. */
const unchanged = (n: number, g: number) => {
  const units = Array.from({ length: n }, (_, k) => rect(`U${k}`, k, 5, k + 1, 6));
  const p0 = Object.fromEntries(units.map((_, k) => [`U${k}`, 1000]));
  const p1 = Object.fromEntries(units.map((_, k) => [`U${k}`, 1000 * g * (1 + 0.01 * Math.sin(2.3 * k))]));
  return { units, p0, p1 };
};

describe('a rural piece joins a dense city (gemeente boundary change)', () => {
  // R (4×2 cells, 2,000 people: 1,800 in a village, 150 in the countryside, 50 in the piece) loses its east quarter
  // to city C (2×2 cells, 50,000 people). Growth 2 % everywhere. Truth: 50 of R's 2,000 people move, w(R→C) = 0.025.
  const g = 1.02;
  const from = [rect('GM0001', 0, 0, 4, 2), rect('GM0002', 4, 0, 6, 2)];
  const to = [rect('GM0001', 0, 0, 3, 2), rect('GM0002', 3, 0, 6, 2)];
  const gem = layers(from, to, { GM0001: 2000, GM0002: 50_000 }, { GM0001: 1950 * g, GM0002: 50_050 * g });
  const wijk = (code: string, i0: number, i1: number, gm: string, pop: number) => ({
    unit: rect(code, i0, 0, i1, 2, { gemeente_code: gm }),
    row: { code, gemeente_code: gm, population: pop },
  });
  // Wijken of the to-year (nested in the to-layer): village, countryside, the piece, the city.
  const wijken1 = [
    wijk('WK000101', 0, 1, 'GM0001', 1800 * g),
    wijk('WK000102', 1, 3, 'GM0001', 150 * g),
    wijk('WK000201', 3, 4, 'GM0002', 50 * g),
    wijk('WK000202', 4, 6, 'GM0002', 50_000 * g),
  ];
  // Wijken of the from-year (nested in the from-layer): the piece is still a wijk of R.
  const wijken0 = [
    wijk('WK000101', 0, 1, 'GM0001', 1800),
    wijk('WK000102', 1, 3, 'GM0001', 150),
    wijk('WK000103', 3, 4, 'GM0001', 50),
    wijk('WK000202', 4, 6, 'GM0002', 50_000),
  ];
  const finer = (year: number, ws: typeof wijken1): LayerYears => ({
    topologies: { [year]: toTopology(ws.map((w) => w.unit)) },
    rows: { [year]: ws.map((w) => w.row) },
  });
  const truth = 50 / 2000;

  const withFiner = crosswalkFamily({ level: 'gemeente', layers: gem, finer: finer(Y1, wijken1) }, Y0, Y1);
  const without = crosswalkFamily({ level: 'gemeente', layers: gem }, Y0, Y1);

  it('dasymetric places only the people in the piece with the city; density uses the city density', () => {
    expect(withFiner.area.identical).toEqual([false, false]);
    expect(withFiner.ancillary).toMatchObject({ level: 'wijk', year: Y1, nestsIn: 'to' });
    expect(withFiner.ancillary!.placedShare).toBeCloseTo(1, 6);
    const das = withFiner.dasymetric!;
    expect(das.weighting).toBe('dasymetric');
    expect(Math.abs(weightOf(das, 'GM0001', 'GM0002') - truth)).toBeLessThan(0.002);
    expect(weightOf(das, 'GM0001', 'GM0001') + weightOf(das, 'GM0001', 'GM0002')).toBeCloseTo(1, 12);
    expect(weightOf(das, 'GM0002', 'GM0002')).toBe(1);
    // The old rule: the piece gets the city's density, so most of R moves to C.
    expect(weightOf(withFiner.density, 'GM0001', 'GM0002')).toBeGreaterThan(0.8);
    expect(weightOf(withFiner.density, 'GM0001', 'GM0002')).toBeGreaterThan(20 * truth);
    expect(weightOf(withFiner.area, 'GM0001', 'GM0002')).toBeCloseTo(0.25, 4);
    // The interpolated from-year population of R: truth 1,950.
    expect(rel(fromPopOf(das, withFiner.fromPopulation, 'GM0001'), 1950)).toBeLessThan(0.002);
    expect(rel(fromPopOf(withFiner.density, withFiner.fromPopulation, 'GM0001'), 1950)).toBeGreaterThan(0.8);
  });

  it('a finer layer of the from-year (nested in the from-layer) gives the same answer', () => {
    const f = crosswalkFamily({ level: 'gemeente', layers: gem, finer: finer(Y0, wijken0) }, Y0, Y1);
    expect(f.ancillary).toMatchObject({ year: Y0, nestsIn: 'from' });
    expect(Math.abs(weightOf(f.dasymetric!, 'GM0001', 'GM0002') - truth)).toBeLessThan(0.002);
  });

  it("'auto' is dasymetric with a finer layer and ipf without", () => {
    expect(resolveWeighting('auto', withFiner)).toBe('dasymetric');
    expect(crosswalkOf(withFiner, resolveWeighting('auto', withFiner))).toBe(withFiner.dasymetric);
    expect(without.dasymetric).toBeNull();
    expect(without.ancillary).toBeNull();
    expect(resolveWeighting('auto', without)).toBe('ipf');
    expect(crosswalkOf(without, 'dasymetric')).toBe(without.ipf); // falls back
    expect(resolveWeighting('density', withFiner)).toBe('density');
    // Only gemeenten take a finer layer.
    expect(crosswalkFamily({ level: 'wijk', layers: gem, finer: finer(Y1, wijken1) }, Y0, Y1).dasymetric).toBeNull();
  });

  it('the cache does not serve a family built without a finer layer to a call with one', () => {
    const cache: CrosswalkCache = new Map();
    expect(crosswalkFamily({ level: 'gemeente', layers: gem }, Y0, Y1, cache).dasymetric).toBeNull();
    const f = crosswalkFamily({ level: 'gemeente', layers: gem, finer: finer(Y1, wijken1) }, Y0, Y1, cache);
    expect(resolveWeighting('auto', f)).toBe('dasymetric');
    expect(crosswalkFamily({ level: 'gemeente', layers: gem, finer: finer(Y1, wijken1) }, Y0, Y1, cache)).toBe(f); // a hit
    expect(crosswalkFamily({ level: 'gemeente', layers: gem }, Y0, Y1, cache).dasymetric).toBeNull();
  });
});

describe('an empty harbour changes hands between two wijken', () => {
  // A (3×2 cells, 3,000 people, all west of i = 2) loses its empty harbour (i 2–3) to B (2×2 cells, 6,000 people).
  // 5 % growth everywhere. Truth: nobody moves, so B's from-year population is 6,000 and A's 3,000.
  const g = 1.05;
  const scene = (n: number) => {
    const u = unchanged(n, g);
    return layers(
      [rect('A', 0, 0, 3, 2), rect('B', 3, 0, 5, 2), ...u.units],
      [rect('A', 0, 0, 2, 2), rect('B', 2, 0, 5, 2), ...u.units],
      { A: 3000, B: 6000, ...u.p0 },
      { A: 3000 * g, B: 6000 * g, ...u.p1 },
    );
  };

  it('ipf moves (almost) nobody; area moves the harbour’s share, density more because B is denser', () => {
    const f = crosswalkFamily({ level: 'wijk', layers: scene(12) }, Y0, Y1);
    expect(f.area.identical.slice(0, 2)).toEqual([false, false]);
    expect(f.area.identical.slice(2).every(Boolean)).toBe(true);
    const B = (cw: Crosswalk) => fromPopOf(cw, f.fromPopulation, 'B');
    expect(rel(B(f.ipf), 6000)).toBeLessThan(0.01);
    expect(rel(fromPopOf(f.ipf, f.fromPopulation, 'A'), 3000)).toBeLessThan(0.01);
    expect(B(f.area)).toBeCloseTo(7000, 0); // a third of A's people put in the harbour
    expect(B(f.density)).toBeGreaterThan(B(f.area));
    expect(rel(B(f.density), 6000)).toBeGreaterThan(0.15);
    expect(weightOf(f.ipf, 'B', 'B')).toBe(1);
  });

  it('without unchanged units (default growth spread) ipf still errs far less than area', () => {
    const f = crosswalkFamily({ level: 'wijk', layers: scene(0) }, Y0, Y1);
    const err = (cw: Crosswalk) => rel(fromPopOf(cw, f.fromPopulation, 'B'), 6000);
    expect(err(f.ipf)).toBeLessThan(0.05);
    expect(err(f.ipf)).toBeLessThan(err(f.area) / 3);
  });
});

describe('a new wijk drawn from several split wijken (like Schiedam West 2024)', () => {
  // S1, S2, S3 (2×2 cells each) give their northern halves to a new wijk T; Z (2×2, 10,000 people) takes S3's
  // southern half (a park: 50 people). Truth: T had 500 + 500 + 500 = 1,500 people; 5 % growth everywhere.
  const g = 1.05;
  const u = unchanged(12, g);
  const f = crosswalkFamily(
    {
      level: 'wijk',
      layers: layers(
        [rect('S1', 0, 0, 2, 2), rect('S2', 2, 0, 4, 2), rect('S3', 4, 0, 6, 2), rect('Z', 6, 0, 8, 2), ...u.units],
        [
          rect('T', 0, 1, 6, 2),
          rect('S1', 0, 0, 2, 1),
          rect('S2', 2, 0, 4, 1),
          poly('Z', [ring([4, 0], [8, 0], [8, 2], [6, 2], [6, 1], [4, 1])]),
          ...u.units,
        ],
        { S1: 1000, S2: 1000, S3: 550, Z: 10_000, ...u.p0 },
        { T: 1500 * g, S1: 500 * g, S2: 500 * g, Z: 10_050 * g, ...u.p1 },
      ),
    },
    Y0,
    Y1,
  );
  const T = (cw: Crosswalk) => fromPopOf(cw, f.fromPopulation, 'T');

  it("ipf fits T's column to P1 / growth; density does not", () => {
    expect((f.ipf as Crosswalk & { fit: { maxColumnGap: number } }).fit.maxColumnGap).toBeLessThan(1e-5);
    const hint = (1500 * g) / g;
    expect(rel(T(f.ipf), hint)).toBeLessThan(0.05);
    expect(rel(T(f.density), hint)).toBeGreaterThan(0.2); // S3's piece gets T's thin density against Z's
    expect(rel(T(f.area), hint)).toBeGreaterThan(0.1);
    // Rows stay exact: every source's from-year population is moved once.
    const total = f.fromPopulation.reduce<number>((a, p) => a + (p ?? 0), 0);
    expect(f.ipf.toCodes.reduce((a, c) => a + fromPopOf(f.ipf, f.fromPopulation, c), 0)).toBeCloseTo(total, 6);
  });
});

describe('a pure merger and a pure split', () => {
  const gem = layers(
    [rect('GM0001', 0, 0, 1, 2), rect('GM0002', 1, 0, 3, 2)],
    [rect('GM0003', 0, 0, 3, 2)],
    { GM0001: 1234, GM0002: 98_765 },
    { GM0003: 101_000 },
  );
  const fine: LayerYears = {
    topologies: {
      [Y1]: toTopology([rect('WK1', 0, 0, 2, 2, { gemeente_code: 'GM0003' }), rect('WK2', 2, 0, 3, 2, { gemeente_code: 'GM0003' })]),
    },
    rows: {
      [Y1]: [
        { code: 'WK1', gemeente_code: 'GM0003', population: 1000 },
        { code: 'WK2', gemeente_code: 'GM0003', population: 100_000 },
      ],
    },
  };

  it('merger: every weighting gives weight 1 and the merged count is the exact sum', () => {
    const f = crosswalkFamily({ level: 'gemeente', layers: gem, finer: fine }, Y0, Y1);
    expect(f.dasymetric).not.toBeNull();
    for (const w of CROSSWALK_WEIGHTINGS) {
      const cw = crosswalkOf(f, w);
      expect(cw.weighting).toBe(w);
      expect(cw.weight).toEqual([1, 1]);
      expect(cw.identical).toEqual([false]);
      const out = harmonise(cw, [amountOf('count', 1234, null), amountOf('count', 98_765, null)], 'count');
      expect(out[0]!.value).toBe(1234 + 98_765);
    }
  });

  it('split: ipf divides the from-year population by the to-year populations, area 50/50', () => {
    // S (2×2 cells, 1,000 people) splits into two equal halves with 300 and 900 people a year later (20 % growth).
    const f = crosswalkFamily(
      {
        level: 'wijk',
        layers: layers([rect('S', 0, 0, 2, 2)], [rect('S1', 0, 0, 1, 2), rect('S2', 1, 0, 2, 2)], { S: 1000 }, { S1: 300, S2: 900 }),
      },
      Y0,
      Y1,
    );
    expect(weightOf(f.area, 'S', 'S1')).toBeCloseTo(0.5, 4);
    expect(Math.abs(weightOf(f.ipf, 'S', 'S1') - 0.25)).toBeLessThan(0.005);
    expect(weightOf(f.ipf, 'S', 'S1') + weightOf(f.ipf, 'S', 'S2')).toBeCloseTo(1, 12);
    const counts = harmonise(f.ipf, [amountOf('count', 1000, null)], 'count');
    expect(Math.abs(counts[0]!.value - 250)).toBeLessThan(5);
    expect(counts[0]!.value + counts[1]!.value).toBeCloseTo(1000, 9);
  });
});

describe('properties of every weighting on random strip partitions', () => {
  // From-strips cut at c0; to-strips keep a random subset of those cuts and add others (so some strips survive
  // unchanged, with the same code); a finer layer splits the to-strips further. Strip widths are multiples of 1/50
  // cell (≈ 14 m), so thin slivers (boundary noise) occur too.
  const cuts = (max: number) => fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { maxLength: max });
  const sorted = (xs: number[]) => [0, ...[...new Set(xs)].sort((a, b) => a - b), 100];
  const strips = (c: number[], prefix: string, parent?: (x: number) => string) =>
    c.slice(1).map((x, k) => rect(`${prefix}${c[k]}`, c[k] / 50, 0, x / 50, 1, parent ? { gemeente_code: parent(c[k]) } : {}));
  const pops = fc.array(fc.integer({ min: 0, max: 20_000 }), { minLength: 20, maxLength: 20 });
  let identicalSeen = 0;

  it('weights are ≥ 0 and sum to 1 per source; harmonise preserves totals; identical units keep weight 1', () => {
    fc.assert(
      fc.property(
        cuts(7),
        fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }),
        cuts(3),
        cuts(6),
        pops,
        pops,
        pops,
        (inner, keep, extra, fineExtra, p0, p1, pf) => {
          const c0 = sorted(inner),
            c1 = sorted([...inner.filter((_, k) => keep[k]), ...extra]),
            cf = sorted([...c1, ...fineExtra]);
          const from = strips(c0, 'GM'),
            to = strips(c1, 'GM');
          const parentOf = (x: number) => `GM${c1[c1.findLastIndex((c) => c <= x)]}`;
          const fine = strips(cf, 'WK', parentOf);
          const f = crosswalkFamily(
            {
              level: 'gemeente',
              layers: {
                topologies: { [Y0]: toTopology(from), [Y1]: toTopology(to) },
                rows: {
                  [Y0]: from.map((u, k) => ({ code: u.properties.code, population: p0[k] })),
                  [Y1]: to.map((u, k) => ({ code: u.properties.code, population: p1[k] })),
                },
              },
              finer: {
                topologies: { [Y1]: toTopology(fine) },
                rows: {
                  [Y1]: fine.map((u, k) => ({ code: u.properties.code, gemeente_code: u.properties.gemeente_code, population: pf[k] })),
                },
              },
            },
            Y0,
            Y1,
          );
          expect(f.dasymetric).not.toBeNull();
          const amounts = from.map((_, k) => amountOf('count', p0[k], null));
          const total = p0.slice(0, from.length).reduce((a, b) => a + b, 0);
          for (const w of CROSSWALK_WEIGHTINGS) {
            const cw = crosswalkOf(f, w);
            expect(cw.unmatched).toEqual([]);
            const sums = new Float64Array(cw.fromCodes.length);
            cw.weight.forEach((x, k) => {
              expect(x).toBeGreaterThanOrEqual(0);
              sums[cw.source[k]] += x;
            });
            for (const s of sums) expect(Math.abs(s - 1)).toBeLessThan(1e-9);
            cw.identical.forEach((id, t) => {
              if (!id) return;
              identicalSeen++;
              expect(cw.start[t + 1] - cw.start[t]).toBe(1);
              expect(cw.weight[cw.start[t]]).toBe(1); // same code, or recoded with (almost) the same area
            });
            const out = harmonise(cw, amounts, 'count');
            expect(out.reduce((a, h) => a + (h?.value ?? 0), 0)).toBeCloseTo(total, 6);
            out.forEach((h, t) => cw.identical[t] && expect(h!.value).toBe(p0[cw.source[cw.start[t]]]));
          }
        },
      ),
      { numRuns: 60 },
    );
    expect(identicalSeen).toBeGreaterThan(0);
  });

  it('the same on random grids with unknown and zero populations (weights finite, ≥ 0, rows sum to 1)', () => {
    // Both layers are grids with random column and row cuts (in tenths of a cell); sources and targets of unknown
    // population keep fallback weights, and the dasymetric seed is 0 on every third piece.
    const gridCuts = fc.uniqueArray(fc.integer({ min: 1, max: 39 }), { maxLength: 4 }).map((a) => [0, ...a.sort((x, y) => x - y), 40]);
    const maybePops = fc.array(fc.option(fc.integer({ min: 0, max: 5000 }), { freq: 5 }), { minLength: 25, maxLength: 25 });
    const layer = (xs: number[], ys: number[]) =>
      ys.slice(1).flatMap((y, j) => xs.slice(1).map((x, i) => rect(`U${xs[i]}_${ys[j]}`, xs[i] / 10, ys[j] / 10, x / 10, y / 10)));
    fc.assert(
      fc.property(gridCuts, gridCuts, gridCuts, gridCuts, maybePops, maybePops, (x0, y0, x1, y1, p0, p1) => {
        const from = layer(x0, y0),
          to = layer(x1, y1);
        const cw = buildCrosswalk(from, to, { level: 'wijk', fromYear: Y0, toYear: Y1 });
        const P0 = from.map((_, k) => p0[k]),
          P1 = to.map((_, k) => p1[k]);
        const seed = cw.areaKm2.map((a, k) => (k % 3 === 0 ? 0 : a * (k + 1)));
        for (const c of [
          cw,
          populationWeighted(cw, P1),
          twoMarginWeighted(cw, 'ipf', cw.areaKm2, P0, P1),
          twoMarginWeighted(cw, 'dasymetric', seed, P0, P1),
        ]) {
          const sums = new Float64Array(c.fromCodes.length);
          c.weight.forEach((w, k) => {
            expect(Number.isFinite(w) && w >= 0).toBe(true);
            sums[c.source[k]] += w;
          });
          sums.forEach((sum, i) => c.unmatched.includes(i) || expect(Math.abs(sum - 1)).toBeLessThan(1e-9));
          c.identical.forEach((id, t) => id && expect(c.weight[c.start[t]]).toBe(1));
        }
      }),
      { numRuns: 100 },
    );
  });
});
