/** One lever of the scenario form: its kind, its numbers and tenures, and its target units (chips). */
import type { Lang } from '../../app/i18n';
import { SOURCE_TENURES, TENURES, type AllocationLever, type Lever, type LeverKind, type TargetMixLever } from '../../engine/scenario';
import { ChoiceField, NumberField } from './fields';
import { defaultLever } from './form-model';
import { ts, tsf, type ScenarioKey } from './strings';

const KINDS: readonly LeverKind[] = ['convert', 'demolish-build', 'target-mix', 'allocation'];

export interface LeverEditorProps {
  lang: Lang;
  index: number;
  lever: Lever;
  onChange: (l: Lever) => void;
  onRemove: () => void;
  active: boolean;
  onActivate: () => void;
  nameOf: (code: string) => string;
}

const opts = <T extends string>(lang: Lang, values: readonly T[], prefix: string) =>
  values.map((value) => ({ value, label: ts(lang, `${prefix}${value}` as ScenarioKey) }));

/** The lever without some optional fields. */
function without(lever: AllocationLever, keys: readonly (keyof AllocationLever)[]): AllocationLever {
  const copy = { ...lever };
  for (const k of keys) delete copy[k];
  return copy;
}

function TargetMixFields({ lang, lever, onChange }: { lang: Lang; lever: TargetMixLever; onChange: (l: Lever) => void }) {
  const bound = lever.atLeastPct !== undefined ? 'atLeast' : 'atMost';
  const pct = lever.atLeastPct ?? lever.atMostPct;
  // Without from/to the parser derives the conversion from the direction.
  const base = { kind: lever.kind, units: lever.units, measure: lever.measure, ...(lever.newcomers ? { newcomers: lever.newcomers } : {}) };
  const set = (b: 'atMost' | 'atLeast', v: number | undefined, measure = lever.measure) =>
    onChange({ ...base, measure, ...(b === 'atMost' ? { atMostPct: v } : { atLeastPct: v }) });
  return (
    <>
      <ChoiceField
        label={ts(lang, 'measure')}
        value={lever.measure}
        options={opts(lang, ['rented', 'owner', 'group'] as const, 'measure_')}
        onChange={(m) => set(bound, pct, m)}
      />
      <div className="two">
        <ChoiceField
          label={ts(lang, 'bound')}
          value={bound}
          options={[
            { value: 'atMost', label: ts(lang, 'atMost') },
            { value: 'atLeast', label: ts(lang, 'atLeast') },
          ]}
          onChange={(b) => set(b, pct)}
        />
        <NumberField label={ts(lang, 'targetPct')} max={100} value={pct} onChange={(v) => set(bound, v)} />
      </div>
    </>
  );
}

function AllocationFields({ lang, lever, onChange }: { lang: Lang; lever: AllocationLever; onChange: (l: Lever) => void }) {
  const mode = lever.perYear !== undefined ? 'perYear' : 'share';
  const rest = without(lever, ['sharePct', 'perYear']);
  return (
    <>
      <ChoiceField
        label={ts(lang, 'allocTenure')}
        value={lever.tenure}
        options={opts(lang, ['rented', 'owner', 'all'] as const, 'tenure_')}
        onChange={(tenure) => onChange({ ...lever, tenure })}
      />
      <ChoiceField
        label={ts(lang, 'allocMode')}
        value={mode}
        options={[
          { value: 'share', label: ts(lang, 'allocShare') },
          { value: 'perYear', label: ts(lang, 'allocPerYear') },
        ]}
        onChange={(m) => onChange(m === 'share' ? { ...rest, sharePct: 50 } : { ...rest, perYear: 20 })}
      />
      <div className="two">
        {mode === 'share' ? (
          <NumberField
            label={ts(lang, 'sharePct')}
            max={100}
            value={lever.sharePct}
            onChange={(v) => onChange({ ...lever, sharePct: v })}
          />
        ) : (
          <NumberField label={ts(lang, 'perYear')} value={lever.perYear} onChange={(v) => onChange({ ...lever, perYear: v })} />
        )}
        <NumberField label={ts(lang, 'years')} min={1} value={lever.years} onChange={(v) => onChange({ ...lever, years: v })} />
      </div>
      <NumberField
        label={ts(lang, 'leverTurnover')}
        max={100}
        step={0.5}
        value={lever.turnoverPctPerYear}
        onChange={(v) => onChange(Number.isNaN(v) ? without(lever, ['turnoverPctPerYear']) : { ...lever, turnoverPctPerYear: v })}
      />
    </>
  );
}

