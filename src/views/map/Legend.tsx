import type { Lang } from '../../app/i18n';
import { t } from '../../app/i18n';
import type { Unit } from '../../data/variables';
import { legendDigits, legendLabel, type LegendItem } from './legend-items';

export interface LegendProps {
  lang: Lang;
  title: string;
  unit: Unit;
  year: number;
  scope: string;
  items: LegendItem[];
  /** The legend's accessible name when another legend is on the page too (names of regions must differ). */
  label?: string;
}

/** Hatched swatch for no data, a dashed border for units outside a comparison, plain for a class. */
function swatchClass(cls: number): string {
  return cls === -1 ? 'swatch nodata' : cls < -1 ? 'swatch outside' : 'swatch';
}

export function Legend({ lang, title, unit, year, scope, items, label }: LegendProps) {
  const digits = legendDigits(items, unit);
  return (
    <section className="legend" aria-label={label ?? t(lang, 'legend')}>
      <h2>
        {title} <span className="muted">({year})</span>
      </h2>
      <ul>
        {items.map((it) => (
          <li key={it.cls} data-class={it.cls} data-color={it.color} data-from={it.from ?? undefined} data-to={it.to ?? undefined}>
            <span className={swatchClass(it.cls)} style={{ background: it.color }} aria-hidden="true" />
            <span className="range">{legendLabel(lang, it, unit, digits)}</span>
            <span className="count muted">{it.count}</span>
          </li>
        ))}
      </ul>
      <p className="muted small">{scope}</p>
    </section>
  );
}
