import { beforeAll, describe, expect, it } from 'vitest';
import { openRepository } from '../../../src/cli/node-data';
import type { SourceRow } from '../../../src/pipeline/indices';
import { decomposeByProvince } from '../../../src/pipeline/decomposition';

let rows: SourceRow[];
beforeAll(async () => {
  const repo = await openRepository('data', ['wijk']);
  rows = await repo.rows('wijk', 2022, ['population', 'share_income_low']);
});

describe('M decomposition: between vs within gemeenten', () => {
  it('splits NL and each province exactly into between + within', () => {
    const res = decomposeByProvince(rows, 'income_low');
    expect(res.map((r) => r.regionCode)).toEqual(['NL00', ...Array.from({ length: 12 }, (_, i) => `PV${20 + i}`)]);
    for (const r of res) {
      expect(r.M_total).not.toBeNull();
      expect(r.M_between_gemeenten! + r.M_within_gemeenten!).toBeCloseTo(r.M_total!, 12);
      expect(r.share_within).toBeGreaterThan(0);
      expect(r.share_within).toBeLessThan(1);
    }
    const nl = res[0]!;
    expect(nl.gemeenten).toBe(345);
    expect(nl.wijkenUsed + nl.wijkenExcluded).toBe(3340);
    expect(res.slice(1).reduce((s, r) => s + r.wijkenUsed, 0)).toBe(nl.wijkenUsed);
  });
});
