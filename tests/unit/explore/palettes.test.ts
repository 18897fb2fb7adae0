import { schemeBlues, schemeRdBu, schemeYlGnBu, schemeYlOrRd } from 'd3';
import { describe, expect, it } from 'vitest';
import { NO_DATA_COLOR } from '../../../src/views/map/palette';
import {
  centredColors,
  classColors,
  colorsFor,
  divergingColors,
  isDiverging,
  neutralColor,
  PALETTES,
} from '../../../src/views/explore/palettes';

const HEX = /^#[0-9a-f]{6}$/;

describe('palettes', () => {
  it('give k distinct hex colours for every palette and k = 1…9, never the no-data grey', () => {
    for (const p of PALETTES) {
      for (let k = 1; k <= 9; k++) {
        const cs = colorsFor(p.id, k);
        expect(cs).toHaveLength(k);
        expect(new Set(cs).size).toBe(k);
        for (const c of cs) expect(c).toMatch(HEX);
        expect(cs).not.toContain(NO_DATA_COLOR);
      }
    }
  });

  it('use the ColorBrewer schemes from d3-scale-chromatic', () => {
    expect(colorsFor('ylgnbu', 5)).toEqual(schemeYlGnBu[5]);
    expect(colorsFor('ylorrd', 9)).toEqual(schemeYlOrRd[9]);
    expect(colorsFor('blues', 3)).toEqual(schemeBlues[3]);
    expect(colorsFor('rdbu', 7)).toEqual(schemeRdBu[7]);
  });

  it('sequential palettes go from light to dark', () => {
    const lum = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    for (const p of PALETTES.filter((q) => q.kind === 'sequential')) {
      const cs = colorsFor(p.id, 7);
      for (let i = 1; i < cs.length; i++) expect(lum(cs[i]!)).toBeLessThan(lum(cs[i - 1]!));
    }
  });

  it('classifies palettes as sequential or diverging', () => {
    expect(PALETTES.filter((p) => isDiverging(p.id)).map((p) => p.id)).toEqual(['rdbu', 'puor', 'brbg']);
    expect(PALETTES.filter((p) => p.kind === 'diverging').every((p) => isDiverging(p.id))).toBe(true);
  });

  it('diverging palettes beyond 11 colours are interpolated', () => {
    const cs = divergingColors('puor', 15);
    expect(cs).toHaveLength(15);
    expect(new Set(cs).size).toBe(15);
  });
});

describe('centredColors', () => {
  const rdbu = (n: number) => schemeRdBu[n]!;

  it('gives the class containing the centre the neutral colour, symmetric case', () => {
    // 5 classes, centre 25 in the middle class [20, 30)
    const r = centredColors('rdbu', [10, 20, 30, 40], 25);
    expect(r.neutralClass).toBe(2);
    expect(r.colors).toEqual(rdbu(5));
    expect(r.colors[2]).toBe(neutralColor('rdbu'));
  });

  it('asymmetric: the shorter side uses fewer colours of the same steps', () => {
    // centre in class 1 of 5: one class below, three above → palette of 7, offset 2
    const r = centredColors('rdbu', [10, 20, 30, 40], 15);
    expect(r.neutralClass).toBe(1);
    expect(r.colors).toEqual(rdbu(7).slice(2, 7));
    expect(r.colors[1]).toBe(neutralColor('rdbu'));
  });

  it('centre on a break: no neutral class, the sides meet at the break', () => {
    const r = centredColors('rdbu', [-10, 0, 10], 0);
    expect(r.neutralClass).toBeNull();
    expect(r.colors).toEqual(rdbu(4));
    const lopsided = centredColors('rdbu', [0, 10, 20], 0); // 1 class below, 3 above → palette of 6
    expect(lopsided.colors).toEqual(rdbu(6).slice(2));
    expect(lopsided.colors).not.toContain(neutralColor('rdbu'));
  });

  it('centre outside the data domain: all classes on one side', () => {
    const up = centredColors('brbg', [10, 20], -5, { domain: [1, 30] });
    expect(up.neutralClass).toBeNull();
    expect(up.colors).toEqual(divergingColors('brbg', 6).slice(3));
    const down = centredColors('brbg', [10, 20], 99, { domain: [1, 30] });
    expect(down.colors).toEqual(divergingColors('brbg', 6).slice(0, 3));
  });

  it('a single class containing the centre is neutral; reverse flips the sides', () => {
    expect(centredColors('puor', [], 3)).toEqual({ colors: [neutralColor('puor')], neutralClass: 0 });
    const r = centredColors('rdbu', [10, 20, 30, 40], 25, { reverse: true });
    expect(r.colors).toEqual(rdbu(5).slice().reverse());
  });

  it('classColors: sequential ignores the centre, diverging centres it', () => {
    expect(classColors('viridis', [1, 2], 1.5)).toEqual(colorsFor('viridis', 3));
    expect(classColors('rdbu', [1, 2], null)).toEqual(rdbu(3));
    expect(classColors('rdbu', [1, 2, 3], 2.5)[2]).toBe(neutralColor('rdbu'));
  });
});
