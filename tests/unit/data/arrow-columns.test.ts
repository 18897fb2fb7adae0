import fc from 'fast-check';
import { Float64, Int32, Utf8, vectorFromArray, type Vector } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { float64Vector, int32Vector, utf8Vector } from '../../../src/data/db/arrow-columns';

/** Type, length, null count and every value (null where null) — what readers and DuckDB see. */
const contents = (v: Vector) => ({ type: String(v.type), length: v.length, nulls: v.nullCount, values: [...v].map((x) => x ?? null) });

describe('Arrow columns built without builders equal apache-arrow vectorFromArray', () => {
  it('numbers: Float64 and Int32 with nulls', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.double({ noNaN: true }), { nil: null }), { maxLength: 70 }), (xs) => {
        expect(contents(float64Vector(xs))).toEqual(contents(vectorFromArray(xs, new Float64())));
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { nil: null }), { maxLength: 70 }), (xs) => {
        expect(contents(int32Vector(xs))).toEqual(contents(vectorFromArray(xs, new Int32())));
      }),
    );
  });

  it('strings: UTF-8 of any text (accents, emoji, empty), with nulls, growing past the first buffer', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.string({ unit: 'grapheme', maxLength: 40 }), { nil: null }), { maxLength: 70 }), (xs) => {
        expect(contents(utf8Vector(xs))).toEqual(contents(vectorFromArray(xs, new Utf8())));
      }),
    );
    // any UTF-16, lone surrogates included (written as U+FFFD, as the builder's encoder does)
    fc.assert(
      fc.property(fc.array(fc.option(fc.string({ unit: 'binary', maxLength: 20 }), { nil: null }), { maxLength: 40 }), (xs) => {
        expect(contents(utf8Vector(xs))).toEqual(contents(vectorFromArray(xs, new Utf8())));
      }),
    );
    const long = ['’s-Hertogenbosch', 'Súdwest-Fryslân', '', 'x'.repeat(5000), null, '🏠 wijk'];
    expect(contents(utf8Vector(long))).toEqual(contents(vectorFromArray(long, new Utf8())));
  });
});
