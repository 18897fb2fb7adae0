/**
 * The assumptions under which households move, each visible with its default marked: residents' and newcomers'
 * composition, the association of group and tenure, where displaced households go, and the turnover rate.
 */
import type { Lang } from '../../app/i18n';
import {
  DEFAULT_ASSUMPTIONS,
  type NewcomerChoice,
  type RelocationRule,
  type ResidentChoice,
  type ScenarioAssumptions,
  type TenureAssociation,
} from '../../engine/scenario';
import { ChoiceField, NumberField, PctFields } from './fields';
import { ts } from './strings';

export interface AssumptionsEditorProps {
  lang: Lang;
  value: ScenarioAssumptions;
  onChange: (a: ScenarioAssumptions) => void;
  /** Labels of the groups of the definition, in its order. */
  groups: readonly string[];
}

const even = (n: number): number[] => Array.from({ length: n }, (_, k) => Math.round((100 / n) * (k + 1)) - Math.round((100 / n) * k));

/** A choice's option label, with "(default)" on the default. */
const label = (lang: Lang, text: string, isDefault: boolean) => (isDefault ? `${text} ${ts(lang, 'isDefault')}` : text);

function CompositionChoice<C extends string>({
  lang,
  title,
  name,
  value,
  named,
  fallback,
  groups,
  onChange,
}: {
  lang: Lang;
  title: string;
  name: string;
  value: C | { pct: number[] };
  named: readonly { value: C; label: string }[];
  fallback: C;
  groups: readonly string[];
  onChange: (v: C | { pct: number[] }) => void;
}) {
  const kind = typeof value === 'string' ? value : 'custom';
  const options = [
    ...named.map((o) => ({ ...o, label: label(lang, o.label, o.value === fallback) })),
    { value: 'custom', label: ts(lang, 'custom') },
  ];
  return (
    <div className="assumption">
      <ChoiceField
        label={title}
        name={name}
        value={kind}
        options={options}
        onChange={(k) => onChange(k === 'custom' ? { pct: even(groups.length) } : (k as C))}
      />
      {typeof value === 'string' ? null : (
        <PctFields labels={groups} values={value.pct} name={name} onChange={(pct) => onChange({ pct })} />
      )}
    </div>
  );
}

type AssociationKind = 'ecological' | 'independent' | 'oddsRatio' | 'rentedWeights';

function AssociationChoice({
  lang,
  value,
  groups,
  onChange,
}: {
  lang: Lang;
  value: TenureAssociation;
  groups: readonly string[];
  onChange: (v: TenureAssociation) => void;
}) {
  const kind: AssociationKind = typeof value === 'string' ? value : 'oddsRatio' in value ? 'oddsRatio' : 'rentedWeights';
  const kinds: AssociationKind[] = ['ecological', 'independent', ...(groups.length === 2 ? (['oddsRatio'] as const) : []), 'rentedWeights'];
  return (
    <div className="assumption">
      <ChoiceField
        label={ts(lang, 'association')}
        name="association"
        value={kind}
        options={kinds.map((k) => ({
          value: k,
          label: label(lang, ts(lang, `association_${k}`), k === DEFAULT_ASSUMPTIONS.tenureAssociation),
        }))}
        onChange={(k) =>
          onChange(k === 'oddsRatio' ? { oddsRatio: 2 } : k === 'rentedWeights' ? { rentedWeights: groups.map(() => 1) } : k)
        }
      />
      {typeof value !== 'string' && 'oddsRatio' in value ? (
        <NumberField
          label={ts(lang, 'association_oddsRatio')}
          step={0.1}
          value={value.oddsRatio}
          onChange={(oddsRatio) => onChange({ oddsRatio })}
        />
      ) : null}
      {typeof value !== 'string' && 'rentedWeights' in value ? (
        <PctFields
          labels={groups}
          values={value.rentedWeights}
          name="weights"
          step={0.1}
          onChange={(rentedWeights) => onChange({ rentedWeights })}
        />
      ) : null}
    </div>
  );
}

function RelocationChoice({ lang, value, onChange }: { lang: Lang; value: RelocationRule; onChange: (v: RelocationRule) => void }) {
  const kind = typeof value === 'string' ? value : 'mix';
  return (
    <div className="assumption">
      <ChoiceField
        label={ts(lang, 'relocation')}
        name="relocation"
        value={kind}
        options={(['ring', 'rest', 'outside', 'mix'] as const).map((k) => ({
          value: k,
          label: label(lang, ts(lang, `rule_${k}`), k === DEFAULT_ASSUMPTIONS.relocation),
        }))}
        onChange={(k) => onChange(k === 'mix' ? { ringPct: 50, restPct: 30, outsidePct: 20 } : k)}
      />
      {typeof value === 'string' ? null : (
        <PctFields
          labels={[ts(lang, 'ringPct'), ts(lang, 'restPct'), ts(lang, 'outsidePct')]}
          values={[value.ringPct, value.restPct, value.outsidePct]}
          name="mix"
          onChange={([ringPct = 0, restPct = 0, outsidePct = 0]) => onChange({ ringPct, restPct, outsidePct })}
        />
      )}
    </div>
  );
}

export function AssumptionsEditor({ lang, value, onChange, groups }: AssumptionsEditorProps) {
  const set = (patch: Partial<ScenarioAssumptions>) => onChange({ ...value, ...patch });
  return (
    <fieldset className="scenario-assumptions">
      <legend>{ts(lang, 'assumptions')}</legend>
      <CompositionChoice<'unit'>
        lang={lang}
        title={ts(lang, 'residents')}
        name="residents"
        value={value.residents}
        named={[{ value: 'unit', label: ts(lang, 'residents_unit') }]}
        fallback="unit"
        groups={groups}
        onChange={(residents: ResidentChoice) => set({ residents })}
      />
      <CompositionChoice<'gemeente' | 'unit'>
        lang={lang}
        title={ts(lang, 'newcomers')}
        name="newcomers"
        value={value.newcomers}
        named={[
          { value: 'gemeente', label: ts(lang, 'newcomers_gemeente') },
          { value: 'unit', label: ts(lang, 'newcomers_unit') },
        ]}
        fallback="gemeente"
        groups={groups}
        onChange={(newcomers: NewcomerChoice) => set({ newcomers })}
      />
      <AssociationChoice
        lang={lang}
        value={value.tenureAssociation}
        groups={groups}
        onChange={(tenureAssociation) => set({ tenureAssociation })}
      />
      <RelocationChoice lang={lang} value={value.relocation} onChange={(relocation) => set({ relocation })} />
      <NumberField
        label={`${ts(lang, 'turnover')} ${value.turnoverPctPerYear === DEFAULT_ASSUMPTIONS.turnoverPctPerYear ? ts(lang, 'isDefault') : ''}`}
        name="turnover"
        max={100}
        step={0.5}
        value={value.turnoverPctPerYear}
        onChange={(turnoverPctPerYear) => set({ turnoverPctPerYear })}
      />
    </fieldset>
  );
}
