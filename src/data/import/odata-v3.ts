/**
 * CBS OData v3 `TypedDataSet` (opendata.cbs.nl/ODataApi|ODataFeed/odata/<ID>/TypedDataSet): one record per region,
 * region key `WijkenEnBuurten` padded to 10 characters, secret = null. Column keys carry a numeric suffix that changes
 * between years and table versions (AantalInwoners_5, …_7): a key is matched by its STEM and, where the stem occurs
 * in several groups (Nederland in Herkomstland and Geboren in Nederland), by its parent group in DataProperties —
 * never by the suffix. Without DataProperties the embedded crosswalk maps only unambiguous stems.
 */
import { StatsBuilder, type ColumnPlan } from './builder';
import { byV3Stem, keyStem, type CrosswalkEntry } from './crosswalk';
import { kindOfUnit, planOf } from './columns';
import { exampleList, msg } from './messages';
import type { PageResult } from './odata-v4';
import type { ImportMessage, ImportOptions, ImportResult } from './types';

export type V3Record = Record<string, unknown>;

interface Property {
  key: string;
  title: string;
  unit: string | null;
  group: string | null;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One TypedDataSet page (the parsed JSON body): `{value: […], 'odata.nextLink'?}`. */
export function parseODataV3Page(json: unknown): PageResult<V3Record> {
  const value = isObject(json) ? json.value : undefined;
  if (!Array.isArray(value) || !value.every(isObject)) {
    return {
      ok: false,
      message: msg(
        'unknown-format',
        'error',
        'not a CBS OData v3 TypedDataSet page: the JSON has no "value" list of records',
        'geen CBS OData v3-TypedDataSet-pagina: de JSON heeft geen lijst "value" met records',
      ),
    };
  }
  const next = isObject(json) ? json['odata.nextLink'] : undefined;
  return { ok: true, items: value, nextLink: typeof next === 'string' ? next : null };
}

/** Topics of a DataProperties document (array or {value: […]}) with their parent group's title; null if it is not one. */
export function readDataProperties(doc: unknown): Map<string, Property> | null {
  const list = Array.isArray(doc) ? doc : isObject(doc) && Array.isArray(doc.value) ? doc.value : null;
  if (!list || !list.some((x) => isObject(x) && x.Type === 'Topic')) return null;
  const byId = new Map<unknown, Record<string, unknown>>();
  for (const x of list) if (isObject(x)) byId.set(x.ID, x);
  const out = new Map<string, Property>();
  for (const x of list) {
    if (!isObject(x) || x.Type !== 'Topic' || typeof x.Key !== 'string') continue;
    const parent = byId.get(x.ParentID);
    out.set(x.Key, {
      key: x.Key,
      title: typeof x.Title === 'string' ? x.Title.trim() : x.Key,
      unit: typeof x.Unit === 'string' ? x.Unit : null,
      group: parent && typeof parent.Title === 'string' ? parent.Title.trim() : null,
    });
  }
  return out;
}

const REGION_KEYS = ['WijkenEnBuurten', 'RegioS'];
const SKIP =
  /^(ID|Perioden|Gemeentenaam|SoortRegio|Codering|IndelingswijzigingGemeenteWijkBuurt|IndelingswijzigingWijkenEnBuurten)(_\d+)?$/;

/** The crosswalk entry of one key: by stem; by stem + group where the stem is ambiguous or DataProperties names a group. */
function entryOf(key: string, props: Map<string, Property> | null): { entry?: CrosswalkEntry; ambiguous: boolean } {
  const hits = byV3Stem(keyStem(key));
  const group = props?.get(key)?.group ?? null;
  if (hits.length === 0) return { ambiguous: false };
  if (group !== null) {
    const exact = hits.find((h) => h.v3Group === group) ?? hits.find((h) => h.v3Group === undefined);
    return { entry: exact, ambiguous: false };
  }
  if (hits.length === 1 && hits[0].v3Group === undefined) return { entry: hits[0], ambiguous: false };
  return { ambiguous: true };
}

/** TypedDataSet records (all pages together) → rows per region; options.dataProperties = the table's DataProperties. */
export function importTypedDataSet(records: readonly V3Record[], fileName: string, options: ImportOptions = {}): ImportResult {
  const b = new StatsBuilder(fileName, 'odata-v3', 'record', options);
  const props = options.dataProperties === undefined ? null : readDataProperties(options.dataProperties);
  if (options.dataProperties !== undefined && props === null) b.messages.push(notDataProperties());
  const keys = [...new Set(records.flatMap((r) => Object.keys(r)))];
  const regionKey = REGION_KEYS.find((k) => keys.includes(k));
  if (!regionKey) {
    b.messages.push(
      msg(
        'missing-code-column',
        'error',
        `the records have no region key "WijkenEnBuurten" (or "RegioS"); keys: ${keys.slice(0, 6).join(', ')}`,
        `de records hebben geen regiosleutel "WijkenEnBuurten" (of "RegioS"); sleutels: ${keys.slice(0, 6).join(', ')}`,
      ),
    );
    return b.finish();
  }
  const valueKeys = keys.filter((k) => k !== regionKey && !SKIP.test(k));
  const plans: ColumnPlan[] = [];
  const ambiguous: string[] = [];
  const notInProps: string[] = [];
  const used: string[] = [];
  for (const key of valueKeys) {
    const p = props?.get(key);
    if (props && !p) notInProps.push(key);
    const { entry, ambiguous: amb } = entryOf(key, props);
    if (amb) ambiguous.push(key);
    const plan = planOf(key, entry, kindOfUnit(p?.unit));
    if (plan.kind === 'code') continue;
    if (plan.target.type === 'other' && p) plan.label = `${p.title}${p.group ? ` (${p.group})` : ''}`;
    plans.push(plan);
    used.push(key);
  }
  if (ambiguous.length > 0) b.messages.push(ambiguousKeys(ambiguous));
  if (notInProps.length > 0) b.messages.push(missingFromProps(notInProps));
  b.setColumns(plans);
  records.forEach((r, i) =>
    b.addRow(
      r[regionKey],
      null,
      used.map((k) => r[k]),
      i + 1,
    ),
  );
  return b.finish();
}

function notDataProperties(): ImportMessage {
  return msg(
    'dataproperties',
    'warning',
    'the DataProperties document given is not a CBS DataProperties list (no "Topic" entries); the embedded crosswalk was used',
    'het opgegeven DataProperties-document is geen CBS-DataProperties-lijst (geen "Topic"-items); de ingebouwde koppeltabel is gebruikt',
  );
}

function ambiguousKeys(keys: readonly string[]): ImportMessage {
  const ex = exampleList(keys, keys.length);
  return msg(
    'ambiguous-key',
    'warning',
    `${keys.length} key(s) occur in several groups of the table and cannot be matched without its DataProperties; they are listed as unmapped: ${ex.en}. Add the DataProperties file of the table`,
    `${keys.length} sleutel(s) komen in meerdere groepen van de tabel voor en zijn zonder de DataProperties niet te koppelen; ze staan bij de niet-gekoppelde kolommen: ${ex.nl}. Voeg het DataProperties-bestand van de tabel toe`,
    { count: keys.length, examples: keys.slice(0, 5) },
  );
}

function missingFromProps(keys: readonly string[]): ImportMessage {
  const ex = exampleList(keys, keys.length);
  return msg(
    'dataproperties',
    'warning',
    `${keys.length} key(s) are not in the DataProperties given (does it belong to another table or version?): ${ex.en}`,
    `${keys.length} sleutel(s) staan niet in de opgegeven DataProperties (hoort die bij een andere tabel of versie?): ${ex.nl}`,
    { count: keys.length, examples: keys.slice(0, 5) },
  );
}
