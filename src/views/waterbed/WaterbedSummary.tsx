/**
 * Result of a waterbed comparison: the one-sentence summary, the caveats, and the ring table (target, adjacent
 * ring(s), rest, region: value at t0 and t1, change, difference-in-differences vs the rest, reallocated share), with
 * the CSV downloads given by the app (src/features/export/WaterbedExport.tsx). Pure props in. A ring's row is
 * WaterbedRingRow.tsx.
 */
import type { Lang } from '../../app/i18n';
import { tw, twf } from '../../app/i18n-waterbed';
import type { WaterbedResult } from '../../pipeline/waterbed';
import type { ReactNode } from 'react';
import { changeHeader, conversionNote } from './waterbed-model';
import { WaterbedRingRow, type RingColumns } from './WaterbedRingRow';
import './waterbed.css';
import { pluralKey } from '../../app/plural';

export interface WaterbedSummaryProps {
  lang: Lang;
  result: WaterbedResult;
  /** The download controls (the app passes the export feature's). */
  downloads?: ReactNode;
}

export function WaterbedSummary({ lang, result, downloads }: WaterbedSummaryProps) {
  const { request, indicator } = result;
  const label = indicator.label[lang];
  const metric = indicator.metric;
  const marked = result.units.filter((u) => u.consistency?.status === 'implausible').length;
  /** Column names, repeated on each cell (data-label) for the stacked layout of a narrow panel (waterbed.css). */
  const col: RingColumns = {
    units: tw(lang, 'colUnits'),
    from: String(request.from),
    to: String(request.to),
    change: changeHeader(lang, metric),
    did: tw(lang, 'colDid'),
    reallocated: tw(lang, 'colReallocated'),
  };

  return (
    <section className="waterbed-summary" aria-label={`${tw(lang, 'summaryHeading')}: ${label}`}>
      <h2>
        {tw(lang, 'title')}: {label}, {request.from} → {request.to}
      </h2>
      <p className="waterbed-summary-sentence" aria-live="polite">
        {result.summary[lang]}
      </p>
      {result.warnings.length ? (
        <div className="waterbed-warnings-box">
          <h3 className="small">{tw(lang, 'warnings')}</h3>
          <ul className="waterbed-warnings">
            {result.warnings.map((w, i) => (
              <li key={`${w.code}-${i}`} data-code={w.code}>
                {w[lang]}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <table className="waterbed-table waterbed-rings">
        <caption>{twf(lang, 'ringsCaption', { indicator: label, from: request.from, to: request.to })}</caption>
        <thead>
          <tr>
            <th scope="col">{tw(lang, 'colRing')}</th>
            <th scope="col" className="num">
              {col.units}
            </th>
            <th scope="col" className="num">
              {col.from}
            </th>
            <th scope="col" className="num">
              {col.to}
            </th>
            <th scope="col" className="num">
              {col.change}
            </th>
            <th scope="col" className="num" title={tw(lang, 'colDidTitle')}>
              {col.did}
            </th>
            <th scope="col" className="num" title={tw(lang, 'colReallocatedTitle')}>
              {col.reallocated}
            </th>
          </tr>
        </thead>
        <tbody>
          {result.rings.map((r) => (
            <WaterbedRingRow key={r.ring} lang={lang} ring={r} indicator={indicator} col={col} />
          ))}
        </tbody>
      </table>

      <p className="muted small waterbed-conversion">{conversionNote(lang, result)}</p>
      {marked ? (
        <p className="small waterbed-marked">
          <span className="marked-swatch" aria-hidden="true" /> {twf(lang, pluralKey(lang, 'markedLegend', marked), { n: marked })}
        </p>
      ) : null}
      {downloads}
    </section>
  );
}
