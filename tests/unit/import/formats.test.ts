/**
 * Good fixtures (tests/fixtures/import, built from the real CBS samples) parsed to the expected values. Expected
 * values come from independent sources: the committed data/stats/*.parquet (built from the same KWB 2024 release by
 * the data build) and the numbers printed on the cbs.nl StatLine pages (83765NED, 84286NED).
 */
import { readFileSync } from 'node:fs';
import { parquetReadObjects } from 'hyparquet';
import { beforeAll, describe, expect, it } from 'vitest';
import { importFile, type ImportResult, type ImportRow } from '../../../src/data/import';

const DIR = 'tests/fixtures/import';
const load = (f: string, options = {}): ImportResult => importFile(f, new Uint8Array(readFileSync(`${DIR}/${f}`)), options);
const byCode = (r: ImportResult): Map<string, ImportRow> =>
  new Map(
    Object.values(r.rows)
      .flat()
      .map((x) => [x.code, x]),
  );

type Rec = Record<string, unknown>;
async function parquet(path: string): Promise<Rec[]> {
  const b = readFileSync(path);
  return (await parquetReadObjects({ file: b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer })) as Rec[];
}

let truth: Map<string, Rec>;
beforeAll(async () => {
  const buurt = await parquet('data/stats/buurt.parquet');
  const wijk = await parquet('data/stats/wijk.parquet');
  truth = new Map(
    [...buurt, ...wijk].filter((r) => Number(r.year) === 2024 && String(r.gemeente_code) === 'GM0312').map((r) => [String(r.code), r]),
  );
});

/** Every catalogue value of the import equals the embedded 2024 value (null where the embedded value is null). */
function expectLikeEmbedded(r: ImportResult, variables: readonly string[], prefix = ''): void {
  const rows = byCode(r);
  expect(rows.size).toBe(truth.size);
  for (const [code, t] of truth) {
    if (!code.startsWith(prefix)) continue;
    const row = rows.get(code);
    expect(row, code).toBeDefined();
    for (const v of variables) {
      const want = t[v] === null || t[v] === undefined ? null : Number(t[v]);
      if (want === null) expect(row!.values[v] ?? null, `${code} ${v}`).toBeNull();
      else expect(row!.values[v], `${code} ${v}`).toBeCloseTo(want, 6);
    }
  }
}

describe('KWB flat file kwb-2024.csv (decimal comma, "." secret)', () => {
  it('reads wijken and buurten of Bunnik with the values of the embedded data', () => {
    const r = load('kwb-2024.csv');
    expect(r.ok).toBe(true);
    expect(r.format).toBe('kwb-csv');
    expect(r.year).toBe(2024);
    expect([r.rows.gemeente.length, r.rows.wijk.length, r.rows.buurt.length]).toEqual([0, 3, 8]);
    expectLikeEmbedded(r, [
      'population',
      'households',
      'persons_age_0_14',
      'persons_age_65plus',
      'mean_household_size',
      'share_owner_occupied',
      'mean_woz_keur',
    ]);
    // Buurt shares in the embedded data are derived from the same counts (one decimal); wijk shares come from PDOK.
    expectLikeEmbedded(r, ['share_age_0_14', 'share_age_65plus'], 'BU');
    const b = byCode(r).get('BU03120109')!;
    expect([b.wijkCode, b.gemeenteCode, b.name]).toEqual(['WK031201', 'GM0312', 'Verspreide huizen van Odijk']);
    expect(r.messages.find((m) => m.code === 'secret-values')?.count).toBeGreaterThan(0);
  });

  it('derives age shares from counts and inhabitants', () => {
    const r = load('kwb-2024.csv');
    for (const row of Object.values(r.rows).flat()) {
      const { population, persons_age_65plus: old, share_age_65plus: share } = row.values;
      if (population && old !== null && old !== undefined) expect(share).toBe(Math.round((1000 * old) / population) / 10);
    }
  });
});