function KindFields({ lang, lever, onChange }: { lang: Lang; lever: Lever; onChange: (l: Lever) => void }) {
  switch (lever.kind) {
    case 'convert':
      return (
        <>
          <NumberField
            label={ts(lang, 'dwellings')}
            name="dwellings"
            value={lever.dwellings}
            onChange={(v) => onChange({ ...lever, dwellings: v })}
          />
          <div className="two">
            <ChoiceField
              label={ts(lang, 'from')}
              name="from"
              value={lever.from}
              options={opts(lang, SOURCE_TENURES, 'tenure_')}
              onChange={(from) => onChange({ ...lever, from })}
            />
            <ChoiceField
              label={ts(lang, 'to')}
              name="to"
              value={lever.to}
              options={opts(lang, TENURES, 'tenure_')}
              onChange={(to) => onChange({ ...lever, to })}
            />
          </div>
        </>
      );
    case 'demolish-build':
      return (
        <>
          <div className="two">
            <NumberField label={ts(lang, 'demolish')} value={lever.demolish} onChange={(v) => onChange({ ...lever, demolish: v })} />
            <ChoiceField
              label={ts(lang, 'demolishTenure')}
              value={lever.demolishTenure}
              options={opts(lang, SOURCE_TENURES, 'tenure_')}
              onChange={(demolishTenure) => onChange({ ...lever, demolishTenure })}
            />
          </div>
          <div className="two">
            <NumberField label={ts(lang, 'build')} value={lever.build} onChange={(v) => onChange({ ...lever, build: v })} />
            <ChoiceField
              label={ts(lang, 'buildTenure')}
              value={lever.buildTenure}
              options={opts(lang, TENURES, 'tenure_')}
              onChange={(buildTenure) => onChange({ ...lever, buildTenure })}
            />
          </div>
        </>
      );
    case 'target-mix':
      return <TargetMixFields lang={lang} lever={lever} onChange={onChange} />;
    case 'allocation':
      return <AllocationFields lang={lang} lever={lever} onChange={onChange} />;
  }
}

export function LeverEditor({ lang, index, lever, onChange, onRemove, active, onActivate, nameOf }: LeverEditorProps) {
  const n = index + 1;
  return (
    <fieldset className={active ? 'scenario-lever active' : 'scenario-lever'} data-lever={index}>
      <legend>{tsf(lang, 'lever', { n })}</legend>
      <div className="lever-head">
        <ChoiceField
          label={ts(lang, 'kind')}
          name={`kind-${index}`}
          value={lever.kind}
          options={KINDS.map((k) => ({ value: k, label: ts(lang, `kind_${k}`) }))}
          onChange={(k) => onChange(defaultLever(k, lever.units))}
        />
        <button type="button" className="remove" aria-label={tsf(lang, 'removeLever', { n })} onClick={onRemove}>
          ×
        </button>
      </div>
      <label className="check">
        <input type="radio" name="activeLever" checked={active} onChange={onActivate} />
        {ts(lang, 'activeLever')}
      </label>
      <div className="targets-label">{ts(lang, 'targets')}</div>
      {lever.units.length ? (
        <ul className="waterbed-targets scenario-targets">
          {lever.units.map((c) => (
            <li key={c} data-code={c}>
              {nameOf(c)}
              <button
                type="button"
                aria-label={tsf(lang, 'removeTarget', { name: nameOf(c) })}
                onClick={() => onChange({ ...lever, units: lever.units.filter((u) => u !== c) })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted small">{ts(lang, 'noTargets')}</p>
      )}
      <KindFields lang={lang} lever={lever} onChange={onChange} />
    </fieldset>
  );
}
