/**
 * Imported boundaries as map layers: level and parents from the codes alone (Amsterdam's letter codes included),
 * the year from the file or its name, unknown codes skipped and reported with a few examples, a later import winning
 * per code, and the data service's source (layer keys that change only when a layer's make-up changes, views waiting
 * for the restored imports). The real Bunnik fixture is read with the same parser the browser uses.
 */
import { readFileSync } from 'node:fs';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  ImportedBoundarySource,
  placeOfCode,
  registerBoundaries,
  yearOfFileName,
  yearsFor,
  type BoundaryImport,
  type KnownCodes,
} from '../../../src/app/imported-boundaries';
import { linkWanted } from '../../../src/app/use-catalog-guard';
import { parseState, serializeState } from '../../../src/app/url-state';
import type { Catalog } from '../../../src/data/catalog';
import { importFile, type BoundaryFeature } from '../../../src/data/import';

const square: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [4.9, 52.3],
      [4.91, 52.3],
      [4.91, 52.31],
      [4.9, 52.3],
    ],
  ],
};
const feat = (code: string, name = code): BoundaryFeature => ({
  code,
  name,
  level: code.startsWith('BU') ? 'buurt' : code.startsWith('WK') ? 'wijk' : 'gemeente',
  wijkCode: null,
  gemeenteCode: null,
  geometry: square,
  values: {},
});
const everything: KnownCodes = () => null;

describe('placeOfCode', () => {
  it('reads level, wijk and gemeente from the code alone, letters included', () => {
    expect(placeOfCode('BU0363KA05')).toEqual({ level: 'buurt', gemeente: 'GM0363', wijk: 'WK0363KA' });
    expect(placeOfCode('BU03120109')).toEqual({ level: 'buurt', gemeente: 'GM0312', wijk: 'WK031201' });
    expect(placeOfCode('WK0363KA')).toEqual({ level: 'wijk', gemeente: 'GM0363', wijk: null });
    expect(placeOfCode('GM0312')).toEqual({ level: 'gemeente', gemeente: 'GM0312', wijk: null });
    for (const bad of ['BU0363', 'bu03120109', 'XX12345678', 'WK03630', 'GM312', '']) expect(placeOfCode(bad), bad).toBeNull();
  });
});

describe('yearOfFileName', () => {
  it('takes a year standing alone in the name', () => {
    expect(yearOfFileName('buurten-bunnik-2024.geojson')).toBe(2024);
    expect(yearOfFileName('wijkenbuurten_2023_v1.json')).toBe(2023);
    expect(yearOfFileName('kaart12024.geojson')).toBeNull();
    expect(yearOfFileName('buurten.geojson')).toBeNull();
  });
});

describe('registerBoundaries', () => {
  it('groups features by level and year, with the gemeente of each unit', () => {
    const imp: BoundaryImport = {
      id: 'a',
      fileName: 'ams-2024.geojson',
      year: null,
      features: [feat('BU0363KA05', 'Kop Zuidas'), feat('BU0363KA06'), feat('WK0363KA'), feat('GM0363')],
    };
    const reg = registerBoundaries([imp], everything, 2000);
    expect([...reg.layers.keys()].sort()).toEqual(['buurt_2024', 'gemeente_2024', 'wijk_2024']);
    const buurt = reg.layers.get('buurt_2024')!;
    expect(buurt.collection.features.map((f) => f.properties)).toEqual([
      { code: 'BU0363KA05', name: 'Kop Zuidas', gemeente_code: 'GM0363' },
      { code: 'BU0363KA06', name: 'BU0363KA06', gemeente_code: 'GM0363' },
    ]);
    expect([...buurt.gemeenten]).toEqual(['GM0363']);
    expect(buurt.files).toEqual(['ams-2024.geojson']);
    expect(yearsFor(reg, 'buurt', 'GM0363')).toEqual([2024]);
    expect(yearsFor(reg, 'buurt', 'GM0312')).toEqual([]);
    expect(reg.skipped).toEqual([]);
  });

  it('prefers the file’s own year, then the name’s, then the default', () => {
    const f = [feat('BU03120000')];
    const reg = registerBoundaries(
      [
        { id: 'a', fileName: 'x-2019.geojson', year: 2023, features: f },
        { id: 'b', fileName: 'y-2022.geojson', year: null, features: f },
        { id: 'c', fileName: 'z.geojson', year: null, features: f },
      ],
      everything,
      2024,
    );
    expect([...reg.layers.keys()].sort()).toEqual(['buurt_2022', 'buurt_2023', 'buurt_2024']);
  });

  it('skips codes of no known buurt and reports a few of them per file', () => {
    const known = new Set(['BU03120000', 'BU03120001']);
    const isKnown: KnownCodes = (level, _y, code) => (level === 'buurt' ? known.has(code) : null);
    const unknown = ['BU03129901', 'BU03129902', 'BU03129903', 'BU03129904', 'BU03129905', 'BU03129906'];
    const reg = registerBoundaries(
      [{ id: 'a', fileName: 'b-2024.geojson', year: null, features: [...['BU03120000', 'BU03120001', ...unknown].map((c) => feat(c))] }],
      isKnown,
      2024,
    );
    expect(reg.layers.get('buurt_2024')!.collection.features.map((f) => f.properties.code)).toEqual(['BU03120000', 'BU03120001']);
    expect(reg.skipped).toEqual([{ fileName: 'b-2024.geojson', level: 'buurt', year: 2024, count: 6, examples: unknown.slice(0, 5) }]);
  });

  it('lets a later import win for a code imported twice', () => {
    const other: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [5, 52],
          [5.1, 52],
          [5.1, 52.1],
          [5, 52],
        ],
      ],
    };
    const reg = registerBoundaries(
      [
        { id: 'old', fileName: 'a-2024.geojson', year: null, features: [feat('BU03120000'), feat('BU03120001')] },
        { id: 'new', fileName: 'b-2024.geojson', year: null, features: [{ ...feat('BU03120000'), geometry: other }] },
      ],
      everything,
      2024,
    );
    const layer = reg.layers.get('buurt_2024')!;
    expect(layer.collection.features).toHaveLength(2);
    expect(layer.collection.features.find((f) => f.properties.code === 'BU03120000')!.geometry).toBe(other);
    expect(layer.files).toEqual(['a-2024.geojson', 'b-2024.geojson']);
  });

  it('registers the Bunnik fixture: its 8 buurten of GM0312 in 2024', () => {
    const bytes = readFileSync('tests/fixtures/import/buurten-bunnik-2024.geojson');
    const r = importFile('buurten-bunnik-2024.geojson', new Uint8Array(bytes));
    const reg = registerBoundaries([{ id: 'x', fileName: r.fileName, year: r.year, features: r.features }], everything, 2000);
    const layer = reg.layers.get('buurt_2024')!;
    expect(layer.collection.features).toHaveLength(8);
    expect([...layer.gemeenten]).toEqual(['GM0312']);
    const csv = readFileSync('tests/fixtures/import/kwb-2024-buurten-bunnik.csv', 'utf8');
    const csvCodes = csv
      .split('\n')
      .slice(1)
      .filter(Boolean)
      .map((l) => l.split(';')[0])
      .sort();
    expect(layer.collection.features.map((f) => f.properties.code).sort()).toEqual(csvCodes);
  });
});

