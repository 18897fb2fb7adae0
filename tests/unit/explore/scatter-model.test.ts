import { scaleLinear } from 'd3';
import { describe, expect, it } from 'vitest';
import {
  buildQuadtree,
  nearestPoint,
  paddedExtent,
  pearson,
  pointsInDataRect,
  pointsInRect,
  projectPoints,
  scatterPoints,
} from '../../../src/views/explore/scatter-model';

const lcg = (seed: number) => () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;

function setup(n: number) {
  const r = lcg(3);
  const data = Array.from({ length: n }, (_, i) => ({ code: `WK${String(i).padStart(6, '0')}`, x: r() * 100, y: r() * 50 }));
  const { points } = scatterPoints(data);
  const sx = scaleLinear()
    .domain(paddedExtent(points.map((p) => p.x)))
    .range([40, 640]);
  const sy = scaleLinear()
    .domain(paddedExtent(points.map((p) => p.y)))
    .range([380, 10]);
  const screen = projectPoints(points, sx, sy);
  return { points, sx, sy, screen, tree: buildQuadtree(screen) };
}

describe('scatter model', () => {
  it('keeps only units with both values', () => {
    const r = scatterPoints([
      { code: 'A', x: 1, y: 2, name: 'a' },
      { code: 'B', x: null, y: 2 },
      { code: 'C', x: 1, y: Number.NaN },
      { code: 'D', x: 0, y: 0 },
    ]);
    expect(r.points).toEqual([
      { code: 'A', name: 'a', x: 1, y: 2 },
      { code: 'D', x: 0, y: 0 },
    ]);
    expect(r.dropped).toBe(2);
  });

  it('paddedExtent widens the range and copes with a single value', () => {
    expect(paddedExtent([0, 100])).toEqual([-4, 104]);
    expect(paddedExtent([5])).toEqual([4.8, 5.2]);
    expect(paddedExtent([0, 0])).toEqual([-1, 1]);
    expect(paddedExtent([])).toEqual([0, 1]);
  });

  it('nearestPoint equals a brute-force search within the radius', () => {
    const { screen, tree } = setup(3475);
    const r = lcg(9);
    for (let i = 0; i < 200; i++) {
      const px = 40 + r() * 600;
      const py = 10 + r() * 370;
      let best: (typeof screen)[number] | null = null;
      let bestD = 8 * 8;
      for (const p of screen) {
        const d = (p.px - px) ** 2 + (p.py - py) ** 2;
        if (d < bestD) {
          bestD = d;
          best = p;
        }
      }
      expect(nearestPoint(tree, px, py, 8)?.code ?? null).toBe(best?.code ?? null);
    }
  });

  it('pointsInRect (screen brush) selects the same units as the data-space rectangle', () => {
    const { points, sx, sy, tree } = setup(3475);
    const rect: [[number, number], [number, number]] = [
      [sx(20), sy(40)],
      [sx(60), sy(10)],
    ];
    const viaTree = pointsInRect(tree, rect).sort();
    const viaData = pointsInDataRect(points, [20, 60], [10, 40]).sort();
    expect(viaTree).toEqual(viaData);
    expect(viaTree.length).toBeGreaterThan(100);
    // corners in any order; an empty rectangle selects nothing
    expect(pointsInRect(tree, [rect[1], rect[0]]).sort()).toEqual(viaTree);
    expect(
      pointsInRect(tree, [
        [0, 0],
        [1, 1],
      ]),
    ).toEqual([]);
  });

  it('finds points that share a position (quadtree chains them)', () => {
    const screen = projectPoints(
      [
        { code: 'A', x: 1, y: 1 },
        { code: 'B', x: 1, y: 1 },
        { code: 'C', x: 5, y: 5 },
      ],
      (v) => v * 10,
      (v) => v * 10,
    );
    const tree = buildQuadtree(screen);
    expect(
      pointsInRect(tree, [
        [0, 0],
        [20, 20],
      ]).sort(),
    ).toEqual(['A', 'B']);
    expect(['A', 'B']).toContain(nearestPoint(tree, 11, 11)!.code);
    expect(nearestPoint(tree, 30, 30, 5)).toBeNull();
  });

  it('hit-testing and brushing work on 3,475 points (speed is measured in the benchmarks, not here)', () => {
    const { screen } = setup(3475);
    const tree = buildQuadtree(screen);
    // Every point is found at its own position.
    for (const p of screen.slice(0, 200)) expect(nearestPoint(tree, p.px, p.py, 0.01)?.code).toBe(p.code);
    expect(
      pointsInRect(tree, [
        [0, 0],
        [1e6, 1e6],
      ]).length,
    ).toBe(3475);
  });

  it('pearson r: perfect, none, too few', () => {
    expect(pearson([0, 1, 2, 3].map((v) => ({ code: String(v), x: v, y: 2 * v + 1 })))).toBeCloseTo(1, 12);
    expect(pearson([0, 1, 2, 3].map((v) => ({ code: String(v), x: v, y: -v })))).toBeCloseTo(-1, 12);
    expect(
      pearson([
        { code: 'a', x: 1, y: 1 },
        { code: 'b', x: 2, y: 2 },
      ]),
    ).toBeNull();
    expect(pearson([1, 2, 3].map((v) => ({ code: String(v), x: v, y: 5 })))).toBeNull();
  });
});
