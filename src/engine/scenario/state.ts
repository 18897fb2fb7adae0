/**
 * The mutable accounting state of one scenario run: per unit, dwellings by tenure and residents by tenure and
 * group, plus the estimated social-rent stock. Residents are persons (what the group data count); every dwelling
 * of a unit houses the unit's mean number of residents (`perDwelling`), so residents of a tenure always equal
 * its dwellings × perDwelling. Levers change the state only through these methods.
 */
import { TENURES, type Tenure } from './spec';

export const T = TENURES.length;
export const TENURE_INDEX: Readonly<Record<Tenure, number>> = { owner: 0, rented: 1, middenhuur: 2 };

/** Counts below this are rounding noise of the proportional arithmetic. */
export const EPS = 1e-9;

export class ScenarioState {
  constructor(
    readonly n: number,
    readonly G: number,
    /** dwellings[i·T + t] */
    readonly dwellings: Float64Array,
    /** cells[(i·T + t)·G + k]: residents of group k in tenure t of unit i. */
    readonly cells: Float64Array,
    /** Estimated social-rent dwellings (part of rented); NaN when the data give no social share. */
    readonly social: Float64Array,
    readonly perDwelling: Float64Array,
    /** 1 when the unit's dwellings and tenure are known (it can be a target or a destination). */
    readonly tenureKnown: Uint8Array,
  ) {}

  clone(): ScenarioState {
    return new ScenarioState(
      this.n,
      this.G,
      this.dwellings.slice(),
      this.cells.slice(),
      this.social.slice(),
      this.perDwelling,
      this.tenureKnown,
    );
  }

  stock(i: number, t: Tenure): number {
    return this.dwellings[i * T + TENURE_INDEX[t]];
  }

  addStock(i: number, t: Tenure, delta: number): void {
    const j = i * T + TENURE_INDEX[t];
    this.dwellings[j] = Math.max(0, this.dwellings[j] + delta);
  }

  private base(i: number, t: Tenure): number {
    return (i * T + TENURE_INDEX[t]) * this.G;
  }

  /** Residents by group in tenure t of unit i (a copy). */
  cell(i: number, t: Tenure): number[] {
    const b = this.base(i, t);
    return Array.from(this.cells.subarray(b, b + this.G));
  }

  cellTotal(i: number, t: Tenure): number {
    const b = this.base(i, t);
    let s = 0;
    for (let k = 0; k < this.G; k++) s += this.cells[b + k];
    return s;
  }

  /** Residents by group of unit i, all tenures. */
  residents(i: number): number[] {
    const out = Array<number>(this.G).fill(0);
    for (const t of TENURES) {
      const b = this.base(i, t);
      for (let k = 0; k < this.G; k++) out[k] += this.cells[b + k];
    }
    return out;
  }

  /** Remove `persons` residents from tenure t of unit i in the cell's own composition; returns them by group. */
  takeShare(i: number, t: Tenure, persons: number): number[] {
    const total = this.cellTotal(i, t);
    if (persons <= 0 || total <= 0) return Array<number>(this.G).fill(0);
    if (persons > total * (1 + 1e-12) + EPS) throw new RangeError(`cannot take ${persons} residents from ${total} in unit ${i} (${t})`);
    const f = Math.min(1, persons / total);
    const b = this.base(i, t);
    const out: number[] = [];
    for (let k = 0; k < this.G; k++) {
      const v = this.cells[b + k] * f;
      this.cells[b + k] = f === 1 ? 0 : Math.max(0, this.cells[b + k] - v);
      out.push(v);
    }
    return out;
  }

  /** Remove the given residents by group (each at most what the cell holds, up to rounding). */
  take(i: number, t: Tenure, vec: readonly number[]): void {
    const b = this.base(i, t);
    for (let k = 0; k < this.G; k++) {
      if (vec[k] > this.cells[b + k] + EPS)
        throw new RangeError(`cannot take ${vec[k]} of group ${k} from ${this.cells[b + k]} in unit ${i} (${t})`);
      this.cells[b + k] = Math.max(0, this.cells[b + k] - vec[k]);
    }
  }

  put(i: number, t: Tenure, vec: readonly number[]): void {
    const b = this.base(i, t);
    for (let k = 0; k < this.G; k++) this.cells[b + k] += vec[k];
  }
}

/** Element-wise helpers on group vectors. */
export const sum = (v: readonly number[]): number => v.reduce((s, x) => s + x, 0);
export const scale = (v: readonly number[], f: number): number[] => v.map((x) => x * f);
export const plus = (a: readonly number[], b: readonly number[]): number[] => a.map((x, k) => x + b[k]);
export function addInto(target: number[], v: readonly number[]): void {
  for (let k = 0; k < target.length; k++) target[k] += v[k];
}
/** Fractions of a vector (all zero when it is empty). */
export const fractions = (v: readonly number[]): number[] => {
  const s = sum(v);
  return v.map((x) => (s > 0 ? x / s : 0));
};
