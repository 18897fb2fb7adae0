/**
 * The waterbed form's upkeep while the mode is open: the engine worker warms up (boundaries, crosswalks, adjacency)
 * for the level, indicator and end year being filled in, after the first paint; and the form stays valid when the
 * level, the indicators on offer or the imported layers change (a known indicator, years clamped to those available).
 */
import { useEffect, type Dispatch, type SetStateAction } from 'react';
import type { WaterbedForm } from '../views/waterbed/waterbed-model';
import type { IndicatorOption } from '../views/waterbed/WaterbedControls';
import type { DataService } from './data-service';
import type { Registration } from './imported-boundaries';
import { warmWaterbed, waterbedYears } from './use-waterbed';
import type { WaterbedLevel } from './url-state-waterbed';

interface FormUpkeepArgs {
  service: DataService;
  active: boolean;
  level: WaterbedLevel;
  form: WaterbedForm;
  setForm: Dispatch<SetStateAction<WaterbedForm>>;
  indicators: readonly IndicatorOption[];
  registration: Registration;
}

export function useWaterbedFormUpkeep({ service, active, level, form, setForm, indicators, registration }: FormUpkeepArgs): void {
  useEffect(() => {
    if (!active) return;
    service
      .whenPainted()
      .then(() => warmWaterbed(service, level, form.indicator, form.to))
      .catch(() => undefined);
  }, [service, active, level, form.indicator, form.to]);

  useEffect(() => {
    setForm((f) => {
      const indicator = indicators.some((i) => i.id === f.indicator) ? f.indicator : (indicators[0]?.id ?? '');
      const ys = waterbedYears(service, level, indicator);
      const from = ys.includes(f.from) ? f.from : (ys[0] ?? f.from);
      const to = ys.includes(f.to) && f.to > from ? f.to : (ys[ys.length - 1] ?? f.to);
      return indicator === f.indicator && from === f.from && to === f.to ? f : { ...f, indicator, from, to };
    });
  }, [service, level, indicators, form.indicator, registration, setForm]);
}
