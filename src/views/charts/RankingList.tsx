/**
 * The ranking as text: every gemeente named, in order, selectable from the keyboard; the selected one marked. The
 * items are rendered only while the list is open (several hundred rows would otherwise be rendered again, unseen,
 * on every selection).
 */
import { useState } from 'react';
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
  const [open, setOpen] = useState(false);
  return (
    <details className="ranking-list" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{txf(lang, 'rankingList', { n: items.length })}</summary>
      <ol>
        {(open ? items : []).map((d) => (
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
