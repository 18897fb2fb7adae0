/** The top bar: title, mode switch, search, presenter toggle and language. */
import { SearchBox } from '../views/explore/SearchBox';
import { LANGS, t, type Lang } from './i18n';
import type { SearchIndex, SearchResult } from './search-index';
import type { ViewState } from './url-state';

export interface TopBarProps {
  state: ViewState;
  /** Null while the names load: the box is there (same size) and shows results once they are in. */
  search: SearchIndex | null;
  onSearch: (r: SearchResult) => void;
  update: (patch: Partial<ViewState>) => void;
}

const NO_RESULTS = (): SearchResult[] => [];

export function TopBar({ state, search, onSearch, update }: TopBarProps) {
  const lang = state.lang;
  return (
    <header className="topbar">
      <h1>{t(lang, 'title')}</h1>
      <p className="muted">{t(lang, 'subtitle')}</p>
      <div className="mode" role="group" aria-label={t(lang, 'modeLabel')}>
        {(['explore', 'waterbed'] as const).map((m) => (
          <button key={m} type="button" aria-pressed={state.mode === m} onClick={() => update({ mode: m })}>
            {t(lang, m === 'explore' ? 'modeExplore' : 'modeWaterbed')}
          </button>
        ))}
      </div>
      <SearchBox lang={lang} search={search?.search ?? NO_RESULTS} onSelect={onSearch} />
      <button type="button" className="present-toggle" aria-pressed={state.present} onClick={() => update({ present: !state.present })}>
        {t(lang, state.present ? 'presentOff' : 'presentOn')}
      </button>
      <div className="lang" role="group" aria-label={t(lang, 'language')}>
        {LANGS.map((l: Lang) => (
          <button key={l} type="button" aria-pressed={l === lang} onClick={() => update({ lang: l })}>
            {l.toUpperCase()}
          </button>
        ))}
      </div>
    </header>
  );
}
