/**
 * The association between tenure and group membership inside a unit, which unit totals do not reveal.
 *
 * 'ecological' (default): Goodman's (1953) ecological regression across the gemeente's units, weighted by
 * residents: s_ik = β_O,k + (β_R,k − β_O,k) · r_i, with s_ik the share of group k among unit i's residents and r_i
 * the rented share of its dwellings. β_R,k and β_O,k estimate the share of group k among renters and among owners
 * in the gemeente; the rent propensity of group k is w_k = β_R,k / β_O,k, so w_k / w_j is the odds ratio the unit
 * splits keep (tenure-split.ts). It assumes the same association in every unit (the ecological-inference
 * caveat: King 1997). It falls back to independence, with the reason, when fewer than 3 units carry data, the
 * rented share does not vary, or an estimated share lies outside (0, 1).
 */
import type { Bilingual } from '../waterbed/types';
import type { TenureAssociation } from './spec';
import { oneOther } from '../plural-text';

export interface AssociationUnit {
  residents: number;
  /** Rented dwellings / dwellings, 0–1. */
  rentedShare: number;
  /** Residents per group / residents, 0–1. */
  groupShares: readonly number[];
}

export interface AssociationEstimate {
  units: number;
  /** Estimated share of each group among renters and among owners in the gemeente, percent. */
  rentedPct: number[];
  ownerPct: number[];
}

export interface AssociationReport {
  requested: TenureAssociation;
  method: 'ecological' | 'independent' | 'odds-ratio' | 'weights';
  /** Rent propensity per group (only ratios matter). */
  weights: number[];
  /** Two groups: focal over rest (odds of the focal group among renters over those among owners). */
  oddsRatio: number | null;
  estimate: AssociationEstimate | null;
  /** Why the ecological estimate was not used. */
  fallback: Bilingual | null;
}

const MIN_UNITS = 3;

type Estimate = { ok: true; weights: number[]; estimate: AssociationEstimate } | { ok: false; reason: Bilingual };

export function estimateAssociation(units: readonly AssociationUnit[], G: number): Estimate {
  const use = units.filter((u) => u.residents > 0 && Number.isFinite(u.rentedShare));
  if (use.length < MIN_UNITS)
    return {
      ok: false,
      reason: {
        en: `only ${use.length} ${oneOther(use.length, 'unit', 'units')} with data: too few to estimate how group and tenure go together`,
        nl: `slechts ${use.length} ${oneOther(use.length, 'gebied', 'gebieden')} met gegevens: te weinig om het verband tussen groep en woningvorm te schatten`,
      },
    };
  let sw = 0,
    sx = 0;
  for (const u of use) {
    sw += u.residents;
    sx += u.residents * u.rentedShare;
  }
  const xBar = sx / sw;
  let sxx = 0;
  for (const u of use) sxx += u.residents * (u.rentedShare - xBar) ** 2;
  if (sxx / sw < 1e-6)
    return {
      ok: false,
      reason: {
        en: 'the rented share hardly varies between the units',
        nl: 'het aandeel huurwoningen verschilt nauwelijks tussen de eenheden',
      },
    };
  const rented: number[] = [],
    owner: number[] = [];
  for (let k = 0; k < G; k++) {
    let sy = 0,
      sxy = 0;
    for (const u of use) sy += u.residents * u.groupShares[k];
    const yBar = sy / sw;
    for (const u of use) sxy += u.residents * (u.rentedShare - xBar) * (u.groupShares[k] - yBar);
    const slope = sxy / sxx;
    owner.push(yBar - slope * xBar);
    rented.push(yBar - slope * xBar + slope);
  }
  const outside = [...rented, ...owner].some((b) => !(b > 0 && b < 1));
  const estimate = { units: use.length, rentedPct: rented.map((b) => 100 * b), ownerPct: owner.map((b) => 100 * b) };
  if (outside)
    return {
      ok: false,
      reason: {
        en: 'the regression across units puts a group share among renters or owners outside 0–100%',
        nl: 'de regressie over de eenheden geeft een groepsaandeel onder huurders of eigenaren buiten 0–100%',
      },
    };
  return { ok: true, weights: rented.map((b, k) => b / owner[k]), estimate };
}

/** The weights the unit splits use, with how they were obtained. */
export function resolveAssociation(requested: TenureAssociation, units: readonly AssociationUnit[], G: number): AssociationReport {
  const ratio = (w: readonly number[]) => (G === 2 ? w[0] / w[1] : null);
  const base = { requested, estimate: null, fallback: null };
  if (requested === 'independent') {
    const weights = Array<number>(G).fill(1);
    return { ...base, method: 'independent', weights, oddsRatio: ratio(weights) };
  }
  if (typeof requested === 'object' && 'oddsRatio' in requested) {
    const weights = [requested.oddsRatio, 1];
    return { ...base, method: 'odds-ratio', weights, oddsRatio: requested.oddsRatio };
  }
  if (typeof requested === 'object')
    return { ...base, method: 'weights', weights: [...requested.rentedWeights], oddsRatio: ratio(requested.rentedWeights) };
  const e = estimateAssociation(units, G);
  if (e.ok) return { ...base, method: 'ecological', weights: e.weights, oddsRatio: ratio(e.weights), estimate: e.estimate };
  const weights = Array<number>(G).fill(1);
  return { ...base, method: 'independent', weights, oddsRatio: ratio(weights), fallback: e.reason };
}
