/**
 * The from / to year pickers of the waterbed form, with the indicator's note on its years and a year problem shown at
 * the field (aria-invalid, aria-describedby). A year not offered (e.g. from the URL) stays listed so it can be seen.
 */
import type { Lang } from '../../app/i18n';
import { tw } from '../../app/i18n-waterbed';
import type { FormField, WaterbedForm } from './waterbed-model';

export interface WaterbedYearsProps {
  lang: Lang;
  id: string;
  value: WaterbedForm;
  years: readonly number[];
  /** The year problem to show here (field 'from' or 'to'), or null. */
  problem: { field: FormField; message: Readonly<Record<Lang, string>> } | null;
  /** Why only some years are offered ('' for none). */
  note: string;
  onChange: (next: WaterbedForm) => void;
}

export function WaterbedYears({ lang, id, value, years, problem, note, onChange }: WaterbedYearsProps) {
  const msgId = `${id}-years-msg`;
  const noteId = `${id}-years-note`;
  const yearOptions = (current: number) => (years.includes(current) ? years : [...years, current].sort((a, b) => a - b));
  const describedBy = (field: FormField) =>
    [problem?.field === field ? msgId : '', note ? noteId : ''].filter(Boolean).join(' ') || undefined;
  const picker = (field: 'from' | 'to', name: string) => (
    <label className="field">
      {tw(lang, field === 'from' ? 'fromYear' : 'toYear')}
      <select
        name={name}
        value={value[field]}
        aria-invalid={problem?.field === field || undefined}
        aria-describedby={describedBy(field)}
        onChange={(e) => onChange({ ...value, [field]: Number(e.target.value) })}
      >
        {yearOptions(value[field]).map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <>
      <div className="years">
        {picker('from', 'waterbedFrom')}
        {picker('to', 'waterbedTo')}
      </div>
      {note ? (
        <p id={noteId} className="muted small waterbed-years-note">
          {note}
        </p>
      ) : null}
      {problem ? (
        <p id={msgId} className="field-error" role="alert">
          {problem.message[lang]}
        </p>
      ) : null}
    </>
  );
}
