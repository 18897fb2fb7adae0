/**
 * The statistics of the requested levels: OData v4 first (stable measure codes); when v4 answers 404/410 (table or
 * service retired) or is switched off (`odataV4: null`), OData v3 with its DataProperties. The choice is made once,
 * on the first request, and kept for every level of the run. Rows come from the shared importer (convert.ts).
 */
import type { RawCollection } from '../build/unit-row';
import { codeNames, importNotes, importV3, importV4, statsCollection, type FetchLevel } from './convert';
import type { Endpoints } from './endpoints';
import { EXIT, FetchError } from './errors';
import { getJson } from './http';
import type { MeasureSpec } from './measures';
import * as v3 from './odata-v3';
import * as v4 from './odata-v4';
import { fetchAllPages, type PagerContext } from './pager';
import { say, type Lang } from './strings';

export interface StatisticsResult {
  protocol: 'odata-v4' | 'odata-v3';
  stats: Partial<Record<FetchLevel, RawCollection>>;
  /** Measures the table does not have (v3: no key in DataProperties). */
  missing: string[];
  /** Importer warnings and errors, in the chosen language. */
  notes: string[];
}

interface Job {
  e: Endpoints;
  table: string;
  levels: readonly FetchLevel[];
  measures: readonly MeasureSpec[];
  ctx: PagerContext;
  lang: Lang;
}

async function viaV4({ e, table, levels, measures, ctx, lang }: Job): Promise<StatisticsResult> {
  const what = say(lang, 'whatV4');
  const out: StatisticsResult = { protocol: 'odata-v4', stats: {}, missing: [], notes: [] };
  for (const level of levels) {
    const src = v4.observationsSource(e.odataV4!, table, level, measures, what, lang);
    const result = importV4(await fetchAllPages(src, ctx), `${table} Observations ${level}`, src.firstUrl, what, lang);
    const names = codeNames(await fetchAllPages(v4.codesSource(e.odataV4!, table, level, what), ctx), 'Identifier');
    out.stats[level] = statsCollection(result, level, names);
    out.notes.push(...importNotes(result, src.label, lang));
  }
  return out;
}

async function dataProperties({ e, table, ctx, lang }: Job): Promise<unknown> {
  const what = say(lang, 'whatV3');
  const url = v3.dataPropertiesUrl(e.odataV3!, table);
  let body = ctx.cache.get('v3-dataproperties', 0, url);
  if (body === undefined) {
    body = await getJson(url, what, ctx.http);
    v3.dataPropertiesList(body, url, what);
    ctx.cache.put('v3-dataproperties', 0, url, body);
  }
  return body;
}

async function viaV3(job: Job): Promise<StatisticsResult> {
  const { e, table, levels, measures, ctx, lang } = job;
  const what = say(lang, 'whatV3');
  const props = await dataProperties(job);
  const keys = v3.matchKeys(v3.dataPropertiesList(props, v3.dataPropertiesUrl(e.odataV3!, table), what), measures);
  if (keys.size === 0) throw new FetchError('noMeasures', { table }, EXIT.empty);
  const out: StatisticsResult = {
    protocol: 'odata-v3',
    stats: {},
    missing: measures.filter((m) => !keys.has(m)).map((m) => m.v3.base),
    notes: [],
  };
  for (const level of levels) {
    const src = v3.typedDataSetSource(e.odataV3!, table, level, [...keys.values()], e.v3PageCells, what, lang);
    const result = importV3(await fetchAllPages(src, ctx), props, `${table} TypedDataSet ${level}`, src.firstUrl, what, lang);
    const names = codeNames(await fetchAllPages(v3.regionNamesSource(e.odataV3!, table, level, what, lang), ctx), 'Key');
    out.stats[level] = statsCollection(result, level, names);
    out.notes.push(...importNotes(result, src.label, lang));
  }
  return out;
}

export async function fetchStatistics(job: Job): Promise<StatisticsResult> {
  const { e, table, ctx, lang } = job;
  if (e.odataV4) {
    try {
      return await viaV4(job);
    } catch (err) {
      const retired = err instanceof FetchError && err.key === 'retired';
      if (!retired || !e.odataV3) throw err;
      ctx.progress.note(say(lang, 'fallbackV3', { table, reason: `HTTP ${err.status}` }));
    }
  }
  if (!e.odataV3) throw new FetchError('retired', { what: say(lang, 'whatV4'), url: String(e.odataV4), status: 404 }, EXIT.retired);
  return viaV3(job);
}