describe('ImportedBoundarySource', () => {
  const reg = (id: string, codes: string[]) =>
    registerBoundaries([{ id, fileName: 'b-2024.geojson', year: null, features: codes.map((c) => feat(c)) }], everything, 2024);

  it('waits for the first registration, then serves its layers', async () => {
    const src = new ImportedBoundarySource();
    const waiting = src.wait('buurt', 2024);
    src.set(reg('a', ['BU03120000']));
    expect((await waiting)!.features).toHaveLength(1);
    expect(await src.wait('buurt', 2023)).toBeNull();
    expect(src.layer('wijk', 2024)).toBeNull();
  });

  it('keeps a layer’s key while its make-up is the same and changes it when it changes', () => {
    const src = new ImportedBoundarySource();
    expect(src.layerKey('wijk', 2024)).toBe('wijk_2024');
    src.set(reg('a', ['BU03120000']));
    expect(src.layerKey('buurt', 2024)).toBe('buurt_2024');
    src.set(reg('a', ['BU03120000'])); // registered again (e.g. the known codes arrived): same layer
    expect(src.layerKey('buurt', 2024)).toBe('buurt_2024');
    src.set(reg('b', ['BU03120000'])); // removed and imported again: a new upload
    expect(src.layerKey('buurt', 2024)).toBe('buurt_2024_r2');
    src.set(registerBoundaries([], everything, 2024));
    expect(src.layer('buurt', 2024)).toBeNull();
    expect(src.layerKey('buurt', 2024)).toBe('buurt_2024');
  });
});

describe('the buurt map in the link', () => {
  const catalog = JSON.parse(readFileSync('data/variables.json', 'utf8')) as Catalog;

  it('keeps a gemeente’s buurt map across a reload (lvl=buurt next to gm), and only with a gemeente', () => {
    const { state, warnings } = parseState('?gm=GM0312&lvl=buurt&jaar=2024&var=population', catalog);
    expect(warnings).toEqual([]);
    expect(state).toMatchObject({ level: 'buurt', gemeente: 'GM0312', year: 2024, variable: 'population' });
    const search = serializeState(state);
    expect(new URLSearchParams(search).get('lvl')).toBe('buurt');
    expect(parseState(search, catalog).state).toEqual(state);
    expect(linkWanted(search)).toEqual({ level: 'buurt', variable: 'population', year: 2024 });
    expect(new URLSearchParams(serializeState({ ...state, level: 'wijk' })).get('lvl')).toBeNull();
    const alone = parseState('?lvl=buurt&jaar=2024&var=population', catalog);
    expect(alone.state.level).toBe('gemeente');
    expect(alone.warnings.map((w) => w.code)).toContain('unknown_level');
  });
});
