/** Scenario mode's side panel: the "not a forecast" label, a notice for a bad link, the form and the summary. */
import type { Catalog } from '../../data/catalog';
import type { Lang } from '../../app/i18n';
import { issueLines } from '../../engine/scenario';
import { ScenarioForm } from './ScenarioForm';
import { ScenarioSummary } from './ScenarioSummary';
import { ts } from './strings';
import type { ScenarioMode } from './use-scenario-mode';
import './scenario.css';

export function ScenarioSide({ lang, catalog, sc }: { lang: Lang; catalog: Catalog; sc: ScenarioMode }) {
  return (
    <section className="scenario-side" aria-label={ts(lang, 'title')}>
      <h2>{ts(lang, 'title')}</h2>
      <p className="scenario-label" role="note">
        {ts(lang, 'label')}
      </p>
      <p className="muted small">{ts(lang, 'intro')}</p>
      {sc.urlIssues ? (
        <div className="notice scenario-url-notice" role="alert">
          {ts(lang, 'badUrl')}
          <ul>
            {issueLines(sc.urlIssues, lang).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <ScenarioForm lang={lang} catalog={catalog} sc={sc} />
      <ScenarioSummary lang={lang} sc={sc} />
    </section>
  );
}
