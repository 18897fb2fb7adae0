/** UI strings of the SQL console: Dutch + English. */
import { fillTemplate, type Lang } from '../../app/i18n';
import { pluralKey } from '../../app/plural';

const STRINGS = {
  title: { nl: 'SQL-console', en: 'SQL console' },
  intro: {
    nl: 'Bevraag alle ingeladen tabellen met SQL (DuckDB). Alleen lezen: de ingebouwde gegevens kunnen niet worden veranderd.',
    en: 'Query every loaded table with SQL (DuckDB). Read only: the embedded data cannot be changed.',
  },
  editorLabel: { nl: 'SQL-query', en: 'SQL query' },
  run: { nl: 'Uitvoeren', en: 'Run' },
  runHint: { nl: 'Ctrl+Enter (⌘+Enter op een Mac) voert de query uit.', en: 'Ctrl+Enter (⌘+Enter on a Mac) runs the query.' },
  cancel: { nl: 'Afbreken', en: 'Cancel' },
  running: { nl: 'Bezig… {seconds} s', en: 'Running… {seconds} s' },
  starting: { nl: 'De database wordt gestart…', en: 'Starting the database…' },
  startFailed: {
    nl: 'De database kon niet worden gestart, dus de SQL-console werkt nu niet. Herlaad de pagina om het opnieuw te proberen.',
    en: 'The database could not be started, so the SQL console does not work now. Reload the page to try again.',
  },
  tables: { nl: 'Tabellen', en: 'Tables' },
  tablesLoading: { nl: 'Tabellen laden…', en: 'Loading tables…' },
  insertName: { nl: 'Zet {name} in de editor', en: 'Put {name} in the editor' },
  examples: { nl: 'Voorbeelden', en: 'Examples' },
  rows_one: { nl: '1 rij', en: '1 row' },
  rows_other: { nl: '{n} rijen', en: '{n} rows' },
  truncated: {
    nl: 'Meer dan {n} rijen: alleen de eerste {n} zijn opgehaald (ook in de CSV). Voeg LIMIT of een filter toe.',
    en: 'More than {n} rows: only the first {n} were fetched (also in the CSV). Add LIMIT or a filter.',
  },
  shownFirst: {
    nl: 'De eerste {shown} staan hieronder; de CSV bevat ze allemaal.',
    en: 'The first {shown} are shown below; the CSV holds them all.',
  },
  took: { nl: 'in {seconds} s', en: 'in {seconds} s' },
  noColumns: { nl: 'De opdracht is uitgevoerd; er is geen tabel als resultaat.', en: 'The statement ran; it returned no table.' },
  cancelled: { nl: 'De query is afgebroken.', en: 'The query was cancelled.' },
  duckdbSays: { nl: 'Melding van DuckDB:', en: 'DuckDB says:' },
  err_empty: { nl: 'Typ eerst een SQL-query in de editor.', en: 'Type a SQL query in the editor first.' },
  err_several: {
    nl: 'Eén opdracht tegelijk: de editor bevat {n} opdrachten, gescheiden door puntkomma’s. Verwijder alle behalve één.',
    en: 'One statement at a time: the editor holds {n} statements separated by semicolons. Remove all but one.',
  },
  err_refused: {
    nl: '{keyword} is hier niet toegestaan: de console leest alleen. Toegestaan zijn SELECT, WITH, FROM, VALUES, TABLE, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN en PRAGMA table_info / show_tables. De ingebouwde tabellen blijven ongewijzigd.',
    en: '{keyword} is not allowed here: the console only reads. Allowed are SELECT, WITH, FROM, VALUES, TABLE, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN and PRAGMA table_info / show_tables. The embedded tables stay unchanged.',
  },
  err_syntax: {
    nl: 'De SQL bevat een schrijffout (DuckDB kan de opdracht niet lezen). Kijk bij de plek die DuckDB aanwijst.',
    en: 'The SQL has a syntax error (DuckDB cannot read the statement). Look at the place DuckDB points to.',
  },
  err_binder: {
    nl: 'Een kolom- of tabelnaam klopt niet of past niet bij de query. Zie de lijst met tabellen en kolommen links.',
    en: 'A column or table name is wrong or does not fit the query. See the list of tables and columns on the left.',
  },
  err_catalog: {
    nl: 'Een tabel of functie met die naam bestaat niet (of zit in een uitbreiding die offline niet beschikbaar is).',
    en: 'No table or function by that name exists (or it is in an extension that is not available offline).',
  },
  err_data: {
    nl: 'Een waarde kon niet worden omgezet of berekend (bijvoorbeeld tekst naar getal, of een getal buiten bereik).',
    en: 'A value could not be converted or computed (for example text to number, or a number out of range).',
  },
  err_readonly: {
    nl: 'De console leest alleen: deze opdracht zou gegevens veranderen en is geweigerd. De ingebouwde tabellen blijven ongewijzigd.',
    en: 'The console only reads: this statement would change data and was refused. The embedded tables stay unchanged.',
  },
  err_memory: {
    nl: 'De query vraagt meer geheugen dan de browser heeft. Voeg een filter of LIMIT toe of aggregeer eerst.',
    en: 'The query needs more memory than the browser has. Add a filter or LIMIT, or aggregate first.',
  },
  err_other: { nl: 'De query is mislukt.', en: 'The query failed.' },
  ex_wijken_low_income: {
    nl: 'Wijken van Amsterdam met hun aandeel lage inkomens (2022)',
    en: 'Districts of Amsterdam with their low-income share (2022)',
  },
  ex_gemeenten_population: { nl: 'Gemeenten naar inwonertal (2024)', en: 'Municipalities by population (2024)' },
  ex_buurten_65plus: {
    nl: 'Buurten van Amsterdam met hun aandeel 65-plussers (2024)',
    en: 'Neighbourhoods of Amsterdam with their share aged 65 and over (2024)',
  },
  ex_columns: { nl: 'Kolommen van de wijktabel', en: 'Columns of the district table' },
} as const;

export type SqlKey = keyof typeof STRINGS;
type PluralBase<K> = K extends `${infer B}_one` ? B : never;

export function ts(lang: Lang, key: SqlKey): string {
  return STRINGS[key][lang];
}

export function tsf(lang: Lang, key: SqlKey, params: Readonly<Record<string, string | number>>): string {
  return fillTemplate(STRINGS[key][lang], params);
}

/** A counted phrase in the right plural form; `n` is filled in as `shown` (already formatted). */
export function tsn(lang: Lang, base: PluralBase<SqlKey>, n: number, shown: string): string {
  return fillTemplate(STRINGS[pluralKey(lang, base, n)][lang], { n: shown });
}

/** Every key in both languages (for the completeness test). */
export const SQL_STRINGS = STRINGS;
