/**
 * Waterbed mode's side panel (level, form, summary) and drawer (trajectories, unit table). Composition only.
 */
import { TrajectoryChart } from '../views/waterbed/TrajectoryChart';
import { WaterbedControls } from '../views/waterbed/WaterbedControls';
import { WaterbedSummary } from '../views/waterbed/WaterbedSummary';
import { WaterbedExport } from '../features/export/WaterbedExport';
import { WaterbedUnitsTable } from '../views/waterbed/WaterbedUnitsTable';
import { IndexWaterbedSummary, IndexWaterbedUnits } from '../views/waterbed/IndexWaterbedResult';
import { indexIndicatorId, indexMapVariable } from '../views/waterbed/index-indicator';
import type { DataService } from './data-service';
import { t, type Lang } from './i18n';
import { twf } from './i18n-waterbed';
import type { useWaterbedMode, WaterbedLevel } from './use-waterbed-mode';
import { BuurtWaterbedNotes } from '../features/waterbed-buurt/BuurtWaterbedNotes';
import { twb } from '../features/waterbed-buurt/strings';

type Mode = ReturnType<typeof useWaterbedMode>;

export function WaterbedSide({ lang, wb, service }: { lang: Lang; wb: Mode; service: DataService }) {
  return (
    <section className="waterbed-side" aria-label={t(lang, 'modeWaterbed')}>
      <p className="muted small">{t(lang, 'waterbedIntro')}</p>
      <fieldset className="map-mode">
        <legend>{t(lang, 'level')}</legend>
        {(['gemeente', 'wijk', ...(wb.buurt.available || wb.level === 'buurt' ? ['buurt'] : [])] as WaterbedLevel[]).map((l) => (
          <label key={l}>
            <input type="radio" name="wbLevel" value={l} checked={wb.level === l} onChange={() => wb.setLevel(l)} />
            {l === 'buurt' ? twb(lang, 'level') : t(lang, l === 'gemeente' ? 'level_gemeente' : 'level_wijk')}
          </label>
        ))}
      </fieldset>
      {wb.level === 'buurt' ? (
        <BuurtWaterbedNotes lang={lang} files={wb.buurt.files} result={!!wb.result} empty={wb.indicators.length === 0} />
      ) : null}
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
      {wb.indexResult ? <IndexWaterbedSummary lang={lang} result={wb.indexResult} mapNote={indexMapNote(lang, wb, service)} /> : null}
    </section>
  );
}

/** "The map shows 65 jaar en ouder (aandeel) in 2024; …": what lies behind the rings of an index comparison. */
function indexMapNote(lang: Lang, wb: Mode, service: DataService): string {
  const r = wb.indexResult?.request;
  const id = r ? indexMapVariable(indexIndicatorId(r.index, r.group)) : null;
  const label = service.catalog.variables.find((v) => v.id === id)?.label[lang] ?? id ?? '';
  return twf(lang, 'indexMapNote', { variable: label.toLowerCase(), year: wb.indexResult?.request.to ?? '' });
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
  if (wb.indexResult)
    return (
      <div className="waterbed-drawer index-drawer">
        <div className="table-wrap">
          <IndexWaterbedUnits lang={lang} result={wb.indexResult} names={wb.indexNames} highlighted={highlighted} onHover={onHover} />
        </div>
      </div>
    );
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
