import { describe, expect, it } from 'vitest';
import type { UnitCollection } from '../../../src/app/data-service';
import { setClasses, setMarks } from '../../../src/views/map/use-restyle';

const geometry = {
  type: 'FeatureCollection',
  features: ['GM1', 'GM2', 'GM3', 'GM4'].map((code) => ({ type: 'Feature', geometry: null, properties: { code, name: code } })),
} as unknown as UnitCollection;

/** A stand-in for MapLibre's feature-state store: records every call and the resulting state. */
function fakeMap() {
  const calls: [string, Record<string, unknown>][] = [];
  const state = new Map<string, Record<string, unknown>>();
  return {
    calls,
    state,
    setFeatureState(f: { source: string; id?: string | number }, s: Record<string, unknown>) {
      calls.push([String(f.id), s]);
      state.set(String(f.id), { ...state.get(String(f.id)), ...s });
    },
  };
}

describe('restyle by feature-state: one pass per change, none when nothing changed', () => {
  it('sets every class once, then only the features whose class changed', () => {
    const map = fakeMap();
    const applied = new Map<string, number>();
    expect(
      setClasses(
        map,
        'src',
        geometry,
        new Map([
          ['GM1', 0],
          ['GM2', 1],
          ['GM3', 2],
        ]),
        applied,
      ),
    ).toBe(4);
    expect(Object.fromEntries([...map.state].map(([k, v]) => [k, v.cls]))).toEqual({ GM1: 0, GM2: 1, GM3: 2, GM4: -1 });
    // The same classes again (a new Map with equal content, e.g. recomputed): no call at all.
    expect(
      setClasses(
        map,
        'src',
        geometry,
        new Map([
          ['GM1', 0],
          ['GM2', 1],
          ['GM3', 2],
        ]),
        applied,
      ),
    ).toBe(0);
    expect(map.calls).toHaveLength(4);
    // One class differs: one call, and the state equals a full pass over the new classes.
    expect(
      setClasses(
        map,
        'src',
        geometry,
        new Map([
          ['GM1', 0],
          ['GM2', 1],
          ['GM3', 3],
        ]),
        applied,
      ),
    ).toBe(1);
    expect(map.calls.at(-1)).toEqual(['GM3', { cls: 3 }]);
    const full = fakeMap();
    setClasses(
      full,
      'src',
      geometry,
      new Map([
        ['GM1', 0],
        ['GM2', 1],
        ['GM3', 3],
      ]),
      new Map(),
    );
    expect(map.state).toEqual(full.state);
  });

  it('sets marks only where dim, selection, ring or warning changed', () => {
    const map = fakeMap();
    const applied = new Map<string, string>();
    const rings = new Map([['GM2', 'target' as const]]);
    // Only the ringed unit gets state: the others have none, which reads as unmarked.
    expect(setMarks(map, 'src', geometry, { keep: null, selected: null, rings, marked: null }, applied)).toBe(1);
    expect(map.state.get('GM2')).toEqual({ dim: false, sel: false, ring: 1, warn: false });
    expect(map.state.has('GM1')).toBe(false);
    expect(setMarks(map, 'src', geometry, { keep: null, selected: null, rings: new Map(rings), marked: null }, applied)).toBe(0);
    expect(setMarks(map, 'src', geometry, { keep: null, selected: 'GM4', rings, marked: new Set(['GM1']) }, applied)).toBe(2);
    expect(map.state.get('GM4')).toEqual({ dim: false, sel: true, ring: 0, warn: false });
    expect(map.state.get('GM1')).toEqual({ dim: false, sel: false, ring: 0, warn: true });
    // A mark taken away is set back to unmarked explicitly.
    expect(setMarks(map, 'src', geometry, { keep: null, selected: null, rings: null, marked: null }, applied)).toBe(3);
    for (const code of ['GM1', 'GM2', 'GM4']) expect(map.state.get(code)).toEqual({ dim: false, sel: false, ring: 0, warn: false });
  });

  it('in one gemeente, sets the classes of its units only, and of the others once they are shown', () => {
    const wijken = {
      type: 'FeatureCollection',
      features: [
        ['WK1', 'GM1'],
        ['WK2', 'GM1'],
        ['WK3', 'GM2'],
      ].map(([code, gm]) => ({ type: 'Feature', geometry: null, properties: { code, name: code, gemeente_code: gm } })),
    } as unknown as UnitCollection;
    const map = fakeMap();
    const applied = new Map<string, number>();
    expect(setClasses(map, 'src', wijken, new Map([['WK1', 0]]), applied, 'GM1')).toBe(2);
    expect(Object.fromEntries([...map.state].map(([k, v]) => [k, v.cls]))).toEqual({ WK1: 0, WK2: -1 });
    expect(setClasses(map, 'src', wijken, new Map([['WK3', 4]]), applied, 'GM2')).toBe(1);
    // The whole layer: every unit gets the class of the new answer.
    expect(setClasses(map, 'src', wijken, new Map([['WK2', 1]]), applied, null)).toBe(3);
    expect(Object.fromEntries([...map.state].map(([k, v]) => [k, v.cls]))).toEqual({ WK1: -1, WK2: 1, WK3: -1 });
  });
});
