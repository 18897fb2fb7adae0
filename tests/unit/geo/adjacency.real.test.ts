import { describe, expect, it } from 'vitest';
import { computeAdjacency, layerAdjacency, subsetAdjacency, type LayerAdjacency } from '../../../src/geo/adjacency';
import { isSymmetric, pairCount, restrictAdjacency } from '../../../src/geo/graph';
import { prepareLayer } from '../../../src/geo/arcs';
import { indexByCode, indicesOfGemeente, unitCodes, unitProperties } from '../../../src/geo/topology';
import { loadLayer } from './fixtures';

const isNeighbour = (adj: LayerAdjacency, a: number, b: number) => adj.neighbours[a].includes(b);

describe('wijk_2022: Amsterdam (GM0363)', () => {
  const topo = loadLayer('wijk_2022');
  const idx = indicesOfGemeente(topo, 'GM0363');
  const names = unitProperties(topo).map((p) => p.name);

  it('has ~99 wijken with symmetric rook and queen adjacency and no wijk without neighbour', () => {
    expect(idx.length).toBeGreaterThan(90);
    for (const contiguity of ['rook', 'queen'] as const) {
      const adj = subsetAdjacency(topo, idx, { contiguity });
      expect(isSymmetric(adj)).toBe(true);
      expect(adj.islands.map((k) => names[idx[k]])).toEqual([]);
      for (const w of adj.weights) for (const v of w) expect(v).toBeGreaterThanOrEqual(0);
    }
  });

  it('subset adjacency equals the restricted whole-layer adjacency and (clean layer) the subset-only computation', () => {
    const sub = subsetAdjacency(topo, idx);
    expect(sub.neighbours).toEqual(restrictAdjacency(layerAdjacency(topo), idx).neighbours);
    const alone = computeAdjacency(prepareLayer(topo), Int32Array.from(idx));
    expect(alone.neighbours.map((a) => [...a])).toEqual(sub.neighbours.map((a) => [...a]));
  });

  it('Burgwallen-Oude Zijde and Burgwallen-Nieuwe Zijde are neighbours with a plausible shared length', () => {
    const code = indexByCode(unitCodes(topo));
    const adj = layerAdjacency(topo);
    const a = code.get('WK036300')!,
      b = code.get('WK036301')!;
    expect(isNeighbour(adj, a, b)).toBe(true);
    const w = adj.weights[a][adj.neighbours[a].indexOf(b)];
    expect(w).toBeGreaterThan(0.3);
    expect(w).toBeLessThan(adj.perimeterKm[a]);
  });

  it('this layer is topologically clean: shared arcs alone give nearly the same rook pairs', () => {
    // The tolerance only adds pairs whose loose (outer) boundaries run within 100 m across a gap, e.g. IJburg Zuid –
    // Zeeburgereiland across the water; toleranceKm: 0 gives strict shared-arc contiguity.
    const exact = layerAdjacency(topo, { toleranceKm: 0 });
    const full = layerAdjacency(topo);
    for (let i = 0; i < exact.n; i++) for (const j of exact.neighbours[i]) expect(full.neighbours[i].includes(j)).toBe(true);
    expect(pairCount(full) - pairCount(exact)).toBeLessThanOrEqual(5);
  });
});

