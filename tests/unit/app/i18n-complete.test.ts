import { describe, expect, it } from 'vitest';
import { STRING_TABLES } from '../../../src/app/string-tables';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('string catalogue', () => {
  for (const [name, table] of Object.entries(STRING_TABLES)) {
    it(`${name}: every key in both languages with the same placeholders`, () => {
      const problems: string[] = [];
      for (const [key, entry] of Object.entries(table)) {
        for (const lang of ['nl', 'en']) if (typeof entry[lang] !== 'string' || !entry[lang]!.trim()) problems.push(`${key}: no ${lang}`);
        if (entry.nl && entry.en && placeholders(entry.nl).join() !== placeholders(entry.en).join())
          problems.push(`${key}: placeholders differ`);
      }
      expect(problems).toEqual([]);
    });

    it(`${name}: plural keys come in pairs and no "(s)" / "(en)" plurals`, () => {
      const keys = Object.keys(table);
      for (const k of keys.filter((k) => k.endsWith('_one'))) expect(keys).toContain(k.replace(/_one$/, '_other'));
      for (const [key, entry] of Object.entries(table)) {
        expect(`${key}: ${entry.en}`).not.toMatch(/\w\(s\)/);
        expect(`${key}: ${entry.nl}`).not.toMatch(/\w\(en\)|eenheid\/eenheden/);
      }
    });
  }
});
