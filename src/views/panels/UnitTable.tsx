import { useMemo, useState } from 'react';
import { formatValue, t, type Lang } from '../../app/i18n';
import type { UnitValue } from '../../data/queries';
import type { Unit } from '../../data/variables';

export interface UnitTableProps {
  lang: Lang;
  rows: UnitValue[];
  classes: Map<string, number>;
  unit: Unit;
  onSelect?: (code: string) => void;
}

type SortKey = 'code' | 'name' | 'value';

/** The table alternative to the map: same values and classes, sortable, keyboard reachable. */
export function UnitTable({ lang, rows, classes, unit, onSelect }: UnitTableProps) {
  const [sort, setSort] = useState<{ key: SortKey; asc: boolean }>({ key: 'value', asc: false });
  const sorted = useMemo(() => {
    const out = rows.slice();
    out.sort((a, b) => {
      const av = a[sort.key];
      const bv = b[sort.key];
      if (av === bv) return 0;
      if (av === null) return 1;
      if (bv === null) return -1;
      const c = typeof av === 'number' && typeof bv === 'number' ? av - bv : String(av).localeCompare(String(bv), lang);
      return sort.asc ? c : -c;
    });
    return out;
  }, [rows, sort, lang]);
  const header = (key: SortKey, label: string) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.asc ? 'ascending' : 'descending') : 'none'}>
      <button type="button" onClick={() => setSort((s) => ({ key, asc: s.key === key ? !s.asc : key !== 'value' }))}>
        {label}
      </button>
    </th>
  );
  return (
    <table className="unit-table">
      <caption>{t(lang, 'tableCaption')}</caption>
      <thead>
        <tr>
          {header('code', t(lang, 'code'))}
          {header('name', t(lang, 'name'))}
          {header('value', t(lang, 'value'))}
          <th scope="col">{t(lang, 'class')}</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((r) => {
          const cls = classes.get(r.code) ?? -1;
          return (
            <tr key={r.code}>
              <td>{r.code}</td>
              <td>
                {onSelect ? (
                  <button type="button" className="link" onClick={() => onSelect(r.code)}>
                    {r.name}
                  </button>
                ) : (
                  r.name
                )}
              </td>
              <td className="num">{formatValue(lang, r.value, unit)}</td>
              <td className="num">{cls >= 0 ? cls + 1 : '–'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
