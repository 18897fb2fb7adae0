/**
 * The map style: no remote style, tiles or glyphs (the app must work offline). One GeoJSON source per level/year,
 * uploaded once; colour comes from feature-state "cls" (class index, -1 = no data), so restyling never re-uploads.
 */
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import { NO_DATA_COLOR } from './palette';

export const BACKGROUND = '#f4f6f8';
export const PENDING_COLOR = '#ececec';

export const BLANK_STYLE: StyleSpecification = {
  version: 8,
  sources: {},
  layers: [{ id: 'background', type: 'background', paint: { 'background-color': BACKGROUND } }],
};

export const sourceId = (key: string): string => `units-${key}`;
export const fillLayerId = (key: string): string => `fill-${key}`;
export const lineLayerId = (key: string): string => `line-${key}`;

/** fill-color: class colours by feature-state cls; no data grey; not yet styled a pale pending colour. */
export function fillColorExpression(colors: readonly string[]): ExpressionSpecification {
  const cases: (number | string)[] = [];
  colors.forEach((c, i) => cases.push(i, c));
  return ['match', ['coalesce', ['feature-state', 'cls'], -2], ...cases, -1, NO_DATA_COLOR, PENDING_COLOR] as unknown as ExpressionSpecification;
}

/** Hovered and selected units get a dark outline; units outside a brushed selection are faded. */
export const LINE_WIDTH: ExpressionSpecification = [
  'case',
  ['boolean', ['feature-state', 'hover'], false],
  2.5,
  ['boolean', ['feature-state', 'sel'], false],
  3,
  0.4,
];
export const LINE_COLOR: ExpressionSpecification = [
  'case',
  ['any', ['boolean', ['feature-state', 'hover'], false], ['boolean', ['feature-state', 'sel'], false]],
  '#111111',
  '#ffffff',
];
export const FILL_OPACITY: ExpressionSpecification = ['case', ['boolean', ['feature-state', 'dim'], false], 0.18, 1];
