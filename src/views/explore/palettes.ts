/**
 * Colour-blind-safe palettes from d3-scale-chromatic for the explorer: sequential (light → dark = low → high) and
 * diverging (ColorBrewer RdBu, PuOr, BrBG). Pure; every colour is a lower-case #rrggbb string.
 * Diverging palettes should be centred on a meaningful value (the national average, or 0 for a change): see
 * centredColors, which gives the class containing the centre the neutral middle colour.
 */
import {
  color,
  interpolateBrBG,
  interpolateCividis,
  interpolatePuOr,
  interpolateRdBu,
  interpolateViridis,
  quantize,
  schemeBlues,
  schemeBrBG,
  schemePuOr,
  schemeRdBu,
  schemeYlGnBu,
  schemeYlOrRd,
} from 'd3';
import { classIndex } from '../../engine/classify';

export type SequentialPaletteId = 'viridis' | 'cividis' | 'ylgnbu' | 'ylorrd' | 'blues';
export type DivergingPaletteId = 'rdbu' | 'puor' | 'brbg';
export type ExplorePaletteId = SequentialPaletteId | DivergingPaletteId;

export interface PaletteInfo {
  id: ExplorePaletteId;
  kind: 'sequential' | 'diverging';
  /** Display name (the scheme's own name, the same in every language). */
  name: string;
}

export const PALETTES: readonly PaletteInfo[] = [
  { id: 'ylgnbu', kind: 'sequential', name: 'YlGnBu' },
  { id: 'viridis', kind: 'sequential', name: 'Viridis' },
  { id: 'cividis', kind: 'sequential', name: 'Cividis' },
  { id: 'ylorrd', kind: 'sequential', name: 'YlOrRd' },
  { id: 'blues', kind: 'sequential', name: 'Blues' },
  { id: 'rdbu', kind: 'diverging', name: 'RdBu' },
  { id: 'puor', kind: 'diverging', name: 'PuOr' },
  { id: 'brbg', kind: 'diverging', name: 'BrBG' },
];

export function isPaletteId(s: string): s is ExplorePaletteId {
  return PALETTES.some((p) => p.id === s);
}

export function isDiverging(id: ExplorePaletteId): id is DivergingPaletteId {
  return id === 'rdbu' || id === 'puor' || id === 'brbg';
}

type Scheme = readonly (readonly string[])[];
const SEQ_SCHEMES: Record<'ylgnbu' | 'ylorrd' | 'blues', Scheme> = { ylgnbu: schemeYlGnBu, ylorrd: schemeYlOrRd, blues: schemeBlues };
const SEQ_INTERP: Record<'viridis' | 'cividis', (t: number) => string> = { viridis: interpolateViridis, cividis: interpolateCividis };
const DIV: Record<DivergingPaletteId, { scheme: Scheme; interp: (t: number) => string }> = {
  rdbu: { scheme: schemeRdBu, interp: interpolateRdBu },
  puor: { scheme: schemePuOr, interp: interpolatePuOr },
  brbg: { scheme: schemeBrBG, interp: interpolateBrBG },
};

export function toHex(c: string): string {
  return color(c)?.formatHex() ?? c;
}

/** A discrete ColorBrewer scheme of n colours (n < 3 taken from the 3-colour scheme, n > max interpolated). */
function fromScheme(scheme: Scheme, n: number, maxN: number, interp: (t: number) => string): string[] {
  if (n <= 0) return [];
  if (n > maxN) return quantize(interp, n).map(toHex);
  const base = scheme[Math.max(3, n)]!;
  if (n >= 3) return base.map(toHex);
  return (n === 2 ? [base[0]!, base[2]!] : [base[1]!]).map(toHex);
}

/** k colours (1–9 for sequential, 1–17 for diverging), in class order low → high. */
export function colorsFor(id: ExplorePaletteId, k: number): string[] {
  const n = Math.max(0, Math.round(k));
  if (isDiverging(id)) return divergingColors(id, n);
  if (id === 'viridis' || id === 'cividis') {
    const f = SEQ_INTERP[id];
    if (n === 1) return [toHex(f(0.5))];
    // Reversed so that higher values are darker; the darkest 10% is left out for contrast with the boundaries.
    return quantize((t) => f(1 - t * 0.9), n).map(toHex);
  }
  return fromScheme(SEQ_SCHEMES[id], Math.min(n, 9), 9, interpolateViridis);
}

/** n colours of a diverging palette; with odd n the middle one is the neutral colour. */
export function divergingColors(id: DivergingPaletteId, n: number): string[] {
  return fromScheme(DIV[id].scheme, n, 11, DIV[id].interp);
}

/** The neutral (middle) colour of a diverging palette. */
export function neutralColor(id: DivergingPaletteId): string {
  return divergingColors(id, 3)[1]!;
}

export interface CentredColors {
  /** One colour per class (breaks.length + 1), low → high. */
  colors: string[];
  /** The class that contains the centre and gets the neutral colour, or null when the centre is on a break or
   * outside the data domain (then the two sides meet at the break without a neutral class). */
  neutralClass: number | null;
}

/**
 * Colours for classes given by `breaks` such that the centre value sits at the palette's neutral colour. Both sides
 * get the same colour steps per class, so a class two classes above the centre is exactly as intense as one two
 * classes below it; the shorter side simply uses fewer of its colours.
 * - centre inside class c (not on a break): class c is neutral;
 * - centre equal to a break: the classes below take the light→dark colours of the lower side, the classes above
 *   those of the upper side, with no neutral class;
 * - centre outside `domain` (the data range, if given): every class is on one side.
 */
export function centredColors(
  id: DivergingPaletteId,
  breaks: readonly number[],
  centre: number,
  options: { domain?: readonly [number, number]; reverse?: boolean } = {},
): CentredColors {
  const k = breaks.length + 1;
  let below: number;
  let neutral: number | null = null;
  const d = options.domain;
  if (!Number.isFinite(centre)) {
    // No meaningful centre: fall back to the plain palette of k colours.
    const colors = divergingColors(id, k);
    return { colors: options.reverse ? colors.reverse() : colors, neutralClass: k % 2 === 1 ? (k - 1) / 2 : null };
  }
  if (d && centre < d[0]) below = 0;
  else if (d && centre > d[1]) below = k;
  else {
    const c = classIndex(centre, breaks);
    if (c > 0 && breaks[c - 1] === centre) below = c;
    else {
      below = c;
      neutral = c;
    }
  }
  const above = neutral === null ? k - below : k - below - 1;
  const m = Math.max(below, above);
  const size = neutral === null ? 2 * m : 2 * m + 1;
  let ramp = divergingColors(id, size);
  if (options.reverse) ramp = ramp.slice().reverse();
  const offset = m - below;
  return { colors: Array.from({ length: k }, (_, i) => ramp[offset + i]!), neutralClass: neutral };
}

/** Colours for a classification in one call: sequential palettes ignore the centre. */
export function classColors(
  id: ExplorePaletteId,
  breaks: readonly number[],
  centre: number | null,
  domain?: readonly [number, number],
): string[] {
  if (!isDiverging(id)) return colorsFor(id, breaks.length + 1);
  if (centre === null) return divergingColors(id, breaks.length + 1);
  return centredColors(id, breaks, centre, domain ? { domain } : {}).colors;
}
