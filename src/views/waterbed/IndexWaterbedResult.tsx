/**
 * Result of a waterbed comparison on a segregation index (D or H of a group over wijken), in the places the
 * ordinary comparison uses: the summary and ring table in the side panel, the table per gemeente in the drawer.
 * Index values with three decimals, changes and differences in index points (signed, real minus).
 */
import { formatNumber, formatSigned, type Lang } from '../../app/i18n';
import { caveatText } from '../../app/i18n-warnings';
import { tw, twf } from '../../app/i18n-waterbed';
import { groupDefinitionById } from '../../engine/groups';
import type { IndexRing, IndexWaterbedResult } from '../../pipeline/waterbed-index';
import { RING_COLORS } from './waterbed-model';
import './index-waterbed.css';

const DIGITS = 3;

function value(lang: Lang, v: number | null): string {
  return v === null || !Number.isFinite(v) ? tw(lang, 'noData') : formatNumber(lang, v, DIGITS, DIGITS);
}

function signed(lang: Lang, v: number | null): string {
  return v === null || !Number.isFinite(v) ? tw(lang, 'noData') : formatSigned(lang, v, DIGITS, DIGITS);
}

function ringName(lang: Lang, ring: IndexRing): string {
  return tw(lang, `key_${ring}`);
}

function caption(lang: Lang, result: IndexWaterbedResult, key: 'indexRingsCaption' | 'indexUnitsCaption'): string {
  const { index, group, from, to } = result.request;
  const label = groupDefinitionById(group)?.label[lang] ?? group;
  return twf(lang, key, { index, group: label.toLowerCase(), from, to });
}

export function IndexWaterbedSummary({ lang, result, mapNote }: { lang: Lang; result: IndexWaterbedResult; mapNote: string }) {
  const { from, to } = result.request;
  return (
    <section className="waterbed-summary index-waterbed-summary" aria-label={tw(lang, 'summaryHeading')}>
      <h2>{tw(lang, 'summaryHeading')}</h2>
      <p className="waterbed-summary-sentence iw-summary">{result.summary[lang]}</p>
      {result.caveats.length ? (
        <ul className="muted small">
          {result.caveats.map((c, i) => (
            <li key={i} data-code={c.code}>
              {caveatText(lang, c)}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="table-wrap">
        <table className="waterbed-table iw-table">
          <caption>{caption(lang, result, 'indexRingsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{tw(lang, 'colRing')}</th>
              <th scope="col">{from}</th>
              <th scope="col">{to}</th>
              <th scope="col">{tw(lang, 'colChangeIndex')}</th>
              <th scope="col">{tw(lang, 'colDidIndex')}</th>
            </tr>
          </thead>
          <tbody>
            {result.rings.map((r) => (
              <tr key={r.ring} data-ring={r.ring}>
                <th scope="row">
                  <span className="ring-swatch" style={{ background: RING_COLORS[r.ring] }} aria-hidden="true" /> {ringName(lang, r.ring)}
                </th>
                <td className="num">{value(lang, r.t0)}</td>
                <td className="num">{value(lang, r.t1)}</td>
                <td className="num">{signed(lang, r.change)}</td>
                <td className="num">
                  {r.ring === 'rest' ? <span className="muted">({tw(lang, 'reference')})</span> : signed(lang, r.didVsRest)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted small">{mapNote}</p>
    </section>
  );
}

const RING_ORDER: Record<IndexRing, number> = { target: 0, ring1: 1, ring2: 2, rest: 3, region: 4 };

export function IndexWaterbedUnits({
  lang,
  result,
  names,
  highlighted,
  onHover,
}: {
  lang: Lang;
  result: IndexWaterbedResult;
  names: ReadonlyMap<string, string>;
  highlighted: string | null;
  onHover: (code: string | null) => void;
}) {
  const { from, to } = result.request;
  const units = [...result.units].sort((a, b) => RING_ORDER[a.ring] - RING_ORDER[b.ring] || a.code.localeCompare(b.code));
  return (
    <table className="waterbed-table iw-units">
      <caption>{caption(lang, result, 'indexUnitsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{tw(lang, 'colCode')}</th>
          <th scope="col">{tw(lang, 'colName')}</th>
          <th scope="col">{tw(lang, 'colRing')}</th>
          <th scope="col">{from}</th>
          <th scope="col">{to}</th>
          <th scope="col">{tw(lang, 'colChangeIndex')}</th>
        </tr>
      </thead>
      <tbody>
        {units.map((u) => (
          <tr
            key={u.code}
            data-code={u.code}
            data-ring={u.ring}
            className={highlighted === u.code ? 'highlighted' : undefined}
            onMouseEnter={() => onHover(u.code)}
            onMouseLeave={() => onHover(null)}
          >
            <td>{u.code}</td>
            <td>{names.get(u.code) ?? u.code}</td>
            <td>{ringName(lang, u.ring)}</td>
            <td className="num">{value(lang, u.t0)}</td>
            <td className="num">{value(lang, u.t1)}</td>
            <td className="num">{signed(lang, u.change)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
