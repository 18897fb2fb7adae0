/**
 * A small synthetic raw source for data:build tests: 120 square gemeenten GM0001…GM0120 in a grid inside the
 * Netherlands, 150,000 inhabitants each (18 million in all), so every validation rule passes as it is.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { SourceSpec } from '../../../src/data/build/sources';

export const SYNTHETIC_SPEC: SourceSpec = {
  id: 'synthetic_gemeenten_2020',
  file: 'synthetic/gemeenten_2020.geojson',
  level: 'gemeente',
  year: 2020,
  codeField: 'code',
  nameField: 'name',
  columns: { population: 'population', men: 'men', women: 'women', age_0_14: 'share_age_0_14' },
  geometry: true,
  origin: 'synthetic test data',
  expectColumns: ['population', 'men', 'women', 'age_0_14'],
};

export interface SyntheticFeature {
  type: 'Feature';
  properties: Record<string, unknown>;
  geometry: { type: 'Polygon'; coordinates: number[][][] };
}

export function syntheticCollection(n = 120): { type: 'FeatureCollection'; features: SyntheticFeature[] } {
  const features = Array.from({ length: n }, (_, i): SyntheticFeature => {
    const x = 4 + (i % 12) * 0.2;
    const y = 51 + Math.floor(i / 12) * 0.15;
    const code = `GM${String(i + 1).padStart(4, '0')}`;
    return {
      type: 'Feature',
      properties: { code, name: `Gemeente ${i + 1}`, population: 150_000, men: 74_000, women: 76_000, age_0_14: 16 },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [x, y],
            [x + 0.2, y],
            [x + 0.2, y + 0.15],
            [x, y + 0.15],
            [x, y],
          ],
        ],
      },
    };
  });
  return { type: 'FeatureCollection', features };
}

/** Write the synthetic source into `rawDir` (optionally changed by `edit`); returns the file's path. */
export function writeSyntheticRaw(rawDir: string, edit?: (fc: ReturnType<typeof syntheticCollection>) => void): string {
  const fc = syntheticCollection();
  edit?.(fc);
  const path = join(rawDir, SYNTHETIC_SPEC.file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(fc));
  return path;
}
