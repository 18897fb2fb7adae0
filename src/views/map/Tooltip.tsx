import { formatValue, type Lang } from '../../app/i18n';
import type { Unit } from '../../data/variables';

export interface TooltipProps {
  x: number;
  y: number;
  name: string;
  label: string;
  value: number | null;
  unit: Unit;
  year: number;
  lang: Lang;
}

/** Hover card: name, indicator value with unit, and year. */
export function Tooltip({ x, y, name, label, value, unit, year, lang }: TooltipProps) {
  return (
    <div className="tooltip" role="tooltip" style={{ left: x + 12, top: y + 12 }}>
      <strong className="tt-name">{name}</strong>
      <div>
        {label}: <span className="tt-value">{formatValue(lang, value, unit)}</span>
      </div>
      <div className="muted tt-year">{year}</div>
    </div>
  );
}
