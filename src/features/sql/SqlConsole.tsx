/**
 * The SQL console (a drawer tab): tables with their columns, example queries, an editor (Ctrl/Cmd+Enter runs), run
 * and cancel with the elapsed time, the result as a table and as CSV (for Dutch Excel or Excel), and errors in the UI
 * language.
 */
import { useEffect, useState, type KeyboardEvent } from 'react';
import type { Lang } from '../../app/i18n';
import type { SqlSession } from '../../data/db/db';
import { downloadText } from '../../views/download';
import { tx } from '../export/strings';
import type { CsvVariant } from '../export/table';
import { EXAMPLES } from './examples';
import { failureMessage } from './errors';
import { csvFileName, resultCsv, seconds } from './result';
import { SqlResultView } from './SqlResultView';
import { SqlTables } from './SqlTables';
import { ts, tsf } from './strings';
import { useSqlConsole } from './use-sql-console';
import './sql.css';

/** Dutch Excel first: the console's users mostly have a Dutch Excel (same wording as the export menu). */
const CSV_VARIANTS: readonly CsvVariant[] = ['dutch', 'excel'];

export interface SqlConsoleProps {
  lang: Lang;
  /** Opens the console's own read-only DuckDB session (once per page). */
  openSession: () => Promise<SqlSession>;
}

/** Re-renders every 100 ms while `since` is set; returns the elapsed milliseconds. */
function useElapsed(since: number | null): number {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    if (since === null) return;
    const id = setInterval(() => setNow(performance.now()), 100);
    return () => clearInterval(id);
  }, [since]);
  return since === null ? 0 : Math.max(0, now - since);
}

export function SqlConsole({ lang, openSession }: SqlConsoleProps) {
  const c = useSqlConsole(openSession);
  const elapsed = useElapsed(c.startedAt);
  const failure = c.outcome?.failure ? failureMessage(lang, c.outcome.failure) : null;
  const result = c.outcome?.result ?? null;
  const onKey = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void c.run();
    }
  };
  const insert = (name: string) => c.setText(`${c.text}${c.text && !/\s$/.test(c.text) ? ' ' : ''}${name}`);
  return (
    <div className="sql-console" aria-label={ts(lang, 'title')} role="region">
      <SqlTables lang={lang} tables={c.tables} onInsert={insert} />
      <div className="sql-main">
        <div className="sql-examples">
          <span className="muted small">{ts(lang, 'examples')}:</span>
          {EXAMPLES.map((ex) => (
            <button key={ex.id} type="button" className="link" data-example={ex.id} onClick={() => c.setText(ex.sql)}>
              {ts(lang, ex.title)}
            </button>
          ))}
        </div>
        <textarea
          className="sql-editor"
          aria-label={ts(lang, 'editorLabel')}
          spellCheck={false}
          value={c.text}
          onChange={(e) => c.setText(e.target.value)}
          onKeyDown={onKey}
          rows={6}
        />
        <div className="sql-actions">
          <button type="button" className="sql-run" disabled={c.status !== 'ready' || c.running} onClick={() => void c.run()}>
            {ts(lang, 'run')}
          </button>
          <button type="button" className="sql-cancel" disabled={!c.running} onClick={c.cancel}>
            {ts(lang, 'cancel')}
          </button>
          {result && result.columns.length > 0
            ? CSV_VARIANTS.map((v) => (
                <button
                  key={v}
                  type="button"
                  className={`sql-download sql-download-${v}`}
                  onClick={() => downloadText(csvFileName(new Date(), v), resultCsv(result, v))}
                >
                  CSV: {tx(lang, v === 'dutch' ? 'variantDutch' : 'variantExcel')}
                </button>
              ))
            : null}
          <span className="muted small sql-status" role="status">
            {c.status === 'starting'
              ? ts(lang, 'starting')
              : c.running
                ? tsf(lang, 'running', { seconds: seconds(lang, elapsed) })
                : ts(lang, 'runHint')}
          </span>
        </div>
        {c.status === 'failed' ? <p className="sql-error">{ts(lang, 'startFailed')}</p> : null}
        {failure && !c.running ? (
          <div className="sql-error" role="alert">
            <p>{failure.message}</p>
            {failure.detail ? (
              <>
                <p className="small">{ts(lang, 'duckdbSays')}</p>
                <pre>{failure.detail}</pre>
              </>
            ) : null}
          </div>
        ) : null}
        {result && !failure && !c.running ? <SqlResultView lang={lang} result={result} ms={c.outcome!.ms} /> : null}
      </div>
    </div>
  );
}
