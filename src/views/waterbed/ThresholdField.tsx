/**
 * The flag threshold of the waterbed form: a number input in points of a share or points of percent growth, its hint,
 * and a threshold problem at the field. The text is kept as typed (`text`), the parsed number goes to the form.
 */
import { useEffect, useState } from 'react';
import type { Lang } from '../../app/i18n';
import { tw, type WaterbedKey } from '../../app/i18n-waterbed';
import { parseThreshold, type FormField } from './waterbed-model';

/** The threshold's unit: points of a share, or points of percent growth for counts and means. */
function thresholdUnit(kind: string | undefined): WaterbedKey {
  return kind === undefined || kind === 'share' ? 'pp' : 'ppGrowth';
}

/** The threshold as typed; follows a threshold set from outside (e.g. a reset), unless the text already says it. */
export function useThresholdText(threshold: number): [string, (text: string) => void] {
  const [text, setText] = useState(() => (Number.isFinite(threshold) ? String(threshold) : ''));
  useEffect(() => {
    setText((cur) => (Number.isFinite(threshold) && parseThreshold(cur) !== threshold ? String(threshold) : cur));
  }, [threshold]);
  return [text, setText];
}

export interface ThresholdFieldProps {
  lang: Lang;
  id: string;
  /** The indicator's kind (see IndicatorOption.kind). */
  kind: string | undefined;
  text: string;
  /** The threshold problem to show here, or null. */
  problem: { field: FormField; message: Readonly<Record<Lang, string>> } | null;
  onText: (text: string) => void;
}

export function ThresholdField({ lang, id, kind, text, problem, onText }: ThresholdFieldProps) {
  const hintId = `${id}-threshold-hint`;
  const msgId = `${id}-threshold-msg`;
  return (
    <>
      <label className="field">
        {tw(lang, 'threshold')} ({tw(lang, thresholdUnit(kind))})
        <input
          name="waterbedThreshold"
          type="number"
          inputMode="decimal"
          min={0}
          step={0.5}
          value={text}
          aria-invalid={problem !== null || undefined}
          aria-describedby={problem ? `${hintId} ${msgId}` : hintId}
          onChange={(e) => onText(e.target.value)}
        />
      </label>
      <p id={hintId} className="muted small">
        {tw(lang, 'thresholdHint')}
      </p>
      {problem ? (
        <p id={msgId} className="field-error" role="alert">
          {problem.message[lang]}
        </p>
      ) : null}
    </>
  );
}
