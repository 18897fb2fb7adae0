/**
 * The buurten of a gemeente (or of one wijk) as a sortable table: the table alternative for a level without
 * embedded boundaries. Empty cells stay empty ("–"), never 0 (see the note under the table).
 */
import { useMemo, useState } from 'react';
import { formatNumber, type Lang } from '../../app/i18n';
import type { UnitRecord } from '../../data/queries';
import { tb, tbf, type BuurtKey } from './strings';

export interface BuurtColumn {
  id: string;
  key: BuurtKey;
  digits: number;
  suffix?: string;
}

export const BUURT_COLUMNS: readonly BuurtColumn[] = [
  { id: 'population', key: 'col_population', digits: 0 },
  { id: 'persons_age_0_14', key: 'col_age_0_14', digits: 0 },
  { id: 'persons_age_65plus', key: 'col_age_65plus', digits: 0 },
  { id: 'households', key: 'col_households', digits: 0 },
  { id: 'share_owner_occupied', key: 'col_owner', digits: 0, suffix: '%' },
  { id: 'mean_woz_keur', key: 'col_woz', digits: 0 },
];

export interface BuurtTableProps {
  lang: Lang;
  rows: readonly UnitRecord[];
  /** Heading, e.g. "Buurten van Rotterdam (2024)". */
  caption: string;
  selected: string | null;
  onSelect: (code: string) => void;
}

type SortKey = 'name' | 'wijk_name' | string;

function compare(a: UnitRecord, b: UnitRecord, key: SortKey, lang: Lang): number {
  const av = a[key] ?? null;
  const bv = b[key] ?? null;
  if (av === bv) return 0;
  if (av === null) return 1;
  if (bv === null) return -1;
  return typeof av === 'number' && typeof bv === 'number' ? av - bv : String(av).localeCompare(String(bv), lang);
}

export function BuurtTable({ lang, rows, caption, selected, onSelect }: BuurtTableProps) {
  const [sort, setSort] = useState<{ key: SortKey; asc: boolean }>({ key: 'wijk_name', asc: true });
  const sorted = useMemo(() => {
    const out = rows.slice();
    out.sort((a, b) => {
      const c = compare(a, b, sort.key, lang);
      // Missing values stay last whatever the direction.
      if (a[sort.key] === null || b[sort.key] === null) return c;
      return (sort.asc ? c : -c) || a.name.localeCompare(b.name, lang);
    });
    return out;
  }, [rows, sort, lang]);
  const header = (key: SortKey, label: string, numeric: boolean) => (
    <th
      key={key}
      scope="col"
      aria-sort={sort.key === key ? (sort.asc ? 'ascending' : 'descending') : 'none'}
      className={numeric ? 'num' : undefined}
    >
      <button type="button" onClick={() => setSort((s) => ({ key, asc: s.key === key ? !s.asc : !numeric }))}>
        {label}
      </button>
    </th>
  );
  const cell = (r: UnitRecord, c: BuurtColumn) => {
    const v = r[c.id];
    return typeof v === 'number' && Number.isFinite(v) ? `${formatNumber(lang, v, c.digits)}${c.suffix ?? ''}` : '–';
  };
  return (
    <div className="buurt-table">
      <table className="unit-table">
        <caption>
          {caption} · {rows.length === 1 ? tb(lang, 'countOne') : tbf(lang, 'count', { n: rows.length })}
        </caption>
        <thead>
          <tr>
            {header('name', tb(lang, 'buurt'), false)}
            {header('wijk_name', tb(lang, 'wijk'), false)}
            {BUURT_COLUMNS.map((c) => header(c.id, tb(lang, c.key), true))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <tr key={r.code} data-code={r.code} className={r.code === selected ? 'selected' : undefined}>
              <th scope="row">
                <button type="button" className="link" onClick={() => onSelect(r.code)} aria-pressed={r.code === selected}>
                  {r.name}
                </button>
                <span className="muted small"> {r.code}</span>
              </th>
              <td>{String(r.wijk_name ?? r.wijk_code ?? '–')}</td>
              {BUURT_COLUMNS.map((c) => (
                <td key={c.id} className="num">
                  {cell(r, c)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">{tb(lang, 'missingNote')}</p>
    </div>
  );
}
