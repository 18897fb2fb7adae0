/** Every UI string table by name (Dutch + English per key), for the catalogue checks in unit and e2e tests. */
import { ERROR_STRINGS } from './i18n-errors';
import { EXPLORE_STRINGS } from './i18n-explore';
import { WATERBED_STRINGS } from './i18n-waterbed';
import { WARNING_STRINGS } from './i18n-warnings';
import { LEVEL_WORD_STRINGS, NOTICE_STRINGS, UI_STRINGS } from './i18n';
import { BUURT_STRINGS } from '../features/buurt/strings';
import { WATERBED_BUURT_STRINGS } from '../features/waterbed-buurt/strings';
import { SCENARIO_STRINGS } from '../features/scenario/strings';
import { SCENARIO_COLUMN_LABELS } from '../features/scenario/export-labels';
import { SQL_STRINGS } from '../features/sql/strings';
import { IMPORT_STRINGS } from '../features/import/strings';
import { PRESENTER_STRINGS } from '../features/presenter/strings';
import { SHARE_STRINGS } from './share/strings';
import { PARAM_WORDS } from './url-state-words';
import { PICTURE_STRINGS } from '../views/picture/strings';
import { EXPORT_STRINGS } from '../features/export/strings';
import { INDEX_LABELS } from '../views/panels/index-labels';
import { MAP_LOCALES } from '../views/map/map-locale';
import { FETCH_STRINGS } from '../data/fetch/strings';
import { EXPLAIN_STRINGS } from '../views/explain/strings';
import { EXPLANATIONS, INTERVAL_MEANING } from '../views/explain/explanations';
import { KEYBOARD_STRINGS } from '../views/keyboard/strings';
import { COMPARE_STRINGS } from '../views/compare/strings';

export type StringTable = Readonly<Record<string, Readonly<Record<string, string>>>>;

function fromLocales(locales: Readonly<Record<string, Readonly<Record<string, string>>>>): StringTable {
  const keys = new Set(Object.values(locales).flatMap((l) => Object.keys(l)));
  return Object.fromEntries([...keys].map((k) => [k, Object.fromEntries(Object.entries(locales).map(([lang, l]) => [lang, l[k]!]))]));
}

export const STRING_TABLES: Readonly<Record<string, StringTable>> = {
  ui: UI_STRINGS,
  notices: NOTICE_STRINGS,
  levelWords: LEVEL_WORD_STRINGS,
  errors: ERROR_STRINGS,
  explore: EXPLORE_STRINGS,
  waterbed: WATERBED_STRINGS,
  warnings: WARNING_STRINGS,
  buurt: BUURT_STRINGS,
  waterbedBuurt: WATERBED_BUURT_STRINGS,
  scenario: SCENARIO_STRINGS,
  scenarioColumns: SCENARIO_COLUMN_LABELS,
  share: SHARE_STRINGS,
  urlParams: PARAM_WORDS,
  picture: PICTURE_STRINGS,
  sql: SQL_STRINGS,
  import: IMPORT_STRINGS,
  presenter: PRESENTER_STRINGS,
  export: EXPORT_STRINGS,
  indexLabels: INDEX_LABELS,
  mapLibre: fromLocales(MAP_LOCALES),
  dataFetch: FETCH_STRINGS,
  explain: EXPLAIN_STRINGS,
  keyboard: KEYBOARD_STRINGS,
  compare: COMPARE_STRINGS,
  indexExplanations: {
    ...Object.fromEntries(
      Object.entries(EXPLANATIONS).flatMap(([id, e]) => [
        [`${id}.meaning`, e.meaning],
        [`${id}.read`, e.read],
      ]),
    ),
    interval: INTERVAL_MEANING,
  },
};
