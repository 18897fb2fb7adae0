/** The ranking as text: every gemeente named, in order, selectable from the keyboard; the selected one marked. */
import { formatNumber, type Lang } from '../../app/i18n';
import { txf } from '../../app/i18n-explore';
import type { RankItem } from './ranking-bars';

export function RankingList({
  lang,
  items,
  selected,
  onSelect,
}: {
  lang: Lang;
  items: readonly RankItem[];
  selected: string | null;
  onSelect: (code: string) => void;
}) {
  return (
    <details className="ranking-list">
      <summary>{txf(lang, 'rankingList', { n: items.length })}</summary>
      <ol>
        {items.map((d) => (
          <li key={d.code} data-code={d.code} aria-current={d.code === selected ? 'true' : undefined}>
            <button type="button" onClick={() => onSelect(d.code)}>
              {d.name}
            </button>{' '}
            <span className="num">{formatNumber(lang, d.value, 3, 3)}</span>
            {d.units !== undefined ? <span className="muted"> ({txf(lang, 'rankingUnits', { n: d.units })})</span> : null}
          </li>
        ))}
      </ol>
    </details>
  );
}
