/**
 * CBS OData v4 `Observations` (datasets.cbs.nl/odata/v1/CBS/<ID>/Observations): long rows
 * `{Id, Measure, ValueAttribute, Value, WijkenEnBuurten}`, pages with `@odata.nextLink`. Secret = `Value: null` with
 * `ValueAttribute: "."`. Measure codes are stable across years (T001036 = inhabitants): mapped with the crosswalk.
 */
import { StatsBuilder, type ColumnPlan } from './builder';
import { byV4Measure } from './crosswalk';
import { planOf } from './columns';
import { exampleList, msg } from './messages';
import type { ImportMessage, ImportOptions, ImportResult } from './types';

export interface V4Observation {
  measure: string;
  /** Region code, trimmed (WijkenEnBuurten, or RegioS in 2013). */
  region: string;
  value: number | null;
  valueAttribute: string | null;
}

export type PageResult<T> = { ok: true; items: T[]; nextLink: string | null } | { ok: false; message: ImportMessage };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One Observations page (the parsed JSON body). */
export function parseODataV4Page(json: unknown): PageResult<V4Observation> {
  const value = isObject(json) ? json.value : undefined;
  if (!Array.isArray(value))
    return { ok: false, message: notObservations('the JSON has no "value" list', 'de JSON heeft geen lijst "value"') };
  const items: V4Observation[] = [];
  for (let i = 0; i < value.length; i++) {
    const o: unknown = value[i];
    const region = isObject(o) ? (o.WijkenEnBuurten ?? o.RegioS) : undefined;
    if (!isObject(o) || typeof o.Measure !== 'string' || typeof region !== 'string') {
      return {
        ok: false,
        message: notObservations(
          `record ${i + 1} has no "Measure" and "WijkenEnBuurten" text`,
          `record ${i + 1} heeft geen tekst "Measure" en "WijkenEnBuurten"`,
          i + 1,
        ),
      };
    }
    const v = o.Value;
    items.push({
      measure: o.Measure.trim(),
      region: region.trim(),
      value: typeof v === 'number' && Number.isFinite(v) ? v : null,
      valueAttribute: typeof o.ValueAttribute === 'string' ? o.ValueAttribute : null,
    });
  }
  const next = isObject(json) ? json['@odata.nextLink'] : undefined;
  return { ok: true, items, nextLink: typeof next === 'string' ? next : null };
}

function notObservations(en: string, nl: string, line?: number): ImportMessage {
  return msg(
    'unknown-format',
    'error',
    `not a CBS OData v4 Observations page: ${en}`,
    `geen CBS OData v4-Observations-pagina: ${nl}`,
    line ? { line } : {},
  );
}

/** Observations (all pages together) → rows per region; record numbers count observations from 1. */
export function importObservations(obs: readonly V4Observation[], fileName: string, options: ImportOptions = {}): ImportResult {
  const measures = [...new Set(obs.map((o) => o.measure))];
  const plans: ColumnPlan[] = measures.map((m) => {
    const p = planOf(m, byV4Measure(m));
    return p.kind === 'code' ? { ...p, target: { type: 'other' } } : p;
  });
  const keep = plans.map((p) => p.kind !== 'code');
  const col = new Map(measures.map((m, k) => [m, k]));
  const byRegion = new Map<string, { first: number; cells: unknown[] }>();
  const repeated: string[] = [];
  let repeats = 0;
  obs.forEach((o, i) => {
    let r = byRegion.get(o.region);
    if (!r) byRegion.set(o.region, (r = { first: i + 1, cells: new Array<unknown>(measures.length).fill(null) }));
    const k = col.get(o.measure)!;
    if (r.cells[k] !== null) {
      repeats++;
      if (repeated.length < 5) repeated.push(`${o.region} ${o.measure} (${i + 1})`);
    }
    r.cells[k] = o.value !== null ? o.value : o.valueAttribute?.trim() === '.' ? '.' : null;
  });
  const b = new StatsBuilder(fileName, 'odata-v4', 'record', options);
  if (repeats > 0) {
    const ex = exampleList(repeated, repeats);
    b.messages.push(
      msg(
        'duplicate-code',
        'error',
        `${repeats} observation(s) repeat a region and measure already given (region measure (record)): ${ex.en}`,
        `${repeats} waarneming(en) herhalen een regio en meetwaarde die al gegeven is (regio meetwaarde (record)): ${ex.nl}`,
        { count: repeats, examples: repeated },
      ),
    );
  }
  b.setColumns(plans.filter((_, k) => keep[k]));
  for (const [region, r] of byRegion)
    b.addRow(
      region,
      null,
      r.cells.filter((_, k) => keep[k]),
      r.first,
    );
  return b.finish();
}
