/**
 * Scenario mode for App: the draft set-up (form), the submitted spec (kept in the URL, `state.scenario`), its
 * result from the worker, and what the map shows (change per wijk under one relocation rule, target and ring
 * outlined). Clicking the map or choosing a search result toggles a target of the active lever. While active, the
 * map follows the draft: the wijken of its gemeente in its year.
 */
import { useCallback, useEffect, useMemo, useState, type Dispatch, type SetStateAction } from 'react';
import type { DataService } from '../../app/data-service';
import type { SearchResult } from '../../app/search-index';
import { reconcile, yearsFor, type ViewState } from '../../app/url-state';
import type { Catalog } from '../../data/catalog';
import { gemeenteOfArea, wijkOfBuurt } from '../../data/buurt-codes';
import { groupDefinitionFor } from '../../engine/groups';
import type { ScenarioIssue, ScenarioSpec } from '../../engine/scenario';
import { checkDraft, defaultSpec, sameSpec, toggleUnit, withLocation } from './form-model';
import { changeBreaks, changeValues, outlines, ruleOf } from './map-view';
import { decodeScenarioParam, encodeScenarioParam } from './spec-url';
import { tsf } from './strings';
import { useGemeenteUnits } from './use-gemeente-units';
import { useScenario } from './use-scenario';

export interface ScenarioModeArgs {
  service: DataService;
  active: boolean;
  state: ViewState;
  setState: Dispatch<SetStateAction<ViewState>>;
  version: number;
}

/** The wijk year the map shows for a spec (buurten lie in the wijken of the nearest boundary year). */
function mapYearOf(catalog: Catalog, spec: ScenarioSpec): number {
  const years = catalog.geometry.wijk ?? [];
  if (years.includes(spec.year) || years.length === 0) return spec.year;
  return years.reduce((best, y) => (Math.abs(y - spec.year) < Math.abs(best - spec.year) ? y : best), years[0]!);
}

/** The focal group's share as map indicator before a result exists, else the current or a safe one. */
function mapVariableOf(catalog: Catalog, spec: ScenarioSpec, year: number, current: string): string {
  const def = groupDefinitionFor(spec.group, spec.level);
  const part = def?.groups.find((g) => g.id === spec.focal) ?? def?.groups[0];
  const ok = (v: string | undefined): v is string => !!v && yearsFor(catalog, 'wijk', v).includes(year);
  const share = part && 'share' in part ? part.share : undefined;
  return ok(share) ? share : ok(current) ? current : 'population';
}

function useMapSync(catalog: Catalog, active: boolean, draft: ScenarioSpec, state: ViewState, setState: ScenarioModeArgs['setState']) {
  const year = mapYearOf(catalog, draft);
  const variable = mapVariableOf(catalog, draft, year, state.variable);
  const gemeente = draft.gemeente;
  const inSync =
    state.level === 'wijk' &&
    state.gemeente === gemeente &&
    state.year === year &&
    state.variable === variable &&
    state.selected === null &&
    state.mapMode === 'variable';
  useEffect(() => {
    if (!active || inSync) return;
    setState((s) => reconcile({ ...s, level: 'wijk', gemeente, year, variable, selected: null, mapMode: 'variable' }, catalog).state);
  }, [active, inSync, gemeente, year, variable, catalog, setState]);
}

export function useScenarioMode({ service, active, state, setState, version }: ScenarioModeArgs) {
  const catalog = service.catalog;
  const lang = state.lang;
  const decoded = useMemo(() => (state.scenario ? decodeScenarioParam(state.scenario) : null), [state.scenario]);
  const submitted = decoded?.ok ? decoded.spec : null;
  /** Why the link's scenario was ignored (kept after the bad parameter is dropped from the URL). */
  const [urlIssues] = useState<ScenarioIssue[] | null>(() => (decoded && !decoded.ok ? decoded.issues : null));
  const [draft, setDraft] = useState<ScenarioSpec>(() => submitted ?? defaultSpec(catalog, state.gemeente));
  const [draftIssues, setDraftIssues] = useState<ScenarioIssue[] | null>(null);
  const [activeLever, setActiveLever] = useState(0);
  const [mapRule, setMapRule] = useState<string | null>(null);
  useEffect(() => {
    if (decoded && !decoded.ok) setState((s) => ({ ...s, scenario: null }));
  }, [decoded, setState]);
  useMapSync(catalog, active, draft, state, setState);

  const run = useScenario(service, active ? submitted : null, version);
  const units = useGemeenteUnits(service, active, draft.gemeente, draft.level, draft.year, version);
  const lever = Math.min(activeLever, Math.max(0, draft.levers.length - 1));
  const checked = useMemo(() => checkDraft(draft), [draft]);
  const outdated = !!submitted && (!checked.ok || !sameSpec(checked.value, submitted));

  const submit = useCallback(() => {
    if (!checked.ok) {
      setDraftIssues(checked.errors);
      return;
    }
    setDraftIssues(null);
    setDraft(checked.value);
    setState((s) => ({ ...s, scenario: encodeScenarioParam(checked.value) }));
  }, [checked, setState]);

  /** A unit from the map or the search: switch gemeente if needed, then toggle it in the active lever. */
  const toggle = useCallback(
    (code: string) => {
      setDraft((d) => {
        const gm = code.startsWith('GM') ? code : gemeenteOfArea(code);
        const here = gm === d.gemeente ? d : withLocation(catalog, d, { gemeente: gm });
        if (code.startsWith('GM')) return here;
        const unit = d.level === 'buurt' ? (code.startsWith('BU') ? code : null) : code.startsWith('BU') ? wijkOfBuurt(code) : code;
        return unit ? toggleUnit(here, lever, unit) : here;
      });
    },
    [catalog, lever],
  );
  const onSearch = useCallback((r: SearchResult) => toggle(r.code), [toggle]);

  const result = run.result;
  const rule = result ? ruleOf(result, mapRule) : null;
  const mapValues = useMemo(() => (active && result && rule ? changeValues(result, rule) : null), [active, result, rule]);
  const rings = useMemo(() => (active ? outlines(draft, result) : null), [active, draft, result]);
  const mapBreaks = useMemo(() => (mapValues ? changeBreaks(mapValues.values()) : null), [mapValues]);
  const focalLabel = result ? result.group.groups[result.group.focal]!.label[lang] : '';
  const mapLabel = mapValues && rule ? tsf(lang, 'mapLabel', { group: focalLabel.toLowerCase(), rule: rule.label[lang] }) : null;

  return {
    draft,
    setDraft,
    draftIssues,
    checked,
    submitted,
    urlIssues,
    outdated,
    submit,
    activeLever: lever,
    setActiveLever,
    units,
    run,
    rule,
    setMapRule,
    toggle,
    onSearch,
    mapValues,
    /** Class breaks for mapValues (diverging around 0). */
    mapBreaks,
    rings,
    mapLabel,
    mapKey: mapValues && rule ? `scenario-${rule.key}` : null,
  };
}

export type ScenarioMode = ReturnType<typeof useScenarioMode>;
