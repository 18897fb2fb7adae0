/** The Bunnik buurt fixtures (tests/fixtures/import, synthetic 2023 + real 2024 rows) as waterbed inputs. */
import { readFileSync } from 'node:fs';
import type { Catalog, CatalogVariable } from '../../../src/data/catalog';
import type { LayerCollection } from '../../../src/app/imported-boundaries';
import type { WaterbedRow } from '../../../src/pipeline/waterbed';

const DIR = 'tests/fixtures/import';

/** code → { name, population, age65 } read straight from a KWB flat file (a_inw = column 4, a_65_oo = column 6). */
export function csvRows(file: string): WaterbedRow[] {
  return readFileSync(`${DIR}/${file}`, 'utf8')
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((l) => l.split(';'))
    .map((c) => ({ code: c[0]!, name: c[1]!, gemeente_code: 'GM0312', population: Number(c[4]), persons_age_65plus: Number(c[6]) }));
}

/** A boundary fixture as the app's imported layer (code, name, gemeente_code). */
export function layerOf(file: string): LayerCollection {
  const fc = JSON.parse(readFileSync(`${DIR}/${file}`, 'utf8')) as {
    features: { geometry: LayerCollection['features'][number]['geometry']; properties: { buurtcode: string; buurtnaam: string } }[];
  };
  return {
    type: 'FeatureCollection',
    features: fc.features.map((f) => ({
      type: 'Feature',
      geometry: f.geometry,
      properties: { code: f.properties.buurtcode, name: f.properties.buurtnaam, gemeente_code: 'GM0312' },
    })),
  };
}

/** The catalogue's variables with buurt availability 2023 and 2024 (as after importing the 2023 file). */
export function variables(): CatalogVariable[] {
  const cat = JSON.parse(readFileSync('data/variables.json', 'utf8')) as Catalog;
  return cat.variables.map((v) => (v.availability.buurt ? { ...v, availability: { ...v.availability, buurt: [2023, 2024] } } : v));
}
