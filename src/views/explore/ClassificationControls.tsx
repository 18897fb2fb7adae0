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
  /** The map shows the wijken of one gemeente: "all areas" then means all its wijken, not the whole country. */
  inGemeente?: boolean;
}

const CLASS_COUNTS = Array.from({ length: MAX_CLASSES - MIN_CLASSES + 1 }, (_, i) => MIN_CLASSES + i);
const SCOPES: readonly ClassScope[] = ['view', 'country'];
const CENTRES: readonly ColourCentre[] = ['national', 'zero'];

/** Text of the manual-breaks field and its message; switching to manual seeds the breaks from the suggestion. */
function useManualBreaks(
  lang: Lang,
  value: ClassificationSettings,
  onChange: (next: ClassificationSettings) => void,
  suggestedBreaks: readonly number[] | undefined,
) {
  const [text, setText] = useState(() => formatBreaksText(value.manualBreaks, lang));
  const [message, setMessage] = useState<BreaksMessage | null>(null);

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

  return { text, message, setMethod, onBreaksText };
}

interface BreaksMessage {
  error: boolean;
  text: string;
}

interface FieldProps {
  lang: Lang;
  value: ClassificationSettings;
  onChange: (next: ClassificationSettings) => void;
}

function MethodField({ lang, value, setMethod }: Omit<FieldProps, 'onChange'> & { setMethod: (method: ClassMethod) => void }) {
  return (
    <>
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
    </>
  );
}

function ClassCountField({ lang, value, onChange, k, manual }: FieldProps & { k: number; manual: boolean }) {
  return (
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
  );
}

interface ManualBreaksFieldProps {
  lang: Lang;
  /** Prefix of the hint and message element ids. */
  id: string;
  text: string;
  message: BreaksMessage | null;
  onText: (next: string) => void;
}

function ManualBreaksField({ lang, id, text, message, onText }: ManualBreaksFieldProps) {
  const hintId = `${id}-hint`;
  const msgId = `${id}-msg`;
  return (
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
        onChange={(e) => onText(e.target.value)}
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
  );
}

function PaletteField({ lang, value, onChange, preview }: FieldProps & { preview: readonly string[] }) {
  return (
    <>
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
    </>
  );
}

function CentreField({ lang, value, onChange }: FieldProps) {
  return (
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
  );
}

function ScopeField({ lang, value, onChange, inGemeente }: FieldProps & { inGemeente: boolean }) {
  return (
    <label>
      {tx(lang, 'scope')}
      <select name="classScope" value={value.scope} onChange={(e) => onChange({ ...value, scope: e.target.value as ClassScope })}>
        {SCOPES.map((s) => (
          <option key={s} value={s}>
            {tx(lang, s === 'view' ? 'scope_view' : inGemeente ? 'scope_gemeente' : 'scope_country')}
          </option>
        ))}
      </select>
    </label>
  );
}

export function ClassificationControls({
  lang,
  value,
  onChange,
  suggestedBreaks,
  previewColors,
  inGemeente = false,
}: ClassificationControlsProps) {
  const id = useId();
  const { text, message, setMethod, onBreaksText } = useManualBreaks(lang, value, onChange, suggestedBreaks);

  const manual = value.method === 'manual';
  const manualValid = validateBreaks(value.manualBreaks).ok;
  const k = manual && manualValid ? value.manualBreaks.length + 1 : value.k;
  const preview = previewColors?.length ? previewColors : colorsFor(value.palette, k);

  return (
    <fieldset className="classification-controls">
      <legend>{tx(lang, 'classification')}</legend>
      <MethodField lang={lang} value={value} setMethod={setMethod} />
      <ClassCountField lang={lang} value={value} onChange={onChange} k={k} manual={manual} />
      {manual ? <ManualBreaksField lang={lang} id={id} text={text} message={message} onText={onBreaksText} /> : null}
      <PaletteField lang={lang} value={value} onChange={onChange} preview={preview} />
      {isDiverging(value.palette) ? <CentreField lang={lang} value={value} onChange={onChange} /> : null}
      <ScopeField lang={lang} value={value} onChange={onChange} inGemeente={inGemeente} />
    </fieldset>
  );
}
