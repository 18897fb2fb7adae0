/**
 * Form of the waterbed comparison: targets (added on the map, removable here), indicator, from/to year, rook/queen,
 * second ring, flag threshold, and the Compare button. Native controls only (keyboard operable). Controlled:
 * `value` in, `onChange(next)` out; `onSubmit(value)` only when the form is valid and not busy. The button is
 * disabled with its reason shown next to it; field problems are also shown at the field (aria-invalid).
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { Lang } from '../../app/i18n';
import { tw, twf, type WaterbedKey } from '../../app/i18n-waterbed';
import type { Contiguity } from '../../engine/types';
import { WEIGHTING_CHOICES, type Bilingual, type WeightingChoice } from '../../engine/waterbed';
import { messageText, parseThreshold, removeTarget, validateForm, type FormField, type WaterbedForm } from './waterbed-model';
import './waterbed.css';

export interface IndicatorOption {
  id: string;
  label: string | Bilingual;
  /**
   * 'share' compares changes in percentage points; counts and means compare percent growth; 'index' is a
   * segregation index entry (listed in its own group; no threshold or boundary conversion).
   */
  kind?: string;
  /** Why only some years are offered (shown under the year pickers). */
  yearsNote?: string | Bilingual;
}

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

/** The threshold's unit: points of a share, or points of percent growth for counts and means. */
function thresholdUnit(kind: string | undefined): WaterbedKey {
  return kind === undefined || kind === 'share' ? 'pp' : 'ppGrowth';
}

const CONTIGUITIES: readonly Contiguity[] = ['queen', 'rook'];
const INLINE_FIELDS: readonly FormField[] = ['from', 'to', 'threshold'];

