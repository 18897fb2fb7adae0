/** Example queries of the SQL console: each fills the editor. Table and column names are those of the loaded data. */
import type { SqlKey } from './strings';

export interface Example {
  id: string;
  /** Its title in the strings table. */
  title: SqlKey;
  sql: string;
}

export const EXAMPLES: readonly Example[] = [
  {
    id: 'wijken-low-income',
    title: 'ex_wijken_low_income',
    sql: `-- Wijken of Amsterdam (GM0363) with their share of persons with a low income, 2022
SELECT code, name, population, share_income_low
FROM stats_wijk
WHERE gemeente_code = 'GM0363' AND year = 2022
ORDER BY share_income_low DESC NULLS LAST;`,
  },
  {
    id: 'gemeenten-population',
    title: 'ex_gemeenten_population',
    sql: `-- Gemeenten by number of inhabitants, 2024
SELECT code, name, province_name, population
FROM stats_gemeente
WHERE year = 2024
ORDER BY population DESC;`,
  },
  {
    id: 'buurten-65plus',
    title: 'ex_buurten_65plus',
    sql: `-- Buurten of Amsterdam with their share of inhabitants aged 65 and over, 2024
SELECT code, name, wijk_code, population, share_age_65plus
FROM stats_buurt
WHERE gemeente_code = 'GM0363' AND year = 2024
ORDER BY share_age_65plus DESC NULLS LAST;`,
  },
  {
    id: 'wijk-columns',
    title: 'ex_columns',
    sql: 'DESCRIBE stats_wijk;',
  },
];
