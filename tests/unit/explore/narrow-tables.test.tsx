/**
 * Markup that lets the side panel's tables fit a narrow panel (layout part of issue 14): the detail table puts each
 * variable's name on a row of its own above its values (no name column), the waterbed ring table names every value's
 * column on the cell (data-label, shown by waterbed.css when the panel is narrow), and the class-scope select names
 * what "all areas" means on a gemeente's wijk map. The widths themselves are checked in Chromium (layout.e2e.ts).
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { variableById } from '../../../src/data/variables';
import { ClassificationControls } from '../../../src/views/explore/ClassificationControls';
import { DEFAULT_SETTINGS } from '../../../src/views/explore/classification-model';
import { buildDetailRows } from '../../../src/views/explore/detail-model';
import { DetailPanel } from '../../../src/views/explore/DetailPanel';
import { WaterbedSummary } from '../../../src/views/waterbed/WaterbedSummary';
import { fakeResult } from '../waterbed-views/fixtures';

const noop = () => {};

describe('detail table in a narrow panel', () => {
  const rows = buildDetailRows({
    variables: [variableById('population')!, variableById('share_age_65plus')!],
    year: 2024,
    unitRows: [{ year: 2024, population: 1300, share_age_65plus: 12.5 }],
    gemeenteRows: [{ year: 2024, population: 882633, share_age_65plus: 12 }],
    national: new Map([[2024, { population: 17_900_000, share_age_65plus: 20.4 }]]),
  });

  it('one group per variable: the name spans the row above the values; the header has only value columns', () => {
    const html = renderToStaticMarkup(
      <DetailPanel lang="nl" name="Zuidoost" level="wijk" gemeenteName="Amsterdam" year={2024} rows={rows} />,
    );
    const head = html.match(/<thead>.*<\/thead>/)![0];
    expect(head.match(/<th /g)).toHaveLength(4); // Zuidoost, Amsterdam, Nederland, Verloop
    expect(head).not.toContain('Kenmerk');
    expect(html.match(/<tbody data-variable=/g)).toHaveLength(2);
    expect(html).toContain('<th scope="rowgroup" colSpan="4">Inwoners</th>');
    const group = html.match(/<tbody data-variable="population">.*?<\/tbody>/)![0];
    expect(group.match(/<td class="num[^"]*">([^<]*)<\/td>/g)!.map((c) => c.replace(/<[^>]+>/g, ''))).toEqual([
      '1.300',
      '882.633',
      '17.900.000',
    ]);
  });

  it('a gemeente: the name spans three columns (value, national, trend)', () => {
    const html = renderToStaticMarkup(<DetailPanel lang="en" name="Amsterdam" level="gemeente" year={2024} rows={rows} />);
    expect(html.match(/<th scope="rowgroup" colSpan="3">/g)).toHaveLength(2);
    expect(html).toContain('class="detail-table cols-3"');
  });
});

describe('waterbed ring table in a narrow panel', () => {
  it('every value cell carries the text of its column header', () => {
    const html = renderToStaticMarkup(<WaterbedSummary lang="nl" result={fakeResult()} />);
    const heads = [...html.match(/<thead>.*<\/thead>/)![0].matchAll(/<th[^>]*>(.*?)<\/th>/g)].map((m) => m[1]!);
    const row = html.match(/<tr data-ring="ring1">.*?<\/tr>/)![0];
    const labels = [...row.matchAll(/data-label="([^"]*)"/g)].map((m) => m[1]!);
    expect(labels).toEqual(heads.slice(1)); // the first column is the ring itself (the row header)
    expect(labels).toHaveLength(6);
  });
});

describe('class scope select', () => {
  it('says "Heel Nederland" on the gemeente map and "Alle wijken van de gemeente" on a gemeente\'s wijk map', () => {
    const country = renderToStaticMarkup(<ClassificationControls lang="nl" value={DEFAULT_SETTINGS} onChange={noop} />);
    expect(country).toContain('>Heel Nederland</option>');
    const wijken = renderToStaticMarkup(<ClassificationControls lang="nl" value={DEFAULT_SETTINGS} onChange={noop} inGemeente />);
    expect(wijken).toContain('>Alle wijken van de gemeente</option>');
    expect(wijken).not.toContain('Heel Nederland');
    const en = renderToStaticMarkup(<ClassificationControls lang="en" value={DEFAULT_SETTINGS} onChange={noop} inGemeente />);
    expect(en).toContain('>All districts of the municipality</option>');
  });
});
