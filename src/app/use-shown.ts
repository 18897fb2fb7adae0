/**
 * What the map shows and how it is classified: the chosen indicator, the group's location quotient per wijk, a
 * waterbed comparison (t0, t1, side by side or the change) or a scenario's change per unit — with its label, unit
 * and the classification settings that go with it (changes get a diverging palette centred on 0; t0 and t1 of a
 * waterbed comparison share one set of breaks over both years so their colours compare).
 */
import { useMemo } from 'react';
import type { UnitValue } from '../data/queries';
import type { CatalogVariable } from '../data/catalog';
import type { Unit } from '../data/variables';
import type { WaterbedResult } from '../pipeline/waterbed';
import { classIndex } from '../engine/classify';
import { classifyWithSettings, settingsColors, type ClassificationSettings } from '../views/explore/classification-model';
import { t, type Lang } from './i18n';
import { withChange } from './use-waterbed-mode';

export interface ShownInputs {
  lang: Lang;
  rows: UnitValue[] | null;
  variable: CatalogVariable;
  cls: ClassificationSettings;
  /** Location quotients per wijk when the map shows them, else null. */
  lq: readonly (readonly [string, number | null])[] | null;
  groupLabel: string;
  waterbed: { result: WaterbedResult; view: 't0' | 't1' | 'side' | 'change' } | null;
  scenario: { values: Map<string, number | null>; label: string | null; breaks: number[] | null } | null;
}

export interface Shown {
  rows: UnitValue[] | null;
  label: string;
  unit: Unit;
  settings: ClassificationSettings;
}

function labelOf(p: ShownInputs): string {
  const { lang, variable, waterbed: wb } = p;
  if (p.scenario?.label) return p.scenario.label;
  if (wb) {
    const r = wb.result.request;
    if (wb.view === 'change') return `${t(lang, 'changeOf')} ${variable.label[lang].toLowerCase()} ${r.from}–${r.to}`;
    const years = wb.view === 't0' ? r.from : wb.view === 'side' ? `${r.from} | ${r.to}` : r.to;
    return `${variable.label[lang]} ${years} (${t(lang, 'onUnitsOf')} ${r.to})`;
  }
  return p.lq ? `${t(lang, 'lqLabel')}: ${p.groupLabel}` : variable.label[lang];
}

function unitOf(p: ShownInputs): Unit {
  if (p.scenario) return 'pp';
  if (p.waterbed?.view === 'change') return p.waterbed.result.indicator.metric === 'relative' ? 'percent' : 'pp';
  return p.lq ? 'score' : p.variable.unit;
}

export function useShown(p: ShownInputs): Shown {
  const { rows, lq, waterbed: wb, scenario, cls } = p;
  const values = useMemo(() => {
    if (!rows) return rows;
    if (scenario) return withChange(rows, scenario.values);
    if (wb) {
      const relative = wb.result.indicator.metric === 'relative';
      const pick = (u: WaterbedResult['units'][number]) =>
        wb.view === 't0' ? u.t0 : wb.view === 't1' || wb.view === 'side' ? u.t1 : relative ? u.changePct : u.change;
      const byCode = new Map(wb.result.units.map((u) => [u.code, pick(u)]));
      return rows.map((r) => ({ ...r, value: byCode.get(r.code) ?? null }));
    }
    if (!lq) return rows;
    const byCode = new Map(lq);
    return rows.map((r) => ({ ...r, value: byCode.get(r.code) ?? null }));
  }, [rows, lq, wb, scenario]);
  const levels = !!wb && wb.view !== 'change';
  const wbBreaks = useMemo(() => {
    if (!wb || !levels) return null;
    const both = wb.result.units.flatMap((u) => [u.t0, u.t1]);
    return classifyWithSettings(both, { ...cls, method: cls.method === 'manual' ? 'quantile' : cls.method })?.breaks ?? null;
  }, [wb, levels, cls]);
  const scenarioBreaks = scenario?.breaks ?? null;
  const settings = useMemo<ClassificationSettings>(
    () =>
      scenarioBreaks
        ? { ...cls, palette: 'rdbu', centre: 'zero', method: 'manual', manualBreaks: scenarioBreaks }
        : wb && !levels
          ? { ...cls, palette: 'rdbu', centre: 'zero' }
          : wbBreaks
            ? { ...cls, method: 'manual', manualBreaks: wbBreaks }
            : cls,
    [cls, wb, levels, wbBreaks, scenarioBreaks],
  );
  return { rows: values, label: labelOf(p), unit: unitOf(p), settings };
}

/**
 * Class breaks over the shown values (only the units in view when `inViewCodes` is given), the colours of the
 * classes and each unit's class (−1: no data).
 */
export function useClasses(
  rows: UnitValue[] | null,
  settings: ClassificationSettings,
  inViewCodes: readonly string[] | null,
  nationalValue: number | null,
) {
  const inView = useMemo(() => (inViewCodes ? new Set(inViewCodes) : null), [inViewCodes]);
  const classification = useMemo(
    () =>
      rows
        ? classifyWithSettings(
            rows.filter((r) => !inView || inView.has(r.code)).map((r) => r.value),
            settings,
          )
        : null,
    [rows, settings, inView],
  );
  const colors = useMemo(() => settingsColors(classification, settings, nationalValue), [classification, settings, nationalValue]);
  const classes = useMemo(
    () => (rows ? new Map(rows.map((r) => [r.code, classification ? classIndex(r.value, classification.breaks) : -1])) : null),
    [rows, classification],
  );
  return { classification, colors, classes };
}
