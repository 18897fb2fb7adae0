/**
 * The map style: no remote style, tiles or glyphs (the app must work offline). One GeoJSON source per level/year,
 * uploaded once; colour comes from feature-state "cls" (class index, -1 = no data), so restyling never re-uploads.
 */
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import { NO_DATA_COLOR } from './palette';

export const BACKGROUND = '#f4f6f8';

/**
 * Tile buffer of the boundary sources, in tile pixels (MapLibre's default is 128 of 512: each tile then cuts and
 * carries the features of 2.25 × its own area). Fills and thin outlines need only enough to hide the seams; a
 * smaller buffer makes every tile faster to cut and to draw (a drill-down cuts the new zoom's tiles while it waits).
 */
export const TILE_BUFFER = 32;
export const PENDING_COLOR = '#ececec';

export const BLANK_STYLE: StyleSpecification = {
  version: 8,
  // no animated paint changes: a layer shown or parked (layer-parking.ts) switches in one frame
  transition: { duration: 0, delay: 0 },
  sources: {},
  layers: [{ id: 'background', type: 'background', paint: { 'background-color': BACKGROUND } }],
};

export const sourceId = (key: string): string => `units-${key}`;
export const fillLayerId = (key: string): string => `fill-${key}`;
export const lineLayerId = (key: string): string => `line-${key}`;
export const warnLayerId = (key: string): string => `warn-${key}`;
/** The layers of one level-year, bottom to top: fill, outline, warning outline. */
export const layerIds = (key: string): [string, string, string] => [fillLayerId(key), lineLayerId(key), warnLayerId(key)];

/** Colour of the dashed warning outline (feature-state "warn"), also used by the legend. */
export const WARN_COLOR = '#7b2cbf';

/** Dashed outline of units with feature-state "warn" (hidden by opacity 0 elsewhere; dasharray cannot use state). */
export const WARN_LINE_PAINT = {
  'line-color': WARN_COLOR,
  'line-width': 2.5,
  'line-dasharray': [1.5, 1],
  'line-opacity': ['case', ['boolean', ['feature-state', 'warn'], false], 1, 0] as unknown as ExpressionSpecification,
};

/** fill-color: class colours by feature-state cls; no data grey; not yet styled a pale pending colour. */
export function fillColorExpression(colors: readonly string[]): ExpressionSpecification {
  const cases: (number | string)[] = [];
  colors.forEach((c, i) => cases.push(i, c));
  return [
    'match',
    ['coalesce', ['feature-state', 'cls'], -2],
    ...cases,
    -1,
    NO_DATA_COLOR,
    PENDING_COLOR,
  ] as unknown as ExpressionSpecification;
}

/**
 * Hovered and selected units get a dark outline; units in a waterbed ring (feature-state "ring": 1 target, 2 ring 1,
 * 3 ring 2, 4 rest) get the ring's colour; units outside a brushed selection are faded.
 */
export const LINE_WIDTH: ExpressionSpecification = [
  'case',
  ['boolean', ['feature-state', 'hover'], false],
  2.5,
  ['boolean', ['feature-state', 'sel'], false],
  3,
  ['>', ['coalesce', ['feature-state', 'ring'], 0], 0],
  ['match', ['feature-state', 'ring'], 1, 3.5, 2, 2.5, 3, 2, 1.2],
  0.4,
];

export const RING_CODES = { target: 1, ring1: 2, ring2: 3, rest: 4 } as const;

export function lineColorExpression(ringColors?: Readonly<Record<string, string>>): ExpressionSpecification {
  const c = ringColors ?? {};
  return [
    'case',
    ['any', ['boolean', ['feature-state', 'hover'], false], ['boolean', ['feature-state', 'sel'], false]],
    '#111111',
    [
      'match',
      ['coalesce', ['feature-state', 'ring'], 0],
      1,
      c.target ?? '#000000',
      2,
      c.ring1 ?? '#e66101',
      3,
      c.ring2 ?? '#fdb863',
      4,
      c.rest ?? '#7f7f7f',
      '#ffffff',
    ],
  ] as unknown as ExpressionSpecification;
}
export const LINE_COLOR: ExpressionSpecification = lineColorExpression();
export const FILL_OPACITY: ExpressionSpecification = ['case', ['boolean', ['feature-state', 'dim'], false], 0.18, 1];
