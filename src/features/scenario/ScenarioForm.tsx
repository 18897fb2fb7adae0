/**
 * The scenario set-up: gemeente (from the map or the search), level, year and groups, the levers with their
 * targets, the assumptions, and the compute button with every problem the parser finds.
 */
import type { Lang } from '../../app/i18n';
import type { Catalog } from '../../data/catalog';
import { groupDefinitionFor } from '../../engine/groups';
import { issueLines, type ScenarioLevel } from '../../engine/scenario';
import { AssumptionsEditor } from './AssumptionsEditor';
import { ChoiceField } from './fields';
import { addLever, groupOptions, removeLever, toggleUnit, withGroup, withLever, withLocation, yearOptions } from './form-model';
import { LeverEditor } from './LeverEditor';
import { ts, tsf } from './strings';
import { TargetPicker } from './TargetPicker';
import type { ScenarioMode } from './use-scenario-mode';

export function ScenarioForm({ lang, catalog, sc }: { lang: Lang; catalog: Catalog; sc: ScenarioMode }) {
  const { draft, setDraft } = sc;
  const names = new Map((sc.units.units ?? []).map((u) => [u.code, u.name]));
  const nameOf = (code: string) => names.get(code) ?? code;
  const gemeenteName = sc.units.gemeenteName ?? draft.gemeente;
  const def = groupDefinitionFor(draft.group, draft.level);
  const groupLabels = def?.groups.map((g) => g.label[lang]) ?? [];
  const active = draft.levers[sc.activeLever];
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    sc.submit();
  };
  return (
    <form className="waterbed-controls scenario-form" onSubmit={submit} aria-label={ts(lang, 'setup')}>
      <label className="field">
        {ts(lang, 'specTitle')}
        <input
          type="text"
          name="title"
          value={draft.title ?? ''}
          onChange={(e) => setDraft({ ...draft, title: e.target.value || undefined })}
        />
      </label>
      <div className="scenario-gemeente">
        <strong>
          {ts(lang, 'gemeente')}: <span data-code={draft.gemeente}>{gemeenteName}</span>
        </strong>
        <p className="muted small">{tsf(lang, 'gemeenteHint', { name: gemeenteName })}</p>
      </div>
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
      <h3 className="small">{ts(lang, 'levers')}</h3>
      {draft.levers.map((l, i) => (
        <LeverEditor
          key={i}
          lang={lang}
          index={i}
          lever={l}
          onChange={(next) => setDraft(withLever(draft, i, next))}
          onRemove={() => setDraft(removeLever(draft, i))}
          active={i === sc.activeLever}
          onActivate={() => sc.setActiveLever(i)}
          nameOf={nameOf}
        />
      ))}
      <button type="button" onClick={() => setDraft(addLever(draft))}>
        {ts(lang, 'addLever')}
      </button>
      {active ? (
        <TargetPicker
          lang={lang}
          level={draft.level}
          units={sc.units.units}
          chosen={active.units}
          onToggle={(code) => setDraft(toggleUnit(draft, sc.activeLever, code))}
        />
      ) : null}
      <AssumptionsEditor
        lang={lang}
        value={draft.assumptions}
        groups={groupLabels}
        onChange={(assumptions) => setDraft({ ...draft, assumptions })}
      />
      {sc.draftIssues ? (
        <div className="waterbed-error scenario-issues" role="alert">
          {ts(lang, 'specInvalid')}
          <ul>
            {issueLines(sc.draftIssues, lang).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="submit-row">
        <button type="submit" className="scenario-compute" disabled={sc.run.busy}>
          {sc.run.busy ? ts(lang, 'computing') : ts(lang, 'compute')}
        </button>
      </div>
    </form>
  );
}
