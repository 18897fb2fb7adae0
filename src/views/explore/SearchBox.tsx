/**
 * Place search as an ARIA combobox: a text input with a listbox popup. Arrow keys move through the results, Enter
 * selects (the first result when none is active), Escape closes the list (a second Escape clears the input).
 * Mouse: click a result. The search itself is a plain function passed in (see app/search-index.ts).
 */
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { Lang } from '../../app/i18n';
import { tx, txf } from '../../app/i18n-explore';
import type { SearchResult } from '../../app/search-index';
import { CLOSED, onKey, onQueryChange, type ComboState } from './combobox-model';
import { SearchOption } from './SearchOption';
import './explore.css';
import { pluralKey } from '../../app/plural';

export interface SearchBoxProps {
  lang: Lang;
  search: (query: string) => SearchResult[];
  onSelect: (result: SearchResult) => void;
  /** Maximum number of results shown (default 10). */
  limit?: number;
}

export function SearchBox({ lang, search, onSelect, limit = 10 }: SearchBoxProps) {
  const id = useId();
  const listId = `${id}-list`;
  const [query, setQuery] = useState('');
  const [combo, setCombo] = useState<ComboState>(CLOSED);
  const results = useMemo(() => (query.trim() ? search(query).slice(0, limit) : []), [query, search, limit]);
  const optionId = (i: number) => `${id}-opt-${i}`;

  const choose = (r: SearchResult) => {
    setQuery(r.name);
    setCombo(CLOSED);
    onSelect(r);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const r = onKey(combo, e.key, results.length);
    if (r.handled) e.preventDefault();
    setCombo(r.state);
    if (r.effect.type === 'select') choose(results[r.effect.index]!);
    else if (r.effect.type === 'clear') setQuery('');
  };

  const expanded = combo.open && results.length > 0;
  const status = query.trim()
    ? results.length
      ? txf(lang, pluralKey(lang, 'resultsCount', results.length), { n: results.length })
      : tx(lang, 'noResults')
    : '';

  return (
    <div className="searchbox">
      <label htmlFor={`${id}-input`}>{tx(lang, 'search')}</label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder={tx(lang, 'searchPlaceholder')}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && combo.active >= 0 ? optionId(combo.active) : undefined}
        value={query}
        onChange={(e) => {
          const q = e.target.value;
          setQuery(q);
          setCombo(onQueryChange(q));
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setCombo(CLOSED)}
        onFocus={() => setCombo(onQueryChange(query))}
      />
      <ul id={listId} role="listbox" aria-label={tx(lang, 'search')} className="searchbox-list" hidden={!expanded}>
        {expanded
          ? results.map((r, i) => (
              <SearchOption
                key={`${r.level}-${r.code}`}
                lang={lang}
                result={r}
                id={optionId(i)}
                active={i === combo.active}
                onChoose={() => choose(r)}
                onHover={() => setCombo({ open: true, active: i })}
              />
            ))
          : null}
      </ul>
      <span className="visually-hidden" role="status" aria-live="polite">
        {status}
      </span>
    </div>
  );
}
