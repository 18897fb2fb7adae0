/**
 * The legend of the map with its class settings (method, classes, breaks, palette, scope; open state in the link)
 * and the notes on what the shown values are.
 */
import type { CatalogVariable } from '../data/catalog';
import type { Unit } from '../data/variables';
import { ClassificationControls } from '../views/explore/ClassificationControls';
import type { ClassificationSettings } from '../views/explore/classification-model';
import { Legend } from '../views/map/Legend';
import type { LegendItem } from '../views/map/legend-items';
import { t, type Lang } from './i18n';

export interface ClassPanelProps {
  lang: Lang;
  label: string;
  unit: Unit;
  year: number;
  scope: string;
  items: LegendItem[];
  settings: ClassificationSettings;
  onSettings: (c: ClassificationSettings) => void;
  breaks: number[] | undefined;
  colors: readonly string[];
  open: boolean;
  onOpen: (open: boolean) => void;
  /** The map shows the location quotient of the group instead of the variable. */
  lq: boolean;
  variable: CatalogVariable;
  /** The map shows the wijken of one gemeente (names the class scope in the settings). */
  inGemeente?: boolean;
}

export function ClassPanel(p: ClassPanelProps) {
  const { lang } = p;
  return (
    <>
      <Legend lang={lang} title={p.label} unit={p.unit} year={p.year} scope={p.scope} items={p.items} />
      <details className="class-settings" open={p.open} onToggle={(e) => p.onOpen(e.currentTarget.open)}>
        <summary>{t(lang, 'classSettings')}</summary>
        <ClassificationControls
          lang={lang}
          value={p.settings}
          onChange={p.onSettings}
          suggestedBreaks={p.breaks}
          previewColors={p.colors}
          inGemeente={p.inGemeente}
        />
      </details>
      {p.lq ? (
        <p className="muted small">{t(lang, 'lqNote')}</p>
      ) : p.variable.note ? (
        <p className="muted small">{p.variable.note[lang]}</p>
      ) : null}
      {!p.lq && p.variable.kind === 'share' ? <p className="muted small">{t(lang, 'approxNote')}</p> : null}
    </>
  );
}
