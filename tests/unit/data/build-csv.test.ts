/**
 * CSV raw sources in data:build: reading (raw-csv.ts), splitting one file over several sources by a column
 * (source-rows.ts), and the rules for the KWB 2024 variables (value-rules.ts).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCsvFile, tableToCollection } from '../../../src/data/build/raw-csv';
import { sourceCollection, unmatchedRowProblems } from '../../../src/data/build/source-rows';
import { SOURCES } from '../../../src/data/build/sources';
import { checkValue, ruleFor } from '../../../src/data/build/value-rules';

const dir = mkdtempSync(join(tmpdir(), 'segv-build-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function csv(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const HEADER = 'level,code,name,inwoners\n';
const kwbWijk = SOURCES.find((s) => s.id === 'kwb2024_wijken_2024')!;
const kwbBuurt = SOURCES.find((s) => s.id === 'kwb2024_buurten_2024')!;

describe('readCsvFile', () => {
  it('reads rows as features without geometry; an empty cell is null, quotes are honoured', () => {
    const r = readCsvFile(csv('ok.csv', `${HEADER}wijk,WK036300,"Centrum, Oost",\nbuurt,BU0363KA05,Aalsmeerwegbuurt-Oost,2175\n`));
    expect(r.ok).toBe(true);
    const fc = (r as { value: ReturnType<typeof tableToCollection> }).value;
    expect(fc.features.map((f) => f.properties)).toEqual([
      { level: 'wijk', code: 'WK036300', name: 'Centrum, Oost', inwoners: null },
      { level: 'buurt', code: 'BU0363KA05', name: 'Aalsmeerwegbuurt-Oost', inwoners: '2175' },
    ]);
    expect(fc.features[0]!.geometry).toBeNull();
  });

  it('refuses a cut-off file, an empty file, a duplicate header name and non-UTF-8 text', () => {
    const cut = readCsvFile(csv('cut.csv', `${HEADER}wijk,WK036300,Centrum,100\nbuurt,BU03630000,Kop\nbuurt,BU03630001`));
    expect(cut).toEqual({
      ok: false,
      problem: expect.stringMatching(/^line 3 has 3 field\(s\), the header has 4 \(and 1 more row like it\); is the file cut off/),
    });
    expect(readCsvFile(csv('empty.csv', ''))).toEqual({ ok: false, problem: 'is empty (0 bytes)' });
    expect(readCsvFile(csv('dup.csv', 'code,name,code\nWK1,a,b\n'))).toEqual({
      ok: false,
      problem: 'the header names column "code" twice',
    });
    const latin1 = readCsvFile(csv('latin1.csv', Uint8Array.from([...Buffer.from('code,name\nBU1,Fr'), 0xe2, 0x6e, 0x0a])));
    expect(latin1).toEqual({ ok: false, problem: expect.stringMatching(/is not UTF-8 text/) });
    expect(readCsvFile(join(dir, 'nope.csv'))).toEqual({ ok: false, problem: 'missing' });
  });
});

describe('row-filtered sources', () => {
  const fc = tableToCollection(
    ['level', 'code'],
    [
      ['wijk', 'WK036300'],
      ['buurt', 'BU03630000'],
      ['buurt', 'BU03630001'],
    ],
  );
  it('split one file by its level column', () => {
    expect(sourceCollection(kwbWijk, fc).features).toHaveLength(1);
    expect(sourceCollection(kwbBuurt, fc).features).toHaveLength(2);
    expect(unmatchedRowProblems([kwbWijk, kwbBuurt], fc)).toEqual([]);
  });
  it('name a row that no source takes', () => {
    const bad = tableToCollection(
      ['level', 'code'],
      [
        ['wijk', 'WK036300'],
        ['bruut', 'BU03630000'],
        ['', 'BU03630001'],
      ],
    );
    expect(unmatchedRowProblems([kwbWijk, kwbBuurt], bad)).toEqual([
      'data row 2: column level is "bruut", not "wijk" or "buurt" (2 rows in all)',
    ]);
  });
});

describe('value rules of the KWB 2024 variables', () => {
  it('urbanity is a whole class 1–5; counts and areas are whole numbers; text must be plain', () => {
    const urbanity = ruleFor('urbanity');
    expect(checkValue('3', urbanity, true)).toBeNull();
    expect(checkValue('6', urbanity, true)).toMatch(/above 5/);
    expect(checkValue('2.5', urbanity, true)).toMatch(/not a plain whole number/);
    expect(checkValue('2.5', ruleFor('land_area_ha'), true)).toMatch(/not a plain whole number/);
    expect(checkValue('1.6', ruleFor('mean_household_size'), true)).toBeNull();
    expect(checkValue('1,6', ruleFor('mean_household_size'), true)).toMatch(/not a plain number/);
    expect(checkValue('101', ruleFor('share_owner_occupied'), true)).toMatch(/above 100/);
  });
});
