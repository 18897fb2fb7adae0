/**
 * The three-level split of M over buurten, for the Netherlands and each province: between gemeenten, between
 * wijken within gemeenten, between buurten within wijken (nats, and each part as a share of the total, drawn as
 * one stacked bar per area). Draws only.
 */
import { formatNumber, type Lang } from '../../app/i18n';
import { tb, tbf } from './strings';

export interface SplitRow {
  regionCode: string;
  regionName: string;
  total: number | null;
  betweenGemeenten: number | null;
  betweenWijken: number | null;
  withinWijken: number | null;
  reason?: string | null;
}

const PARTS = [
  { key: 'betweenGemeenten', label: 'betweenGemeenten', color: '#9ecae1' },
  { key: 'betweenWijken', label: 'betweenWijken', color: '#4292c6' },
  { key: 'withinWijken', label: 'withinWijken', color: '#e6550d' },
] as const;

const pct = (lang: Lang, part: number | null, total: number | null) =>
  part === null || total === null || total <= 0 ? '–' : `${formatNumber(lang, (100 * part) / total, 0)}%`;

export function ScaleSplit({ lang, title, rows }: { lang: Lang; title: string; rows: readonly SplitRow[] }) {
  const nl = rows.find((r) => r.regionCode === 'NL00');
  const f = (v: number | null) => (v === null ? '–' : formatNumber(lang, v, 4));
  return (
    <section className="scale-split" aria-label={title}>
      <h3>{title}</h3>
      <p className="small">{tb(lang, 'splitRead')}</p>
      {nl && nl.total !== null && nl.withinWijken !== null ? (
        <p className="split-sentence">
          <strong>{tbf(lang, 'splitSentence', { region: nl.regionName, pct: pct(lang, nl.withinWijken, nl.total) })}</strong>
        </p>
      ) : null}
      <table className="index-table split-table">
        <thead>
          <tr>
            <th scope="col">{tb(lang, 'region')}</th>
            <th scope="col">{tb(lang, 'total')}</th>
            {PARTS.map((p) => (
              <th scope="col" key={p.key}>
                <span className="dot" style={{ background: p.color }} aria-hidden="true" /> {tb(lang, p.label)}
              </th>
            ))}
            <th scope="col" aria-hidden="true" />
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.regionCode} data-region={r.regionCode}>
              <th scope="row">{r.regionName}</th>
              <td className="num" title={r.reason ?? undefined}>
                {f(r.total)}
              </td>
              {PARTS.map((p) => (
                <td className="num" key={p.key} data-part={p.key}>
                  {f(r[p.key])} <span className="muted">({pct(lang, r[p.key], r.total)})</span>
                </td>
              ))}
              <td aria-hidden="true">
                <div className="split-bar">
                  {r.total !== null && r.total > 0
                    ? PARTS.map((p) => (
                        <span key={p.key} style={{ width: `${(100 * Math.max(0, r[p.key] ?? 0)) / r.total!}%`, background: p.color }} />
                      ))
                    : null}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
