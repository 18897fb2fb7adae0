/** A small hand-made WaterbedResult (shape of src/pipeline/waterbed.ts) for the view-model and component tests. */
import type { Aggregate, IndicatorKind } from '../../../src/engine/waterbed';
import type { WaterbedResult, WaterbedRingRow, WaterbedUnitRow } from '../../../src/pipeline/waterbed';

const LABELS: Record<Aggregate, { nl: string; en: string }> = {
  target: { nl: 'doelgebied', en: 'target' },
  ring1: { nl: 'aangrenzend (ring 1)', en: 'adjacent (ring 1)' },
  ring2: { nl: 'ring 2', en: 'ring 2' },
  rest: { nl: 'rest van de stad', en: 'rest of the municipality' },
  region: { nl: 'provincie', en: 'province' },
};

const ring = (
  r: Aggregate,
  t0: number | null,
  t1: number | null,
  didVsRest: number | null,
  reallocatedShare: number | null = 0,
): WaterbedRingRow => ({
  ring: r,
  units: r === 'target' ? 1 : 3,
  missing: r === 'rest' ? 1 : 0,
  t0,
  t1,
  change: t0 !== null && t1 !== null ? t1 - t0 : null,
  changePct: t0 !== null && t1 !== null && t0 !== 0 ? (100 * (t1 - t0)) / t0 : null,
  didVsRest,
  didVsRegion: null,
  didAbsoluteVsRest: didVsRest,
  label: LABELS[r],
  reallocatedShare,
  uncertainty: {
    t0: t0 === null ? null : { low: t0, high: t0 },
    change: null,
    didVsRegion: null,
    rounding: 0,
    didVsRest: didVsRest === null || r === 'rest' ? null : { low: didVsRest, high: didVsRest },
    distinguishable: didVsRest === null || r === 'rest' ? null : didVsRest !== 0,
  },
});

export const unit = (
  code: string,
  r: WaterbedUnitRow['ring'],
  t0: number | null,
  t1: number | null,
  didVsRest: number | null,
  flag: WaterbedUnitRow['flag'] = null,
  extra: Partial<WaterbedUnitRow> = {},
): WaterbedUnitRow => ({
  code,
  name: `Wijk ${code}`,
  gemeenteCode: 'GM0001',
  ring: r,
  t0,
  t1,
  change: t0 !== null && t1 !== null ? t1 - t0 : null,
  changePct: t0 !== null && t1 !== null && t0 !== 0 ? (100 * (t1 - t0)) / t0 : null,
  didVsRest,
  flag,
  reallocatedShare: 0,
  sourceCodes: [code],
  identical: true,
  included: t0 !== null && t1 !== null,
  uncertainty:
    didVsRest === null ? null : { didVsRest: { low: didVsRest, high: didVsRest }, rounding: 0, flagDistinguishable: flag ? true : null },
  consistency: null,
  ...extra,
});

/** Target WK000111 (share 40 → 38), ring 1 (30 → 34.5), ring 2, rest (20 → 21), region; years 2018–2022. */
export function fakeResult(kind: IndicatorKind = 'share', targets = ['WK000111']): WaterbedResult {
  const share = kind === 'share';
  const metric = share ? 'absolute' : 'relative';
  return {
    request: {
      level: 'wijk',
      targets,
      indicator: share ? 'share_rented' : 'population',
      from: 2019,
      to: 2022,
      contiguity: 'queen',
      ring2: true,
      threshold: 2,
      region: 'province',
      weighting: 'auto',
      trajectories: true,
    },
    indicator: {
      id: share ? 'share_rented' : 'population',
      kind,
      unit: share ? 'percent' : 'count',
      label: share ? { nl: 'Aandeel huurwoningen', en: 'Share rented dwellings' } : { nl: 'Inwoners', en: 'Inhabitants' },
      denominator: share ? 'dwellings' : null,
      metric,
    },
    rings: [
      ring('target', 40, 38, -3),
      ring('ring1', 30, 34.5, 3.5, 0.149),
      ring('ring2', 25, 26, 0),
      ring('rest', 20, 21, null, 0.1),
      ring('region', 22, 22.5, -0.5),
    ],
    units: [
      unit('WK000111', 'target', 40, 38, -3),
      unit('WK000101', 'ring1', 28, 34, 5, 'above', {
        reallocatedShare: 0.25,
        sourceCodes: ['WK000101', 'WK000199', 'WK000188', 'WK000177', 'WK000166'],
        identical: false,
      }),
      unit('WK000121', 'ring1', 31, 30, -2, 'below'),
      unit('WK000131', 'ring1', null, 33, null),
      unit('WK000141', 'ring2', 25, 26, 0),
      unit('WK000151', 'rest', 20, 21, 0),
    ],
    trajectories: (['target', 'ring1', 'ring2', 'rest', 'region'] as const).map((r, k) => ({
      ring: r,
      points: [2018, 2019, 2020, 2022].map((year, i) => ({
        year,
        value: r === 'ring2' && year === 2020 ? null : 20 + 5 * k + i,
        units: 1,
        reallocatedShare: 0,
      })),
    })),
    summary: {
      nl: 'In de aangrenzende wijken steeg het aandeel huurwoningen 3,5 procentpunt meer dan in de rest van de stad.',
      en: 'The adjacent wijken saw the share of rented dwellings rise 3.5 points more than the rest of the city.',
    },
    warnings: [{ code: 'reallocated', nl: '1 wijk is heringedeeld', en: '1 wijk was redrawn' }],
    harmonisation: [],
    weighting: {
      requested: 'auto',
      used: 'ipf',
      compared: ['density', 'ipf'],
      ancillary: null,
      roundingStep: { from: 1, to: 1 },
      yardstick: { growth: 1.02, spread: 0.02, band: [0.94, 1.16], units: 3000, measured: true },
    },
    timings: { crosswalkMs: 0, adjacencyMs: 0, compareMs: 0 },
  };
}
