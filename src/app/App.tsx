/**
 * Wiring: the view state (mirrored in the URL) → data service questions → classification → views.
 * Views get plain props; only this file talks to the data service.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { classify, classIndex } from '../engine/classify';
import type { UnitValue } from '../data/queries';
import { ChoroplethMap, type HoverInfo } from '../views/map/ChoroplethMap';
import { Legend } from '../views/map/Legend';
import { legendItems } from '../views/map/legend-items';
import { paletteColors } from '../views/map/palette';
import { Tooltip } from '../views/map/Tooltip';
import { Pickers } from '../views/panels/Pickers';
import { UnitTable } from '../views/panels/UnitTable';
import type { DataService, LoadProgress, UnitCollection } from './data-service';
import { LANGS, noticeText, t, type Lang, type Notice } from './i18n';
import { parseState, reconcile, serializeState, type ViewState } from './url-state';

const CLASSES = 5;

export function App({ service, onProgress }: { service: DataService; onProgress: (p: LoadProgress) => void }) {
  const catalog = service.catalog;
  const initial = useMemo(() => parseState(window.location.search, catalog), [catalog]);
  const [state, setState] = useState<ViewState>(initial.state);
  const [notices, setNotices] = useState<Notice[]>(initial.warnings);
  const [geometry, setGeometry] = useState<{ key: string; fc: UnitCollection } | null>(null);
  const [rows, setRows] = useState<{ key: string; rows: UnitValue[] } | null>(null);
  const [hover, setHover] = useState<HoverInfo | null>(null);
  const [showTable, setShowTable] = useState(false);
  const firstPaint = useRef(false);
  const lang = state.lang;

  const layerKey = `${state.level}_${state.year}`;
  const valuesKey = `${layerKey}|${state.variable}|${state.gemeente ?? ''}`;
  const variable = catalog.variables.find((v) => v.id === state.variable)!;

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
      .catch((e: unknown) => live && setNotices((n) => [...n, { code: 'load_error', params: { message: String(e) } }]));
    return () => {
      live = false;
    };
  }, [service, state.level, state.year, layerKey, onProgress]);

  useEffect(() => {
    let live = true;
    service
      .values(state.level, state.year, state.variable, state.gemeente ?? undefined)
      .then((r) => live && setRows({ key: valuesKey, rows: r }))
      .catch((e: unknown) => live && setNotices((n) => [...n, { code: 'load_error', params: { message: String(e) } }]));
    return () => {
      live = false;
    };
  }, [service, state.level, state.year, state.variable, state.gemeente, valuesKey]);

  const current = rows?.key === valuesKey ? rows.rows : null;
  const classification = useMemo(() => (current ? classify(current.map((r) => r.value), 'quantile', CLASSES) : null), [current]);
  const colors = useMemo(() => paletteColors('ylgnbu', Math.max(classification?.counts.length ?? CLASSES, 1)), [classification]);
  const classes = useMemo(() => {
    if (!current || !classification) return current ? new Map(current.map((r) => [r.code, -1])) : null;
    return new Map(current.map((r) => [r.code, classIndex(r.value, classification.breaks)]));
  }, [current, classification]);
  const byCode = useMemo(() => new Map((current ?? []).map((r) => [r.code, r])), [current]);

  const update = useCallback(
    (patch: Partial<ViewState>) => {
      const r = reconcile({ ...state, ...patch }, catalog);
      setState(r.state);
      if (r.note) setNotices((n) => [...n.slice(-2), r.note!]);
    },
    [catalog, state],
  );

  const select = useCallback(
    (code: string) => {
      if (state.level === 'gemeente') update({ level: 'wijk', gemeente: code, year: state.year >= 2023 ? 2024 : 2022 });
      else if (!state.gemeente) update({ gemeente: 'GM' + code.slice(2, 6) });
    },
    [state.level, state.gemeente, state.year, update],
  );

  const onRendered = useCallback(
    (key: string) => {
      if (!firstPaint.current) {
        firstPaint.current = true;
        performance.mark('segv:first-choropleth');
      }
      document.documentElement.dataset.mapReady = `${key}|${state.variable}|${state.gemeente ?? ''}`;
    },
    [state.variable, state.gemeente],
  );

  const gemeenteName = state.gemeente ? (current?.find((r) => r.gemeente_code === state.gemeente)?.gemeente_name ?? state.gemeente) : null;
  const scope = state.gemeente
    ? `${t(lang, 'classesQuantileGemeente')} ${gemeenteName}`
    : t(lang, 'classesQuantile');
  const hovered = hover ? byCode.get(hover.code) : undefined;

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
            <button type="button" onClick={() => update({ level: 'gemeente', gemeente: null })}>
              {t(lang, 'backToNl')}
            </button>
          </div>
        ) : state.level === 'gemeente' ? (
          <p className="muted small">{t(lang, 'clickHint')}</p>
        ) : null}
        <Legend lang={lang} title={variable.label[lang]} unit={variable.unit} year={state.year} scope={scope} items={legendItems(classification, colors)} />
        {variable.note ? <p className="muted small">{variable.note[lang]}</p> : null}
        {variable.kind === 'share' ? <p className="muted small">{t(lang, 'approxNote')}</p> : null}
        {notices.length > 0 ? (
          <div className="notice" role="alert">
            <strong>{t(lang, 'notice')}:</strong>
            <ul>
              {notices.map((n, i) => (
                <li key={i}>{noticeText(lang, n)}</li>
              ))}
            </ul>
            <button type="button" onClick={() => setNotices([])} aria-label="OK">
              OK
            </button>
          </div>
        ) : null}
        <button type="button" className="table-toggle" aria-expanded={showTable} onClick={() => setShowTable((v) => !v)}>
          {t(lang, showTable ? 'hideTable' : 'showTable')}
        </button>
        <p className="credit small">{t(lang, 'credit')}</p>
      </aside>
      <main className="main">
        <ChoroplethMap
          layerKey={layerKey}
          geometry={geometry?.key === layerKey ? geometry.fc : null}
          classes={classes}
          colors={colors}
          gemeente={state.gemeente}
          credit={t(lang, 'credit')}
          ariaLabel={`${variable.label[lang]} ${state.year}`}
          onHover={setHover}
          onSelect={select}
          onRendered={onRendered}
        />
        {hover && hovered ? (
          <Tooltip x={hover.x} y={hover.y} name={hovered.name} value={hovered.value} unit={variable.unit} year={state.year} label={variable.label[lang]} lang={lang} />
        ) : null}
        {showTable && current && classes ? (
          <div className="table-wrap">
            <UnitTable lang={lang} rows={current} classes={classes} unit={variable.unit} onSelect={select} />
          </div>
        ) : null}
      </main>
    </div>
  );
}
