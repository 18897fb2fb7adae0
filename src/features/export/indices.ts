/**
 * Indices as files: every gemeente's indices (the rows of `npm run indices`, src/pipeline/indices-output.ts) or one
 * gemeente's full record (what the indices panel shows), as CSV with labels in the UI language and a sidecar.
 * A result computed without boundaries or without resampling (the quick ranking) leaves those columns out, and its
 * sidecar names them, says why, and gives the CLI command that computes them.
 */
import type { Lang } from '../../app/i18n';
import type { IndicesRecord, IndicesResult } from '../../pipeline/indices';
import { indicesRow, type IndicesRowMeta } from '../../pipeline/indices-output';
import { indicesColumns, RESAMPLING_COLUMNS, SPATIAL_COLUMNS } from './indices-columns';
import { tableFiles, type CsvVariant, type ExportFile } from './table';

/** The defaults of `npm run indices` (src/cli/specs.ts), so the app's full export gives the CLI's numbers. */
export const CLI_INDICES_DEFAULTS = { bootstrapReplicates: 1000, randomReplicates: 100, seed: 20221 } as const;
/** The engine's defaults (src/engine/inference): what the indices panel of one gemeente uses. */
export const PANEL_INDICES_DEFAULTS = { bootstrapReplicates: 1000, randomReplicates: 100, seed: 20240101 } as const;

const LEFT_OUT_WHY = {
  spatial: {
    nl: 'de snelle ranglijst rekent zonder grenzen (geen aangrenzing, afstanden of oppervlakten)',
    en: 'the quick ranking is computed without boundaries (no adjacency, distances or areas)',
  },
  resampling: {
    nl: 'de snelle ranglijst rekent zonder bootstrap en zonder toevallige herverdeling (0 replicaties)',
    en: 'the quick ranking is computed without bootstrap and without random allocation (0 replicates)',
  },
} as const;

interface Settings {
  bootstrapReplicates: number;
  randomReplicates: number;
  seed: number;
}

/** The settings a result was computed with (the engine's defaults where the request left them out). */
function settingsOf(result: IndicesResult): Settings {
  const q = result.request;
  return {
    bootstrapReplicates: q.bootstrapReplicates ?? PANEL_INDICES_DEFAULTS.bootstrapReplicates,
    randomReplicates: q.randomReplicates ?? PANEL_INDICES_DEFAULTS.randomReplicates,
    seed: q.seed ?? PANEL_INDICES_DEFAULTS.seed,
  };
}

/** Columns this result could not have computed: spatial without boundaries, intervals without resampling. */
function leftOut(result: IndicesResult, s: Settings): { spatial: string[]; resampling: string[] } {
  return {
    spatial: result.contiguity === null ? [...SPATIAL_COLUMNS] : [],
    resampling: s.bootstrapReplicates === 0 && s.randomReplicates === 0 ? [...RESAMPLING_COLUMNS] : [],
  };
}

/** `not_computable` without the columns that are left out of the file (they are explained in the sidecar). */
function withoutLeftOut(text: string, gone: ReadonlySet<string>): string {
  return text
    .split(' | ')
    .filter((part) => part !== '')
    .flatMap((part) => {
      const at = part.indexOf(': ');
      const cols = part
        .slice(0, at)
        .split(', ')
        .filter((c) => !gone.has(c));
      return cols.length ? [`${cols.join(', ')}${part.slice(at)}`] : [];
    })
    .join(' | ');
}

/** The CLI command that gives the same rows (with every column). */
export function cliCommand(result: IndicesResult, s: Settings, regions?: readonly string[]): string {
  const q = result.request;
  const parts = ['npm run indices --', `--level ${q.level}`, `--year ${q.year}`, `--group ${q.group}`];
  if (regions?.length) parts.push(`--regions ${regions.join(',')}`);
  // Nothing resampled (the quick ranking): the CLI's defaults give the intervals the file leaves out.
  const c = s.bootstrapReplicates === 0 && s.randomReplicates === 0 ? CLI_INDICES_DEFAULTS : s;
  parts.push(`--bootstrap ${c.bootstrapReplicates}`, `--random ${c.randomReplicates}`, `--seed ${c.seed}`);
  return `${parts.join(' ')} --out indices.csv`;
}

