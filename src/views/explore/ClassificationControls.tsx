/**
 * Classification controls: method, number of classes, palette (with preview), colour centre for diverging
 * palettes, scope, and manual breaks with validation. Native form controls only, so everything is keyboard operable.
 * Controlled: `value` in, `onChange(next)` out; manual breaks are passed on only when they are valid.
 */
import { useEffect, useId, useState } from 'react';
import type { Lang } from '../../app/i18n';
import { tx, txf, type ExploreKey } from '../../app/i18n-explore';
import { CLASS_METHODS, MAX_CLASSES, MIN_CLASSES, validateBreaks, type ClassMethod } from '../../engine/classify';
import {
  breaksErrorText,
  formatBreaksText,
  parseBreaksText,
  type ClassificationSettings,
  type ClassScope,
  type ColourCentre,
} from './classification-model';
import { colorsFor, isDiverging, isPaletteId, PALETTES } from './palettes';

export interface ClassificationControlsProps {
  lang: Lang;
  value: ClassificationSettings;
  onChange: (next: ClassificationSettings) => void;
  /** Breaks of the current automatic classification: the starting point when the user switches to manual. */
  suggestedBreaks?: readonly number[];
  /** The colours actually in use (one per class), shown as the preview; default the palette's k colours. */
  previewColors?: readonly string[];
}

const CLASS_COUNTS = Array.from({ length: MAX_CLASSES - MIN_CLASSES + 1 }, (_, i) => MIN_CLASSES + i);
const SCOPES: readonly ClassScope[] = ['view', 'country'];
const CENTRES: readonly ColourCentre[] = ['national', 'zero'];

export function ClassificationControls({ lang, value, onChange, suggestedBreaks, previewColors }: ClassificationControlsProps) {
  const id = useId();
  const [text, setText] = useState(() => formatBreaksText(value.manualBreaks, lang));
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  // Keep the text in step when the breaks change from outside (e.g. from the URL), unless it already says the same.
  useEffect(() => {
    setText((cur) => {
      const parsed = parseBreaksText(cur, lang);
      const same = parsed.ok && parsed.breaks.join() === value.manualBreaks.join();
      return same || value.manualBreaks.length === 0 ? cur : formatBreaksText(value.manualBreaks, lang);
    });
  }, [value.manualBreaks, lang]);

  const setMethod = (method: ClassMethod) => {
    if (method === 'manual' && value.manualBreaks.length === 0 && suggestedBreaks) {
      const seed = parseBreaksText(formatBreaksText(suggestedBreaks, lang), lang);
      if (seed.ok) {
        setText(formatBreaksText(seed.breaks, lang));
        setMessage(null);
        onChange({ ...value, method, manualBreaks: seed.breaks });
        return;
      }
    }
    onChange({ ...value, method });
  };

  const onBreaksText = (next: string) => {
    setText(next);
    const r = parseBreaksText(next, lang);
    if (!r.ok) {
      setMessage({ error: true, text: breaksErrorText(lang, r.error) });
      return;
    }
    setMessage(r.duplicatesRemoved > 0 ? { error: false, text: txf(lang, 'breaks_duplicates', { n: r.duplicatesRemoved }) } : null);
    onChange({ ...value, manualBreaks: r.breaks });
  };

  const manual = value.method === 'manual';
  const manualValid = validateBreaks(value.manualBreaks).ok;
  const k = manual && manualValid ? value.manualBreaks.length + 1 : value.k;
  const preview = previewColors?.length ? previewColors : colorsFor(value.palette, k);
  const hintId = `${id}-hint`;
  const msgId = `${id}-msg`;

  return (
    <fieldset className="classification-controls">
      <legend>{tx(lang, 'classification')}</legend>
      <label>
        {tx(lang, 'method')}
        <select name="classMethod" value={value.method} onChange={(e) => setMethod(e.target.value as ClassMethod)}>
          {CLASS_METHODS.map((m) => (
            <option key={m} value={m}>
              {tx(lang, `method_${m}` as ExploreKey)}
            </option>
          ))}
        </select>
      </label>
      {value.method === 'stddev' ? <p className="muted small">{tx(lang, 'stddevNote')}</p> : null}
      <label>
        {tx(lang, 'classCount')}
        <select name="classCount" value={k} disabled={manual} onChange={(e) => onChange({ ...value, k: Number(e.target.value) })}>
          {(CLASS_COUNTS.includes(k) ? CLASS_COUNTS : [...CLASS_COUNTS, k]).map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      {manual ? (
        <label>
          {tx(lang, 'manualBreaks')}
          <input
            name="manualBreaks"
            type="text"
            inputMode="decimal"
            autoComplete="off"
            spellCheck={false}
            value={text}
            aria-invalid={message?.error ? true : undefined}
            aria-describedby={message ? `${hintId} ${msgId}` : hintId}
            onChange={(e) => onBreaksText(e.target.value)}
          />
          <span id={hintId} className="muted small">
            {tx(lang, 'manualHint')}
          </span>
          {message ? (
            <span id={msgId} className={message.error ? 'field-error small' : 'muted small'} role={message.error ? 'alert' : 'status'}>
              {message.text}
            </span>
          ) : null}
        </label>
      ) : null}
      <label>
        {tx(lang, 'palette')}
        <select
          name="palette"
          value={value.palette}
          onChange={(e) => isPaletteId(e.target.value) && onChange({ ...value, palette: e.target.value })}
        >
          {(['sequential', 'diverging'] as const).map((kind) => (
            <optgroup key={kind} label={tx(lang, kind === 'sequential' ? 'paletteSequential' : 'paletteDiverging')}>
              {PALETTES.filter((p) => p.kind === kind).map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <span className="palette-preview" aria-hidden="true" data-palette={value.palette}>
        {preview.map((c, i) => (
          <span key={`${i}-${c}`} className="swatch" style={{ background: c }} />
        ))}
      </span>
      {isDiverging(value.palette) ? (
        <label>
          {tx(lang, 'centre')}
          <select name="colourCentre" value={value.centre} onChange={(e) => onChange({ ...value, centre: e.target.value as ColourCentre })}>
            {CENTRES.map((c) => (
              <option key={c} value={c}>
                {tx(lang, c === 'national' ? 'centre_national' : 'centre_zero')}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <label>
        {tx(lang, 'scope')}
        <select name="classScope" value={value.scope} onChange={(e) => onChange({ ...value, scope: e.target.value as ClassScope })}>
          {SCOPES.map((s) => (
            <option key={s} value={s}>
              {tx(lang, s === 'view' ? 'scope_view' : 'scope_country')}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
