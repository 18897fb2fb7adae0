/**
 * What the app shares with the outside: the embed API (the selected and hovered area posted to the host page, its
 * commands applied as clicks and picker changes) and the presenter story (steps applied in place; a step is the
 * current link with a title).
 */
import { useCallback, type Dispatch, type SetStateAction } from 'react';
import type { Catalog } from '../data/catalog';
import { levelOfCode } from '../features/buurt/selection';
import { useStory } from '../features/presenter/use-story';
import type { Notice } from './i18n';
import { useEmbedApi } from './share/use-embed-api';
import { serializeState, type ParsedState, type ViewState } from './url-state';

type Area = { code: string; name: string | null; value: number | null } | null;

export interface SharingDeps {
  catalog: Catalog;
  state: ViewState;
  setState: Dispatch<SetStateAction<ViewState>>;
  /** The state the link holds (the view plus the live waterbed set-up). */
  linkState: ViewState;
  addNotice: (n: Notice) => void;
  update: (patch: Partial<ViewState>) => void;
  select: (code: string) => void;
  selected: Area;
  hovered: Area;
  /** A story step's default title. */
  title: string;
}

export function useSharing(d: SharingDeps) {
  const { state, update, select, setState, addNotice } = d;
  const withLevel = (a: Area) => (a ? { ...a, level: levelOfCode(a.code) } : null);
  const embed = useEmbedApi({
    active: state.embed,
    catalog: d.catalog,
    state,
    selected: withLevel(d.selected),
    hovered: withLevel(d.hovered),
    // A wijk by code (a click can only pick one on the wijk map; the host may ask from any view).
    onSelect: (code) =>
      code === null
        ? update({ selected: null })
        : code.startsWith('WK')
          ? update({ level: 'wijk', gemeente: 'GM' + code.slice(2, 6), selected: code })
          : select(code),
    update,
  });
  const applyStep = useCallback(
    (p: ParsedState) => {
      setState(p.state);
      p.warnings.forEach(addNotice);
    },
    [addNotice, setState],
  );
  const story = useStory({ catalog: d.catalog, state, apply: applyStep });
  const addStoryStep = () => story.add(serializeState(d.linkState), d.title);
  return { embed, story, addStoryStep };
}
