/** One result of the place search as a listbox option: name, level, wijk and gemeente, alias and code. */
import type { Lang } from '../../app/i18n';
import { tx } from '../../app/i18n-explore';
import type { SearchResult } from '../../app/search-index';

export interface SearchOptionProps {
  lang: Lang;
  result: SearchResult;
  id: string;
  active: boolean;
  onChoose: () => void;
  onHover: () => void;
}

export function SearchOption({ lang, result: r, id, active, onChoose, onHover }: SearchOptionProps) {
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      className={active ? 'active' : undefined}
      data-code={r.code}
      // mousedown rather than click: selecting before the input's blur closes the list
      onMouseDown={(e) => {
        e.preventDefault();
        onChoose();
      }}
      onMouseEnter={onHover}
    >
      <span className="searchbox-name">{r.name}</span>{' '}
      <span className="muted small">
        {tx(lang, `level_${r.level}`)}
        {r.wijkName ? ` ${tx(lang, 'inGemeente')} ${r.wijkName},` : ''}
        {r.gemeenteName ? ` ${r.wijkName ? '' : `${tx(lang, 'inGemeente')} `}${r.gemeenteName}` : ''}
        {r.alias ? ` · ${r.alias}` : ''} · {r.code}
      </span>
    </li>
  );
}
