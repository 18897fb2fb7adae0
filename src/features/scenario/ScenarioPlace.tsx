/** The scenario's place and groups: level and year, the group definition and (for more than two groups) the focal group. */
import type { Lang } from '../../app/i18n';
import type { Catalog } from '../../data/catalog';
import { groupDefinitionFor } from '../../engine/groups';
import type { ScenarioLevel, ScenarioSpec } from '../../engine/scenario';
import { ChoiceField } from './fields';
import { groupOptions, withGroup, withLocation, yearOptions } from './form-model';
import { ts } from './strings';

export interface ScenarioPlaceProps {
  lang: Lang;
  catalog: Catalog;
  draft: ScenarioSpec;
  setDraft: (next: ScenarioSpec) => void;
}

export function ScenarioPlace({ lang, catalog, draft, setDraft }: ScenarioPlaceProps) {
  const def = groupDefinitionFor(draft.group, draft.level);
  return (
    <>
      <div className="two">
        <ChoiceField<ScenarioLevel>
          label={ts(lang, 'level')}
          name="level"
          value={draft.level}
          options={(['wijk', 'buurt'] as const).map((l) => ({ value: l, label: ts(lang, `level_${l}`) }))}
          onChange={(level) => setDraft(withLocation(catalog, draft, { level }))}
        />
        <ChoiceField
          label={ts(lang, 'year')}
          name="year"
          value={String(draft.year)}
          options={yearOptions(catalog, draft.level).map((y) => ({ value: String(y), label: String(y) }))}
          onChange={(y) => setDraft(withLocation(catalog, draft, { year: Number(y) }))}
        />
      </div>
      {draft.level === 'buurt' ? <p className="muted small">{ts(lang, 'buurtMapNote')}</p> : null}
      <ChoiceField
        label={ts(lang, 'group')}
        name="group"
        value={draft.group}
        options={groupOptions(catalog, draft.level, draft.year).map((g) => ({ value: g.id, label: g.label[lang] }))}
        onChange={(g) => setDraft(withGroup(draft, g))}
      />
      {def && def.groups.length > 2 ? (
        <ChoiceField
          label={ts(lang, 'focal')}
          name="focal"
          value={draft.focal ?? def.groups[0]!.id}
          options={def.groups.map((g) => ({ value: g.id, label: g.label[lang] }))}
          onChange={(focal) => setDraft({ ...draft, focal })}
        />
      ) : null}
    </>
  );
}
