/**
 * Seeded random numbers for the inference routines: xoshiro128** (Blackman & Vigna 2018) seeded through
 * splitmix32, plus exact binomial and multinomial sampling.
 * Binomial: inversion (sequential search) when n·min(p, 1−p) < 10, else BTRS transformed rejection with squeeze
 * (Hörmann 1993, "The generation of binomial random variates"). Both are exact up to floating point.
 * Everything here is deterministic for a given seed on every JS engine (32-bit integer arithmetic only).
 */

export interface Rng {
  /** Uniform 32-bit unsigned integer. */
  nextUint32(): number;
  /** Uniform on the open interval (0, 1), 32-bit resolution. */
  nextFloat(): number;
}

function splitmix32(state: { s: number }): number {
  state.s = (state.s + 0x9e3779b9) | 0;
  let t = state.s ^ (state.s >>> 16);
  t = Math.imul(t, 0x21f0aaad);
  t ^= t >>> 15;
  t = Math.imul(t, 0x735a2d97);
  return (t ^ (t >>> 15)) >>> 0;
}

export function createRng(seed: number): Rng {
  const st = { s: seed | 0 };
  let s0 = splitmix32(st);
  let s1 = splitmix32(st);
  let s2 = splitmix32(st);
  let s3 = splitmix32(st);
  if ((s0 | s1 | s2 | s3) === 0) s0 = 1;
  const nextUint32 = (): number => {
    const r = Math.imul(rotl(Math.imul(s1, 5), 7), 9);
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 11);
    return r >>> 0;
  };
  return { nextUint32, nextFloat: () => (nextUint32() + 0.5) * 2.3283064365386963e-10 };
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** Derive an independent seed from a base seed and a key (e.g. a region code): FNV-1a, then mixed. */
export function hashSeed(seed: number, key: string): number {
  let h = 0x811c9dc5 ^ (seed | 0);
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return splitmix32({ s: h });
}

const LF_TABLE_SIZE = 1024;
const LF_TABLE = (() => {
  const t = new Float64Array(LF_TABLE_SIZE);
  for (let k = 2; k < LF_TABLE_SIZE; k++) t[k] = t[k - 1] + Math.log(k);
  return t;
})();
const HALF_LN_2PI = 0.9189385332046728;

/** ln(k!) for integer k ≥ 0: table below 1024, Stirling series above (error < 1e-15 relative). */
export function logFactorial(k: number): number {
  if (k < LF_TABLE_SIZE) return LF_TABLE[k];
  const r = 1 / k;
  const r2 = r * r;
  return (k + 0.5) * Math.log(k) - k + HALF_LN_2PI + r * (1 / 12 - r2 * (1 / 360 - r2 / 1260));
}

function binomialInversion(rng: Rng, n: number, p: number): number {
  const q = 1 - p;
  const s = p / q;
  const a = (n + 1) * s;
  const r0 = Math.pow(q, n);
  const bound = Math.min(n, Math.floor(n * p + 10 * Math.sqrt(n * p * q + 1)));
  for (;;) {
    let r = r0;
    let u = rng.nextFloat();
    let x = 0;
    while (u > r) {
      u -= r;
      x++;
      if (x > bound) break;
      r *= a / x - s;
    }
    if (x <= bound) return x;
  }
}

function binomialBtrs(rng: Rng, n: number, p: number): number {
  const q = 1 - p;
  const spq = Math.sqrt(n * p * q);
  const b = 1.15 + 2.53 * spq;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = n * p + 0.5;
  const vr = 0.92 - 4.2 / b;
  const alpha = (2.83 + 5.1 / b) * spq;
  const lpq = Math.log(p / q);
  const m = Math.floor((n + 1) * p);
  const h = logFactorial(m) + logFactorial(n - m);
  for (;;) {
    const u = rng.nextFloat() - 0.5;
    let v = rng.nextFloat();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + c);
    if (k < 0 || k > n) continue;
    if (us >= 0.07 && v <= vr) return k;
    v = Math.log((v * alpha) / (a / (us * us) + b));
    if (v <= h - logFactorial(k) - logFactorial(n - k) + (k - m) * lpq) return k;
  }
}

/** One draw from Binomial(n, p); n is rounded to an integer, p clamped to [0, 1]. */
export function sampleBinomial(rng: Rng, n: number, p: number): number {
  n = Math.round(n);
  if (n <= 0 || !(p > 0)) return 0;
  if (p >= 1) return n;
  const flip = p > 0.5;
  const pp = flip ? 1 - p : p;
  const k = n * pp < 10 ? binomialInversion(rng, n, pp) : binomialBtrs(rng, n, pp);
  return flip ? n - k : k;
}

/**
 * One draw from Multinomial(n, w / Σw) by conditional binomials, written to out[outOffset … outOffset+g−1].
 * Weights are read from w[wOffset … wOffset+g−1]; they need not sum to 1. Allocates nothing.
 */
export function sampleMultinomialInto(
  rng: Rng,
  n: number,
  w: ArrayLike<number>,
  wOffset: number,
  g: number,
  out: Float64Array,
  outOffset: number,
): void {
  let mass = 0;
  for (let k = 0; k < g; k++) mass += w[wOffset + k];
  // The last group with positive weight takes what is left, so rounding in `mass` never leaks into empty groups.
  let last = g - 1;
  while (last > 0 && !(w[wOffset + last] > 0)) last--;
  let left = Math.round(n);
  for (let k = 0; k < last; k++) {
    const wk = w[wOffset + k];
    const draw = left > 0 && mass > 0 ? sampleBinomial(rng, left, Math.min(1, wk / mass)) : 0;
    out[outOffset + k] = draw;
    left -= draw;
    mass -= wk;
  }
  out[outOffset + last] = Math.max(0, left);
  for (let k = last + 1; k < g; k++) out[outOffset + k] = 0;
}
