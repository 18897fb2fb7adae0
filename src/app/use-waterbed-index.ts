/**
 * Runs a waterbed comparison on a segregation index (the form's indicator is an index entry such as
 * "index-D-age_65plus") in the engine worker: wijk rows of both years from the data service (the decoded statistics,
 * imports laid over them), the gemeente layers fetched by the worker. Answers are kept per request; stale answers
 * are dropped. Marks segv:waterbed-result like the ordinary comparison. Gemeente names come with the rows (the
 * result itself holds codes only).
 */
import { useEffect, useState } from 'react';
import { groupDefinitionById, variablesOf } from '../engine/groups';
import type { IndexWaterbedRequest, IndexWaterbedResult } from '../pipeline/waterbed-index';
import type { WaterbedRequest } from '../pipeline/waterbed';
import { toIndexRequest } from '../views/waterbed/index-indicator';
import type { DataService } from './data-service';
import { engine } from './engine-client';
import { failureText } from './i18n-errors';
import { tw } from './i18n-waterbed';
import { failureOf } from './load-errors';

export interface IndexWaterbedState {
  result: IndexWaterbedResult | null;
  /** Gemeente code → name (end year). */
  names: ReadonlyMap<string, string>;
  error: { nl: string; en: string } | null;
  busy: boolean;
}

const EMPTY: IndexWaterbedState = { result: null, names: new Map(), error: null, busy: false };
const answers = new Map<string, IndexWaterbedState>();
const FAILED = { nl: tw('nl', 'indexFailed'), en: tw('en', 'indexFailed') };

async function compute(service: DataService, req: IndexWaterbedRequest): Promise<IndexWaterbedState> {
  const def = groupDefinitionById(req.group)!;
  const years = [req.from, req.to];
  const rows = await Promise.all(years.map((y) => service.rows('wijk', y, variablesOf(def))));
  const wijkRows = Object.fromEntries(years.map((y, i) => [y, rows[i]!]));
  const urls = Object.fromEntries(years.map((y) => [y, service.topologyUrl('gemeente', y)!]));
  const answer = await engine().indexWaterbed(req, wijkRows, urls);
  if (!answer.ok) return { ...EMPTY, error: FAILED };
  const names = new Map<string, string>();
  for (const r of rows[1]!) if (r.gemeente_code && r.gemeente_name) names.set(String(r.gemeente_code), String(r.gemeente_name));
  return { result: answer.result, names, error: null, busy: false };
}

export function useIndexWaterbed(service: DataService, request: WaterbedRequest | null): IndexWaterbedState {
  const [s, setS] = useState<IndexWaterbedState>(EMPTY);
  const req = request ? toIndexRequest(request) : null;
  const key = req ? JSON.stringify(req) : null;
  useEffect(() => {
    if (key === null) {
      setS(EMPTY);
      return;
    }
    let live = true;
    const known = answers.get(key);
    if (known) {
      setS(known);
      performance.mark('segv:waterbed-result');
      return;
    }
    setS({ ...EMPTY, busy: true });
    compute(service, JSON.parse(key) as IndexWaterbedRequest).then(
      (next) => {
        answers.set(key, next);
        if (!live) return;
        setS(next);
        performance.mark('segv:waterbed-result');
      },
      (e: unknown) => {
        if (!live) return;
        const f = failureOf(e, { resource: 'computation' });
        setS({ ...EMPTY, error: { nl: failureText('nl', f), en: failureText('en', f) } });
      },
    );
    return () => {
      live = false;
    };
  }, [service, key]);
  return s;
}
