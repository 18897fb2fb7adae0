/**
 * Sortable table of every unit in the comparison (result.units): code, name, ring, t0, t1, change, DiD vs rest,
 * flag (▲/▼ with text), reallocated share, from-year source codes. Flagged units are highlighted; "flagged only"
 * filters. Column headers are buttons (aria-sort on the header cell). Optional callbacks link rows to the map.
 */
import { useMemo, useState } from 'react';
import { formatNumber, type Lang } from '../../app/i18n';
import { tw, twf, type WaterbedKey } from '../../app/i18n-waterbed';
import type { WaterbedResult, WaterbedUnitRow } from '../../pipeline/waterbed';
import { consistencySentence } from '../../engine/waterbed';
import {
  DEFAULT_UNIT_SORT,
  RING_COLORS,
  changeHeader,
  formatAbsoluteChange,
  formatChange,
  formatDid,
  formatDidRange,
  formatFraction,
  formatLevel,
  nextSort,
  ringLabel,
  sortUnits,
  type UnitSort,
  type UnitSortKey,
} from './waterbed-model';
import './waterbed.css';
import { pluralKey } from '../../app/plural';

export interface WaterbedUnitsTableProps {
  lang: Lang;
  result: WaterbedResult;
  /** Unit to outline (e.g. hovered on the map). */
  highlighted?: string | null;
  /** Name cells become buttons that call this (e.g. to zoom the map to the unit). */
  onSelect?: (code: string) => void;
  /** Pointer over a row (null when it leaves). */
  onHover?: (code: string | null) => void;
}

const MAX_SOURCES = 4;

export function WaterbedUnitsTable({ lang, result, highlighted = null, onSelect, onHover }: WaterbedUnitsTableProps) {
  const [sort, setSort] = useState<UnitSort>(DEFAULT_UNIT_SORT);
  const [onlyFlagged, setOnlyFlagged] = useState(false);
  const { request, indicator } = result;
  const metric = indicator.metric;
  const rows = useMemo(() => {
    const shown = onlyFlagged ? result.units.filter((u) => u.flag !== null) : result.units;
    return sortUnits(shown, sort, metric);
  }, [result.units, onlyFlagged, sort, metric]);
  const flaggedCount = result.units.filter((u) => u.flag !== null).length;

  const columns: { key: UnitSortKey | null; label: string; num?: boolean; title?: string }[] = [
    { key: 'code', label: tw(lang, 'colCode') },
    { key: 'name', label: tw(lang, 'colName') },
    { key: 'ring', label: tw(lang, 'colRing') },
    { key: 't0', label: String(request.from), num: true },
    { key: 't1', label: String(request.to), num: true },
    { key: 'change', label: changeHeader(lang, metric), num: true },
    { key: 'did', label: tw(lang, 'colDid'), num: true, title: tw(lang, 'colDidTitle') },
    { key: 'flag', label: tw(lang, 'colFlag') },
    { key: 'reallocated', label: tw(lang, 'colReallocated'), num: true, title: tw(lang, 'colReallocatedTitle') },
    { key: null, label: tw(lang, 'colCheck'), title: tw(lang, 'colCheckTitle') },
    { key: null, label: twf(lang, 'colSources', { from: request.from }) },
  ];
  const ariaSort = (key: UnitSortKey | null) => (key && sort.key === key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined);

  return (
    <section className="waterbed-units" aria-label={tw(lang, 'unitsHeading')}>
      <p className="small">
        <label>
          <input type="checkbox" name="waterbedOnlyFlagged" checked={onlyFlagged} onChange={(e) => setOnlyFlagged(e.target.checked)} />{' '}
          {tw(lang, 'onlyFlagged')} ({flaggedCount})
        </label>{' '}
        <span className="muted" role="status">
          {twf(lang, pluralKey(lang, 'shownN', result.units.length), { n: rows.length, total: result.units.length })}
        </span>
      </p>
      <table className="waterbed-table">
        <caption>
          {twf(lang, 'unitsCaption', {
            from: request.from,
            to: request.to,
            threshold: `${formatNumber(lang, request.threshold, 2)} ${tw(lang, metric === 'relative' ? 'ppGrowth' : 'pp')}`,
          })}
        </caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.label} scope="col" className={c.num ? 'num' : undefined} aria-sort={ariaSort(c.key)} title={c.title}>
                {c.key ? (
                  <button
                    type="button"
                    onClick={() => setSort(nextSort(sort, c.key!))}
                    aria-label={twf(lang, 'sortBy', { column: c.label })}
                  >
                    {c.label}
                    <span aria-hidden="true">{sort.key === c.key ? (sort.dir === 'asc' ? ' ▴' : ' ▾') : ''}</span>
                  </button>
                ) : (
                  c.label
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((u) => (
            <UnitRow
              key={u.code}
              lang={lang}
              result={result}
              u={u}
              highlighted={u.code === highlighted}
              onSelect={onSelect}
              onHover={onHover}
            />
          ))}
        </tbody>
      </table>
    </section>
  );
}

