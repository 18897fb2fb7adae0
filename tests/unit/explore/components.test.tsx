/**
 * Server-rendered smoke tests of the explorer components (no DOM in Node): markup, ARIA wiring and formatted
 * values. Interaction logic is tested in the *-model tests.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../src/app/search-index';
import { variableById } from '../../../src/data/variables';
import { ClassificationControls } from '../../../src/views/explore/ClassificationControls';
import { DEFAULT_SETTINGS } from '../../../src/views/explore/classification-model';
import { buildDetailRows } from '../../../src/views/explore/detail-model';
import { DetailPanel, trendPaths } from '../../../src/views/explore/DetailPanel';
import { Histogram } from '../../../src/views/explore/Histogram';
import { Scatter } from '../../../src/views/explore/Scatter';
import { SearchBox } from '../../../src/views/explore/SearchBox';

const noop = () => {};

describe('ClassificationControls', () => {
  it('renders native, labelled controls for method, classes (3–9), palette, scope', () => {
    const html = renderToStaticMarkup(<ClassificationControls lang="nl" value={DEFAULT_SETTINGS} onChange={noop} />);
    for (const name of ['classMethod', 'classCount', 'palette', 'classScope']) expect(html).toContain(`name="${name}"`);
    expect(html).toContain('Kwantielen');
    expect(html.match(/<option value="\d"/g)).toHaveLength(7);
    expect(html).toContain('<optgroup label="Tweezijdig (rond een middenwaarde)">');
    expect(html).not.toContain('name="manualBreaks"');
    expect(html).not.toContain('name="colourCentre"');
  });

  it('manual method shows the breaks input (class count disabled); diverging shows the centre', () => {
    const html = renderToStaticMarkup(
      <ClassificationControls
        lang="en"
        value={{ ...DEFAULT_SETTINGS, method: 'manual', manualBreaks: [10, 20.5], palette: 'rdbu' }}
        onChange={noop}
      />,
    );
    expect(html).toContain('name="manualBreaks"');
    expect(html).toContain('value="10; 20.5"');
    expect(html).toMatch(/name="classCount" disabled=""/);
    expect(html).toContain('name="colourCentre"');
    expect(html).toContain('National average');
  });
});

describe('SearchBox', () => {
  it('is an ARIA combobox wired to a listbox', () => {
    const idx = buildSearchIndex([{ code: 'GM0518', name: "'s-Gravenhage", level: 'gemeente', year: 2024 }]);
    const html = renderToStaticMarkup(<SearchBox lang="en" search={idx.search} onSelect={noop} />);
    expect(html).toContain('role="combobox"');
    expect(html).toContain('aria-autocomplete="list"');
    expect(html).toContain('aria-expanded="false"');
    const controls = html.match(/aria-controls="([^"]+)"/)![1];
    expect(html).toContain(`id="${controls}" role="listbox"`);
    expect(html).toMatch(/<label for="([^"]+)">Search a municipality or district<\/label><input id="\1"/);
  });
});

describe('charts', () => {
  it('Histogram and Scatter render their containers with accessible names', () => {
    const items = [1, 2, 3].map((v) => ({ code: `A${v}`, value: v }));
    const h = renderToStaticMarkup(<Histogram lang="nl" label="Inwoners" unit="count" items={items} onBrush={noop} />);
    expect(h).toContain('role="img"');
    expect(h).toContain('Verdeling: Inwoners');
    const data = [1, 2, 3, 4].map((v) => ({ code: `A${v}`, x: v, y: v * v }));
    const s = renderToStaticMarkup(
      <Scatter
        lang="en"
        xLabel="Income"
        yLabel="WOZ"
        xUnit="keur"
        yUnit="keur"
        data={[...data, { code: 'N', x: null, y: 1 }]}
        onBrush={noop}
        onHover={noop}
      />,
    );
    expect(s).toContain('<canvas');
    expect(s).toContain('Scatter plot: WOZ against Income');
    expect(s).toContain('4 areas with both values');
    expect(s).toContain('r = 0.98');
  });
});

describe('DetailPanel', () => {
  const rows = buildDetailRows({
    variables: [variableById('population')!, variableById('share_age_65plus')!],
    year: 2024,
    unitRows: [
      { year: 2022, population: 1234, share_age_65plus: 10 },
      { year: 2024, population: 1300, share_age_65plus: 12.5 },
    ],
    gemeenteRows: [{ year: 2024, population: 882633, share_age_65plus: 12 }],
    national: new Map([[2024, { population: 17_900_000, share_age_65plus: 20.4 }]]),
  });

  it('shows the area, gemeente and national values formatted in Dutch, with trend lines', () => {
    const html = renderToStaticMarkup(
      <DetailPanel lang="nl" name="Zuidoost" level="wijk" gemeenteName="Amsterdam" year={2024} rows={rows} />,
    );
    expect(html).toContain('<th scope="col" class="num">Amsterdam</th>');
    expect(html).toContain('1.300');
    expect(html).toContain('882.633');
    expect(html).toContain('17.900.000');
    expect(html).toContain('12,5%');
    expect(html).toContain('20,4%');
    expect(html.match(/class="trend-line"/g)).toHaveLength(2);
    expect(html).toContain('Verloop van Inwoners: 2022 1.234, 2024 1.300');
  });

  it('a gemeente has no gemeente column', () => {
    const html = renderToStaticMarkup(<DetailPanel lang="en" name="Amsterdam" level="gemeente" year={2024} rows={rows} />);
    expect(html).not.toContain('882,633');
    expect(html).toContain('Netherlands');
  });

  it('trendPaths puts both series on shared scales', () => {
    const p = trendPaths(
      [
        { year: 2022, value: 0 },
        { year: 2024, value: 10 },
      ],
      [
        { year: 2022, value: 5 },
        { year: 2024, value: 5 },
      ],
      100,
      20,
    );
    expect(p.main).toBe('M3,17L97,3');
    expect(p.ref).toBe('M3,10L97,10');
  });
});
