/**
 * Two areas compared in the side panel: per variable the pinned area's value, the selected area's value and the
 * difference (selected − pinned, with its sign; shares in percentage points). Three numeric columns under a row with
 * the variable's name, so the table fits a narrow panel. Rows come from buildCompareRows (compare-model.ts).
 */
import { formatSigned, formatValue, t, unitDigits, unitLabel, type Lang } from '../../app/i18n';
import type { Unit } from '../../data/variables';
import type { CompareRow } from './compare-model';
import { cx } from './strings';
import './compare.css';

/** "+1,2 procentpunt", "−3.400", "0 × €1.000": a difference with its sign and unit. */
export function formatDifference(lang: Lang, value: number | null, unit: Unit): string {
  if (value === null || !Number.isFinite(value)) return t(lang, 'noData');
  if (unit === 'pp') return formatValue(lang, value, 'pp');
  const n = formatSigned(lang, value, unitDigits(unit));
  const suffix = unitLabel(lang, unit);
  return suffix ? `${n} ${suffix}` : n;
}

export interface ComparePanelProps {
  lang: Lang;
  year: number;
  pinnedName: string;
  selectedName: string;
  rows: readonly CompareRow[];
  onStop: () => void;
}

export function ComparePanel({ lang, year, pinnedName, selectedName, rows, onStop }: ComparePanelProps) {
  return (
    <section className="compare-panel" aria-label={`${cx(lang, 'title')}: ${pinnedName}, ${selectedName}`}>
      <header className="compare-head">
        <h2>
          {cx(lang, 'title')} <span className="muted">({year})</span>
        </h2>
        <button type="button" className="compare-stop" onClick={onStop}>
          {cx(lang, 'stop')}
        </button>
      </header>
      <table className="compare-table">
        <caption className="visually-hidden">
          {cx(lang, 'title')}: {pinnedName}, {selectedName}, {year}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="num compare-pinned">
              {pinnedName}
            </th>
            <th scope="col" className="num compare-selected">
              {selectedName}
            </th>
            <th scope="col" className="num">
              {cx(lang, 'difference')}
            </th>
          </tr>
        </thead>
        {rows.map((r) => (
          <tbody key={r.id} data-variable={r.id}>
            <tr className="compare-label">
              <th scope="rowgroup" colSpan={3}>
                {r.label[lang]}
              </th>
            </tr>
            <tr className="compare-values">
              <td className="num">{formatValue(lang, r.pinned, r.unit)}</td>
              <td className="num">{formatValue(lang, r.selected, r.unit)}</td>
              <td className={r.diff === null ? 'num muted' : 'num compare-diff'}>{formatDifference(lang, r.diff, r.diffUnit)}</td>
            </tr>
          </tbody>
        ))}
      </table>
      <p className="muted small">{cx(lang, 'differenceNote', { a: pinnedName, b: selectedName })}</p>
    </section>
  );
}

export interface CompareHintProps {
  lang: Lang;
  text: string;
  onStop: () => void;
}

/** While only one area is pinned: what to do next, and the way out. */
export function CompareHint({ lang, text, onStop }: CompareHintProps) {
  return (
    <div className="compare-hint" role="status">
      <p className="small">{text}</p>
      <button type="button" className="compare-stop" onClick={onStop}>
        {cx(lang, 'stop')}
      </button>
    </div>
  );
}
