/**
 * What the map paints: the shown values (indicator, location quotient, waterbed comparison or scenario change, see
 * use-shown.ts), their classes and colours, the legend — in waterbed mode with the units outside the comparison as
 * a class of their own and a key for the ring outlines (use-waterbed-legend.ts) — and the rows by code.
 */
import { useMemo } from 'react';
import type { CatalogVariable } from '../data/catalog';
import type { UnitValue } from '../data/queries';
import type { ScenarioMode } from '../features/scenario/use-scenario-mode';
import type { ClassificationSettings } from '../views/explore/classification-model';
import { legendItems } from '../views/map/legend-items';
import type { Lang } from './i18n';
import { useClasses, useShown } from './use-shown';
import { useWaterbedLegend } from './use-waterbed-legend';
import type { useWaterbedMode } from './use-waterbed-mode';

type WaterbedMode = ReturnType<typeof useWaterbedMode>;

export interface MapContentInputs {
  lang: Lang;
  rows: UnitValue[] | null;
  variable: CatalogVariable;
  cls: ClassificationSettings;
  /** Location quotients per wijk when the map shows them, else null. */
  lq: readonly (readonly [string, number | null])[] | null;
  groupLabel: string;
  /** The waterbed mode's state when the app is in waterbed mode, else null. */
  wb: WaterbedMode | null;
  sc: ScenarioMode;
  /** The national value the diverging palette centres on, when known. */
  nationalValue: number | null;
  /** Codes the classes and counts are over: those in the map's view (classes over the view), an imported buurt layer's, else null (all). */
  inView: readonly string[] | null;
}

export function useMapContent(a: MapContentInputs) {
  const { wb, sc } = a;
  const wbResult = wb ? wb.result : null;
  const wbMapView = wb?.mapView ?? 't1';
  const wbShown = useMemo(() => (wbResult ? { result: wbResult, view: wbMapView } : null), [wbResult, wbMapView]);
  const scShown = useMemo(
    () => (sc.mapValues ? { values: sc.mapValues, label: sc.mapLabel, breaks: sc.mapBreaks } : null),
    [sc.mapValues, sc.mapLabel, sc.mapBreaks],
  );
  const shown = useShown({
    lang: a.lang,
    rows: a.rows,
    variable: a.variable,
    cls: a.cls,
    lq: a.lq,
    groupLabel: a.groupLabel,
    waterbed: wbShown,
    scenario: scShown,
  });
  const { classification, colors, classes } = useClasses(shown.rows, shown.settings, a.inView, a.nationalValue);
  const baseLegend = useMemo(() => legendItems(classification, colors), [classification, colors]);
  const wbRings = wb ? (wb.rings ?? new Map(wb.form.targets.map((x) => [x.code, 'target' as const]))) : null;
  const wbKey = useWaterbedLegend({
    lang: a.lang,
    rings: wbRings,
    compared: !!wb?.rings,
    result: wbResult,
    marked: wb ? wb.marked : null,
    items: baseLegend,
    classes,
    colors,
    inView: a.inView,
  });
  const byCode = useMemo(() => new Map((shown.rows ?? []).map((r) => [r.code, r])), [shown.rows]);
  return { shown, classification, colors, classes, legend: wbKey.items, wbKey, wbRings, byCode };
}
