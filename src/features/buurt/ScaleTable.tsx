/** The scale chart's text alternative: a table of every gemeente's index over wijken and over buurten. */
import { formatNumber, type Lang } from '../../app/i18n';
import type { ScaleItem } from './scale-model';
import { tb } from './strings';

export function ScaleTable(p: { lang: Lang; title: string; items: readonly ScaleItem[]; onSelect: (code: string) => void }) {
  const { lang } = p;
  const f = (v: number | null) => (v === null ? '–' : formatNumber(lang, v, 3));
  return (
    <details className="scale-table">
      <summary>{p.title}</summary>
      <table className="index-table">
        <thead>
          <tr>
            <th scope="col">{tb(lang, 'region')}</th>
            <th scope="col">{tb(lang, 'overWijken')}</th>
            <th scope="col">{tb(lang, 'overBuurten')}</th>
          </tr>
        </thead>
        <tbody>
          {p.items.map((d) => (
            <tr key={d.code} data-code={d.code}>
              <th scope="row">
                <button type="button" className="link" onClick={() => p.onSelect(d.code)}>
                  {d.name}
                </button>
              </th>
              <td className="num">{f(d.wijk)}</td>
              <td className="num">{f(d.buurt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
