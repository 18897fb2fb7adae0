/**
 * The import panel (a drawer tab): drop files on it or choose them; each file is read (in a Web Worker), checked,
 * and when usable put into DuckDB as a table `import_<name>` and kept in this browser (IndexedDB; never sent).
 * Each kept statistics file says what it adds to the pickers, and its other numeric columns can be mapped by hand.
 */
import { useEffect, useRef, useState, useSyncExternalStore, type DragEvent } from 'react';
import type { Lang } from '../../app/i18n';
import { ColumnMapping, ImportProvides } from './ColumnMapping';
import { FileReportCard } from './FileReportCard';
import { ImportList } from './ImportList';
import { knownUnitCodes, type UnitSource } from './known-codes';
import { addFiles, ensureRestored, getState, removeImport, setMapping, subscribe, type RunSql } from './imports';
import { ti, tif } from './strings';
import './import.css';

export interface ImportPanelProps {
  lang: Lang;
  /** Runs statements on the app's DuckDB connection in one transaction (DataService.runImportSql). */
  runSql: RunSql;
  /** Where the known units of a level and year come from (the data service): codes outside them are reported. */
  units?: UnitSource;
}

export function ImportPanel({ lang, runSql, units }: ImportPanelProps) {
  const s = useSyncExternalStore(subscribe, getState);
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    void ensureRestored(runSql);
  }, [runSql]);
  const take = (files: FileList | null) => {
    if (files && files.length > 0) void addFiles([...files], runSql, units ? knownUnitCodes(units) : undefined);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    take(e.dataTransfer.files);
  };
  const onDragOver = (e: DragEvent) => {
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    setOver(true);
  };
  return (
    <div
      className={`import-panel${over ? ' is-over' : ''}`}
      role="region"
      aria-label={ti(lang, 'title')}
      onDragOver={onDragOver}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <div className="import-drop">
        <p className="small">{over ? ti(lang, 'dropHere') : ti(lang, 'intro')}</p>
        <button type="button" onClick={() => input.current?.click()}>
          {ti(lang, 'choose')}
        </button>
        <input
          ref={input}
          className="import-input"
          type="file"
          multiple
          aria-label={ti(lang, 'choose')}
          onChange={(e) => {
            take(e.target.files);
            e.target.value = '';
          }}
        />
        {s.busy ? (
          <span className="muted small import-busy" role="status">
            {tif(lang, 'reading', { name: s.busy })}
          </span>
        ) : null}
      </div>
      <div className="import-body">
        <section className="import-results">
          {s.reports.map((r) => (
            <FileReportCard key={r.key} lang={lang} report={r} />
          ))}
        </section>
        <section className="import-kept">
          <h3>{ti(lang, 'stored')}</h3>
          {!s.storage ? <p className="small import-warn">{ti(lang, 'unavailable')}</p> : null}
          {s.restoring ? <p className="muted small">{ti(lang, 'restoring')}</p> : null}
          <ImportList lang={lang} entries={s.entries} notes={s.notes} onRemove={(id) => void removeImport(id, runSql)} />
          {s.entries.map((e) =>
            e.format === 'geojson' ? null : (
              <div key={e.id} className="import-entry-use" data-table={e.table}>
                <ImportProvides lang={lang} entry={e} />
                <ColumnMapping lang={lang} entry={e} onApply={(m) => void setMapping(e.id, m)} />
              </div>
            ),
          )}
        </section>
      </div>
    </div>
  );
}
