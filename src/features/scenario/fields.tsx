/** Small labelled form fields of the scenario form (number, choice). */
import { useId } from 'react';

export function NumberField({
  label,
  value,
  onChange,
  min = 0,
  max,
  step = 1,
  name,
}: {
  label: string;
  value: number | undefined;
  /** NaN when the field is emptied (the parser then reports it). */
  onChange: (v: number) => void;
  min?: number;
  max?: number;
  step?: number;
  name?: string;
}) {
  const id = useId();
  return (
    <label className="field" htmlFor={id}>
      {label}
      <input
        id={id}
        name={name}
        type="number"
        min={min}
        max={max}
        step={step}
        value={value === undefined || Number.isNaN(value) ? '' : value}
        onChange={(e) => onChange(e.target.value === '' ? NaN : Number(e.target.value))}
      />
    </label>
  );
}

export function ChoiceField<T extends string>({
  label,
  value,
  options,
  onChange,
  name,
}: {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (v: T) => void;
  name?: string;
}) {
  const id = useId();
  return (
    <label className="field" htmlFor={id}>
      {label}
      <select id={id} name={name} value={value} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Percentages, one per group (a composition or propensities). */
export function PctFields({
  labels,
  values,
  onChange,
  name,
  step = 1,
}: {
  labels: readonly string[];
  values: readonly number[];
  onChange: (v: number[]) => void;
  name: string;
  step?: number;
}) {
  return (
    <div className="pct-fields">
      {labels.map((l, k) => (
        <NumberField
          key={l}
          name={`${name}-${k}`}
          label={l}
          step={step}
          value={values[k]}
          onChange={(v) => onChange(labels.map((_, j) => (j === k ? v : (values[j] ?? 0))))}
        />
      ))}
    </div>
  );
}
