/** Presenter mode over the map: notices, the story bar, and a large legend with the waterbed summary. */
import { StoryBar } from '../features/presenter/StoryBar';
import type { StoryApi } from '../features/presenter/use-story';
import type { Unit } from '../data/variables';
import { Legend } from '../views/map/Legend';
import type { LegendItem } from '../views/map/legend-items';
import { Notices } from '../views/panels/Notices';
import type { Lang, Notice } from './i18n';

export interface PresentOverlayProps {
  lang: Lang;
  notices: Notice[];
  onDismiss: () => void;
  onAction: (n: Notice) => void;
  story: StoryApi;
  onAddStep: () => void;
  label: string;
  unit: Unit;
  year: number;
  scope: string;
  items: LegendItem[];
  /** The waterbed comparison's one-sentence summary, when one is shown. */
  summary: string | null;
}

export function PresentOverlay(p: PresentOverlayProps) {
  return (
    <>
      <Notices lang={p.lang} notices={p.notices} onDismiss={p.onDismiss} onAction={p.onAction} overlay />
      <StoryBar lang={p.lang} api={p.story} onAdd={p.onAddStep} />
      <div className="present-legend">
        <Legend lang={p.lang} title={p.label} unit={p.unit} year={p.year} scope={p.scope} items={p.items} />
        {p.summary ? <p className="present-summary">{p.summary}</p> : null}
      </div>
    </>
  );
}
