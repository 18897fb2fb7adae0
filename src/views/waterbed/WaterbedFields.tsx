/** Small fields of the waterbed form: contiguity (queen / rook), weighting, second ring, and the indicator options. */
import type { Lang } from '../../app/i18n';
import { tw, type WaterbedKey } from '../../app/i18n-waterbed';
import type { Contiguity } from '../../engine/types';
import { WEIGHTING_CHOICES, type Bilingual, type WeightingChoice } from '../../engine/waterbed';

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

const CONTIGUITIES: readonly Contiguity[] = ['queen', 'rook'];

export function ContiguityField(p: { lang: Lang; id: string; value: Contiguity; onChange: (c: Contiguity) => void }) {
  return (
    <fieldset>
      <legend>{tw(p.lang, 'contiguity')}</legend>
      {CONTIGUITIES.map((c) => (
        <label key={c}>
          <input type="radio" name={`${p.id}-contiguity`} value={c} checked={p.value === c} onChange={() => p.onChange(c)} />{' '}
          {tw(p.lang, c === 'rook' ? 'contiguity_rook' : 'contiguity_queen')}
        </label>
      ))}
    </fieldset>
  );
}

export function WeightingField({
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

/** Whether the second ring is compared too. */
export function Ring2Field({ lang, checked, onChange }: { lang: Lang; checked: boolean; onChange: (ring2: boolean) => void }) {
  return (
    <label>
      <input type="checkbox" name="waterbedRing2" checked={checked} onChange={(e) => onChange(e.target.checked)} /> {tw(lang, 'ring2')}
    </label>
  );
}

/** The indicator options; segregation index entries in a group of their own. */
export function IndicatorOptions({ lang, indicators }: { lang: Lang; indicators: readonly IndicatorOption[] }) {
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