interface UnitRowProps {
  lang: Lang;
  result: WaterbedResult;
  u: WaterbedUnitRow;
  highlighted: boolean;
  onSelect?: (code: string) => void;
  onHover?: (code: string | null) => void;
}

function UnitRow({ lang, result, u, highlighted, onSelect, onHover }: UnitRowProps) {
  const { request, indicator } = result;
  const cls = [u.flag ? 'flagged' : '', u.included ? '' : 'excluded', highlighted ? 'highlighted' : ''].filter(Boolean).join(' ');
  const sources =
    u.sourceCodes.length > MAX_SOURCES
      ? `${u.sourceCodes.slice(0, MAX_SOURCES).join(', ')} +${u.sourceCodes.length - MAX_SOURCES}`
      : u.sourceCodes.join(', ');
  const excluded = u.included ? undefined : twf(lang, 'notIncluded', { from: request.from, to: request.to });
  const didRange = formatDidRange(lang, u.uncertainty?.didVsRest, u.uncertainty?.rounding);
  const check =
    u.consistency?.status === 'implausible' ? consistencySentence(u.consistency, request.from, request.to, request.level)[lang] : undefined;
  return (
    <tr
      className={cls || undefined}
      data-code={u.code}
      data-flag={u.flag ?? undefined}
      data-ring={u.ring}
      title={excluded}
      onMouseEnter={onHover ? () => onHover(u.code) : undefined}
      onMouseLeave={onHover ? () => onHover(null) : undefined}
    >
      <td>{u.code}</td>
      <td>
        {onSelect ? (
          <button type="button" className="link" onClick={() => onSelect(u.code)} aria-label={twf(lang, 'showOnMap', { name: u.name })}>
            {u.name}
          </button>
        ) : (
          u.name
        )}
      </td>
      <td className="ring">
        <span className="ring-swatch" style={{ background: RING_COLORS[u.ring] }} aria-hidden="true" />
        {ringLabel(result, u.ring, lang)}
      </td>
      <td className="num">{formatLevel(lang, u.t0, indicator.unit)}</td>
      <td className="num">{formatLevel(lang, u.t1, indicator.unit)}</td>
      <td
        className="num"
        title={
          indicator.metric === 'relative'
            ? twf(lang, 'absoluteChange', { value: formatAbsoluteChange(lang, u.change, indicator.unit) })
            : undefined
        }
      >
        {formatChange(lang, u, indicator.metric)}
      </td>
      <td className="num">
        {formatDid(lang, u.didVsRest)}
        {didRange ? (
          <span className="range-note" title={twf(lang, 'rangeTitle', { low: didRange.split(' … ')[0], high: didRange.split(' … ')[1] })}>
            {didRange}
          </span>
        ) : null}
      </td>
      <td className="flag" data-distinguishable={u.flag ? String(u.uncertainty?.flagDistinguishable !== false) : undefined}>
        {u.flag ? tw(lang, `flag_${u.flag}` as WaterbedKey) : ''}
        {u.flag && u.uncertainty?.flagDistinguishable === false ? (
          <span className="flag-uncertain" title={tw(lang, 'flagUncertainTitle')}>
            {tw(lang, 'flagUncertain')}
          </span>
        ) : null}
      </td>
      <td className="num">{formatFraction(lang, u.reallocatedShare)}</td>
      <td
        className={u.consistency?.status === 'implausible' ? 'check implausible' : 'check'}
        data-check={u.consistency?.status}
        title={check}
      >
        {u.consistency ? tw(lang, u.consistency.status === 'implausible' ? 'check_implausible' : 'check_ok') : ''}
      </td>
      <td className="sources" title={u.sourceCodes.length > MAX_SOURCES ? u.sourceCodes.join(', ') : undefined}>
        {sources}
      </td>
    </tr>
  );
}
