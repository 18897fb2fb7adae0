/**
 * Server-rendered checks of the index entry in the waterbed form (its own option group, only its years, the reason
 * under the year pickers, no threshold or boundary conversion), the map key and the index result tables.
 */
import { readFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../../src/data/catalog';
import { WaterbedControls } from '../../../src/views/waterbed/WaterbedControls';
import { WaterbedMapKey } from '../../../src/views/waterbed/WaterbedMapKey';
import { IndexWaterbedSummary, IndexWaterbedUnits } from '../../../src/views/waterbed/IndexWaterbedResult';
import { indexIndicatorOptions, indexYears } from '../../../src/views/waterbed/index-indicator';
import { ringKey } from '../../../src/views/waterbed/map-key-model';
import { defaultForm } from '../../../src/views/waterbed/waterbed-model';
import type { IndexWaterbedResult } from '../../../src/pipeline/waterbed-index';

const catalog = JSON.parse(readFileSync('data/variables.json', 'utf8')) as Catalog;
const noop = () => {};
const indicators = [
  { id: 'share_rented', label: { nl: 'Aandeel huurwoningen', en: 'Share rented' }, kind: 'share' },
  ...indexIndicatorOptions(catalog),
];

describe('index entry in the waterbed form', () => {
  it('lists the index in its own group; chosen, it offers only its years and says why', () => {
    const years = indexYears(catalog, 'age_65plus');
    const value = { ...defaultForm(years, 'index-D-age_65plus'), targets: [{ code: 'GM0599', name: 'Rotterdam' }] };
    const html = renderToStaticMarkup(
      <WaterbedControls lang="nl" value={value} options={{ indicators, years }} onChange={noop} onSubmit={noop} />,
    );
    expect(html).toContain('<optgroup label="Segregatie-index (over wijken)">');
    expect(html).toMatch(/<option value="index-D-age_65plus" selected="">Segregatie D \(ongelijkheid\): 65 jaar en ouder<\/option>/);
    const from = html.match(/<select[^>]*name="waterbedFrom"[^>]*>(.*?)<\/select>/)![1]!;
    expect([...from.matchAll(/value="(\d+)"/g)].map((m) => m[1])).toEqual(['2022', '2024']);
    expect(html).toMatch(/class="muted small waterbed-years-note">De index wordt per gebied over zijn wijken berekend/);
    expect(html).toMatch(/aria-describedby="[^"]*years-note"/);
    expect(html).not.toContain('name="waterbedThreshold"');
    expect(html).not.toContain('name="waterbedWeighting"');
  });

  it('an ordinary indicator keeps threshold and conversion and has no years note', () => {
    const value = { ...defaultForm([2012, 2022], 'share_rented'), targets: [{ code: 'GM0599', name: 'Rotterdam' }] };
    const html = renderToStaticMarkup(
      <WaterbedControls lang="en" value={value} options={{ indicators, years: [2012, 2022] }} onChange={noop} onSubmit={noop} />,
    );
    expect(html).toContain('name="waterbedThreshold"');
    expect(html).toContain('name="waterbedWeighting"');
    expect(html).not.toContain('waterbed-years-note');
  });
});

describe('waterbed map key and index result', () => {
  it('draws the legend with the outside entry and line swatches per ring', () => {
    const html = renderToStaticMarkup(
      <WaterbedMapKey
        lang="en"
        title="Change"
        unit="pp"
        year={2022}
        scope="classes over the Netherlands"
        items={[
          { cls: 0, color: '#ffffff', from: 0, to: 1, count: 3 },
          { cls: -1, color: '#c8c8c8', from: null, to: null, count: 1 },
          { cls: -2, color: '#ebe5d9', from: null, to: null, count: 7, label: 'Not in the comparison' },
        ]}
        rings={ringKey(['target', 'ring1'], (r) => r, null)}
      />,
    );
    expect(html).toContain('aria-expanded="true"');
    expect(html).toMatch(/data-class="-2".*swatch outside.*Not in the comparison.*>7</);
    expect(html).toMatch(/data-class="-1".*swatch nodata.*No data/);
    expect(html).toMatch(/<li data-ring="target" data-color="#D55E00"><svg[^>]*><line[^>]*stroke="#D55E00" stroke-width="3.5"/);
  });

  it('shows index values with three decimals and signed changes in index points', () => {
    const result: IndexWaterbedResult = {
      request: { targets: ['GM0599'], group: 'age_65plus', index: 'D', from: 2022, to: 2024 },
      rings: [
        { ring: 'target', gemeenten: 1, wijkenT0: 14, wijkenT1: 14, t0: 0.1544, t1: 0.15, change: -0.0044, didVsRest: -0.0124 },
        { ring: 'rest', gemeenten: 40, wijkenT0: 300, wijkenT1: 301, t0: 0.2, t1: 0.208, change: 0.008, didVsRest: null },
      ],
      units: [{ code: 'GM0599', ring: 'target', t0: 0.1544, t1: null, change: null }],
      summary: { nl: 'Samenvatting', en: 'Summary' },
      warnings: [],
      caveats: [],
    };
    const side = renderToStaticMarkup(<IndexWaterbedSummary lang="nl" result={result} mapNote="De kaart toont" />);
    expect(side).toMatch(/data-ring="target".*0,154.*0,150.*\u22120,004.*\u22120,012/);
    expect(side).toContain('(referentie)');
    const table = renderToStaticMarkup(
      <IndexWaterbedUnits lang="en" result={result} names={new Map([['GM0599', 'Rotterdam']])} highlighted={null} onHover={noop} />,
    );
    expect(table).toMatch(/GM0599.*Rotterdam.*Target.*0\.154.*no data/);
  });
});
