/**
 * The scenario set-up: gemeente (from the map or the search), level, year and groups, the levers with their
 * targets, the assumptions, and the compute button with every problem the parser finds. Level, year and groups are
 * ScenarioPlace.tsx; the levers ScenarioLevers.tsx.
 */
import type { Lang } from '../../app/i18n';
import type { Catalog } from '../../data/catalog';
import { groupDefinitionFor } from '../../engine/groups';
import { issueLines } from '../../engine/scenario';
import { AssumptionsEditor } from './AssumptionsEditor';
import { ScenarioLevers } from './ScenarioLevers';
import { ScenarioPlace } from './ScenarioPlace';
import { ts, tsf } from './strings';
import type { ScenarioMode } from './use-scenario-mode';

export function ScenarioForm({ lang, catalog, sc }: { lang: Lang; catalog: Catalog; sc: ScenarioMode }) {
  const { draft, setDraft } = sc;
  const names = new Map((sc.units.units ?? []).map((u) => [u.code, u.name]));
  const nameOf = (code: string) => names.get(code) ?? code;
  const gemeenteName = sc.units.gemeenteName ?? draft.gemeente;
  const def = groupDefinitionFor(draft.group, draft.level);
  const groupLabels = def?.groups.map((g) => g.label[lang]) ?? [];
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
      <ScenarioPlace lang={lang} catalog={catalog} draft={draft} setDraft={setDraft} />
      <ScenarioLevers lang={lang} sc={sc} nameOf={nameOf} />
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
