/**
 * White's spatial proximity index SP (White 1983; Massey & Denton 1988):
 *   P_xx = Σ_i Σ_j x_i x_j c_ij / X²,  P_yy = Σ_i Σ_j y_i y_j c_ij / Y²,  P_tt = Σ_i Σ_j t_i t_j c_ij / T²
 *   SP   = (X P_xx + Y P_yy) / (T P_tt)
 *   c_ij = exp(−d_ij / s), d_ij = distance between centroids in km, s = 1 km by default
 *   d_ii = 0.6 · √A_i (default, 'alpha-sqrt-area') or √(0.6 · A_i) ('sqrt-alpha-area', the form used by
 *          Massey & Denton's appendix and pysal, (α·A)^β with α = 0.6, β = 0.5)
 * SP = 1 when both groups are spread like the population; SP > 1 when members of each group live closer to
 * each other than to the other group. O(n²) time, O(n) memory (no n × n matrix).
 */
import type { UnitGeometry } from '../types';
import {
  notComputable,
  okValue,
  prepareTwoGroup,
  twoGroupProblem,
  withMeta,
  type CountVector,
  type EngineWarning,
  type IndexResult,
  type TwoGroupData,
} from '../result';
import { evaluation, type Evaluation } from './evaluation';
import { float64Scratch } from '../scratch';

export type SelfDistance = 'alpha-sqrt-area' | 'sqrt-alpha-area';

export interface SpatialProximityOptions {
  selfDistance?: SelfDistance;
  /** α of the self-distance, default 0.6. */
  alpha?: number;
  /** Distance scale s in km of c = exp(−d/s), default 1. */
  scaleKm?: number;
}

/** Above this many usable units the O(n²) loop gets slow (≈ n²/2 exp calls). */
const LARGE = 5000;

const centroidX = float64Scratch();
const centroidY = float64Scratch();
const selfProximity = float64Scratch();

/** SP on prepared data (geometry already checked against its n units). */
export function spatialProximityOf(d: TwoGroupData, geometry: UnitGeometry, options: SpatialProximityOptions = {}): Evaluation {
  const mode = options.selfDistance ?? 'alpha-sqrt-area';
  const alpha = options.alpha ?? 0.6;
  const scale = options.scaleKm ?? 1;
  const conventions = {
    decay: `c(d) = exp(-d / ${scale} km)`,
    distance: 'Euclidean between centroids, km',
    selfDistance: mode === 'alpha-sqrt-area' ? `d_ii = ${alpha} * sqrt(area_i)` : `d_ii = sqrt(${alpha} * area_i)`,
  };
  const problem = twoGroupProblem(d);
  if (problem) return evaluation(problem, conventions);
  if (!(scale > 0) || !(alpha >= 0))
    return evaluation(notComputable('invalid_parameter', 'not computable: scaleKm must be > 0 and alpha ≥ 0'), conventions);
  const m = d.used;
  const cx = centroidX(m);
  const cy = centroidY(m);
  const cii = selfProximity(m);
  for (let k = 0; k < m; k++) {
    const i = d.index[k];
    const a = geometry.areaKm2[i];
    cx[k] = geometry.centroidKm[2 * i];
    cy[k] = geometry.centroidKm[2 * i + 1];
    if (!(a >= 0) || !Number.isFinite(cx[k]) || !Number.isFinite(cy[k])) {
      return evaluation(notComputable('missing_spatial', `not computable: unit ${i} has no valid centroid or area`), conventions);
    }
    const dii = mode === 'alpha-sqrt-area' ? alpha * Math.sqrt(a) : Math.sqrt(alpha * a);
    cii[k] = Math.exp(-dii / scale);
  }
  let sxx = 0;
  let syy = 0;
  let stt = 0;
  for (let i = 0; i < m; i++) {
    const xi = d.x[i];
    const yi = d.y[i];
    const ti = d.t[i];
    sxx += xi * xi * cii[i];
    syy += yi * yi * cii[i];
    stt += ti * ti * cii[i];
    for (let j = i + 1; j < m; j++) {
      const dx = cx[i] - cx[j];
      const dy = cy[i] - cy[j];
      const c = 2 * Math.exp(-Math.sqrt(dx * dx + dy * dy) / scale);
      sxx += xi * d.x[j] * c;
      syy += yi * d.y[j] * c;
      stt += ti * d.t[j] * c;
    }
  }
  const pxx = sxx / (d.X * d.X);
  const pyy = syy / (d.Y * d.Y);
  const ptt = stt / (d.T * d.T);
  const extra: EngineWarning[] = [];
  if (m > LARGE) extra.push({ code: 'large_region', message: `${m} units: spatial proximity takes O(n²) time`, count: m });
  if (!(ptt > 0))
    return evaluation(
      notComputable('degenerate', 'not computable: all proximities are zero (units too far apart for the distance scale)'),
      conventions,
      extra,
    );
  return evaluation(okValue((d.X * pxx + d.Y * pyy) / (d.T * ptt)), conventions, extra);
}

/** Throws when the geometry does not cover n units. */
export function checkGeometrySize(geometry: UnitGeometry, n: number): void {
  if (geometry.centroidKm.length < 2 * n || geometry.areaKm2.length < n) {
    throw new RangeError('geometry must have a centroid and an area for every unit');
  }
}

export function spatialProximity(
  x: CountVector,
  y: CountVector,
  geometry: UnitGeometry,
  options: SpatialProximityOptions = {},
): IndexResult {
  checkGeometrySize(geometry, x.length);
  const d = prepareTwoGroup(x, y);
  const e = spatialProximityOf(d, geometry, options);
  return withMeta(e.value, 'SP', d, e.conventions, e.extraWarnings);
}
