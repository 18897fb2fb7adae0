import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../../src/data/catalog';
import fc from 'fast-check';
import { formatValue, noticeText } from '../../../src/app/i18n';
import { DEFAULT_STATE, DRAWERS, MODES, parseState, reconcile, serializeState, yearsFor, type ViewState } from '../../../src/app/url-state';
import { roundCamera } from '../../../src/app/url-state-camera';
import { linkYears } from '../../../src/app/url-state-waterbed';
import { PARAM_WORDS } from '../../../src/app/url-state-words';
import { CLASS_METHODS } from '../../../src/engine/classify';
import { WEIGHTING_CHOICES } from '../../../src/engine/waterbed';
import { PALETTES } from '../../../src/views/explore/palettes';

const catalog = JSON.parse(readFileSync('data/variables.json', 'utf8')) as Catalog;

describe('URL state', () => {
  it('round-trips a valid state', () => {
    const s = {
      ...DEFAULT_STATE,
      level: 'wijk' as const,
      year: 2024,
      variable: 'population',
      gemeente: 'GM0599',
      lang: 'en' as const,
      group: 'age_65plus',
      rankIndex: 'H' as const,
      mapMode: 'lq' as const,
      drawer: 'charts' as const,
      selected: 'WK059901',
      yVariable: 'share_age_0_14',
    };
    expect(parseState(serializeState(s), catalog)).toEqual({ state: s, warnings: [] });
  });

  it('defaults on an empty query', () => {
    expect(parseState('', catalog)).toEqual({ state: DEFAULT_STATE, warnings: [] });
  });

  it('ignores hostile or broken parameters with a message and keeps working', () => {
    const r = parseState("?gm=GM0363'%20OR%201=1&var=<script>alert(1)</script>&jaar=20x2&lang=fr&lvl=buurt", catalog);
    expect(r.state).toEqual(DEFAULT_STATE);
    expect(r.warnings.map((w) => w.code)).toEqual([
      'unknown_language',
      'invalid_gemeente',
      'unknown_level',
      'unknown_variable',
      'invalid_year',
    ]);
    const long = parseState('?var=' + 'x'.repeat(5000), catalog);
    expect(long.state).toEqual(DEFAULT_STATE);
    expect(long.warnings).toHaveLength(1);
  });

  it('moves to the nearest available year and a variable that exists at the level', () => {
    const r = reconcile({ ...DEFAULT_STATE, variable: 'share_income_low', year: 2019 }, catalog);
    expect(r.state.year).toBe(2022);
    expect(r.note?.code).toBe('year_unavailable');
    const w = reconcile({ ...DEFAULT_STATE, level: 'wijk', variable: 'mean_income_per_recipient_keur', year: 2022 }, catalog);
    expect(w.state.variable).toBe('population');
    expect(w.note?.code).toBe('variable_unavailable');
    expect(yearsFor(catalog, 'wijk', 'share_age_65plus')).toEqual([2022, 2024]);
  });
});

