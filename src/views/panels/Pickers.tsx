import type { Catalog, Level } from '../../data/catalog';
import { t, type Lang } from '../../app/i18n';
import { variablesFor, yearsFor, type ViewState } from '../../app/url-state';

export interface PickersProps {
  lang: Lang;
  catalog: Catalog;
  state: ViewState;
  onChange: (patch: Partial<ViewState>) => void;
}

/** Level, indicator and year pickers offering only combinations that exist in the catalogue. */
export function Pickers({ lang, catalog, state, onChange }: PickersProps) {
  const levels: Level[] = (['gemeente', 'wijk'] as const).filter((l) => variablesFor(catalog, l).length > 0);
  if (state.level === 'buurt') levels.push('buurt'); // a gemeente's buurt map (imported boundaries)
  const vars = variablesFor(catalog, state.level);
  const years = yearsFor(catalog, state.level, state.variable);
  const label = (id: string) => catalog.variables.find((v) => v.id === id)?.label[lang] ?? id;
  const imported = catalog.variables.find((v) => v.id === state.variable)?.imported?.[state.level] ?? [];
  return (
    <form className="pickers" onSubmit={(e) => e.preventDefault()}>
      <label>
        {t(lang, 'level')}
        <select name="level" value={state.level} onChange={(e) => onChange({ level: e.target.value as Level, gemeente: null })}>
          {levels.map((l) => (
            <option key={l} value={l}>
              {t(lang, l === 'gemeente' ? 'level_gemeente' : l === 'buurt' ? 'level_buurten' : 'level_wijk')}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t(lang, 'variable')}
        <select name="variable" value={state.variable} onChange={(e) => onChange({ variable: e.target.value })}>
          {vars.map((v) => (
            <option key={v} value={v}>
              {label(v)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t(lang, 'year')}
        <select name="year" value={state.year} onChange={(e) => onChange({ year: Number(e.target.value) })}>
          {years.map((y) => (
            <option key={y} value={y}>
              {imported.includes(y) ? `${y} (import)` : y}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}
