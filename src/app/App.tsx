/**
 * Wiring: the view state (mirrored in the URL) → data service and engine worker → classification → views.
 * Views get plain props; only the app layer talks to the data service and the worker.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { classify, classIndex } from '../engine/classify';
import type { UnitValue } from '../data/queries';
import type { Unit } from '../data/variables';
import { RankingChart, type RankItem } from '../views/charts/RankingChart';
import { ChoroplethMap, type HoverInfo } from '../views/map/ChoroplethMap';
import { Legend } from '../views/map/Legend';
import { legendItems } from '../views/map/legend-items';
import { paletteColors } from '../views/map/palette';
import { Tooltip } from '../views/map/Tooltip';
import { IndicesPanel } from '../views/panels/IndicesPanel';
import { INDEX_LABELS } from '../views/panels/index-labels';
import { Pickers } from '../views/panels/Pickers';
import { UnitTable } from '../views/panels/UnitTable';
import type { DataService, LoadProgress, UnitCollection } from './data-service';
import { LANGS, noticeText, t, type Lang, type Notice } from './i18n';
import { groupsFor, indexYear, useIndices } from './use-indices';
import { parseState, RANKABLE, reconcile, serializeState, type Drawer, type RankIndex, type ViewState } from './url-state';

const CLASSES = 5;

export function App({ service, onProgress }: { service: DataService; onProgress: (p: LoadProgress) => void }) {
  const catalog = service.catalog;
  const initial = useMemo(() => parseState(window.location.search, catalog), [catalog]);
  const [state, setState] = useState<ViewState>(initial.state);
  const [notices, setNotices] = useState<Notice[]>(initial.warnings);
  const [geometry, setGeometry] = useState<{ key: string; fc: UnitCollection } | null>(null);
  const [rows, setRows] = useState<{ key: string; rows: UnitValue[] } | null>(null);
  const [hover, setHover] = useState<HoverInfo | null>(null);
  const firstPaint = useRef(false);
  const lang = state.lang;

  const layerKey = `${state.level}_${state.year}`;
  const valuesKey = `${layerKey}|${state.variable}|${state.gemeente ?? ''}`;
  const variable = catalog.variables.find((v) => v.id === state.variable)!;
  const addNotice = useCallback((n: Notice) => setNotices((ns) => [...ns.slice(-3), n]), []);

  // Indices: wijken of every gemeente in the wijk year closest to the map's year.
  const idxYear = indexYear(state.level, state.year);
  const groups = useMemo(() => groupsFor(catalog, idxYear), [catalog, idxYear]);
  const group = groups.some((g) => g.id === state.group) ? state.group : (groups[0]?.id ?? null);
  const indices = useIndices(service, idxYear, group, state.gemeente);
  const lqMode = state.mapMode === 'lq' && !!state.gemeente && state.level === 'wijk' && indices.local !== null;

  useEffect(() => {
    document.documentElement.lang = lang;
    window.history.replaceState(null, '', serializeState(state));
  }, [state, lang]);

  useEffect(() => {
    let live = true;
    service
      .geometry(state.level, state.year)
      .then((fc) => {
        if (!live) return;
        performance.mark('segv:geometry');
        onProgress({ step: 'geometry', fraction: 1 });
        setGeometry({ key: layerKey, fc });
      })
      .catch((e: unknown) => live && addNotice({ code: 'load_error', params: { message: String(e) } }));
    return () => {
      live = false;
    };
  }, [service, state.level, state.year, layerKey, onProgress, addNotice]);

  useEffect(() => {
    let live = true;
    service
      .values(state.level, state.year, state.variable, state.gemeente ?? undefined)
      .then((r) => live && setRows({ key: valuesKey, rows: r }))
      .catch((e: unknown) => live && addNotice({ code: 'load_error', params: { message: String(e) } }));
    return () => {
      live = false;
    };
  }, [service, state.level, state.year, state.variable, state.gemeente, valuesKey, addNotice]);

  const baseRows = rows?.key === valuesKey ? rows.rows : null;
  // What the map shows: the chosen indicator, or the group's location quotient per wijk.
  const shown = useMemo(() => {
    if (!baseRows || !lqMode) return baseRows;
    const lq = new Map(indices.local!.values);
    return baseRows.map((r) => ({ ...r, value: lq.get(r.code) ?? null }));
  }, [baseRows, lqMode, indices.local]);
  const shownLabel = lqMode ? `${t(lang, 'lqLabel')}: ${groups.find((g) => g.id === group)?.label[lang] ?? ''}` : variable.label[lang];
  const shownUnit: Unit = lqMode ? 'score' : variable.unit;

  const classification = useMemo(() => (shown ? classify(shown.map((r) => r.value), 'quantile', CLASSES) : null), [shown]);
  const colors = useMemo(() => paletteColors('ylgnbu', Math.max(classification?.counts.length ?? CLASSES, 1)), [classification]);
  const classes = useMemo(() => {
    if (!shown) return null;
    return new Map(shown.map((r) => [r.code, classification ? classIndex(r.value, classification.breaks) : -1]));
  }, [shown, classification]);
  const byCode = useMemo(() => new Map((shown ?? []).map((r) => [r.code, r])), [shown]);

  const update = useCallback(
    (patch: Partial<ViewState>) => {
      const r = reconcile({ ...state, ...patch }, catalog);
      setState(r.state);
      if (r.note) addNotice(r.note);
    },
    [catalog, state, addNotice],
  );

  const openGemeente = useCallback(
    (gm: string) => update({ level: 'wijk', gemeente: gm, year: indexYear(state.level, state.year) }),
    [state.level, state.year, update],
  );
  const select = useCallback(
    (code: string) => {
      if (state.level === 'gemeente') openGemeente(code);
      else if (!state.gemeente) update({ gemeente: 'GM' + code.slice(2, 6) });
    },
    [state.level, state.gemeente, openGemeente, update],
  );

  const onRendered = useCallback(
    (key: string) => {
      if (!firstPaint.current) {
        firstPaint.current = true;
        performance.mark('segv:first-choropleth');
      }
      document.documentElement.dataset.mapReady = `${key}|${lqMode ? 'lq' : state.variable}|${state.gemeente ?? ''}`;
    },
    [state.variable, state.gemeente, lqMode],
  );

  const gemeenteName = state.gemeente ? (baseRows?.find((r) => r.gemeente_code === state.gemeente)?.gemeente_name ?? state.gemeente) : null;
  const scope = state.gemeente ? `${t(lang, 'classesQuantileGemeente')} ${gemeenteName}` : t(lang, 'classesQuantile');
  const hovered = hover ? byCode.get(hover.code) : undefined;
  const detail = indices.detail?.records.find((r) => r.regionCode === state.gemeente) ?? null;
  const rankItems = useMemo<RankItem[]>(
    () =>
      (indices.ranking?.records ?? []).flatMap((r) => {
        const v = r.twoGroup[state.rankIndex];
        return v.ok ? [{ code: r.regionCode, name: r.regionName, value: v.value }] : [];
      }),
    [indices.ranking, state.rankIndex],
  );

  return (
    <div className="app">
      <header className="topbar">
        <h1>{t(lang, 'title')}</h1>
        <p className="muted">{t(lang, 'subtitle')}</p>
        <div className="lang" role="group" aria-label={t(lang, 'language')}>
          {LANGS.map((l: Lang) => (
            <button key={l} type="button" aria-pressed={l === lang} onClick={() => update({ lang: l })}>
              {l.toUpperCase()}
            </button>
          ))}
        </div>
      </header>
      <aside className="panel">
        <Pickers lang={lang} catalog={catalog} state={state} onChange={update} />
        {state.gemeente ? (
          <div className="drill">
            <strong>
              {t(lang, 'wijkenOf')} {gemeenteName}
            </strong>
            <button type="button" onClick={() => update({ level: 'gemeente', gemeente: null, mapMode: 'variable' })}>
              {t(lang, 'backToNl')}
            </button>
            <fieldset className="map-mode">
              <legend>{t(lang, 'mapShows')}</legend>
              {(['variable', 'lq'] as const).map((m) => (
                <label key={m}>
                  <input type="radio" name="mapMode" value={m} checked={state.mapMode === m} onChange={() => update({ mapMode: m })} />
                  {t(lang, m === 'lq' ? 'mapLq' : 'mapVariable')}
                </label>
              ))}
            </fieldset>
          </div>
        ) : state.level === 'gemeente' ? (
          <p className="muted small">{t(lang, 'clickHint')}</p>
        ) : null}
        <Legend lang={lang} title={shownLabel} unit={shownUnit} year={state.year} scope={scope} items={legendItems(classification, colors)} />
        {lqMode ? <p className="muted small">{t(lang, 'lqNote')}</p> : variable.note ? <p className="muted small">{variable.note[lang]}</p> : null}
        {!lqMode && variable.kind === 'share' ? <p className="muted small">{t(lang, 'approxNote')}</p> : null}
        {notices.length > 0 ? (
          <div className="notice" role="alert">
            <strong>{t(lang, 'notice')}:</strong>
            <ul>
              {notices.map((n, i) => (
                <li key={i}>{noticeText(lang, n)}</li>
              ))}
            </ul>
            <button type="button" onClick={() => setNotices([])}>
              OK
            </button>
          </div>
        ) : null}
        {group ? (
          <IndicesPanel
            lang={lang}
            year={idxYear}
            groups={groups}
            group={group}
            onGroup={(g) => update({ group: g })}
            record={detail}
            gemeenteName={gemeenteName}
            busy={indices.busy}
            error={indices.error}
            decomposition={indices.decomposition}
          />
        ) : null}
        <p className="credit small">{t(lang, 'credit')}</p>
      </aside>
      <main className="main">
        <div className="map-area">
          <ChoroplethMap
            layerKey={layerKey}
            geometry={geometry?.key === layerKey ? geometry.fc : null}
            classes={classes}
            colors={colors}
            gemeente={state.gemeente}
            credit={t(lang, 'credit')}
            ariaLabel={`${shownLabel} ${state.year}`}
            onHover={setHover}
            onSelect={select}
            onRendered={onRendered}
          />
          {hover && hovered ? (
            <Tooltip x={hover.x} y={hover.y} name={hovered.name} value={hovered.value} unit={shownUnit} year={state.year} label={shownLabel} lang={lang} />
          ) : null}
        </div>
        <section className={`drawer drawer-${state.drawer}`}>
          <div className="drawer-tabs" role="tablist">
            {(['ranking', 'table', 'none'] as Drawer[]).map((d) => (
              <button key={d} type="button" role="tab" aria-selected={state.drawer === d} onClick={() => update({ drawer: d })}>
                {t(lang, d === 'ranking' ? 'bottomRanking' : d === 'table' ? 'bottomTable' : 'bottomNone')}
              </button>
            ))}
            {state.drawer === 'ranking' ? (
              <select name="rankIndex" aria-label={t(lang, 'index')} value={state.rankIndex} onChange={(e) => update({ rankIndex: e.target.value as RankIndex })}>
                {RANKABLE.map((i) => (
                  <option key={i} value={i}>
                    {INDEX_LABELS[i]![lang]}
                  </option>
                ))}
              </select>
            ) : null}
          </div>
          {state.drawer === 'table' && shown && classes ? (
            <div className="table-wrap">
              <UnitTable lang={lang} rows={shown} classes={classes} unit={shownUnit} onSelect={select} />
            </div>
          ) : null}
          {state.drawer === 'ranking' && group ? (
            rankItems.length ? (
              <RankingChart
                lang={lang}
                title={`${rankItems.length} ${t(lang, 'rankingOf')} ${INDEX_LABELS[state.rankIndex]![lang]} — ${groups.find((g) => g.id === group)?.label[lang]} (${t(lang, 'wijken')} ${idxYear})`}
                items={rankItems}
                selected={state.gemeente}
                onSelect={openGemeente}
              />
            ) : (
              <p className="muted small pad">{indices.error ?? t(lang, 'computing')}</p>
            )
          ) : null}
        </section>
      </main>
    </div>
  );
}
