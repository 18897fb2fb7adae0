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

export function utf8Vector(values: readonly Cell[]): Vector<Utf8> {
  const { bitmap, nulls } = validity(values);
  const encoder = new TextEncoder();
  const valueOffsets = new Int32Array(values.length + 1);
  let bytes = new Uint8Array(Math.max(64, values.length * 16));
  let end = 0;
  values.forEach((v, i) => {
    if (v !== null && v !== undefined) {
      const s = String(v);
      if (bytes.length - end < s.length * 3) {
        const grown = new Uint8Array(Math.max(bytes.length * 2, end + s.length * 3));
        grown.set(bytes.subarray(0, end));
        bytes = grown;
      }
      end += encoder.encodeInto(s, bytes.subarray(end)).written;
    }
    valueOffsets[i + 1] = end;
  });
  const data = bytes.slice(0, end);
  return makeVector(makeData({ type: new Utf8(), length: values.length, nullCount: nulls, nullBitmap: bitmap, valueOffsets, data }));
}
