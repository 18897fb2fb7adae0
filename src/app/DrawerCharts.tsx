/**
 * The charts tab of the panel under the map: the histogram of the shown variable and the scatter plot against the
 * chosen y variable, linked by one brushed selection and one highlighted unit; points in their map class colour.
 */
import { useMemo } from 'react';
import type { Catalog } from '../data/catalog';
import type { UnitValue } from '../data/queries';
import type { Unit } from '../data/variables';
import { NO_DATA_COLOR } from '../views/map/palette';
import type { Lang } from './i18n';
import { Histogram, Scatter } from './lazy-views';

export interface DrawerChartsProps {
  lang: Lang;
  catalog: Catalog;
  yVariable: string;
  shown: UnitValue[];
  yRows: UnitValue[] | null;
  shownLabel: string;
  shownUnit: Unit;
  classes: Map<string, number> | null;
  colors: string[];
  breaks: number[] | undefined;
  highlighted: string | null;
  brushed: ReadonlySet<string> | null;
  onBrush: (codes: string[]) => void;
  onChartHover: (code: string | null) => void;
  onSelectUnit: (code: string) => void;
}

export function DrawerCharts(p: DrawerChartsProps) {
  const { lang } = p;
  const colorOf = useMemo(() => (code: string) => p.colors[p.classes?.get(code) ?? -1] ?? NO_DATA_COLOR, [p.classes, p.colors]);
  const scatter = useMemo(() => {
    if (!p.yRows) return [];
    const y = new Map(p.yRows.map((r) => [r.code, r.value]));
    return p.shown.flatMap((r) => {
      const yv = y.get(r.code);
      return r.value !== null && yv !== null && yv !== undefined ? [{ code: r.code, name: r.name, x: r.value, y: yv }] : [];
    });
  }, [p.shown, p.yRows]);
  const yVar = p.catalog.variables.find((v) => v.id === p.yVariable);
  return (
    <div className="charts">
      <Histogram
        lang={lang}
        label={p.shownLabel}
        unit={p.shownUnit}
        items={p.shown}
        highlighted={p.highlighted}
        selected={p.brushed}
        breaks={p.breaks}
        colors={p.colors}
        onBrush={p.onBrush}
      />
      <Scatter
        lang={lang}
        xLabel={p.shownLabel}
        yLabel={yVar?.label[lang] ?? p.yVariable}
        xUnit={p.shownUnit}
        yUnit={yVar?.unit ?? 'count'}
        data={scatter}
        highlighted={p.highlighted}
        selected={p.brushed}
        colorOf={colorOf}
        onBrush={p.onBrush}
        onHover={p.onChartHover}
        onSelect={p.onSelectUnit}
      />
    </div>
  );
}
