/**
 * Server-rendered smoke tests of the waterbed components (no DOM in Node): markup, ARIA wiring and formatted
 * values. Logic is tested in waterbed-model.test.ts and trajectory-model.test.ts.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TrajectoryChart } from '../../../src/views/waterbed/TrajectoryChart';
import { WaterbedControls } from '../../../src/views/waterbed/WaterbedControls';
import { WaterbedSummary } from '../../../src/views/waterbed/WaterbedSummary';
import { WaterbedExport } from '../../../src/features/export/WaterbedExport';
import { WaterbedUnitsTable } from '../../../src/views/waterbed/WaterbedUnitsTable';
import { RING_COLORS, defaultForm, type WaterbedForm } from '../../../src/views/waterbed/waterbed-model';
import { fakeResult } from './fixtures';

const noop = () => {};
/** The opening tag of the control named `name` (attribute order is React's). */
const tag = (html: string, name: string) => html.match(new RegExp(`<(input|select)[^>]*name="${name}"[^>]*>`))?.[0] ?? '';
const OPTIONS = {
  indicators: [
    { id: 'share_rented', label: { nl: 'Aandeel huurwoningen', en: 'Share rented dwellings' } },
    { id: 'population', label: 'Inwoners' },
  ],
  years: [2012, 2017, 2022],
};
const form = (over: Partial<WaterbedForm> = {}): WaterbedForm => ({
  ...defaultForm(OPTIONS.years, 'share_rented'),
  targets: [{ code: 'GM0599', name: 'Rotterdam' }],
  ...over,
});
const controls = (
  value: WaterbedForm,
  extra: { busy?: boolean; error?: string | { nl: string; en: string } } = {},
  lang: 'nl' | 'en' = 'nl',
) => renderToStaticMarkup(<WaterbedControls lang={lang} value={value} options={OPTIONS} onChange={noop} onSubmit={noop} {...extra} />);

describe('WaterbedControls', () => {
  it('native labelled controls: targets with remove buttons, indicator, years, rook/queen, ring 2, threshold', () => {
    const html = controls(
      form({
        targets: [
          { code: 'GM0599', name: 'Rotterdam' },
          { code: 'GM0606', name: 'Schiedam' },
        ],
      }),
    );
    for (const name of ['waterbedIndicator', 'waterbedFrom', 'waterbedTo', 'waterbedRing2', 'waterbedThreshold'])
      expect(html).toContain(`name="${name}"`);
    expect(html).toContain('aria-label="Verwijder Rotterdam (GM0599)"');
    expect(html).toContain('aria-label="Verwijder Schiedam (GM0606)"');
    expect(html).toContain('Klik op de kaart');
    expect(html.match(/type="radio"/g)).toHaveLength(2);
    expect(html).toMatch(/<input type="radio" name="[^"]+" checked="" value="queen"\/> Gedeelde grens of hoekpunt \(queen\)/);
    expect(html).toContain('<option value="share_rented" selected="">Aandeel huurwoningen</option>');
    expect(html).toContain('>Inwoners</option>');
    expect(tag(html, 'waterbedThreshold')).toContain('value="2"');
    expect(html).toMatch(/<button type="submit">Vergelijken<\/button>/);
    expect(html).not.toContain('aria-invalid');
  });

  it('no target: Compare disabled, the reason next to it', () => {
    const html = controls(form({ targets: [] }), {}, 'en');
    expect(html).toContain('No target area chosen yet.');
    const reason = html.match(/<button type="submit" disabled="" aria-describedby="([^"]+)">Compare<\/button>/);
    expect(reason).not.toBeNull();
    expect(html).toContain(`id="${reason![1]}" class="muted small">First choose a target area on the map.`);
  });

  it('to ≤ from and a negative threshold are marked at the field', () => {
    const years = controls(form({ from: 2022, to: 2017 }));
    expect(tag(years, 'waterbedTo')).toContain('aria-invalid="true"');
    expect(tag(years, 'waterbedFrom')).not.toContain('aria-invalid');
    expect(years).toContain('Het eindjaar (2017) moet na het beginjaar (2022) liggen.');
    expect(years).toMatch(/<button type="submit" disabled=""/);
    const thr = controls(form({ threshold: -1 }), {}, 'en');
    expect(tag(thr, 'waterbedThreshold')).toContain('aria-invalid="true"');
    expect(thr).toContain('The threshold must be a number of 0 or more.');
  });

  it('busy and error states', () => {
    const busy = controls(form(), { busy: true });
    expect(busy).toContain('aria-busy="true"');
    expect(busy).toMatch(/<button type="submit" disabled="">Berekenen…<\/button>/);
    expect(controls(form(), { error: { nl: 'onbekende code', en: 'unknown code' } }, 'en')).toContain('role="alert">unknown code</p>');
    expect(controls(form(), { error: 'plain message' })).toContain('plain message');
  });
});

