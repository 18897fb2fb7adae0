/**
 * Reusable typed arrays for intermediate values that never leave one synchronous call (JavaScript runs one call at
 * a time, and none of the users calls another while it holds its buffer). A typed array of more than 64 bytes gets
 * its own backing store (≈ 0.4 µs plus GC work), and the batch would otherwise create tens of thousands of them
 * for regions of ~10 units. Each call site owns one scratch; its buffer is valid until that site's next call.
 * Requests above KEEP_MAX elements get a fresh array, so a single huge input does not stay resident.
 */
const KEEP_MAX = 1 << 16;

export function float64Scratch(): (n: number) => Float64Array {
  let buf = new Float64Array(64);
  return (n) => {
    if (n > KEEP_MAX) return new Float64Array(n);
    if (buf.length < n) buf = new Float64Array(Math.max(n, 2 * buf.length));
    return buf;
  };
}

export function int32Scratch(): (n: number) => Int32Array {
  let buf = new Int32Array(64);
  return (n) => {
    if (n > KEEP_MAX) return new Int32Array(n);
    if (buf.length < n) buf = new Int32Array(Math.max(n, 2 * buf.length));
    return buf;
  };
}

/** Where a function gets its zero-filled typed arrays from. */
export interface TypedArrays {
  float64(n: number): Float64Array;
  int32(n: number): Int32Array;
}

/** New arrays every time: the default, for results that callers may keep. */
export const FRESH_ARRAYS: TypedArrays = {
  float64: (n) => new Float64Array(n),
  int32: (n) => new Int32Array(n),
};

/**
 * Small zero-filled typed arrays handed out as views of large shared ones (a view costs an object, not a backing
 * store), for the many short-lived arrays of a batch. A block is started when the current one is full; a request
 * larger than a block gets an array of its own. reset() zeroes what the current block handed out and hands it out
 * again: call it only when no view handed out before is in use any more.
 */
export class Slab implements TypedArrays {
  private ints = new Int32Array(0);
  private doubles = new Float64Array(0);
  private intsUsed = 0;
  private doublesUsed = 0;

  constructor(private readonly blockSize: number) {}

  reset(): void {
    this.ints.fill(0, 0, this.intsUsed);
    this.doubles.fill(0, 0, this.doublesUsed);
    this.intsUsed = 0;
    this.doublesUsed = 0;
  }

  int32(n: number): Int32Array {
    if (n > this.blockSize) return new Int32Array(n);
    if (this.intsUsed + n > this.ints.length) {
      this.ints = new Int32Array(this.blockSize);
      this.intsUsed = 0;
    }
    const view = new Int32Array(this.ints.buffer, 4 * this.intsUsed, n);
    this.intsUsed += n;
    return view;
  }

  float64(n: number): Float64Array {
    if (n > this.blockSize) return new Float64Array(n);
    if (this.doublesUsed + n > this.doubles.length) {
      this.doubles = new Float64Array(this.blockSize);
      this.doublesUsed = 0;
    }
    const view = new Float64Array(this.doubles.buffer, 8 * this.doublesUsed, n);
    this.doublesUsed += n;
    return view;
  }
}
