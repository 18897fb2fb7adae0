import { describe, expect, it } from 'vitest';
import {
  featuresOfGemeente,
  indexByCode,
  indicesOfGemeente,
  indicesWhere,
  subsetFeatures,
  toFeatureCollection,
  unitCodes,
  unitObjects,
  unitProperties,
} from '../../../src/geo/topology';
import { gridFeatures, loadLayer, toTopology } from './fixtures';

describe('topology helpers on a synthetic layer', () => {
  const topo = toTopology(gridFeatures(4));

  it('lists codes in geometry order and converts to GeoJSON', () => {
    expect(unitCodes(topo).slice(0, 3)).toEqual(['C0_0', 'C1_0', 'C2_0']);
    const fc = toFeatureCollection(topo);
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(16);
    expect(fc.features[5].properties.code).toBe('C1_1');
    expect(fc.features[5].geometry?.type).toBe('Polygon');
  });

  it('subsets by gemeente code and by index list', () => {
    const west = indicesOfGemeente(topo, 'GM_W');
    expect(west).toEqual([0, 1, 4, 5, 8, 9, 12, 13]);
    const fc = toFeatureCollection(topo);
    expect(featuresOfGemeente(fc, 'GM_E').features).toHaveLength(8);
    const sub = subsetFeatures(fc, [15, 0]);
    expect(sub.features.map((f) => f.properties.code)).toEqual(['C3_3', 'C0_0']);
    expect(() => subsetFeatures(fc, [16])).toThrow(RangeError);
    expect(indicesWhere(topo, (p) => p.code.endsWith('_3'))).toEqual([12, 13, 14, 15]);
  });

  it('indexByCode rejects duplicates; unknown objects throw', () => {
    expect(indexByCode(['a', 'b']).get('b')).toBe(1);
    expect(() => indexByCode(['a', 'a'])).toThrow();
    expect(() => unitObjects(topo, 'nope')).toThrow();
  });
});

describe('committed layers', () => {
  it('wijk_2024 has 3,474 wijken with code, name and gemeente_code', () => {
    const topo = loadLayer('wijk_2024');
    const props = unitProperties(topo);
    expect(props).toHaveLength(3474);
    expect(props.every((p) => /^WK\d{4}/.test(p.code) && typeof p.name === 'string' && /^GM\d{4}$/.test(p.gemeente_code ?? ''))).toBe(true);
    expect(new Set(unitCodes(topo)).size).toBe(3474);
  });

  it('gemeente_2022 features round-trip through topojson-client', () => {
    const fc = toFeatureCollection(loadLayer('gemeente_2022'));
    expect(fc.features.find((f) => f.properties.code === 'GM0363')?.properties.name).toBe('Amsterdam');
  });
});