describe('WaterbedSummary', () => {
  it('sentence, caveats, ring table with units per kind, CSV button', () => {
    const result = fakeResult();
    const html = renderToStaticMarkup(
      <WaterbedSummary lang="nl" result={result} downloads={<WaterbedExport lang="nl" result={result} />} />,
    );
    expect(html).toContain('class="waterbed-summary-sentence"');
    expect(html).toContain('3,5 procentpunt meer');
    expect(html).toContain('1 wijk is heringedeeld');
    expect(html.match(/<tr data-ring=/g)).toHaveLength(5);
    expect(html).toContain('aangrenzend (ring 1)');
    expect(html).toContain('34,5%'); // ring 1 at t1
    expect(html).toContain('+4,5 %-punt'); // ring 1 change
    expect(html).toContain('+3,5 %-punt'); // ring 1 DiD
    expect(html).toContain('14,9%'); // ring 1 reallocated
    expect(html).toContain('(referentie)');
    expect(html).toContain(`background:${RING_COLORS.ring1}`);
    expect(html).toContain('CSV: Excel (komma, decimale punt)');
    expect(html).toContain('CSV: Nederlandse Excel (puntkomma, decimale komma)');
  });

  it('counts: relative change in %, absolute change in the title', () => {
    const html = renderToStaticMarkup(<WaterbedSummary lang="en" result={fakeResult('count')} />);
    expect(html).toContain('Change (%)');
    expect(html).toContain('+15%'); // ring 1: 30 → 34.5
    expect(html).toContain('title="Absolute change: +5"');
  });
});

describe('TrajectoryChart', () => {
  it('an SVG with role img, one line per ring, t0/t1 rules, legend and a hidden table', () => {
    const html = renderToStaticMarkup(<TrajectoryChart lang="en" result={fakeResult()} />);
    expect(html).toMatch(/<svg[^>]*role="img" aria-label="Line chart of Share rented dwellings \(%\) per ring, 2018–2022\./);
    expect(html.match(/<g class="series"/g)).toHaveLength(5);
    expect(html).toContain(`stroke="${RING_COLORS.target}"`);
    expect(html).toContain('data-rule="t0"');
    expect(html).toContain('data-rule="t1"');
    expect(html.match(/<circle /g)!.length).toBeGreaterThanOrEqual(19); // 20 points, one null (+ legend markers)
    expect(html).toContain('<table class="visually-hidden">');
    expect(html).toContain('2019 (t0)');
    expect(html).toContain('<title>adjacent (ring 1), 2022: 28%</title>');
  });

  it('counts start as an index (t0 = 100)', () => {
    const html = renderToStaticMarkup(<TrajectoryChart lang="nl" result={fakeResult('count')} />);
    expect(html).toContain('<option value="index" selected="">index (2019 = 100)</option>');
    expect(html).toContain('index, 2019 = 100');
    expect(html).toContain('(index 100)');
  });
});

describe('WaterbedUnitsTable', () => {
  it('sortable headers, flagged rows highlighted with ▲/▼ text, source codes', () => {
    const html = renderToStaticMarkup(<WaterbedUnitsTable lang="nl" result={fakeResult()} highlighted="WK000141" onSelect={noop} />);
    expect(html.match(/<tr [^>]*data-code=/g)).toHaveLength(6);
    expect(html).toMatch(/<tr class="flagged" data-code="WK000101" data-flag="above"/);
    expect(html).toContain('▲ boven rest');
    expect(html).toContain('▼ onder rest');
    expect(html).toMatch(/<tr class="excluded" data-code="WK000131"[^>]*title="niet meegeteld/);
    expect(html).toMatch(/<tr class="highlighted" data-code="WK000141"/);
    expect(html).toContain('aria-sort="ascending"');
    expect(html).toContain('aria-label="Sorteer op Naam"');
    expect(html).toContain('WK000101, WK000199, WK000188, WK000177 +1');
    expect(html).toContain('aria-label="Toon Wijk WK000101 op de kaart"');
    expect(html).toContain('Alleen gemarkeerde gebieden (2)');
  });
});
