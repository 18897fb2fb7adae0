/**
 * Two labelled range inputs (from, to) over step indices 0..max: the keyboard alternative to a mouse brush along
 * one axis. Arrow keys, Page Up/Down, Home and End move a bound; the shown value (and the screen reader's value
 * text) is the data value of the step. The pair stays ordered (see range-model). Controlled: the parent owns the pair.
 */
import { useId } from 'react';
import type { Lang } from '../../app/i18n';
import { orderPair } from './range-model';
import { tk } from './strings';
import './keyboard.css';

export interface RangePairProps {
  lang: Lang;
  /** Name of the axis, e.g. the variable label; prefixed to each input's label. */
  label: string;
  max: number;
  pair: readonly [number, number];
  /** Formatted data value of a step index. */
  valueText: (k: number) => string;
  onChange: (pair: [number, number]) => void;
  /** Name prefix of the inputs (for tests and forms). */
  name: string;
  /** Show the axis name before the inputs (default true; it always names the group for screen readers). */
  showLabel?: boolean;
}

export function RangePair({ lang, label, max, pair, valueText, onChange, name, showLabel = true }: RangePairProps) {
  const id = useId();
  const input = (which: 'lo' | 'hi') => {
    const k = which === 'lo' ? pair[0] : pair[1];
    const text = valueText(k);
    const inputId = `${id}-${which}`;
    return (
      <div className="range-bound">
        <label htmlFor={inputId}>
          <span className="visually-hidden">{label}: </span>
          {tk(lang, which === 'lo' ? 'rangeFrom' : 'rangeTo')}
        </label>
        <input
          id={inputId}
          type="range"
          name={`${name}-${which}`}
          min={0}
          max={max}
          step={1}
          value={k}
          aria-valuetext={text}
          onChange={(e) => {
            const v = Number(e.target.value);
            onChange(which === 'lo' ? orderPair(v, pair[1], max, 'lo') : orderPair(pair[0], v, max, 'hi'));
          }}
        />
        <output htmlFor={inputId} className="range-value">
          {text}
        </output>
      </div>
    );
  };
  return (
    <div className="range-pair" role="group" aria-label={label}>
      {showLabel ? (
        <span className="range-axis" aria-hidden="true">
          {label}
        </span>
      ) : null}
      {input('lo')}
      {input('hi')}
    </div>
  );
}