describe('URL state: classification, map position, panels, waterbed', () => {
  it('round-trips a full explore view with readable parameters', () => {
    const s: ViewState = {
      ...DEFAULT_STATE,
      cls: { method: 'manual', k: 7, palette: 'viridis', scope: 'view', centre: 'zero', manualBreaks: [10, 20.5, 30, 41.25] },
      camera: { center: [4.4777, 51.9244], zoom: 9.25 },
      classesOpen: true,
      drawer: 'table',
      selected: 'GM0599',
    };
    const q = serializeState(s);
    expect(q).toContain('grenzen=10,20.5,30,41.25');
    expect(q).toContain('pos=4.4777,51.9244,9.25');
    expect(q).toContain('indeling=manual');
    expect(q).toContain('open=indeling');
    expect(parseState(q, catalog)).toEqual({ state: s, warnings: [] });
  });

  it('round-trips a waterbed set-up (only in waterbed mode)', () => {
    const s: ViewState = {
      ...DEFAULT_STATE,
      mode: 'waterbed',
      waterbed: {
        level: 'gemeente',
        targets: ['GM0599', 'GM0606'],
        indicator: 'mean_income_per_inhabitant_keur',
        from: 2012,
        to: 2022,
        contiguity: 'rook',
        ring2: true,
        threshold: 1.5,
        weighting: 'ipf',
        mapView: 'side',
        run: true,
      },
    };
    const q = serializeState(s);
    expect(q).toContain('doelen=GM0599,GM0606');
    expect(q).toContain('van=2012&tot=2022');
    expect(parseState(q, catalog)).toEqual({ state: s, warnings: [] });
    // the same parameters outside waterbed mode are known but unused
    const explore = parseState(q.replace('modus=waterbed', 'modus=explore'), catalog);
    expect(explore.state.waterbed).toBeNull();
    expect(explore.warnings).toEqual([]);
  });

  it('parse∘serialize is the identity for random valid states', () => {
    const years = linkYears(catalog, 'gemeente', 'mean_income_per_inhabitant_keur');
    const yearPair = fc
      .tuple(fc.constantFrom(...years), fc.constantFrom(...years))
      .filter(([a, b]) => a !== b)
      .map(([a, b]): [number, number] => (a < b ? [a, b] : [b, a]));
    const breaks = fc
      .uniqueArray(fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }), { minLength: 2, maxLength: 8 })
      .map((xs) => xs.map((x) => (Object.is(x, -0) ? 0 : x)).sort((a, b) => a - b))
      .filter((xs) => new Set(xs).size === xs.length);
    const cls = fc.record({
      method: fc.constantFrom(...CLASS_METHODS),
      k: fc.integer({ min: 3, max: 9 }),
      palette: fc.constantFrom(...PALETTES.map((p) => p.id)),
      scope: fc.constantFrom('view' as const, 'country' as const),
      centre: fc.constantFrom('national' as const, 'zero' as const),
      manualBreaks: fc.oneof(fc.constant([] as number[]), breaks),
    });
    const camera = fc.option(
      fc
        .record({
          lon: fc.double({ min: 3, max: 7.5, noNaN: true }),
          lat: fc.double({ min: 50, max: 54, noNaN: true }),
          zoom: fc.double({ min: 0, max: 22, noNaN: true }),
        })
        .map((c) => roundCamera({ center: [c.lon, c.lat], zoom: c.zoom })),
    );
    const waterbed = fc.record({
      level: fc.constant('gemeente' as const),
      targets: fc.uniqueArray(
        fc.integer({ min: 1, max: 1999 }).map((n) => 'GM' + String(n).padStart(4, '0')),
        { maxLength: 5 },
      ),
      indicator: fc.constant('mean_income_per_inhabitant_keur'),
      years: yearPair,
      contiguity: fc.constantFrom('queen' as const, 'rook' as const),
      ring2: fc.boolean(),
      threshold: fc.double({ min: 0, max: 1000, noNaN: true }),
      weighting: fc.constantFrom(...WEIGHTING_CHOICES),
      mapView: fc.constantFrom('change' as const, 't0' as const, 't1' as const, 'side' as const),
      run: fc.boolean(),
    });
    const state = fc
      .record({
        gemeente: fc.option(fc.constantFrom('GM0363', 'GM0599', 'GM0014')),
        lang: fc.constantFrom('nl' as const, 'en' as const),
        drawer: fc.constantFrom(...DRAWERS),
        mode: fc.constantFrom(...MODES),
        present: fc.boolean(),
        classesOpen: fc.boolean(),
        cls,
        camera,
        waterbed,
        selected: fc.option(fc.constantFrom('GM0599', 'WK059901', 'BU05990101')),
      })
      .map(({ waterbed: w, gemeente, ...rest }): ViewState => {
        const { years: y, ...link } = w;
        return reconcile(
          {
            ...DEFAULT_STATE,
            ...rest,
            gemeente,
            level: gemeente ? 'wijk' : 'gemeente',
            waterbed: rest.mode === 'waterbed' ? { ...link, from: y[0], to: y[1] } : null,
          },
          catalog,
        ).state;
      });
    fc.assert(
      fc.property(state, (s) => {
        expect(parseState(serializeState(s), catalog)).toEqual({ state: s, warnings: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary queries, and keeps within bounds', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (q) => {
        const r = parseState(q, catalog);
        expect(r.state.cls.k).toBeGreaterThanOrEqual(3);
        expect(r.state.cls.k).toBeLessThanOrEqual(9);
      }),
    );
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom('indeling', 'klassen', 'grenzen', 'palet', 'pos', 'doelen', 'van', 'tot', 'drempel', 'wbkaart', 'kaart'),
          fc.string({ maxLength: 80 }),
        ),
        (d) => {
          const r = parseState('?modus=waterbed&' + new URLSearchParams(d).toString(), catalog);
          for (const w of r.warnings)
            if (w.code === 'invalid_param' || w.code === 'param_too_long')
              expect(noticeText('nl', w)).toContain(PARAM_WORDS[w.params.name!]!.nl);
        },
      ),
    );
  });

  it('names ignored parameters in words, never by their short name', () => {
    const r = parseState('?kaart=%3Cscript%3E&palet=rainbow&pos=999,0,3&doelen=GM0599,XX1&klassen=12&foo=1', catalog);
    expect(r.state.mapMode).toBe('variable');
    expect(r.state.cls).toEqual(DEFAULT_STATE.cls);
    expect(r.state.camera).toBeNull();
    const nl = r.warnings.map((w) => noticeText('nl', w));
    const en = r.warnings.map((w) => noticeText('en', w));
    expect(nl).toContain('Ongeldige waarde "<script>" voor de kaartweergave genegeerd.');
    expect(en).toContain('Invalid value "<script>" for the map view ignored.');
    expect(nl).toContain('Ongeldige waarde "rainbow" voor het kleurenpalet genegeerd.');
    expect(nl).toContain('Ongeldige waarde "12" voor het aantal klassen genegeerd.');
    expect(nl.some((t) => t.includes('de kaartpositie'))).toBe(true);
    expect(nl).toContain('Onbekende onderdelen in de link genegeerd: "foo".');
    // doelen outside waterbed mode: known, not used, no notice
    expect(nl.some((t) => t.includes('doelgebieden'))).toBe(false);
    const wb = parseState('?modus=waterbed&doelen=GM0599,XX1&wbkaart=kaart', catalog);
    expect(wb.state.waterbed?.targets).toEqual(['GM0599']);
    expect(wb.warnings.map((w) => noticeText('nl', w))).toEqual([
      'Ongeldige waarde "XX1" voor de doelgebieden van de vergelijking genegeerd.',
      'Ongeldige waarde "kaart" voor de kaartweergave van de vergelijking genegeerd.',
    ]);
    const long = parseState('?palet=' + 'x'.repeat(100), catalog);
    expect(noticeText('en', long.warnings[0]!)).toBe('The value for the colour palette in the link is too long and was ignored.');
  });

  it('has words for every parameter it reads', () => {
    // every key with words is read (none reported as unknown), and every notice's parameter has words
    const params = Object.keys(PARAM_WORDS);
    const all = parseState('?modus=waterbed&' + [...params].map((k) => `${k}=%00bad`).join('&'), catalog);
    expect(all.warnings.some((w) => w.code === 'unknown_param')).toBe(false);
    for (const w of all.warnings) if ('name' in w.params) expect(PARAM_WORDS[w.params.name!]).toBeDefined();
  });
});

describe('number formats per locale', () => {
  it('formats Dutch and English', () => {
    expect(formatValue('nl', 1234.56, 'keur')).toBe('1.234,6 × €1.000');
    expect(formatValue('en', 1234.56, 'keur')).toBe('1,234.6 × €1,000');
    expect(formatValue('nl', 39.8, 'percent')).toBe('39,8%');
    expect(formatValue('nl', 882633, 'count')).toBe('882.633');
    expect(formatValue('en', null, 'count')).toBe('No data');
    expect(formatValue('nl', Number.NaN, 'count')).toBe('Geen gegevens');
  });
});
