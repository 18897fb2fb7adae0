/** Codes of an imported file that match no known unit of their level and year: a warning naming a few. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCsvText, importFile } from '../../../src/data/import';
import { knownUnitCodes, unknownCodeMessages, withUnknownCodes } from '../../../src/features/import/known-codes';

const bunnik = importFile('kwb-2024.csv', new Uint8Array(readFileSync('tests/fixtures/import/kwb-2024.csv')));

describe('unknown codes', () => {
  it('says nothing when every code is a known unit, and skips levels without known units', () => {
    const wijken = new Set(bunnik.rows.wijk.map((r) => r.code));
    expect(unknownCodeMessages(bunnik, { wijk: wijken, buurt: null })).toEqual([]);
  });

  it('names a few codes that match no unit of the level in the file’s year, in Dutch and English', () => {
    const csv = [
      'gwb_code_10;regio;gm_naam;recs;a_inw',
      'WK031200;W0;Bunnik;Wijk;10',
      'WK031299;W99;Bunnik;Wijk;5',
      'WK0363ZZ;ZZ;Amsterdam;Wijk;7',
    ].join('\n');
    const r = importCsvText('kwb-2024.csv', csv);
    const [m] = unknownCodeMessages(r, { wijk: new Set(['WK031200']) });
    expect(m).toMatchObject({ code: 'unknown-codes', severity: 'warning', count: 2, examples: ['WK031299', 'WK0363ZZ'], line: 3 });
    expect(m!.nl).toBe('2 van 3 codes van wijken horen bij geen bekend gebied van 2024 en kunnen niet op de kaart: WK031299, WK0363ZZ');
    expect(m!.en).toBe('2 of 3 district codes match no known district of 2024 and cannot be shown on the map: WK031299, WK0363ZZ');
  });

  it('looks the known units up in the boundaries (levels without them are not checked) and adds the warning', async () => {
    const asked: string[] = [];
    const known = knownUnitCodes({
      hasGeometry: (level) => level === 'wijk',
      geometry: async (level, year) => (asked.push(`geo ${level} ${year}`), { features: [{ properties: { code: 'WK031200' } }] }),
    });
    const out = await withUnknownCodes(bunnik, known);
    expect(asked).toEqual(['geo wijk 2024']);
    expect(out.messages.filter((m) => m.code === 'unknown-codes').map((m) => m.count)).toEqual([2]);
    expect(await withUnknownCodes(bunnik, undefined)).toBe(bunnik);
  });
});
