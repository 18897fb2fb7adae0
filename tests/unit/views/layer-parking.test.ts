import fc from 'fast-check';
import type { LayerSpecification, Map as MlMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { isDrawn, nearView, showLayer } from '../../../src/views/map/layer-parking';

const NL = { w: 3.3, s: 50.75, e: 7.23, n: 53.58, z: 6.4 };

/** A stand-in for the part of MapLibre the parking uses: layers with paint properties, the view and 'move'. */
function fakeMap() {
  const layers = new Map<string, Record<string, unknown>>();
  const moves: (() => void)[] = [];
  const log: string[] = [];
  let view = { ...NL };
  const map = {
    getBounds: () => ({ getWest: () => view.w, getSouth: () => view.s, getEast: () => view.e, getNorth: () => view.n }),
    getZoom: () => view.z,
    on: (type: string, f: () => void) => {
      if (type === 'move') moves.push(f);
    },
    getLayer: (id: string) => (layers.has(id) ? { id } : undefined),
    addLayer: (spec: LayerSpecification) => {
      layers.set(spec.id, {});
      log.push(`add ${spec.id}`);
    },
    removeLayer: (id: string) => {
      layers.delete(id);
      log.push(`remove ${id}`);
    },
    getPaintProperty: (id: string, p: string) => layers.get(id)?.[p],
    setPaintProperty: (id: string, p: string, v: unknown) => {
      const paint = layers.get(id)!;
      if (v === undefined) delete paint[p];
      else paint[p] = v;
      log.push(`paint ${id} ${p}=${String(v)}`);
    },
  };
  /** Move the camera; the parking checks the view once the task's moves are done (a microtask). */
  const move = async (to: Partial<typeof NL>) => {
    view = { ...view, ...to };
    moves.forEach((f) => f());
    await Promise.resolve();
  };
  const keysOnMap = () => [...new Set([...layers.keys()].map((id) => id.replace(/^(fill|line|warn)-/, '')))].sort();
  return { map: map as unknown as MlMap, log, move, keysOnMap };
}

const specs = (key: string): LayerSpecification[] =>
  ['fill', 'line', 'warn'].map((kind) => ({ id: `${kind}-${key}`, type: kind === 'fill' ? 'fill' : 'line', source: `units-${key}` }));

describe('layer parking', () => {
  it('adds the shown layer bottom to top and nothing else', () => {
    const { map, log } = fakeMap();
    showLayer(map, new Set(['g22', 'w22']), 'g22', specs);
    expect(log).toEqual(['add fill-g22', 'add line-g22', 'add warn-g22']);
    expect(isDrawn(map, 'g22')).toBe(true);
    expect(isDrawn(map, 'w22')).toBe(false);
  });

  it('parks the layer shown before and shows it again with paint changes only', () => {
    const { map, log, keysOnMap } = fakeMap();
    const loaded = new Set(['g22', 'g19']);
    showLayer(map, loaded, 'g22', specs);
    showLayer(map, loaded, 'g19', specs);
    expect(keysOnMap()).toEqual(['g19', 'g22']);
    expect([isDrawn(map, 'g22'), isDrawn(map, 'g19')]).toEqual([false, true]);
    log.length = 0;
    showLayer(map, loaded, 'g22', specs);
    expect(log.every((l) => l.startsWith('paint '))).toBe(true);
    expect(log).toContain('paint fill-g22 fill-layer-opacity=undefined');
    expect(log).toContain('paint fill-g19 fill-layer-opacity=0');
    expect([isDrawn(map, 'g22'), isDrawn(map, 'g19')]).toEqual([true, false]);
  });

  it('keeps the parked layer when the shown one is shown again (a re-render)', () => {
    const { map, keysOnMap } = fakeMap();
    const loaded = new Set(['g22', 'g19']);
    showLayer(map, loaded, 'g22', specs);
    showLayer(map, loaded, 'g19', specs);
    showLayer(map, loaded, 'g19', specs);
    expect(keysOnMap()).toEqual(['g19', 'g22']);
    expect(isDrawn(map, 'g19')).toBe(true);
  });

  it('keeps one parked layer: a third one removes the oldest', () => {
    const { map, keysOnMap } = fakeMap();
    const loaded = new Set(['a', 'b', 'c']);
    for (const k of ['a', 'b', 'c']) showLayer(map, loaded, k, specs);
    expect(keysOnMap()).toEqual(['b', 'c']);
    expect(isDrawn(map, 'c')).toBe(true);
  });

  it('keeps the parked layer for small moves and removes it when the view needs other tiles', async () => {
    const { map, move, keysOnMap } = fakeMap();
    const loaded = new Set(['g22', 'g19']);
    showLayer(map, loaded, 'g22', specs);
    showLayer(map, loaded, 'g19', specs);
    await move({ w: NL.w + 0.5, e: NL.e + 0.5 });
    expect(keysOnMap()).toEqual(['g19', 'g22']);
    await move({ z: 8.1 });
    expect(keysOnMap()).toEqual(['g19']);
  });

  it('judges a view only after the moves of one task (fitted to the country, then to the focus)', async () => {
    const { map, move, keysOnMap } = fakeMap();
    const loaded = new Set(['g22', 'g19']);
    showLayer(map, loaded, 'g22', specs);
    showLayer(map, loaded, 'g19', specs);
    await move({ z: 9 }); // would remove it on its own...
    expect(keysOnMap()).toEqual(['g19']);
    const again = fakeMap();
    showLayer(again.map, loaded, 'g22', specs);
    showLayer(again.map, loaded, 'g19', specs);
    const p = again.move({ z: 9 }); // ...but back in the same task, before the check
    void again.move({ z: NL.z });
    await p;
    expect(again.keysOnMap()).toEqual(['g19', 'g22']);
  });

  it('draws nothing without a key, and the same key again without adding its layers', () => {
    const { map, log } = fakeMap();
    const loaded = new Set(['g22']);
    showLayer(map, loaded, 'g22', specs);
    showLayer(map, loaded, null, specs);
    expect(isDrawn(map, 'g22')).toBe(false);
    log.length = 0;
    showLayer(map, loaded, 'g22', specs);
    expect(log.some((l) => l.startsWith('add '))).toBe(false);
    expect(isDrawn(map, 'g22')).toBe(true);
  });

  it('never draws more than the shown layer, and keeps at most one other on the map', async () => {
    const step = fc.oneof(
      fc.record({ show: fc.constantFrom('a', 'b', 'c', 'd', null) }),
      fc.record({ zoom: fc.double({ min: 5, max: 12, noNaN: true }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 25 }), async (steps) => {
        const { map, move, keysOnMap } = fakeMap();
        const loaded = new Set(['a', 'b', 'c', 'd']);
        let shown: string | null = null;
        for (const s of steps) {
          if ('show' in s) showLayer(map, loaded, (shown = s.show), specs);
          else await move({ z: s.zoom });
          const drawn = [...loaded].filter((k) => isDrawn(map, k));
          expect(drawn).toEqual(shown ? [shown] : []);
          expect(keysOnMap().length).toBeLessThanOrEqual(2);
        }
      }),
    );
  });
});

describe('nearView', () => {
  const v = [NL.w, NL.s, NL.e, NL.n, NL.z] as [number, number, number, number, number];
  it('is near for the same view and a move within a quarter of it', () => {
    expect(nearView(v, v)).toBe(true);
    expect(nearView(v, [v[0] + 0.9, v[1], v[2] + 0.9, v[3], v[4]])).toBe(true);
  });
  it('is not near beyond a quarter, or at another tile zoom', () => {
    expect(nearView(v, [v[0] + 1.1, v[1], v[2] + 1.1, v[3], v[4]])).toBe(false);
    expect(nearView(v, [...v.slice(0, 4), 7.01] as typeof v)).toBe(false);
  });
});