describe('gemeente_2022', () => {
  const topo = loadLayer('gemeente_2022');
  const code = indexByCode(unitCodes(topo));
  const [ams, ouderAmstel, rotterdam] = ['GM0363', 'GM0437', 'GM0599'].map((c) => code.get(c)!);

  it('Amsterdam–Ouder-Amstel are rook neighbours, Amsterdam–Rotterdam are not', () => {
    const rook = layerAdjacency(topo, { contiguity: 'rook' });
    expect(isNeighbour(rook, ams, ouderAmstel)).toBe(true);
    expect(isNeighbour(rook, ouderAmstel, ams)).toBe(true);
    expect(isNeighbour(rook, ams, rotterdam)).toBe(false);
    expect(isNeighbour(layerAdjacency(topo, { contiguity: 'queen' }), ams, rotterdam)).toBe(false);
    expect(isSymmetric(rook)).toBe(true);
  });

  it('borders here are mostly not shared arcs (separately generalised polygons); near-coincidence recovers them', () => {
    const exact = layerAdjacency(topo, { toleranceKm: 0 });
    const full = layerAdjacency(topo);
    expect(pairCount(exact)).toBeLessThan(0.8 * pairCount(full));
    // an inland gemeente (Utrecht): shared boundary ≈ perimeter (exact arcs alone cover much less)
    const utrecht = code.get('GM0344')!;
    const share = full.weights[utrecht].reduce((s, w) => s + w, 0) / full.perimeterKm[utrecht];
    expect(share).toBeGreaterThan(0.9);
    expect(share).toBeLessThan(1.05);
  });

  it('Súdwest-Fryslân–Hollands Kroon (Afsluitdijk, a border collapsed to two needle tips 89 m apart) are rook neighbours', () => {
    const [sudwest, kroon] = ['GM1900', 'GM1911'].map((c) => code.get(c)!);
    const rook = layerAdjacency(topo, { contiguity: 'rook' });
    expect(isNeighbour(rook, sudwest, kroon)).toBe(true);
    expect(isNeighbour(rook, kroon, sudwest)).toBe(true);
    const w = rook.weights[sudwest][rook.neighbours[sudwest].indexOf(kroon)];
    expect(w).toBeGreaterThan(0.08); // the clean wijk_2022 layer shares an 89 m arc here
    expect(w).toBeLessThan(0.1);
    expect(isSymmetric(rook)).toBe(true);
    // strict exact-arc contiguity does not see it
    expect(isNeighbour(layerAdjacency(topo, { toleranceKm: 0 }), sudwest, kroon)).toBe(false);
  });

  it('corner-only contacts (also corner-only in the clean wijk_2022 layer) are queen neighbours with weight 0, not rook', () => {
    const rook = layerAdjacency(topo, { contiguity: 'rook' });
    const queen = layerAdjacency(topo, { contiguity: 'queen' });
    const corners = [
      ['GM0406', 'GM0417'],
      ['GM0376', 'GM0402'],
      ['GM0542', 'GM0597'],
      ['GM0599', 'GM1931'],
      ['GM0823', 'GM1667'],
    ];
    for (const [ca, cb] of corners) {
      const [a, b] = [code.get(ca)!, code.get(cb)!];
      expect(isNeighbour(rook, a, b), `${ca}–${cb}`).toBe(false);
      expect(isNeighbour(queen, a, b), `${ca}–${cb}`).toBe(true);
      expect(queen.weights[a][queen.neighbours[a].indexOf(b)]).toBe(0);
    }
  });

  it('Ameland is the only unit without neighbours', () => {
    const adj = layerAdjacency(topo);
    expect(adj.islands.map((i) => unitProperties(topo)[i].name)).toEqual(['Ameland']);
  });
});

describe('wijk_2024: whole layer', () => {
  it('queen + weights for all wijken, symmetric, timed', () => {
    const topo = loadLayer('wijk_2024');
    const t0 = performance.now();
    prepareLayer(topo);
    const t1 = performance.now();
    const queen = layerAdjacency(topo, { contiguity: 'queen' });
    const t2 = performance.now();
    const rook = layerAdjacency(topo, { contiguity: 'rook' });
    const t3 = performance.now();
    console.log(
      `wijk_2024 (${queen.n} units): decode ${(t1 - t0).toFixed(0)} ms, queen+weights ${(t2 - t1).toFixed(0)} ms, ` +
        `rook+weights ${(t3 - t2).toFixed(0)} ms; ${pairCount(rook)} rook / ${pairCount(queen)} queen pairs`,
    );
    expect(queen.n).toBe(3474);
    expect(isSymmetric(queen)).toBe(true);
    expect(isSymmetric(rook)).toBe(true);
    expect(queen.islands).toEqual([]);
    expect(t2 - t0).toBeLessThan(5000); // generous for slow CI; ~0.3 s on a laptop-class core
    for (let i = 0; i < rook.n; i++) for (const j of rook.neighbours[i]) expect(queen.neighbours[i].includes(j)).toBe(true);
  });
});
