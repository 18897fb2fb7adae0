/**
 * Bad inputs for the app in the browser: broken, missing, slow or reset data files, and stale or unknown codes in
 * the URL. tests/e2e/errors.e2e.ts runs every case in headless Chromium and sorts what it saw into
 * correct result / clear error / silent wrong / stack trace; only the first two are acceptable.
 *
 * A case's `expected` is what it must produce: 'clear-error' — a message in words in the UI language (the error
 * panel for failed loads, a notice for URL codes), no developer text; 'correct' — the right map after all (a
 * fallback or the successor of a merged gemeente), with its notice.
 */

/** A network fault injected with page.route on the URLs matching `url` (a glob). */
export interface Fault {
  url: string;
  /** status-N: answer with that HTTP status; truncate: the first half of the real body; hang: never answer;
   * reset: connection reset; html: 200 with the HTML an SPA fallback serves for a missing file. */
  mode: 'status-404' | 'status-500' | 'truncate' | 'hang' | 'reset' | 'html';
}

export interface BrowserCase {
  id: string;
  description: string;
  /** Query string of the first page load ('' = default view). */
  query: string;
  fault?: Fault;
  /** Inject the fault only after the first map is painted, then do `action`. */
  faultAfterLoad?: boolean;
  /** 'year-2019': pick population and then 2019 in the pickers. 'open-successor': press the notice's button. */
  action?: 'year-2019' | 'open-successor';
  /** Shorter download timeout (ms) for this page (window.__segvLoadTimeoutMs). */
  timeoutMs?: number;
  expected: 'correct' | 'clear-error';
  /** Where the words appear: the error panel of a failed load, or a notice. */
  shows: 'error-panel' | 'notice';
  /** What the user must read (in the page's language). */
  message: RegExp;
  /** Classification on the error panel item (data-kind). */
  kind?: 'offline' | 'unreachable' | 'timeout' | 'not_found' | 'server' | 'damaged' | 'unexpected';
  /** Map (dataset.mapReady) painted at the end: the fallback or the correct result. */
  ready?: string;
  /** After pressing the notice's successor button, this map must be painted. */
  successorReady?: string;
  /** After the error: remove the fault, press "Try again", and this map must be painted. */
  retryReady?: string;
  /** The old year's layer must be hidden while the new one failed. */
  hiddenLayer?: string;
  outcome: string;
}

const NL_DEFAULT = 'gemeente_2022|share_income_low|';

