/**
 * Runs a scenario in the engine worker: the spec's rows (its level and year, scenarioVariables(spec).units), the
 * gemeente's row and the level's boundary URL go to `engine().scenario`. The effect follows the spec's content;
 * stale answers are dropped. A refusal keeps its reasons; a load or worker failure becomes a message.
 */
import { useEffect, useState } from 'react';
import type { DataService } from '../../app/data-service';
import { engine } from '../../app/engine-client';
import { failureText } from '../../app/i18n-errors';
import { failureOf } from '../../app/load-errors';
import type { ScenarioIssue, ScenarioResult, ScenarioSpec } from '../../engine/scenario';
import type { Bilingual } from '../../engine/waterbed/types';
import { scenarioVariables, type ScenarioRow } from '../../pipeline/scenario';

export interface ScenarioRun {
  result: ScenarioResult | null;
  /** Why the engine refused the scenario (each with its spec path). */
  refusal: ScenarioIssue[] | null;
  /** Why it could not be computed at all (data or worker failure). */
  failure: Bilingual | null;
  busy: boolean;
}

const IDLE: ScenarioRun = { result: null, refusal: null, failure: null, busy: false };

async function compute(service: DataService, spec: ScenarioSpec) {
  const vars = scenarioVariables(spec);
  const [rows, gemeenteRows] = await Promise.all([
    service.rows(spec.level, spec.year, vars.units),
    service.rows('gemeente', spec.year, vars.gemeente),
  ]);
  const gemeenteRow = gemeenteRows.find((r) => r.code === spec.gemeente) ?? null;
  const topologyUrl = spec.level === 'buurt' ? null : service.topologyUrl(spec.level, spec.year);
  return engine().scenario(spec, rows as ScenarioRow[], gemeenteRow as ScenarioRow | null, topologyUrl);
}

export function useScenario(service: DataService, spec: ScenarioSpec | null, version: number): ScenarioRun {
  const [run, setRun] = useState<ScenarioRun>(IDLE);
  const key = spec ? JSON.stringify(spec) : null;
  useEffect(() => {
    if (key === null) {
      setRun(IDLE);
      return;
    }
    let live = true;
    setRun((r) => ({ ...r, busy: true, refusal: null, failure: null }));
    compute(service, JSON.parse(key) as ScenarioSpec).then(
      (answer) => {
        if (!live) return;
        setRun(
          answer.ok
            ? { result: answer.value, refusal: null, failure: null, busy: false }
            : { result: null, refusal: answer.errors, failure: null, busy: false },
        );
      },
      (e: unknown) => {
        if (!live) return;
        const f = failureOf(e, { resource: 'computation' });
        setRun({ result: null, refusal: null, failure: { nl: failureText('nl', f), en: failureText('en', f) }, busy: false });
      },
    );
    return () => {
      live = false;
    };
  }, [service, key, version]);
  return run;
}
