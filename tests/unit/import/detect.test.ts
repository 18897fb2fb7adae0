/** Format detection from name + bytes, the crosswalk helpers the downloader uses, and region codes. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat, keyStem, parseRegionCode, v4MeasuresForVariables, byV4Measure } from '../../../src/data/import';

const DIR = 'tests/fixtures/import';
const bytes = (f: string) => new Uint8Array(readFileSync(`${DIR}/${f}`));

describe('detectFormat', () => {
  it.each([
    ['statline-83765NED-2017.csv', 'statline-csv'],
    ['kwb-2024.csv', 'kwb-csv'],
    ['odata-v3-85984NED-TypedDataSet.json', 'odata-v3'],
    ['odata-v4-83765NED-Observations.json', 'odata-v4'],
    ['wijken-bunnik-rd.geojson', 'geojson'],
    ['pdok-wfs-wijken-bunnik.geojson', 'geojson'],
  ])('%s → %s', (f, format) => expect(detectFormat(f, bytes(f))).toBe(format));

  it('recognises nothing in a JSON file of another shape', () => {
    expect(detectFormat('x.json', new TextEncoder().encode('{"a": 1}'))).toBeNull();
  });
});

describe('crosswalk', () => {
  it('strips only a trailing numeric suffix', () => {
    expect(keyStem('AantalInwoners_5')).toBe('AantalInwoners');
    expect(keyStem('k_0Tot15Jaar_8')).toBe('k_0Tot15Jaar');
    expect(keyStem('WijkenEnBuurten')).toBe('WijkenEnBuurten');
  });

  it('gives the v4 measures of variables, with the denominators of derived shares', () => {
    expect(v4MeasuresForVariables(['population', 'share_income_low']).sort()).toEqual(['D000187', 'T001036']);
    expect(v4MeasuresForVariables(['share_age_15_24']).sort()).toEqual(['53050', 'T001036']);
    expect(byV4Measure('T001036')?.variable).toBe('population');
  });
});

describe('parseRegionCode', () => {
  it('reads padded codes, Amsterdam letter codes and the country', () => {
    expect(parseRegionCode('GM0363    ')).toEqual({ code: 'GM0363', level: 'gemeente', wijkCode: null, gemeenteCode: null });
    expect(parseRegionCode('BU0363KA05')).toEqual({ code: 'BU0363KA05', level: 'buurt', wijkCode: 'WK0363KA', gemeenteCode: 'GM0363' });
    expect(parseRegionCode('WK036307  ')).toMatchObject({ level: 'wijk', gemeenteCode: 'GM0363' });
    expect(parseRegionCode('NL00')).toBe('country');
    expect(parseRegionCode('Totaal')).toBeNull();
  });
});
