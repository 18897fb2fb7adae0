/**
 * Segregation by scale, per gemeente: the same index over its wijken and over its buurten as two dots on one line
 * (a dumbbell chart, ScalePlot.tsx), every gemeente named, sortable. A table with the same numbers is the text
 * alternative (ScaleTable.tsx). Draws only; the caller computes the values.
 */
import { useMemo, useState } from 'react';
import type { Lang } from '../../app/i18n';
import { tb, tbf } from './strings';
import { SvgDownload } from '../../views/picture/SvgDownload';
import { SCALE_COLORS, sortScaleItems, SORTS, type ScaleItem, type ScaleSort } from './scale-model';
import { ScalePlot } from './ScalePlot';
import { ScaleTable } from './ScaleTable';

export { SCALE_COLORS, sortScaleItems, type ScaleItem, type ScaleSort } from './scale-model';

export interface ScaleChartProps {
  lang: Lang;
  title: string;
  items: readonly ScaleItem[];
  selected: string | null;
  onSelect: (code: string) => void;
}

export function ScaleChart({ lang, title, items, selected, onSelect }: ScaleChartProps) {
  const [by, setBy] = useState<ScaleSort>('buurt');
  const sorted = useMemo(() => sortScaleItems(items, by, lang), [items, by, lang]);
  return (
    <figure className="scale-chart">
      <figcaption>
        <strong>{title}</strong> · {tbf(lang, 'scaleGemeenten', { n: items.filter((d) => d.wijk !== null && d.buurt !== null).length })}
        <SvgDownload
          lang={lang}
          title={title}
          name="scale"
          chartKey={[
            { label: tb(lang, 'overWijken'), color: SCALE_COLORS.wijk },
            { label: tb(lang, 'overBuurten'), color: SCALE_COLORS.buurt },
          ]}
        />
      </figcaption>
      <div className="scale-controls">
        <label>
          {tb(lang, 'scaleSort')}{' '}
          <select name="scaleSort" value={by} onChange={(e) => setBy(e.target.value as ScaleSort)}>
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {tb(lang, `sort_${s}`)}
              </option>
            ))}
          </select>
        </label>
        <span className="scale-key">
          <span className="dot" style={{ background: SCALE_COLORS.wijk }} /> {tb(lang, 'overWijken')}{' '}
          <span className="dot" style={{ background: SCALE_COLORS.buurt }} /> {tb(lang, 'overBuurten')}
        </span>
      </div>
      <p className="muted small">{tb(lang, 'scaleRead')}</p>
      <div className="scale-scroll" tabIndex={0} role="region" aria-label={title}>
        <ScalePlot lang={lang} title={title} items={sorted} selected={selected} onSelect={onSelect} />
      </div>
      <ScaleTable lang={lang} title={title} items={sorted} onSelect={onSelect} />
    </figure>
  );
}