/** The rows of `records` as the CLI writes them (minus left-out columns). */
export function indicesRows(result: IndicesResult, records: readonly IndicesRecord[]): Record<string, string | number | null>[] {
  const s = settingsOf(result);
  const meta: IndicesRowMeta = { year: result.request.year, contiguity: 'rook', ...s };
  const lo = leftOut(result, s);
  const gone = new Set([...lo.spatial, ...lo.resampling]);
  return records.map((r) => {
    const row = indicesRow(r, meta);
    if (gone.size && typeof row.not_computable === 'string') row.not_computable = withoutLeftOut(row.not_computable, gone);
    return row;
  });
}

/** The sidecar fields of an indices file beyond the columns. */
function indicesExtra(lang: Lang, result: IndicesResult, s: Settings, regions?: readonly string[]): Record<string, unknown> {
  const lo = leftOut(result, s);
  const command = cliCommand(result, s, regions);
  const def = result.definition;
  const notComputed = [
    ...(lo.spatial.length ? [{ columns: lo.spatial, why: LEFT_OUT_WHY.spatial[lang], command }] : []),
    ...(lo.resampling.length ? [{ columns: lo.resampling, why: LEFT_OUT_WHY.resampling[lang], command }] : []),
  ];
  return {
    request: {
      level: result.request.level,
      year: result.request.year,
      group: def.id,
      group_label: def.label[lang],
      groups: def.groups.map((g) => ({ id: g.id, label: g.label[lang] })),
      regions: regions ?? 'all',
      bootstrap_replicates: s.bootstrapReplicates,
      random_replicates: s.randomReplicates,
      seed: s.seed,
      contiguity: result.contiguity === null ? null : 'rook (Dadj_rook, Dw, Ds) and queen (Dadj_queen)',
    },
    same_as_cli: command,
    approximation_note: result.note[lang],
    engine_conventions: { ...(result.records[0]?.conventions ?? {}) },
    left_out_columns: notComputed,
  };
}

export interface IndicesExportOptions {
  lang: Lang;
  variant: CsvVariant;
  now?: Date;
}

/** Every gemeente's indices: CSV and sidecar. */
export function indicesFiles(result: IndicesResult, o: IndicesExportOptions): [ExportFile, ExportFile] {
  const s = settingsOf(result);
  const lo = leftOut(result, s);
  const gone = new Set([...lo.spatial, ...lo.resampling]);
  const columns = indicesColumns(result.definition).filter((c) => !gone.has(c.id));
  const q = result.request;
  const title =
    o.lang === 'nl'
      ? `Segregatie-indices per gemeente over haar wijken, ${result.definition.label.nl}, ${q.year}`
      : `Segregation indices per municipality over its wijken, ${result.definition.label.en}, ${q.year}`;
  return tableFiles(`indices_${q.level}_${q.year}_${q.group}`, indicesRows(result, result.records), columns, o.variant, {
    lang: o.lang,
    title,
    year: q.year,
    level: q.level,
    now: o.now,
    extra: indicesExtra(o.lang, result, s),
  });
}

/** One gemeente's full record (the indices panel): a one-row CSV with every column, and its sidecar. */
export function recordFiles(result: IndicesResult, record: IndicesRecord, o: IndicesExportOptions): [ExportFile, ExportFile] {
  const s = settingsOf(result);
  const q = result.request;
  const title =
    o.lang === 'nl'
      ? `Segregatie-indices van ${record.regionName} over haar wijken, ${result.definition.label.nl}, ${q.year}`
      : `Segregation indices of ${record.regionName} over its wijken, ${result.definition.label.en}, ${q.year}`;
  const lo = leftOut(result, s);
  const gone = new Set([...lo.spatial, ...lo.resampling]);
  const columns = indicesColumns(result.definition).filter((c) => !gone.has(c.id));
  return tableFiles(`indices_${record.regionCode}_${q.year}_${q.group}`, indicesRows(result, [record]), columns, o.variant, {
    lang: o.lang,
    title,
    year: q.year,
    level: q.level,
    now: o.now,
    extra: indicesExtra(o.lang, result, s, [record.regionCode]),
  });
}
