/**
 * Where data:fetch downloads from, with defaults in code and an optional JSON file (--endpoint-config) that
 * overrides any of them, because CBS and PDOK retire addresses. Rules:
 * - the file is one JSON object; every key is optional; an unknown key is refused (a typo must not silently fall
 *   back to the default);
 * - `odataV4: null` skips OData v4 (straight to v3); `odataV3: null` disables the fallback;
 * - `wfs` holds `{year}`, replaced by the year fetched; `tables` adds or replaces KWB table ids per year;
 * - KWB table ids per year are from ../shared/data-raw/SOURCES.md §8.
 */
import { readFileSync } from 'node:fs';
import { EXIT, FetchError } from './errors';

export interface Endpoints {
  /** OData v4 catalogue root: `<odataV4>/<table>/Observations`. */
  odataV4: string | null;
  /** OData v3 root: `<odataV3>/<table>/TypedDataSet`. */
  odataV3: string | null;
  /** PDOK WFS of the Wijk- en Buurtkaart, `{year}` replaced. */
  wfs: string;
  /** srsName asked from the WFS: EPSG:28992 (RD New, reprojected here) or EPSG:4326. */
  wfsSrs: 'EPSG:28992' | 'EPSG:4326';
  /** Features per WFS page (PDOK serves at most 1,000). */
  wfsPageSize: number;
  /** Cells per OData v3 request (CBS refuses more than 10,000 with HTTP 500). */
  v3PageCells: number;
  /** KWB table id per year. */
  tables: Record<string, string>;
  /** Per request. */
  timeoutMs: number;
  /** Attempts per request (first try included). */
  attempts: number;
}

export const KWB_TABLES: Readonly<Record<string, string>> = {
  '2013': '82339NED',
  '2014': '82931NED',
  '2015': '83220NED',
  '2016': '83487NED',
  '2017': '83765NED',
  '2018': '84286NED',
  '2019': '84583NED',
  '2020': '84799NED',
  '2021': '85039NED',
  '2022': '85318NED',
  '2023': '85618NED',
  '2024': '85984NED',
  '2025': '86165NED',
};

export const DEFAULT_ENDPOINTS: Readonly<Endpoints> = {
  odataV4: 'https://datasets.cbs.nl/odata/v1/CBS',
  odataV3: 'https://opendata.cbs.nl/ODataApi/odata',
  wfs: 'https://service.pdok.nl/cbs/wijkenbuurten/{year}/wfs/v1_0',
  wfsSrs: 'EPSG:28992',
  wfsPageSize: 1000,
  v3PageCells: 10_000,
  tables: { ...KWB_TABLES },
  timeoutMs: 60_000,
  attempts: 6,
};

const bad = (file: string, reason: string) => new FetchError('badConfig', { file, reason }, EXIT.usage);

function urlOrNull(v: unknown, key: string, file: string, nullable: boolean): string | null {
  if (v === null && nullable) return null;
  if (typeof v !== 'string' || !/^https?:\/\/\S+$/.test(v))
    throw bad(file, `"${key}" must be an http(s) address${nullable ? ' or null' : ''}`);
  return v.replace(/\/+$/, '');
}

function positive(v: unknown, key: string, file: string, max: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > max)
    throw bad(file, `"${key}" must be a whole number from 1 to ${max}`);
  return v;
}

/** Apply one override object (parsed JSON of the config file) to the defaults; `file` names it in messages. */
export function applyConfig(raw: unknown, file: string, base: Readonly<Endpoints> = DEFAULT_ENDPOINTS): Endpoints {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw bad(file, 'it is not a JSON object');
  const out: Endpoints = { ...base, tables: { ...base.tables } };
  for (const [key, v] of Object.entries(raw as Record<string, unknown>)) {
    if (key === 'odataV4' || key === 'odataV3') out[key] = urlOrNull(v, key, file, true);
    else if (key === 'wfs') out.wfs = urlOrNull(v, key, file, false)!;
    else if (key === 'wfsSrs') {
      if (v !== 'EPSG:28992' && v !== 'EPSG:4326') throw bad(file, '"wfsSrs" must be "EPSG:28992" or "EPSG:4326"');
      out.wfsSrs = v;
    } else if (key === 'wfsPageSize') out.wfsPageSize = positive(v, key, file, 10_000);
    else if (key === 'v3PageCells') out.v3PageCells = positive(v, key, file, 10_000);
    else if (key === 'timeoutMs') out.timeoutMs = positive(v, key, file, 600_000);
    else if (key === 'attempts') out.attempts = positive(v, key, file, 20);
    else if (key === 'tables') out.tables = { ...out.tables, ...tables(v, file) };
    else throw bad(file, `unknown key "${key}" (known: ${Object.keys(DEFAULT_ENDPOINTS).join(', ')})`);
  }
  return out;
}

function tables(v: unknown, file: string): Record<string, string> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw bad(file, '"tables" must be an object of year → table id');
  const out: Record<string, string> = {};
  for (const [year, id] of Object.entries(v as Record<string, unknown>)) {
    if (!/^\d{4}$/.test(year) || typeof id !== 'string' || !/^[0-9A-Z]{5,12}$/.test(id))
      throw bad(file, `"tables" entry "${year}": ${JSON.stringify(id)} is not a year with a CBS table id such as "85618NED"`);
    out[year] = id;
  }
  return out;
}

/** The endpoints from the defaults and, when given, the JSON file at `path`. */
export function loadEndpoints(path: string | undefined): Endpoints {
  if (!path) return { ...DEFAULT_ENDPOINTS, tables: { ...DEFAULT_ENDPOINTS.tables } };
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw bad(path, (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'the file does not exist' : String((e as Error).message));
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw bad(path, `not valid JSON (${(e as Error).message})`);
  }
  return applyConfig(raw, path);
}

/** The KWB table id for `year`, or a FetchError naming the known years. */
export function tableFor(endpoints: Endpoints, year: number): string {
  const id = endpoints.tables[String(year)];
  if (!id) throw new FetchError('noTable', { year, years: Object.keys(endpoints.tables).sort().join(', ') }, EXIT.usage);
  return id;
}

/** The WFS address of `year`. */
export function wfsBase(endpoints: Endpoints, year: number): string {
  return endpoints.wfs.replace('{year}', String(year));
}