export const BROWSER_CASES: BrowserCase[] = [
  {
    id: 'stats-404',
    description: 'gemeente statistics (data/stats/gemeente.parquet) answer 404',
    query: '',
    fault: { url: '**/data/stats/gemeente.parquet', mode: 'status-404' },
    expected: 'clear-error',
    shows: 'error-panel',
    message: /De statistieken \(gemeenten\) konden niet worden geladen: het bestand ontbreekt op de server/,
    kind: 'not_found',
    retryReady: NL_DEFAULT,
    outcome: 'error panel "statistieken … ontbreekt op de server"; Opnieuw proberen paints the map without a reload',
  },
  {
    id: 'stats-truncated',
    description: 'wijk statistics arrive truncated (first half of the Parquet file)',
    query: '',
    fault: { url: '**/data/stats/wijk.parquet', mode: 'truncate' },
    expected: 'clear-error',
    shows: 'error-panel',
    message: /De statistieken \(wijken\) konden niet worden geladen: het bestand is beschadigd of onvolledig aangekomen/,
    kind: 'damaged',
    retryReady: NL_DEFAULT,
    outcome: 'error panel "beschadigd of onvolledig"; retry recovers',
  },
  {
    id: 'geo-truncated',
    description: 'boundaries gemeente 2022 arrive truncated (half the TopoJSON: a JSON parse error inside)',
    query: '',
    fault: { url: '**/data/geo/gemeente_2022.topo.json', mode: 'truncate' },
    expected: 'clear-error',
    shows: 'error-panel',
    message: /De kaartgrenzen \(gemeenten 2022\) konden niet worden geladen: het bestand is beschadigd/,
    kind: 'damaged',
    retryReady: NL_DEFAULT,
    outcome: 'damaged-file message without SyntaxError/position text; retry recovers (failure not cached)',
  },
  {
    id: 'geo-hang',
    description: 'boundaries gemeente 2022: the request never answers (1.5 s timeout for the test)',
    query: '',
    fault: { url: '**/data/geo/gemeente_2022.topo.json', mode: 'hang' },
    timeoutMs: 1500,
    expected: 'clear-error',
    shows: 'error-panel',
    message: /De kaartgrenzen \(gemeenten 2022\) konden niet worden geladen: de server antwoordde niet binnen 2 seconden/,
    kind: 'timeout',
    retryReady: NL_DEFAULT,
    outcome: 'timeout message after 1.5 s instead of spinning forever; retry recovers',
  },
  {
    id: 'catalog-500',
    description: 'the catalogue (data/variables.json) answers 500',
    query: '',
    fault: { url: '**/data/variables.json', mode: 'status-500' },
    expected: 'clear-error',
    shows: 'error-panel',
    message: /De catalogus van de gegevens kon niet worden geladen: de server meldde een fout/,
    kind: 'server',
    retryReady: NL_DEFAULT,
    outcome: 'error panel instead of one red line; Opnieuw proberen reloads the page and the app starts',
  },
  {
    id: 'catalog-html',
    description: "the catalogue URL serves an HTML page (a host's SPA fallback), status 200",
    query: '',
    fault: { url: '**/data/variables.json', mode: 'html' },
    expected: 'clear-error',
    shows: 'error-panel',
    message: /De catalogus van de gegevens kon niet worden geladen: het bestand is beschadigd/,
    kind: 'damaged',
    outcome: 'damaged-file message, no "Unexpected token <" text',
  },
  {
    id: 'year-switch-404',
    description: 'switching to 2019 while the 2019 gemeente boundaries answer 404',
    query: '',
    fault: { url: '**/data/geo/gemeente_2019.topo.json', mode: 'status-404' },
    faultAfterLoad: true,
    action: 'year-2019',
    expected: 'clear-error',
    shows: 'error-panel',
    message: /De kaartgrenzen \(gemeenten 2019\) konden niet worden geladen: het bestand ontbreekt/,
    kind: 'not_found',
    hiddenLayer: 'gemeente_2022',
    retryReady: 'gemeente_2019|population|',
    outcome: 'the 2022 map is hidden (not shown under the 2019 legend), error panel; retry paints 2019',
  },
  {
    id: 'geo-reset-en',
    description: "wijk boundaries 2022: connection reset, English UI, Amsterdam's wijken",
    query: '?gm=GM0363&lang=en',
    fault: { url: '**/data/geo/wijk_2022.topo.json', mode: 'reset' },
    expected: 'clear-error',
    shows: 'error-panel',
    message: /The boundaries \(districts 2022\) could not be loaded: the server cannot be reached or the connection was lost/,
    kind: 'unreachable',
    outcome: 'English message about the connection',
  },
  {
    id: 'presenter-stats-500',
    description: 'presenter mode (?presenteer=1, also used for embeds) while the statistics answer 500',
    query: '?presenteer=1',
    fault: { url: '**/data/stats/gemeente.parquet', mode: 'status-500' },
    expected: 'clear-error',
    shows: 'error-panel',
    message: /De statistieken \(gemeenten\) konden niet worden geladen: de server meldde een fout/,
    kind: 'server',
    retryReady: NL_DEFAULT,
    outcome: 'the error panel is visible in presenter mode; retry recovers',
  },
  {
    id: 'duckdb-wasm-404',
    description: 'the DuckDB-WASM module answers 404 (DuckDB cannot start)',
    query: '',
    fault: { url: '**/duckdb-eh*.wasm', mode: 'status-404' },
    expected: 'clear-error',
    shows: 'error-panel',
    message: /De database \(DuckDB-WASM\) kon niet worden geladen: het bestand ontbreekt op de server/,
    kind: 'not_found',
    ready: NL_DEFAULT,
    retryReady: NL_DEFAULT,
    outcome: 'the map still paints (values from the decoded Parquet); error panel names the database; retry starts DuckDB',
  },
  {
    id: 'engine-worker-404',
    description: 'the engine worker script (segregation indices) answers 404',
    query: '',
    fault: { url: '**/engine.worker-*.js', mode: 'status-404' },
    expected: 'clear-error',
    shows: 'error-panel',
    message: /De rekenmodule kon niet worden gestart/,
    kind: 'unexpected',
    ready: NL_DEFAULT,
    retryReady: NL_DEFAULT,
    outcome:
      'map paints; ranking and panel say the computation module could not start instead of "Berekenen…" forever; retry starts a fresh worker',
  },
  {
    id: 'gm-unknown',
    description: '?gm=GM9999: a well-formed gemeente code that exists in no year',
    query: '?gm=GM9999',
    expected: 'clear-error',
    shows: 'notice',
    message: /Gemeente GM9999 bestaat niet in de gegevens; heel Nederland wordt getoond/,
    ready: NL_DEFAULT,
    outcome: 'notice in words, country view instead of an empty map and "Berekenen…" forever',
  },
  {
    id: 'gm-merged',
    description: '?gm=GM0393 Haarlemmerliede en Spaarnwoude, merged into Haarlemmermeer in 2019',
    query: '?gm=GM0393',
    action: 'open-successor',
    expected: 'correct',
    shows: 'notice',
    message:
      /Haarlemmerliede en Spaarnwoude \(GM0393\) bestaat niet meer in 2022 \(laatst in de gegevens: 2018\); het gebied hoort nu bij Haarlemmermeer \(GM0394\)/,
    ready: NL_DEFAULT,
    successorReady: 'wijk_2022|share_income_low|GM0394',
    outcome: "notice naming it and its successor (derived from the boundary overlap); its button opens Haarlemmermeer's wijken",
  },
  {
    id: 'gm-merged-presenter-en',
    description: '?gm=GM0393 in presenter mode, English',
    query: '?gm=GM0393&presenteer=1&lang=en',
    expected: 'clear-error',
    shows: 'notice',
    message: /Municipality Haarlemmerliede en Spaarnwoude \(GM0393\) no longer exists in 2022 .*Haarlemmermeer \(GM0394\)/,
    ready: NL_DEFAULT,
    outcome: 'compact notice overlay on the map in presenter mode, with the successor button',
  },
  {
    id: 'sel-unknown',
    description: '?sel=WK999999: a selected wijk that exists in no year',
    query: '?sel=WK999999',
    expected: 'clear-error',
    shows: 'notice',
    message: /Gebied WK999999 bestaat niet in de gegevens; de selectie is opgeheven/,
    ready: NL_DEFAULT,
    outcome: 'notice, selection cleared, country map',
  },
  {
    id: 'gm-malformed',
    description: '?gm=12345: not a gemeente code at all',
    query: '?gm=12345',
    expected: 'clear-error',
    shows: 'notice',
    message: /Ongeldige gemeentecode "12345" genegeerd/,
    ready: NL_DEFAULT,
    outcome: 'notice, default map',
  },
];
