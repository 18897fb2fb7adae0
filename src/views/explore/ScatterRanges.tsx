/**
 * Keyboard alternative to the scatter plot's 2-D brush: one RangePair per axis over STEPS steps; whole ranges on
 * both axes mean no brush. Controlled: `steps` (null = no brush) in, onChange(next) out.
 */
import { formatValue, type Lang } from '../../app/i18n';
import type { Unit } from '../../data/variables';
import { RangePair } from '../keyboard/RangePair';
import { stepValue } from '../keyboard/range-model';
import { tk, tkf } from '../keyboard/strings';
import { STEPS, type Pair } from './scatter-layout';
import type { BrushSteps } from './useScatterBrush';

export interface ScatterRangesProps {
  lang: Lang;
  xLabel: string;
  yLabel: string;
  xUnit: Unit;
  yUnit: Unit;
  /** Data domains of the axes. */
  xd: Pair;
  yd: Pair;
  steps: BrushSteps | null;
  onChange: (next: BrushSteps) => void;
}

export function ScatterRanges({ lang, xLabel, yLabel, xUnit, yUnit, xd, yd, steps, onChange }: ScatterRangesProps) {
  const shownSteps = steps ?? { x: [0, STEPS] as Pair, y: [0, STEPS] as Pair };
  return (
    <fieldset className="range-inputs">
      <legend>{tk(lang, 'scatterRange')}</legend>
      <RangePair
        lang={lang}
        label={tkf(lang, 'xAxis', { label: xLabel })}
        name="scatter-x"
        max={STEPS}
        pair={shownSteps.x}
        valueText={(k) => formatValue(lang, stepValue(xd, STEPS, k), xUnit)}
        onChange={(p) => onChange({ x: p, y: shownSteps.y })}
      />
      <RangePair
        lang={lang}
        label={tkf(lang, 'yAxis', { label: yLabel })}
        name="scatter-y"
        max={STEPS}
        pair={shownSteps.y}
        valueText={(k) => formatValue(lang, stepValue(yd, STEPS, k), yUnit)}
        onChange={(p) => onChange({ x: shownSteps.x, y: p })}
      />
    </fieldset>
  );
}
