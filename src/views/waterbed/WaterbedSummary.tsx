/**
 * Result of a waterbed comparison: the one-sentence summary, the caveats, and the ring table (target, adjacent
 * ring(s), rest, region: value at t0 and t1, change, difference-in-differences vs the rest, reallocated share), with
 * the CSV downloads given by the app (src/features/export/WaterbedExport.tsx). Pure props in.
 */
import type { Lang } from '../../app/i18n';
import { tw, twf } from '../../app/i18n-waterbed';
import type { WaterbedResult } from '../../pipeline/waterbed';
import type { ReactNode } from 'react';
import {
  RING_COLORS,
  changeHeader,
  conversionNote,
  formatAbsoluteChange,
  formatChange,
  formatDid,
  formatDidRange,
  formatFraction,
  formatLevel,
  formatLevelRange,
} from './waterbed-model';
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
  const col = {
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
            <tr key={r.ring} data-ring={r.ring}>
              <th scope="row">
                <span className="ring-swatch" style={{ background: RING_COLORS[r.ring] }} aria-hidden="true" />
                {r.label[lang]}
              </th>
              <td className="num" data-label={col.units} title={r.missing ? twf(lang, 'missingUnits', { n: r.missing }) : undefined}>
                {r.units}
                {r.missing ? <span className="muted"> (+{r.missing})</span> : null}
              </td>
              <td className="num" data-label={col.from}>
                {formatLevel(lang, r.t0, indicator.unit)}
                <RangeNote lang={lang} text={formatLevelRange(lang, r.uncertainty.t0, indicator.unit)} />
              </td>
              <td className="num" data-label={col.to}>
                {formatLevel(lang, r.t1, indicator.unit)}
              </td>
              <td
                className="num"
                data-label={col.change}
                title={
                  metric === 'relative'
                    ? twf(lang, 'absoluteChange', { value: formatAbsoluteChange(lang, r.change, indicator.unit) })
                    : undefined
                }
              >
                {formatChange(lang, r, metric)}
              </td>
              <td className="num" data-label={col.did} data-distinguishable={r.uncertainty.distinguishable ?? undefined}>
                {r.ring === 'rest' ? <span className="muted">({tw(lang, 'reference')})</span> : formatDid(lang, r.didVsRest)}
                <RangeNote
                  lang={lang}
                  text={r.ring === 'rest' ? '' : formatDidRange(lang, r.uncertainty.didVsRest, r.uncertainty.rounding)}
                />
              </td>
              <td className="num" data-label={col.reallocated}>
                {formatFraction(lang, r.reallocatedShare)}
              </td>
            </tr>
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

/** The uncertainty range under a number (empty when there is none). */
function RangeNote({ lang, text }: { lang: Lang; text: string }) {
  if (!text) return null;
  const [low, high] = text.split(' … ');
  return (
    <span className="range-note" title={twf(lang, 'rangeTitle', { low, high })}>
      {text}
    </span>
  );
}
