import { readFileSync } from 'node:fs';
import { parquetReadObjects } from 'hyparquet';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, normalizeName, type SearchEntry, type SearchIndex } from '../../../src/app/search-index';

async function read(level: 'gemeente' | 'wijk'): Promise<SearchEntry[]> {
  const b = readFileSync(new URL(`../../../data/stats/${level}.parquet`, import.meta.url));
  const rows = (await parquetReadObjects({
    file: b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer,
    columns: ['year', 'code', 'name', 'gemeente_code', 'gemeente_name'],
  })) as { year: number; code: string; name: string; gemeente_code: string; gemeente_name: string }[];
  return rows.map((r) => ({ ...r, level }));
}

describe('normalizeName', () => {
  it('drops diacritics, case and apostrophes; other punctuation becomes a space', () => {
    expect(normalizeName('Súdwest-Fryslân')).toBe('sudwest fryslan');
    expect(normalizeName("'s-Gravenhage")).toBe('s gravenhage');
    expect(normalizeName('’s-Hertogenbosch')).toBe('s hertogenbosch');
    expect(normalizeName('Nuenen, Gerwen en Nederwetten')).toBe('nuenen gerwen en nederwetten');
    expect(normalizeName('Bergen (NH.)')).toBe('bergen nh');
    expect(normalizeName('Exloërveen')).toBe('exloerveen');
  });
});

describe('search index on the embedded CBS names', () => {
  let idx: SearchIndex;
  beforeAll(async () => {
    idx = buildSearchIndex([...(await read('gemeente')), ...(await read('wijk'))]);
  });
  const first = (q: string) => idx.search(q)[0];

  it('keeps one entry per code with the latest year and name', () => {
    const hengelo = idx.search('GM0164')[0]!;
    expect(hengelo).toMatchObject({ code: 'GM0164', name: 'Hengelo (O.)', level: 'gemeente', year: 2024, rank: 0 });
    expect(idx.size).toBeGreaterThan(342 + 3474 - 1);
  });

  it('finds aliases: Den Haag, Den Bosch', () => {
    expect(first('den haag')).toMatchObject({ code: 'GM0518', name: "'s-Gravenhage", rank: 1, alias: 'Den Haag' });
    expect(first('Den Haag')!.code).toBe('GM0518');
    expect(first('The Hague')!.code).toBe('GM0518');
    expect(first('den bosch')!.code).toBe('GM0796');
  });

  it('ignores apostrophes, hyphens, case and diacritics', () => {
    for (const q of ["'s-Gravenhage", 's-gravenhage', 's gravenhage', 'sgravenhage', 'S-GRAVENHAGE']) expect(first(q)!.code).toBe('GM0518');
    for (const q of ['s-Hertogenbosch', "'s Hertogenbosch", 'shertogenbosch', 'hertogenbosch']) expect(first(q)!.code).toBe('GM0796');
    expect(first('sudwest fryslan')).toMatchObject({ code: 'GM1900', name: 'Súdwest-Fryslân', rank: 1 });
    expect(first('sudwest')).toMatchObject({ code: 'GM1900', rank: 2 });
    expect(first('Súdwest-Fryslân')!.code).toBe('GM1900');
  });

  it('an exact code wins, for gemeenten and wijken', () => {
    expect(first('GM0363')).toMatchObject({ code: 'GM0363', name: 'Amsterdam', level: 'gemeente', rank: 0 });
    expect(first('gm0363')!.name).toBe('Amsterdam');
    expect(first('WK036306')).toMatchObject({ name: 'Jordaan', level: 'wijk', gemeenteName: 'Amsterdam', gemeenteCode: 'GM0363', rank: 0 });
  });

  it('"zuidoost" gives the wijken named Zuidoost first, then word prefixes', () => {
    const rs = idx.search('zuidoost', 50);
    const exact = rs.filter((r) => r.rank === 1);
    expect(exact.length).toBeGreaterThanOrEqual(5);
    expect(exact.every((r) => r.name === 'Zuidoost' && r.level === 'wijk' && r.gemeenteName)).toBe(true);
    expect(exact.map((r) => r.gemeenteName)).toEqual(expect.arrayContaining(['Groningen', 'Apeldoorn', "'s-Hertogenbosch"]));
    expect(rs.slice(0, exact.length)).toEqual(exact);
    expect(rs.some((r) => r.name === 'Oosterbeek Zuidoost' && r.rank === 3)).toBe(true);
    expect(rs.some((r) => r.name === 'Slotermeer-Zuidoost' && r.rank === 3)).toBe(true);
    for (let i = 1; i < rs.length; i++) expect(rs[i]!.rank).toBeGreaterThanOrEqual(rs[i - 1]!.rank);
  });

  it('ranks prefix above word prefix above substring, gemeenten before wijken on ties', () => {
    const rs = idx.search('amsterdam', 30);
    expect(rs[0]).toMatchObject({ code: 'GM0363', rank: 1 });
    const utrecht = idx.search('utrecht', 30);
    expect(utrecht[0]!.code).toBe('GM0344');
    const prefixes = utrecht.filter((r) => r.rank === 2);
    const firstWijk = prefixes.findIndex((r) => r.level === 'wijk');
    if (firstWijk >= 0) expect(prefixes.slice(firstWijk).every((r) => r.level === 'wijk')).toBe(true);
    expect(prefixes.some((r) => r.name === 'Utrechtse Heuvelrug')).toBe(true);
    const sub = idx.search('sterdam', 5);
    expect(sub[0]).toMatchObject({ name: 'Amsterdam', rank: 4 });
  });

  it('finds a wijk by name plus gemeente and by an older name', () => {
    expect(idx.search('zuidoost apeldoorn')[0]).toMatchObject({ code: 'WK020005', rank: 5 });
    expect(idx.search('hengelo')[0]).toMatchObject({ code: 'GM0164', name: 'Hengelo (O.)' });
    // "Bergen (NH.)" and "Bergen (L.)" match exactly without their qualifier, before Bergen op Zoom (prefix).
    expect(
      idx
        .search('Bergen')
        .slice(0, 3)
        .map((r) => [r.code, r.rank]),
    ).toEqual([
      ['GM0893', 1],
      ['GM0373', 1],
      ['GM0748', 2],
    ]);
  });

  it('returns nothing for an empty query and respects the limit', () => {
    expect(idx.search('')).toEqual([]);
    expect(idx.search("  '- ")).toEqual([]);
    expect(idx.search('a', 7)).toHaveLength(7);
  });
});

describe('search index on plain rows', () => {
  it('works without years and with custom aliases', () => {
    const idx = buildSearchIndex(
      [
        { code: 'GM0001', name: 'Aadorp', level: 'gemeente' },
        { code: 'WK000101', name: 'Centrum', level: 'wijk', gemeente_code: 'GM0001', gemeente_name: 'Aadorp' },
      ],
      { GM0001: ['Adorp'] },
    );
    expect(idx.search('adorp')[0]).toEqual({ code: 'GM0001', name: 'Aadorp', level: 'gemeente', year: null, rank: 1, alias: 'Adorp' });
    expect(idx.search('centrum')[0]).toMatchObject({ code: 'WK000101', gemeenteName: 'Aadorp', year: null });
  });
});
