/** The units of the gemeente as a filterable checkbox list: the keyboard alternative to clicking the map. */
import { useState } from 'react';
import type { Lang } from '../../app/i18n';
import type { ScenarioLevel } from '../../engine/scenario';
import { ts, tsf } from './strings';
import type { UnitName } from './use-gemeente-units';

export interface TargetPickerProps {
  lang: Lang;
  level: ScenarioLevel;
  units: UnitName[] | null;
  chosen: readonly string[];
  onToggle: (code: string) => void;
}

export function TargetPicker({ lang, level, units, chosen, onToggle }: TargetPickerProps) {
  const [query, setQuery] = useState('');
  const q = query.trim().toLowerCase();
  const shown = units?.filter((u) => !q || u.name.toLowerCase().includes(q) || u.code.toLowerCase().includes(q)) ?? null;
  const levelName = ts(lang, level === 'wijk' ? 'level_wijk' : 'level_buurt');
  return (
    <div className="scenario-picker">
      <input
        type="search"
        name="unitFilter"
        aria-label={tsf(lang, 'filterUnits', { level: levelName })}
        placeholder={tsf(lang, 'filterUnits', { level: levelName })}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {shown === null ? (
        <p className="muted small">{ts(lang, 'unitsLoading')}</p>
      ) : shown.length === 0 ? (
        <p className="muted small">{ts(lang, 'unitsNone')}</p>
      ) : (
        <ul className="scenario-unit-list">
          {shown.map((u) => (
            <li key={u.code}>
              <label className="check">
                <input type="checkbox" value={u.code} checked={chosen.includes(u.code)} onChange={() => onToggle(u.code)} />
                {u.name} <span className="muted small">{u.code}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
