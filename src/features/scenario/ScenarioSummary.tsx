/**
 * The result in the side panel: refusals and failures in the UI language, or the sentence (result and its
 * assumptions), D before and after under each relocation rule, the rule the map shows, and the exports.
 */
import type { Lang } from '../../app/i18n';
import { issueLines } from '../../engine/scenario';
import { checkDraft } from './form-model';
import { downloadResult, downloadSpec } from './export';
import { fmtIndex, fmtIndexChange } from './format';
import { ts, tsf } from './strings';
import type { ScenarioMode } from './use-scenario-mode';

function Problems({ lang, sc }: { lang: Lang; sc: ScenarioMode }) {
  const { refusal, failure } = sc.run;
  if (refusal)
    return (
      <div className="waterbed-error scenario-refusal" role="alert">
        {ts(lang, 'refused')}
        <ul>
          {issueLines(refusal, lang).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </div>
    );
  if (failure)
    return (
      <p className="waterbed-error scenario-failure" role="alert">
        {tsf(lang, 'failed', { why: failure[lang] })}
      </p>
    );
  return null;
}

function Exports({ lang, sc }: { lang: Lang; sc: ScenarioMode }) {
  const draft = checkDraft(sc.draft);
  const spec = sc.submitted ?? (draft.ok ? draft.value : null);
  const result = sc.run.result;
  return (
    <div className="scenario-exports">
      <button type="button" className="scenario-export-json" disabled={!spec} onClick={() => spec && downloadSpec(spec)}>
        {ts(lang, 'exportJson')}
      </button>
      {(['excel', 'dutch'] as const).map((v) => (
        <button
          key={v}
          type="button"
          className={v === 'excel' ? 'scenario-export-csv' : 'scenario-export-csv-nl'}
          disabled={!result}
          onClick={() => result && downloadResult(result, lang, v)}
        >
          {ts(lang, v === 'excel' ? 'exportCsv' : 'exportCsvDutch')}
        </button>
      ))}
      <p className="muted small">{ts(lang, 'exportHint')}</p>
    </div>
  );
}

export function ScenarioSummary({ lang, sc }: { lang: Lang; sc: ScenarioMode }) {
  const result = sc.run.result;
  const group = result ? result.group.groups[result.group.focal]!.label[lang] : '';
  return (
    <section className="scenario-summary" aria-label={ts(lang, 'result')} aria-busy={sc.run.busy}>
      {sc.outdated ? <p className="muted small scenario-outdated">{ts(lang, 'outdated')}</p> : null}
      <Problems lang={lang} sc={sc} />
      {result ? (
        <>
          <p className="scenario-label">{result.label[lang]}</p>
          <p className="scenario-sentence" aria-live="polite">
            {result.sentence[lang]}
          </p>
          <table className="scenario-table scenario-d">
            <caption>{tsf(lang, 'dTitle', { group: group.toLowerCase() })}</caption>
            <thead>
              <tr>
                <th scope="col">{ts(lang, 'rule')}</th>
                <th scope="col">{ts(lang, 'before')}</th>
                <th scope="col">{ts(lang, 'after')}</th>
                <th scope="col">{ts(lang, 'change')}</th>
              </tr>
            </thead>
            <tbody>
              {result.rules.map((r) => {
                const d = r.indices.find((x) => x.index === 'D');
                return (
                  <tr key={r.key} data-rule={r.key} className={r.chosen ? 'chosen' : undefined}>
                    <th scope="row">{r.label[lang]}</th>
                    <td className="num">{fmtIndex(lang, d?.before)}</td>
                    <td className="num">{fmtIndex(lang, d?.after)}</td>
                    <td className="num">{fmtIndexChange(lang, d?.change)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {result.level === 'wijk' && sc.rule ? (
            <fieldset className="map-mode">
              <legend>{ts(lang, 'mapRule')}</legend>
              {result.rules.map((r) => (
                <label key={r.key}>
                  <input
                    type="radio"
                    name="scenarioMapRule"
                    value={r.key}
                    checked={sc.rule!.key === r.key}
                    onChange={() => sc.setMapRule(r.key)}
                  />
                  {r.label[lang]}
                </label>
              ))}
            </fieldset>
          ) : null}
        </>
      ) : !sc.run.busy && !sc.run.refusal && !sc.run.failure ? (
        <p className="muted small">{ts(lang, 'empty')}</p>
      ) : null}
      <Exports lang={lang} sc={sc} />
    </section>
  );
}
