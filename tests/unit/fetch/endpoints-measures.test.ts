import { describe, expect, it } from 'vitest';
import { applyConfig, DEFAULT_ENDPOINTS, tableFor, wfsBase } from '../../../src/data/fetch/endpoints';
import { FetchError } from '../../../src/data/fetch/errors';
import { matchKeys } from '../../../src/data/fetch/odata-v3';
import { keyBase, selectMeasures } from '../../../src/data/fetch/measures';
import { readFileSync } from 'node:fs';

describe('endpoints: defaults in code, overrides from a JSON file', () => {
  it('knows the KWB table of every year from SOURCES.md §8 and replaces {year} in the WFS address', () => {
    expect(tableFor(DEFAULT_ENDPOINTS, 2023)).toBe('85618NED');
    expect(tableFor(DEFAULT_ENDPOINTS, 2013)).toBe('82339NED');
    expect(wfsBase(DEFAULT_ENDPOINTS, 2023)).toBe('https://service.pdok.nl/cbs/wijkenbuurten/2023/wfs/v1_0');
  });

  it('overrides single keys, adds tables, switches v4 off with null, and refuses typos and bad values', () => {
    const e = applyConfig({ odataV4: null, tables: { '2026': '86500NED' }, attempts: 3 }, 'cfg.json');
    expect([e.odataV4, e.odataV3, e.attempts, tableFor(e, 2026), tableFor(e, 2024)]).toEqual([
      null,
      DEFAULT_ENDPOINTS.odataV3,
      3,
      '86500NED',
      '85984NED',
    ]);
    const bad = (raw: unknown) => {
      try {
        applyConfig(raw, 'cfg.json');
        return '';
      } catch (err) {
        return String((err as FetchError).params.reason);
      }
    };
    expect(bad({ wfs: 'ftp://x' })).toMatch(/"wfs" must be an http\(s\) address/);
    expect(bad({ attempts: 0 })).toMatch(/"attempts" must be a whole number from 1 to 20/);
    expect(bad({ tables: { '2026': 'drop table' } })).toMatch(/not a year with a CBS table id/);
    expect(bad([])).toMatch(/not a JSON object/);
    expect(bad({ wfsSrs: 'EPSG:3857' })).toMatch(/"wfsSrs" must be/);
  });
});

describe('measures: from the shared crosswalk', () => {
  it('a share brings its count and its total; plain variables their own measure', () => {
    expect(
      selectMeasures(['share_age_0_14'])
        .map((m) => m.v4)
        .sort(),
    ).toEqual(['10680', 'T001036']);
    expect(selectMeasures(['share_income_low']).map((m) => m.v4)).toEqual(['D000187']);
    expect(selectMeasures(undefined).length).toBeGreaterThan(20);
  });

  it('OData v3 keys of the real 85984NED DataProperties are matched by stem and parent group, never by suffix', () => {
    // tests/fixtures/cbs-http/v3/DataProperties.json = the real cbs-formats/85984NED_2024_DataProperties.json, wrapped.
    const doc = JSON.parse(readFileSync('tests/fixtures/cbs-http/v3/DataProperties.json', 'utf8')) as {
      value: Parameters<typeof matchKeys>[0];
    };
    const props = doc.value;
    const keys = matchKeys(props, selectMeasures(undefined));
    const byCode = new Map([...keys].map(([m, k]) => [m.v4, k]));
    expect(byCode.get('T001036')).toBe('AantalInwoners_5');
    expect(byCode.get('1012600_1')).toBe('Nederland_17');
    expect(byCode.get('M000224')).toBe('GemiddeldInkomenPerInwoner_83');
    // The same table with its keys renumbered (as CBS did in a later version): still found.
    const renumbered = props.map((p) => (p.Key === 'GemiddeldInkomenPerInwoner_83' ? { ...p, Key: 'GemiddeldInkomenPerInwoner_78' } : p));
    expect(new Map([...matchKeys(renumbered, selectMeasures(undefined))].map(([m, k]) => [m.v4, k])).get('M000224')).toBe(
      'GemiddeldInkomenPerInwoner_78',
    );
    expect(keyBase('k_40PersonenMetLaagsteInkomen_84')).toBe('k_40PersonenMetLaagsteInkomen');
  });
});