export function WaterbedControls({ lang, value, options, onChange, onSubmit, busy = false, error = null }: WaterbedControlsProps) {
  const id = useId();
  const [thresholdText, setThresholdText] = useState(() => (Number.isFinite(value.threshold) ? String(value.threshold) : ''));

  // Follow a threshold set from outside (e.g. a reset), unless the text already says the same number.
  useEffect(() => {
    setThresholdText((cur) =>
      Number.isFinite(value.threshold) && parseThreshold(cur) !== value.threshold ? String(value.threshold) : cur,
    );
  }, [value.threshold]);

  const check = validateForm(value, options.years);
  const problem = check.ok ? null : check;
  const inline = problem && INLINE_FIELDS.includes(problem.field) ? problem : null;
  const yearsMsgId = `${id}-years-msg`;
  const thresholdMsgId = `${id}-threshold-msg`;
  const reasonId = `${id}-reason`;
  const hintId = `${id}-targets-hint`;
  const disabled = busy || problem !== null;
  const describedBy = problem ? (inline ? (inline.field === 'threshold' ? thresholdMsgId : yearsMsgId) : reasonId) : undefined;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!disabled) onSubmit(value);
  };
  const yearOptions = (current: number) =>
    options.years.includes(current) ? options.years : [...options.years, current].sort((a, b) => a - b);
  const indicatorKnown = options.indicators.some((o) => o.id === value.indicator);
  const chosen = options.indicators.find((o) => o.id === value.indicator);
  const isIndex = chosen?.kind === 'index';
  const yearsNote = messageText(lang, chosen?.yearsNote);
  const yearsNoteId = `${id}-years-note`;
  const yearsDescribed = (field: FormField) =>
    [inline?.field === field ? yearsMsgId : '', yearsNote ? yearsNoteId : ''].filter(Boolean).join(' ') || undefined;
  const errorText = messageText(lang, error);

  return (
    <form className="waterbed-controls" aria-busy={busy || undefined} onSubmit={submit} noValidate>
      <fieldset>
        <legend>{tw(lang, 'targets')}</legend>
        {value.targets.length ? (
          <ul className="waterbed-targets">
            {value.targets.map((t) => (
              <li key={t.code} data-code={t.code}>
                <span>
                  {t.name} <span className="muted">({t.code})</span>
                </span>
                <button
                  type="button"
                  aria-label={twf(lang, 'removeTarget', { name: t.name, code: t.code })}
                  onClick={() => onChange(removeTarget(value, t.code))}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{tw(lang, 'noTargets')}</p>
        )}
        <p id={hintId} className="muted small">
          {tw(lang, 'targetsHint')}
        </p>
      </fieldset>

      <label className="field">
        {tw(lang, 'indicator')}
        <select name="waterbedIndicator" value={value.indicator} onChange={(e) => onChange({ ...value, indicator: e.target.value })}>
          {!indicatorKnown ? <option value={value.indicator}>—</option> : null}
          <IndicatorOptions lang={lang} indicators={options.indicators} />
        </select>
      </label>

      <div className="years">
        <label className="field">
          {tw(lang, 'fromYear')}
          <select
            name="waterbedFrom"
            value={value.from}
            aria-invalid={inline?.field === 'from' || undefined}
            aria-describedby={yearsDescribed('from')}
            onChange={(e) => onChange({ ...value, from: Number(e.target.value) })}
          >
            {yearOptions(value.from).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          {tw(lang, 'toYear')}
          <select
            name="waterbedTo"
            value={value.to}
            aria-invalid={inline?.field === 'to' || undefined}
            aria-describedby={yearsDescribed('to')}
            onChange={(e) => onChange({ ...value, to: Number(e.target.value) })}
          >
            {yearOptions(value.to).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
      </div>
      {yearsNote ? (
        <p id={yearsNoteId} className="muted small waterbed-years-note">
          {yearsNote}
        </p>
      ) : null}
      {inline && inline.field !== 'threshold' ? (
        <p id={yearsMsgId} className="field-error" role="alert">
          {inline.message[lang]}
        </p>
      ) : null}

      <fieldset>
        <legend>{tw(lang, 'contiguity')}</legend>
        {CONTIGUITIES.map((c) => (
          <label key={c}>
            <input
              type="radio"
              name={`${id}-contiguity`}
              value={c}
              checked={value.contiguity === c}
              onChange={() => onChange({ ...value, contiguity: c })}
            />{' '}
            {tw(lang, c === 'rook' ? 'contiguity_rook' : 'contiguity_queen')}
          </label>
        ))}
      </fieldset>

      {isIndex ? null : (
        <WeightingField lang={lang} id={id} value={value.weighting} onChange={(weighting) => onChange({ ...value, weighting })} />
      )}
      <label>
        <input
          type="checkbox"
          name="waterbedRing2"
          checked={value.ring2}
          onChange={(e) => onChange({ ...value, ring2: e.target.checked })}
        />{' '}
        {tw(lang, 'ring2')}
      </label>

      {isIndex ? null : (
        <>
          <label className="field">
            {tw(lang, 'threshold')} ({tw(lang, thresholdUnit(options.indicators.find((i) => i.id === value.indicator)?.kind))})
            <input
              name="waterbedThreshold"
              type="number"
              inputMode="decimal"
              min={0}
              step={0.5}
              value={thresholdText}
              aria-invalid={inline?.field === 'threshold' || undefined}
              aria-describedby={inline?.field === 'threshold' ? `${id}-threshold-hint ${thresholdMsgId}` : `${id}-threshold-hint`}
              onChange={(e) => {
                setThresholdText(e.target.value);
                onChange({ ...value, threshold: parseThreshold(e.target.value) });
              }}
            />
          </label>
          <p id={`${id}-threshold-hint`} className="muted small">
            {tw(lang, 'thresholdHint')}
          </p>
          {inline?.field === 'threshold' ? (
            <p id={thresholdMsgId} className="field-error" role="alert">
              {inline.message[lang]}
            </p>
          ) : null}
        </>
      )}

      <div className="submit-row">
        <button type="submit" disabled={disabled} aria-describedby={describedBy}>
          {busy ? tw(lang, 'computing') : tw(lang, 'compare')}
        </button>
        {problem && !inline ? (
          <span id={reasonId} className="muted small">
            {problem.message[lang]}
          </span>
        ) : null}
        <span className="visually-hidden" role="status" aria-live="polite">
          {busy ? tw(lang, 'computing') : ''}
        </span>
      </div>
      {errorText ? (
        <p className="waterbed-error" role="alert">
          {errorText}
        </p>
      ) : null}
    </form>
  );
}

function WeightingField({
  lang,
  id,
  value,
  onChange,
}: {
  lang: Lang;
  id: string;
  value: WeightingChoice;
  onChange: (w: WeightingChoice) => void;
}) {
  return (
    <>
      <label className="field">
        {tw(lang, 'weighting')}
        <select
          name="waterbedWeighting"
          value={value}
          aria-describedby={`${id}-weighting-hint`}
          onChange={(e) => onChange(e.target.value as WeightingChoice)}
        >
          {WEIGHTING_CHOICES.map((w) => (
            <option key={w} value={w}>
              {tw(lang, `weighting_${w}` as WaterbedKey)}
            </option>
          ))}
        </select>
      </label>
      <p id={`${id}-weighting-hint`} className="muted small">
        {tw(lang, 'weightingHint')}
      </p>
    </>
  );
}

/** The indicator options; segregation index entries in a group of their own. */
function IndicatorOptions({ lang, indicators }: { lang: Lang; indicators: readonly IndicatorOption[] }) {
  const label = (o: IndicatorOption) => (typeof o.label === 'string' ? o.label : o.label[lang]);
  const plain = indicators.filter((o) => o.kind !== 'index');
  const index = indicators.filter((o) => o.kind === 'index');
  const list = (os: readonly IndicatorOption[]) =>
    os.map((o) => (
      <option key={o.id} value={o.id}>
        {label(o)}
      </option>
    ));
  if (index.length === 0) return <>{list(plain)}</>;
  return (
    <>
      <optgroup label={tw(lang, 'indicatorsGroup')}>{list(plain)}</optgroup>
      <optgroup label={tw(lang, 'indexGroup')}>{list(index)}</optgroup>
    </>
  );
}
