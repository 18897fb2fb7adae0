/** The top bar: title, mode switch, search, presenter toggle and language. */
import { SearchBox } from '../views/explore/SearchBox';
import { LANGS, t, type Lang } from './i18n';
import type { SearchResult } from './search-index';
import { MODES, type ViewState } from './url-state';

const MODE_LABEL = { explore: 'modeExplore', waterbed: 'modeWaterbed', scenario: 'modeScenario' } as const;

export interface TopBarProps {
  state: ViewState;
  /**
   * Place search (gemeenten, wijken and, once loaded, buurten); null while the names load: the box is there (same
   * size) and shows results once they are in.
   */
  search: ((query: string, limit?: number) => SearchResult[]) | null;
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
        {MODES.map((m) => (
          <button key={m} type="button" aria-pressed={state.mode === m} onClick={() => update({ mode: m })}>
            {t(lang, MODE_LABEL[m])}
          </button>
        ))}
      </div>
      <SearchBox lang={lang} search={search ?? NO_RESULTS} onSelect={onSearch} />
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
