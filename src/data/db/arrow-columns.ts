/**
 * Arrow vectors built straight from a decoded column (the values of one Parquet column, null where missing), without
 * apache-arrow's per-value builders: numbers go into a typed array with a validity bitmap, strings into one UTF-8
 * buffer with offsets. Several times faster than vectorFromArray on the statistics (this runs before the first map
 * on a cold JIT), and the same vectors: same types, values and nulls (tested against vectorFromArray).
 */
import { Float64, Int32, makeData, makeVector, Utf8, type Vector } from 'apache-arrow';

type Cell = unknown;

/** Validity bitmap (bit set: a value) and the null count of `values`. */
function validity(values: readonly Cell[]): { bitmap: Uint8Array | undefined; nulls: number } {
  const bitmap = new Uint8Array((values.length + 7) >> 3);
  let nulls = 0;
  values.forEach((v, i) => {
    if (v === null || v === undefined) nulls++;
    else bitmap[i >> 3]! |= 1 << (i & 7);
  });
  return { bitmap: nulls ? bitmap : undefined, nulls };
}

function numbers<T extends Float64Array | Int32Array>(values: readonly Cell[], data: T): T {
  values.forEach((v, i) => {
    if (v !== null && v !== undefined) data[i] = Number(v);
  });
  return data;
}

export function float64Vector(values: readonly Cell[]): Vector<Float64> {
  const { bitmap, nulls } = validity(values);
  const data = numbers(values, new Float64Array(values.length));
  return makeVector(makeData({ type: new Float64(), length: values.length, nullCount: nulls, nullBitmap: bitmap, data }));
}

export function int32Vector(values: readonly Cell[]): Vector<Int32> {
  const { bitmap, nulls } = validity(values);
  const data = numbers(values, new Int32Array(values.length));
  return makeVector(makeData({ type: new Int32(), length: values.length, nullCount: nulls, nullBitmap: bitmap, data }));
}

/** Bytes of `s` in UTF-8 as TextEncoder writes it (a lone surrogate becomes U+FFFD, 3 bytes). */
function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4; // a surrogate pair: one code point
      i++;
    } else n += 3;
  }
  return n;
}

/** One encoder call for the whole column: the strings joined, then cut at their UTF-8 lengths. */
export function utf8Vector(values: readonly Cell[]): Vector<Utf8> {
  const { bitmap, nulls } = validity(values);
  const strings = values.map((v) => (v === null || v === undefined ? '' : String(v)));
  const joined = strings.join('');
  const data = new TextEncoder().encode(joined);
  const ascii = data.length === joined.length;
  const valueOffsets = new Int32Array(values.length + 1);
  let end = 0;
  strings.forEach((s, i) => {
    end += ascii ? s.length : utf8Length(s);
    valueOffsets[i + 1] = end;
  });
  return makeVector(makeData({ type: new Utf8(), length: values.length, nullCount: nulls, nullBitmap: bitmap, valueOffsets, data }));
}
