/** The top bar: title, mode switch, search, presenter toggle and language. */
import { SearchBox } from '../views/explore/SearchBox';
import { LANGS, t, type Lang } from './i18n';
import type { SearchResult } from './search-index';
import type { Reference } from './use-reference';
import type { ViewState } from './url-state';

export interface TopBarProps {
  state: ViewState;
  reference: Reference | null;
  onSearch: (r: SearchResult) => void;
  update: (patch: Partial<ViewState>) => void;
}

export function TopBar({ state, reference, onSearch, update }: TopBarProps) {
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
      {reference ? <SearchBox lang={lang} search={reference.search.search} onSelect={onSearch} /> : null}
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
