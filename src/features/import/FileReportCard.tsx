/** One imported file's result: outcome, facts, messages by severity, recognised and other columns. */
import type { Lang } from '../../app/i18n';
import type { FileReport } from './imports';
import { reportView } from './report';
import { ti } from './strings';

export function FileReportCard({ lang, report }: { lang: Lang; report: FileReport }) {
  const v = reportView(lang, report.result, report.outcome, report.table);
  return (
    <article className={`import-report ${v.imported ? 'is-imported' : 'is-refused'}`} data-file={report.fileName}>
      <h3>{report.fileName}</h3>
      <p className="import-status" role={v.imported ? 'status' : 'alert'}>
        {v.status}
      </p>
      <p className="muted small import-facts">{v.facts.join(' · ')}</p>
      {v.messages.length > 0 ? (
        <ul className="import-messages">
          {v.messages.map((m, i) => (
            <li key={i} className={`import-msg sev-${m.severity}`}>
              <strong>{m.label}:</strong> {m.text}
            </li>
          ))}
        </ul>
      ) : null}
      {v.mapped.length > 0 || v.unmapped.length > 0 ? (
        <details className="import-columns">
          <summary className="small">
            {ti(lang, 'mapped')}: {v.mapped.length} · {ti(lang, 'unmapped')}: {v.unmapped.length}
          </summary>
          <p className="small">
            <strong>{ti(lang, 'mapped')}:</strong> {v.mapped.join('; ') || ti(lang, 'none')}
          </p>
          <p className="small">
            <strong>{ti(lang, 'unmapped')}:</strong> {v.unmapped.join('; ') || ti(lang, 'none')}
          </p>
        </details>
      ) : null}
    </article>
  );
}
