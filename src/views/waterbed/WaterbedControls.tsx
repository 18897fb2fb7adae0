/**
 * Form of the waterbed comparison: targets (added on the map, removable here), indicator, from/to year, rook/queen,
 * second ring, flag threshold, and the Compare button. Native controls only (keyboard operable). Controlled:
 * `value` in, `onChange(next)` out; `onSubmit(value)` only when the form is valid and not busy. The button is
 * disabled with its reason shown next to it; field problems are also shown at the field (aria-invalid).
 */
import { useId, type FormEvent } from 'react';
import type { Lang } from '../../app/i18n';
import { tw } from '../../app/i18n-waterbed';
import type { Bilingual } from '../../engine/waterbed';
import { ThresholdField, useThresholdText } from './ThresholdField';
import { messageText, parseThreshold, removeTarget, validateForm, type FormField, type WaterbedForm } from './waterbed-model';
import { ContiguityField, IndicatorOptions, Ring2Field, WeightingField, type IndicatorOption } from './WaterbedFields';
import { WaterbedSubmit } from './WaterbedSubmit';
import { WaterbedTargets } from './WaterbedTargets';
import { WaterbedYears } from './WaterbedYears';
import './waterbed.css';

export type { IndicatorOption } from './WaterbedFields';

export interface WaterbedControlsProps {
  lang: Lang;
  value: WaterbedForm;
  options: { indicators: readonly IndicatorOption[]; years: readonly number[] };
  onChange: (next: WaterbedForm) => void;
  onSubmit: (form: WaterbedForm) => void;
  /** A comparison is running: the button is disabled and says so. */
  busy?: boolean;
  /** The last comparison failed (e.g. WaterbedError.messages from the worker). */
  error?: Bilingual | string | null;
}

const INLINE_FIELDS: readonly FormField[] = ['from', 'to', 'threshold'];

export function WaterbedControls({ lang, value, options, onChange, onSubmit, busy = false, error = null }: WaterbedControlsProps) {
  const id = useId();
  const [thresholdText, setThresholdText] = useThresholdText(value.threshold);
  const check = validateForm(value, options.years);
  const problem = check.ok ? null : check;
  const inline = problem && INLINE_FIELDS.includes(problem.field) ? problem : null;
  const reasonId = `${id}-reason`;
  const disabled = busy || problem !== null;
  const describedBy = problem ? (inline ? `${id}-${inline.field === 'threshold' ? 'threshold' : 'years'}-msg` : reasonId) : undefined;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!disabled) onSubmit(value);
  };
  const indicatorKnown = options.indicators.some((o) => o.id === value.indicator);
  const chosen = options.indicators.find((o) => o.id === value.indicator);
  const isIndex = chosen?.kind === 'index';

  return (
    <form className="waterbed-controls" aria-busy={busy || undefined} onSubmit={submit} noValidate>
      <WaterbedTargets
        lang={lang}
        targets={value.targets}
        hintId={`${id}-targets-hint`}
        onRemove={(code) => onChange(removeTarget(value, code))}
      />
      <label className="field">
        {tw(lang, 'indicator')}
        <select name="waterbedIndicator" value={value.indicator} onChange={(e) => onChange({ ...value, indicator: e.target.value })}>
          {!indicatorKnown ? <option value={value.indicator}>—</option> : null}
          <IndicatorOptions lang={lang} indicators={options.indicators} />
        </select>
      </label>
      <WaterbedYears
        lang={lang}
        id={id}
        value={value}
        years={options.years}
        problem={inline && inline.field !== 'threshold' ? inline : null}
        note={messageText(lang, chosen?.yearsNote)}
        onChange={onChange}
      />
      <ContiguityField lang={lang} id={id} value={value.contiguity} onChange={(contiguity) => onChange({ ...value, contiguity })} />
      {isIndex ? null : (
        <WeightingField lang={lang} id={id} value={value.weighting} onChange={(weighting) => onChange({ ...value, weighting })} />
      )}
      <Ring2Field lang={lang} checked={value.ring2} onChange={(ring2) => onChange({ ...value, ring2 })} />
      {isIndex ? null : (
        <ThresholdField
          lang={lang}
          id={id}
          kind={chosen?.kind}
          text={thresholdText}
          problem={inline?.field === 'threshold' ? inline : null}
          onText={(text) => {
            setThresholdText(text);
            onChange({ ...value, threshold: parseThreshold(text) });
          }}
        />
      )}
      <WaterbedSubmit
        lang={lang}
        busy={busy}
        disabled={disabled}
        describedBy={describedBy}
        reason={problem && !inline ? { id: reasonId, text: problem.message[lang] } : null}
        errorText={messageText(lang, error)}
      />
    </form>
  );
}
