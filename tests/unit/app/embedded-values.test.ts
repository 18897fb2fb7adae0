import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EmbeddedValues, type EmbeddedLevel } from '../../../src/app/embedded-values';
import { ArrowValues } from '../../../src/data/arrow-values';
import type { DecodedParquet } from '../../../src/data/db/parquet-to-arrow';
import { decodeStats } from '../../../src/data/queries';

const decode = (level: EmbeddedLevel): Promise<DecodedParquet> => {
  const b = readFileSync(`data/stats/${level}.parquet`);
  return decodeStats(level, b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer);
};

describe('EmbeddedValues: the map values at once once a level is decoded', () => {
  it('answers nothing synchronously before the table is in, then the same values as the decoded table', async () => {
    const tables = { gemeente: decode('gemeente'), wijk: decode('wijk') };
    const ev = new EmbeddedValues((level) => tables[level]);
    expect(ev.now('wijk', 2022, 'share_income_low', 'GM0363')).toBeNull();
    const wijk = (await tables.wijk).table;
    ev.use('wijk', wijk);
    await ev.get('gemeente', 2022, 'population'); // also loads the reader
    const now = ev.now('wijk', 2022, 'share_income_low', 'GM0363');
    const reference = new ArrowValues(new Map([['wijk', wijk]])).values('wijk', 2022, 'share_income_low', 'GM0363');
    expect(now).toEqual(reference);
    expect(now).toHaveLength(99);
    expect(await ev.get('wijk', 2022, 'share_income_low', 'GM0363')).toEqual(now);
    // the same question gets the same array (a re-render keeps its memoised classes)
    expect(ev.now('wijk', 2022, 'share_income_low', 'GM0363')).toBe(now);
    expect(ev.now('gemeente', 2022, 'population')?.find((r) => r.code === 'GM0363')?.value).toBe(882633);
  });

  it('leaves a bad question to the asynchronous answer, which reports it', async () => {
    const ev = new EmbeddedValues(() => decode('gemeente'));
    await ev.get('gemeente', 2022, 'population');
    expect(ev.now('gemeente', 2022, 'nope')).toBeNull();
    expect(ev.now('gemeente', 2022, 'population', "x' OR 1")).toBeNull();
    await expect(ev.get('gemeente', 2022, 'nope')).rejects.toThrow(/Unknown variable/);
  });
});
