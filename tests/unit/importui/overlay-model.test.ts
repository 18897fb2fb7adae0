/**
 * The imported overlay's pure part: which variables an import provides (automatic and by hand), the catalogue
 * extended with them, which import answers a variable/level/year, and imported values laid over embedded rows —
 * from real parser results (the Bunnik wijk fixture, an Amsterdam letter-code file).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Catalog, CatalogVariable } from '../../../src/data/catalog';
import { importCsvText, importFile } from '../../../src/data/import';
import type { UnitRecord } from '../../../src/data/queries';
import { VARIABLE_IDS, variableById } from '../../../src/data/variables';
import {
  customId,
  mergeCatalog,
  mergeRecords,
  overlaySource,
  providerOf,
  valuesOf,
  type ImportedRecord,
} from '../../../src/features/import/overlay-model';
import { entryOf, isStoredImport, newRecord } from '../../../src/features/import/storage-model';

const FILE = 'tests/fixtures/import/kwb-2024-wijken-bunnik-autos.csv';
const result = importFile('kwb-2024-wijken-bunnik-autos.csv', new Uint8Array(readFileSync(FILE)));
const KNOWN = new Set(VARIABLE_IDS);
const rec = { id: 'a', fileName: 'kwb-2024-wijken-bunnik-autos.csv', table: 'import_kwb_2024_wijken_bunnik_autos' };

const catVar = (id: string, availability: CatalogVariable['availability']): CatalogVariable => ({
  ...variableById(id)!,
  availability,
  sources: ['geoinzicht-app/wijken_2024.geojson'],
});
const BASE: Catalog = {
  levels: ['gemeente', 'wijk'],
  geometry: { gemeente: [2024], wijk: [2022, 2024] },
  variables: [catVar('population', { gemeente: [2024], wijk: [2022] }), catVar('households', { wijk: [2024] })],
};

describe('overlaySource', () => {
  it('maps the known column automatically and leaves the other one until it is mapped by hand', () => {
    const s = overlaySource(rec, result, [], KNOWN)!;
    expect(s.year).toBe(2024);
    expect(s.columns).toEqual([{ variable: 'population', column: 'population', levels: ['wijk'] }]);
  });

  it('adds a hand-mapped column as a new variable or onto a catalogue variable, never twice', () => {
    const custom = overlaySource(
      rec,
      result,
      [{ source: 'a_pau', variable: null, custom: { label: "Personenauto's", kind: 'count' } }],
      KNOWN,
    )!;
    const id = customId(rec.table, 'a_pau');
    expect(id).toBe('imp_kwb_2024_wijken_bunnik_autos__a_pau');
    expect(custom.columns[1]).toMatchObject({ variable: id, column: 'a_pau', levels: ['wijk'] });
    expect(custom.columns[1]!.custom).toMatchObject({ label: { nl: "Personenauto's (import)" }, unit: 'count', kind: 'count' });
    const onto = overlaySource(rec, result, [{ source: 'a_pau', variable: 'households' }], KNOWN)!;
    expect(onto.columns[1]).toEqual({ variable: 'households', column: 'a_pau', levels: ['wijk'] });
    // population already comes from a_inw: a second column for it is ignored; an unknown id too
    expect(overlaySource(rec, result, [{ source: 'a_pau', variable: 'population' }], KNOWN)!.columns).toHaveLength(1);
    expect(overlaySource(rec, result, [{ source: 'a_pau', variable: 'no_such' }], KNOWN)!.columns).toHaveLength(1);
  });

  it('gives nothing for boundaries or a file without a year', () => {
    expect(overlaySource(rec, { ...result, kind: 'boundaries' }, [], KNOWN)).toBeNull();
    expect(overlaySource(rec, { ...result, year: null }, [], KNOWN)).toBeNull();
  });

  it('derives level and parents from the codes, Amsterdam letter codes included', () => {
    const csv =
      'gwb_code_10;regio;gm_naam;recs;a_inw\nGM0363;Amsterdam;Amsterdam;Gemeente;931298\nWK0363KA;Kop Zuidas;Amsterdam;Wijk;1000\nBU0363KA05;Buurt KA05;Amsterdam;Buurt;415\n';
    const r = importCsvText('kwb-2024.csv', csv);
    expect(r.rows.buurt[0]).toMatchObject({ code: 'BU0363KA05', level: 'buurt', wijkCode: 'WK0363KA', gemeenteCode: 'GM0363' });
    expect(r.rows.wijk[0]).toMatchObject({ code: 'WK0363KA', level: 'wijk', gemeenteCode: 'GM0363' });
    const s = overlaySource({ ...rec, table: 'import_kwb_2024' }, r, [], KNOWN)!;
    expect(s.columns[0]!.levels).toEqual(['gemeente', 'wijk', 'buurt']);
    const buurt = mergeRecords(
      [],
      [
        {
          variables: ['population'],
          rows: [{ code: 'BU0363KA05', name: 'Buurt KA05', gemeente_code: 'GM0363', year: 2024, population: 415 }],
        },
      ],
    );
    expect(buurt[0]).toMatchObject({ code: 'BU0363KA05', gemeente_code: 'GM0363', population: 415 });
  });
});

describe('mergeCatalog', () => {
  const hand = overlaySource(rec, result, [{ source: 'a_pau', variable: null, custom: { label: 'Autos', kind: 'count' } }], KNOWN)!;

  it('adds the imported years and new variables, names the file and says which source is used', () => {
    const before = JSON.stringify(BASE);
    const cat = mergeCatalog(BASE, [hand]);
    expect(JSON.stringify(BASE)).toBe(before);
    const pop = cat.variables.find((v) => v.id === 'population')!;
    expect(pop.availability).toEqual({ gemeente: [2024], wijk: [2022, 2024] });
    expect(pop.imported).toEqual({ wijk: [2024] });
    expect(pop.sources).toContain('import: kwb-2024-wijken-bunnik-autos.csv');
    expect(pop.note?.nl).toContain('Wijken 2024: waarden uit import kwb-2024-wijken-bunnik-autos.csv.');
    const own = cat.variables.at(-1)!;
    expect(own.id).toBe('imp_kwb_2024_wijken_bunnik_autos__a_pau');
    expect(own.availability).toEqual({ wijk: [2024] });
    expect(cat.variables.map((v) => v.id)).toEqual(['population', 'households', own.id]);
  });

  it('states that the import is used instead of embedded values of the same level and year', () => {
    const base = { ...BASE, variables: [catVar('population', { wijk: [2022, 2024] })] };
    const note = mergeCatalog(base, [hand]).variables[0]!.note!;
    expect(note.nl).toContain('(gaan voor de ingebouwde gegevens)');
    expect(note.en).toContain('(used instead of the embedded data)');
  });

  it('returns the base itself without imports', () => {
    expect(mergeCatalog(BASE, [])).toBe(BASE);
  });

  it('lets the latest import of a variable, level and year answer', () => {
    const later = { ...hand, id: 'b', table: 'import_b' };
    expect(providerOf([hand, later], 'wijk', 2024, 'population')).toEqual({ source: later, column: 'population' });
    expect(providerOf([hand], 'wijk', 2022, 'population')).toBeNull();
    expect(providerOf([hand], 'gemeente', 2024, 'population')).toBeNull();
  });
});

describe('mergeRecords', () => {
  const unit = (code: string, year: number, population: number | null): UnitRecord => ({
    code,
    name: code,
    year,
    gemeente_code: 'GM0312',
    gemeente_name: 'Bunnik',
    province_code: 'PV26',
    province_name: 'Utrecht',
    population,
  });
  const imp = (code: string, v: number | null): ImportedRecord => ({
    code,
    name: `n${code}`,
    gemeente_code: 'GM0312',
    year: 2024,
    population: v,
    cars: 1,
  });

  it('replaces imported units’ values, keeps the others and adds units only the import has', () => {
    const out = mergeRecords(
      [unit('WK031200', 2024, 1), unit('WK031201', 2024, 2), unit('WK031200', 2022, 5)],
      [{ variables: ['population'], rows: [imp('WK031200', 7350), imp('WK031299', 10)] }],
    );
    expect(out.map((r) => [r.year, r.code, r.population])).toEqual([
      [2022, 'WK031200', 5],
      [2024, 'WK031200', 7350],
      [2024, 'WK031201', 2],
      [2024, 'WK031299', 10],
    ]);
    expect(out[3]).toMatchObject({ name: 'nWK031299', gemeente_name: 'Bunnik', province_code: null });
    expect(out[3]!.cars).toBeUndefined();
    expect(valuesOf(out, 'population')[1]).toEqual({
      code: 'WK031200',
      name: 'WK031200',
      gemeente_code: 'GM0312',
      gemeente_name: 'Bunnik',
      value: 7350,
    });
  });

  it('applies batches in order: a later import wins; a secret value stays empty', () => {
    const out = mergeRecords(
      [unit('WK031200', 2024, 1)],
      [
        { variables: ['population'], rows: [imp('WK031200', 100)] },
        { variables: ['population'], rows: [imp('WK031200', null)] },
      ],
    );
    expect(out[0]!.population).toBeNull();
  });
});

describe('kept imports with a mapping', () => {
  it('lists the other columns, keeps the choices and checks them when read back', () => {
    const stored = {
      ...newRecord(rec.fileName, rec.table, new ArrayBuffer(1), new Date(0), 'a'),
      mapping: [{ source: 'a_pau', variable: null, custom: { label: 'Autos', kind: 'count' as const } }],
    };
    expect(isStoredImport(stored)).toBe(true);
    expect(isStoredImport({ ...stored, mapping: [{ source: 'a_pau', variable: 'no_such' }] })).toBe(false);
    expect(isStoredImport({ ...stored, mapping: [{ source: 'a_pau', variable: null, custom: { label: 'x', kind: 'sum' } }] })).toBe(false);
    const e = entryOf(stored, result);
    expect(e.unmapped.map((u) => u.source)).toEqual(['a_pau']);
    expect(e.overlay?.columns.map((c) => c.variable)).toEqual(['population', 'imp_kwb_2024_wijken_bunnik_autos__a_pau']);
  });
});