describe('StatLine CSV (BOM, ";", quoted, padded codes)', () => {
  it('83765NED (2017): the numbers of the cbs.nl page, titles mapped with their group path', () => {
    const r = load('statline-83765NED-2017.csv');
    expect(r.ok).toBe(true);
    expect(r.format).toBe('statline-csv');
    expect(r.year).toBe(2017);
    const rows = byCode(r);
    expect(rows.get('WK036307')!.values).toMatchObject({ population: 7255, men: 3725, women: 3530, persons_age_0_14: 740 });
    expect(rows.get('BU03630704')!.values).toMatchObject({ population: 2415, men: 1195, women: 1215, persons_age_0_14: 275 });
    expect(rows.get('BU03630704')!.values.share_age_25_44).toBe(45.1); // 100 × 1090 / 2415 = 45.13
    expect(rows.get('BU04840104')).toMatchObject({ name: 'Weteringpark', wijkCode: 'WK048401', gemeenteCode: 'GM0484' });
    expect(r.unmapped.filter((u) => u.numeric > 0)).toEqual([]);
  });

  it('84286NED (2018) saved with a decimal comma: 43,0 → 43, "." → missing (not 0), Amsterdam letter code', () => {
    const r = load('statline-84286NED-2018-decimal-comma.csv');
    const rows = byCode(r);
    expect(rows.get('BU01970107')!.values).toEqual({ mean_income_per_inhabitant_keur: null, share_income_low: 43, share_income_high: 15 });
    expect(rows.get('WK0363ES')!.values).toEqual({
      mean_income_per_inhabitant_keur: 29.6,
      share_income_low: 40.6,
      share_income_high: 23.1,
    });
    expect(rows.get('WK0363ES')!.gemeenteCode).toBe('GM0363');
  });
});

describe('OData v3 TypedDataSet', () => {
  const props = JSON.parse(readFileSync(`${DIR}/85984NED_DataProperties.json`, 'utf8')) as unknown;

  it('with DataProperties: keys matched by stem and group (Nederland_17 = origin, Nederland_20 = born in NL)', () => {
    const r = load('odata-v3-85984NED-TypedDataSet.json', { dataProperties: props });
    expect(r.ok).toBe(true);
    expect(r.messages.filter((m) => m.severity !== 'info')).toEqual([]);
    expectLikeEmbedded(r, [
      'population',
      'households',
      'persons_age_65plus',
      'share_owner_occupied',
      'mean_income_per_inhabitant_keur',
      'land_area_ha',
    ]);
    expect(r.mapped).toContainEqual({ source: 'Nederland_17', variable: 'share_origin_dutch', how: 'share-of', per: 'population' });
    expect(r.unmapped.map((u) => u.source)).toContain('Nederland_20');
    expect(r.unmapped.find((u) => u.source === 'Nederland_20')!.label).toBe('Nederland (Geboren in Nederland)');
  });

  it('renumbered keys (GemiddeldInkomenPerInwoner_78, OppervlakteLand_116) map by stem, never by suffix', () => {
    const r = load('odata-v3-85984NED-renumbered.json');
    expectLikeEmbedded(r, ['population', 'mean_income_per_inhabitant_keur', 'land_area_ha']);
    const withOldProps = load('odata-v3-85984NED-renumbered.json', { dataProperties: props });
    const warn = withOldProps.messages.find((m) => m.code === 'dataproperties');
    expect(warn?.examples).toEqual(['GemiddeldInkomenPerInwoner_78', 'OppervlakteLand_116']);
  });
});

describe('OData v4 Observations', () => {
  it('long rows become one row per region; Value null + "." = missing; NL00 skipped', () => {
    const r = load('odata-v4-83765NED-Observations.json');
    expect(r.ok).toBe(true);
    const rows = byCode(r);
    expect(rows.has('NL00')).toBe(false);
    expect(rows.get('WK036307')!.values).toMatchObject({ population: 7255, men: 3725, women: 3530, persons_age_0_14: 740 });
    expect(rows.get('BU03630704')!.values.share_income_low).toBeNull();
    expect(rows.get('BU03630704')!.values.share_age_15_24).toBe(11); // 100 × 265 / 2415 = 10.97
    expect(r.messages.map((m) => m.code)).toEqual(['skipped-rows', 'secret-values']);
  });
});

describe('decimal point or comma', () => {
  const text = (s: string) => new TextEncoder().encode(s);

  it('a file with decimal commas reads "7.350" as seven thousand three hundred fifty', () => {
    const r = importFile('kwb-2024.csv', text('gwb_code_10;regio;a_inw;g_hhgro\nWK031200;Wijk 00 Bunnik;7.350;2,2\n'));
    expect(r.rows.wijk[0].values).toEqual({ population: 7350, mean_household_size: 2.2 });
  });

  it('a StatLine file with decimal points reads "   1.010" as 1.01', () => {
    const csv =
      '\ufeff"Regiocode (code)";"Huishoudensgrootte (aantal)";"Gemiddelde huishoudensgrootte (aantal)"\n"WK031200  ";"   1.010";"   2.2"\n';
    const r = importFile('statline.csv', text(csv));
    expect(r.rows.wijk[0].values.mean_household_size).toBe(2.2);
    expect(r.rows.wijk[0].other['Huishoudensgrootte (aantal)']).toBe(1.01);
  });
});
