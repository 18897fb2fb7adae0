/**
 * Damaged variants of every good fixture (cut off, a byte changed, a line doubled or dropped) never make the
 * importer fail unexpectedly: each gives a result with its own messages, never the catch-all "unexpected" error.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../src/data/import';

const DIR = 'tests/fixtures/import';
const FILES = readdirSync(DIR).filter((f) => /\.(csv|json|geojson)$/.test(f) && !f.includes('DataProperties'));
const bytesOf = new Map(FILES.map((f) => [f, new Uint8Array(readFileSync(`${DIR}/${f}`))]));

function damage(b: Uint8Array, kind: number, at: number, byte: number): Uint8Array {
  const i = Math.floor(at * b.length);
  if (kind === 0) return b.slice(0, i);
  const out = b.slice();
  if (kind === 1) out[i] = byte;
  if (kind === 2) return new Uint8Array([...b.slice(0, i), ...b.slice(i, Math.min(b.length, i + 80)), ...b.slice(i)]);
  if (kind === 3) return new Uint8Array([...b.slice(0, i), ...b.slice(Math.min(b.length, i + 40))]);
  return out;
}

describe('importer robustness', () => {
  it('damaged fixtures give messages, never an unexpected failure', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FILES),
        fc.integer({ min: 0, max: 3 }),
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        fc.integer({ min: 0, max: 255 }),
        (file, kind, at, byte) => {
          const r = importFile(file, damage(bytesOf.get(file)!, kind, at, byte));
          expect(r.messages.some((m) => m.en.includes('unexpected:'))).toBe(false);
          if (!r.ok) expect(r.messages.some((m) => m.severity === 'error' && m.nl.length > 0 && m.en.length > 0)).toBe(true);
        },
      ),
      { numRuns: 300, seed: 9 },
    );
  });
});
