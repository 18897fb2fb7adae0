import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/engine/classify';
import { legendDigits, legendItems, legendLabel } from '../../../src/views/map/legend-items';
import { paletteColors } from '../../../src/views/map/palette';
import { readFileSync } from 'node:fs';
import { parquetReadObjects } from 'hyparquet';

async function wijkRows(): Promise<Record<string, unknown>[]> {
  const b = readFileSync('data/stats/wijk.parquet');
  return parquetReadObjects({ file: b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer });
}

const labels = (values: (number | null)[], method: 'jenks' | 'quantile', k: number, unit: 'percent' | 'keur', lang: 'nl' | 'en' = 'nl') => {
  const items = legendItems(classify(values, method, k), paletteColors('ylgnbu', k)).filter((it) => it.cls >= 0);
  const d = legendDigits(items, unit);
  return items.map((it) => legendLabel(lang, it, unit, d));
};

describe('legend decimals', () => {
  it('uses one number of decimals for every bound', () => {
    const items = [
      { cls: 0, color: '#000000', from: 38, to: 40.2, count: 1 },
      { cls: 1, color: '#000000', from: 40.2, to: 42, count: 1 },
    ];
    const d = legendDigits(items, 'percent');
    expect(d).toBe(1);
    expect(legendLabel('nl', items[1]!, 'percent', d)).toBe('40,2% – 42,0%');
  });

  it('adds decimals when two bounds would otherwise read the same', () => {
    const items = [
      { cls: 0, color: '#000000', from: 1, to: 1.04, count: 1 },
      { cls: 1, color: '#000000', from: 1.04, to: 1.06, count: 1 },
    ];
    expect(legendDigits(items, 'percent')).toBe(2);
  });

  it('Rotterdam WOZ per wijk 2022, Jenks 7: distinct labels, no "405 – 405"', async () => {
    const rows = (await wijkRows()).filter((r) => r.year === 2022 && r.gemeente_code === 'GM0599');
    const values = rows.map((r) => r.mean_woz_keur as number | null);
    const ls = labels(values, 'jenks', 7, 'keur');
    expect(new Set(ls).size).toBe(ls.length);
    for (const l of ls) {
      const [a, b] = l.split(' – ');
      if (b !== undefined) expect(a).not.toBe(b);
    }
    expect(ls[ls.length - 1]).toBe('405 × €1.000');
    expect(ls[0]).toBe('186 × €1.000 – 213 × €1.000');
  });
});
