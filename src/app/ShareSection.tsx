/**
 * The foot of the side panel: the source credit, the map as a picture for slides, the embed code and the presenter
 * story editor. Everything a user takes out of the app besides the data exports.
 */
import { t, type Lang } from './i18n';
import type { Unit } from '../data/variables';
import type { LegendItem } from '../views/map/legend-items';
import { MapPicture } from '../views/picture/MapPicture';
import { StoryEditor } from '../features/presenter/StoryEditor';
import type { StoryApi } from '../features/presenter/use-story';
import { EmbedCode } from './share/EmbedCode';
import { serializeState, type ViewState } from './url-state';

export interface ShareSectionProps {
  lang: Lang;
  /** The state the link and embed code hold (the view plus the live waterbed set-up). */
  linkState: ViewState;
  label: string;
  unit: Unit;
  gemeenteName: string | null;
  items: readonly LegendItem[];
  scope: string;
  story: StoryApi;
  onAddStep: () => void;
}

export function ShareSection({ lang, linkState, label, unit, gemeenteName, items, scope, story, onAddStep }: ShareSectionProps) {
  const title = `${label} (${linkState.year})`;
  return (
    <>
      <p className="credit small">{t(lang, 'credit')}</p>
      <MapPicture
        lang={lang}
        label={label}
        year={linkState.year}
        level={linkState.level}
        areaName={gemeenteName}
        unit={unit}
        items={items}
        scope={scope}
        credit={t(lang, 'credit')}
      />
      <EmbedCode key={serializeState(linkState)} lang={lang} state={linkState} title={title} />
      <StoryEditor lang={lang} api={story} onAdd={onAddStep} onStart={() => story.go(0)} />
    </>
  );
}
