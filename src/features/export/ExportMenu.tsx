/**
 * The export menu of the side panel: every gemeente's indices (computed in full on demand, as `npm run indices`),
 * the open gemeente's full indices record, and the data of the map view as CSV or GeoJSON. CSV in two variants
 * (Excel, Dutch Excel), each with a `.meta.json` sidecar in the UI language.
 */
import { useState } from 'react';
import type { DataService, UnitCollection } from '../../app/data-service';
import type { Lang } from '../../app/i18n';
import { failureText } from '../../app/i18n-errors';
import { failureOf } from '../../app/load-errors';
import type { IndicesRecord, IndicesResult } from '../../pipeline/indices';
import { indicesFiles, recordFiles } from './indices';
import { saveFiles } from './save';
import { tx } from './strings';
import type { CsvVariant, ExportFile } from './table';
import { useFullIndices } from './use-full-indices';
import { viewCsvFiles, viewGeojson, type ViewData } from './view';
import './export.css';

export interface ExportMenuProps {
  lang: Lang;
  service: DataService;
  /** Wijk year and group of the indices (null: no group available). */
  indexYear: number;
  group: string | null;
  /** The open gemeente's indices (the indices panel's result and record), when computed. */
  detail: IndicesResult | null;
  record: IndicesRecord | null;
  /** What the map shows, and its boundaries. */
  view: ViewData | null;
  geometry: UnitCollection | null;
}

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; file: string } | { kind: 'failed'; why: string };

export function ExportMenu(p: ExportMenuProps) {
  const { lang } = p;
  const [variant, setVariant] = useState<CsvVariant>('excel');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const fullIndices = useFullIndices(p.service);

  const save = (make: () => ExportFile[] | Promise<ExportFile[]>) => {
    setStatus({ kind: 'busy' });
    Promise.resolve()
      .then(make)
      .then(
        (files) => {
          saveFiles(files);
          setStatus({ kind: 'done', file: files[0]!.name });
        },
        (e: unknown) => setStatus({ kind: 'failed', why: failureText(lang, failureOf(e, { resource: 'computation' })) }),
      );
  };
  const group = p.group;
  const busy = status.kind === 'busy';
  return (
    <details className="export-menu">
      <summary>{tx(lang, 'menu')}</summary>
      <p className="muted small">{tx(lang, 'menuHint')}</p>
      <fieldset>
        <legend className="small">{tx(lang, 'variant')}</legend>
        {(['excel', 'dutch'] as const).map((v) => (
          <label key={v}>
            <input type="radio" name="exportVariant" value={v} checked={variant === v} onChange={() => setVariant(v)} />{' '}
            {tx(lang, v === 'excel' ? 'variantExcel' : 'variantDutch')}
          </label>
        ))}
      </fieldset>
      <div className="export-actions">
        <button
          type="button"
          className="export-indices"
          disabled={!group || busy}
          onClick={() => group && save(async () => indicesFiles(await fullIndices(p.indexYear, group), { lang, variant }))}
        >
          {tx(lang, 'indicesCsv')}
        </button>
        <button
          type="button"
          className="export-record"
          disabled={!p.detail || !p.record || busy}
          title={p.record ? undefined : tx(lang, 'recordNone')}
          onClick={() => p.detail && p.record && save(() => recordFiles(p.detail!, p.record!, { lang, variant }))}
        >
          {tx(lang, 'recordCsv', { name: p.record?.regionName ?? tx(lang, 'levelGemeente') })}
        </button>
        <button
          type="button"
          className="export-view-csv"
          disabled={!p.view || busy}
          onClick={() => p.view && save(() => viewCsvFiles(p.view!, lang, variant))}
        >
          {tx(lang, 'viewCsv')}
        </button>
        <button
          type="button"
          className="export-view-geojson"
          disabled={!p.view || !p.geometry || busy}
          title={p.geometry ? undefined : tx(lang, 'viewNoGeometry')}
          onClick={() => p.view && p.geometry && save(() => [viewGeojson(p.view!, p.geometry!.features, lang)])}
        >
          {tx(lang, 'viewGeojson')}
        </button>
      </div>
      <p className="small export-status" role="status">
        {status.kind === 'busy'
          ? tx(lang, 'indicesBusy')
          : status.kind === 'done'
            ? tx(lang, 'done', { file: status.file })
            : status.kind === 'failed'
              ? tx(lang, 'failed', { why: status.why })
              : null}
      </p>
    </details>
  );
}
