/**
 * The selected area's detail panel, or — when another area of the same level is pinned — the two compared
 * (ComparePanel). The detail panel offers pinning the shown area; while the pinned area is the only one, a hint says
 * what to do next. Pinning lives in the view state (`compare`, `naast` in the URL).
 */
import { buildCompareRows } from '../views/compare/compare-model';
import { CompareHint, ComparePanel } from '../views/compare/ComparePanel';
import { cx } from '../views/compare/strings';
import type { DetailRow } from '../views/explore/detail-model';
import type { SelectionInfo } from '../features/buurt/selection';
import type { Lang } from './i18n';
import { tx } from './i18n-explore';
import { DetailPanel } from './lazy-views';
import type { Pinned } from './use-compare';
import type { ViewState } from './url-state';

export interface DetailOrCompareProps {
  lang: Lang;
  state: ViewState;
  update: (patch: Partial<ViewState>) => void;
  detail: readonly DetailRow[] | null;
  selection: SelectionInfo & { level: 'gemeente' | 'wijk' | 'buurt' };
  gemeenteName: string | null;
  pinned: Pinned | null;
}

export function DetailOrCompare({ lang, state, update, detail, selection, gemeenteName, pinned }: DetailOrCompareProps) {
  const stop = () => update({ compare: null });
  const name = selection.name ?? state.selected ?? '';
  if (pinned && state.selected && detail && state.selected !== pinned.code && pinned.level === selection.level)
    return (
      <ComparePanel
        lang={lang}
        year={state.year}
        pinnedName={pinned.name}
        selectedName={name}
        rows={buildCompareRows(pinned.rows, detail)}
        onStop={stop}
      />
    );
  const hint = pinned
    ? cx(lang, pinned.level === selection.level || !state.selected ? 'pinnedHint' : 'otherLevel', {
        name: pinned.name,
        level: tx(lang, `level_${pinned.level}`),
      })
    : null;
  const pin = () => update({ compare: state.selected });
  if (!state.selected || !detail) return hint ? <CompareHint lang={lang} text={hint} onStop={stop} /> : null;
  return (
    <DetailPanel
      lang={lang}
      name={name}
      level={selection.level}
      gemeenteName={selection.level === 'gemeente' ? null : gemeenteName}
      year={state.year}
      rows={detail}
      onClose={() => update({ selected: null })}
      subtitle={selection.subtitle}
      actions={
        // One button whose text and action toggle, so keyboard focus stays on it.
        <div className="compare-actions">
          <button type="button" className="compare-pin" onClick={pinned ? stop : pin}>
            {cx(lang, pinned ? 'stop' : 'pin')}
          </button>
          {hint ? <p className="small muted">{hint}</p> : null}
        </div>
      }
    />
  );
}
