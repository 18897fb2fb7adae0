/**
 * Waterbed mode's side panel (level, form, summary) and drawer (trajectories, unit table). Composition only.
 */
import { TrajectoryChart } from '../views/waterbed/TrajectoryChart';
import { WaterbedControls } from '../views/waterbed/WaterbedControls';
import { WaterbedSummary } from '../views/waterbed/WaterbedSummary';
import { WaterbedExport } from '../features/export/WaterbedExport';
import { WaterbedUnitsTable } from '../views/waterbed/WaterbedUnitsTable';
import type { DataService } from './data-service';
import { t, type Lang } from './i18n';
import { IndexWaterbed } from './IndexWaterbed';
import type { useWaterbedMode, WaterbedLevel } from './use-waterbed-mode';

type Mode = ReturnType<typeof useWaterbedMode>;

export function WaterbedSide({ lang, wb, service }: { lang: Lang; wb: Mode; service: DataService }) {
  return (
    <section className="waterbed-side" aria-label={t(lang, 'modeWaterbed')}>
      <p className="muted small">{t(lang, 'waterbedIntro')}</p>
      <fieldset className="map-mode">
        <legend>{t(lang, 'level')}</legend>
        {(['gemeente', 'wijk'] as WaterbedLevel[]).map((l) => (
          <label key={l}>
            <input type="radio" name="wbLevel" value={l} checked={wb.level === l} onChange={() => wb.setLevel(l)} />
            {t(lang, l === 'gemeente' ? 'level_gemeente' : 'level_wijk')}
          </label>
        ))}
      </fieldset>
      <WaterbedControls
        lang={lang}
        value={wb.form}
        options={{ indicators: wb.indicators, years: wb.years }}
        onChange={wb.setForm}
        onSubmit={wb.submit}
        busy={wb.busy}
        error={wb.error}
      />
      {wb.result ? (
        <fieldset className="map-mode">
          <legend>{t(lang, 'mapShows')}</legend>
          {(['change', 't0', 't1', 'side'] as const).map((m) => (
            <label key={m}>
              <input type="radio" name="wbMapView" value={m} checked={wb.mapView === m} onChange={() => wb.setMapView(m)} />
              {m === 'change'
                ? t(lang, 'changeOf')
                : m === 'side'
                  ? `${t(lang, 'sideBySide')} (${wb.result!.request.from} | ${wb.result!.request.to})`
                  : `${m} (${m === 't0' ? wb.result!.request.from : wb.result!.request.to})`}
            </label>
          ))}
        </fieldset>
      ) : null}
      {wb.result ? <WaterbedSummary lang={lang} result={wb.result} downloads={<WaterbedExport lang={lang} result={wb.result} />} /> : null}
      {wb.level === 'gemeente' ? <IndexWaterbed lang={lang} service={service} targets={wb.form.targets.map((x) => x.code)} /> : null}
    </section>
  );
}

export function WaterbedDrawer({
  lang,
  wb,
  highlighted,
  onHover,
}: {
  lang: Lang;
  wb: Mode;
  highlighted: string | null;
  onHover: (c: string | null) => void;
}) {
  if (!wb.result) return <p className="muted small pad">{wb.busy ? t(lang, 'computing') : t(lang, 'waterbedEmpty')}</p>;
  return (
    <div className="waterbed-drawer">
      <TrajectoryChart lang={lang} result={wb.result} />
      <div className="table-wrap">
        <WaterbedUnitsTable lang={lang} result={wb.result} highlighted={highlighted} onHover={onHover} />
      </div>
    </div>
  );
}
