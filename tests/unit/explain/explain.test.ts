/** Index explanations: every index explained in both languages, every methods link lands on a section, standing. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXPLANATIONS } from '../../../src/views/explain/explanations';
import { methodsDoc } from '../../../src/features/explain/methods-html';
import { headingSlug, sectionOfHash } from '../../../src/views/explain/methods-slug';
import { standing } from '../../../src/views/explain/standing';
import { INDEX_LABELS } from '../../../src/views/panels/index-labels';

const doc = methodsDoc(readFileSync('docs/methods.md', 'utf8'));

describe('index explanations', () => {
  it('explain every index of the panels in Dutch and English', () => {
    for (const id of Object.keys(INDEX_LABELS)) {
      const e = EXPLANATIONS[id];
      expect(e, id).toBeDefined();
      for (const lang of ['nl', 'en'] as const) {
        expect(e!.meaning[lang].length, `${id} ${lang}`).toBeGreaterThan(20);
        expect(e!.read[lang].length, `${id} ${lang}`).toBeGreaterThan(10);
      }
      expect(e!.meaning.nl).not.toBe(e!.meaning.en);
    }
  });

  it('link every explanation to a section of the methods page that exists', () => {
    const ids = new Set(doc.toc.map((h) => h.id));
    for (const [id, e] of Object.entries(EXPLANATIONS)) expect(ids.has(e.section), `${id} → ${e.section}`).toBe(true);
    for (const h of doc.toc) expect(doc.html).toContain(`id="${h.id}"`);
  });
});

describe('methods page anchors', () => {
  it('slug headings without their file part', () => {
    expect(headingSlug("Morrill's D(adj) (`morrill.ts`)")).toBe('morrill-s-d-adj');
    expect(headingSlug('Two-group indices (`src/engine/indices/`)')).toBe('two-group-indices');
    expect(headingSlug('Inference (`src/engine/inference/`, `src/engine/random.ts`)')).toBe('inference');
  });
  it('read the section from the hash, safely', () => {
    expect(sectionOfHash('#methoden')).toBe('');
    expect(sectionOfHash('#methoden/two-group-indices')).toBe('two-group-indices');
    expect(sectionOfHash('#methoden/%E0%A4%A')).toBe('');
    expect(sectionOfHash('#methoden/"><img src=x onerror=alert(1)>')).toBe('img-src-x-onerror-alert-1');
    expect(sectionOfHash('#other')).toBeNull();
  });
});

describe('standing among all gemeenten', () => {
  it('gives the quantile rank, rank from the top and median', () => {
    const s = standing(0.3, [0.1, 0.2, 0.3, 0.4, 0.5])!;
    expect(s).toMatchObject({ percentile: 60, rank: 3, count: 5, min: 0.1, max: 0.5, median: 0.3 });
    expect(standing(0.5, [0.1, 0.5])!.rank).toBe(1);
    expect(standing(NaN, [0.1, 0.5])).toBeNull();
    expect(standing(0.2, [0.2])).toBeNull();
  });
  it('agrees with counting by hand (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 2, maxLength: 60 }), fc.nat(59), (values, k) => {
        const v = values[k % values.length]!;
        const s = standing(v, values)!;
        const n = values.length;
        const below = values.filter((x) => x < v).length;
        const equal = values.filter((x) => x === v).length;
        expect(s.rank).toBe(n - below - equal + 1);
        expect(s.percentile).toBeGreaterThanOrEqual((100 * (below + 1)) / n - 1e-9);
        expect(s.percentile).toBeLessThanOrEqual((100 * (below + equal)) / n + 1e-9);
      }),
    );
  });
});
