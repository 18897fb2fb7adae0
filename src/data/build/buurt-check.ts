/**
 * The buurt–wijk check of the KWB 2024 file, written as data/reports/buurt-wijk-check.json (small, deterministic):
 * 1. the file's wijk rows against the embedded wijken 2024 (the boundary file's statistics): wijken on one side
 *    only, and wijken whose population differs, each with its cause;
 * 2. the file's buurten summed per wijk against that wijk's own figure, for the counts (CBS rounds counts to
 *    multiples of 5, so small differences are expected: quantified, and any beyond rounding counted);
 * 3. names the two sources write differently (StatLine shortens names to 40 characters).
 * Pure: works on the raw collections of the three sources named in BUURT_CHECK_SOURCES.
 */
import { gemeenteOf, normaliseCode, parseCbsValue } from '../import/cbs-values';
import { wijkOfBuurt } from '../buurt-codes';
import { NOT_A_UNIT } from './harmonise';
import { formatCount } from './problems';
import { sourceCollection } from './source-rows';
import type { SourceSpec } from './sources';
import type { RawCollection } from './unit-row';

export const BUURT_CHECK_FILE = 'reports/buurt-wijk-check.json';

/** Counts compared between the buurten of a wijk and the wijk itself. */
export const SUM_VARIABLES = ['population', 'persons_age_0_14', 'persons_age_65plus', 'households'] as const;

/** The unit CBS rounds buurt and wijk counts to. */
const ROUNDING = 5;

export interface AreaUnit {
  code: string;
  name: string;
  values: Record<string, number | null>;
}

export type WijkCause = 'no_inhabitants' | 'not_embedded' | 'zero_as_empty' | 'rounding' | 'buitenland' | 'unexplained';

export const CAUSE_TEXT: Record<WijkCause, string> = {
  no_inhabitants:
    'a wijk without inhabitants in the embedded file (in 2024 all are "Groot water", code WKgggg99) that the KWB file does not list',
  not_embedded: 'a wijk of the KWB file that the embedded wijk file does not have',
  zero_as_empty: 'population 0 on one side, empty on the other: the KWB copy turned zeros into empty cells (known defect)',
  rounding: `a difference within CBS rounding to ${ROUNDING}`,
  buitenland: 'WK099899 "Buitenland" (GM0998): no territory; the build drops it from the embedded wijken',
  unexplained: 'not explained by the causes above',
};

export interface WijkEntry {
  code: string;
  name: string;
  embedded: number | null;
  kwb: number | null;
  cause: WijkCause;
}

export interface SumCheck {
  /** KWB wijken compared (all of them; an empty wijk value counts as 0 here). */
  wijken: number;
  equal: number;
  differ: number;
  max_abs: number;
  sum_abs: number;
  /** Σ buurten − Σ wijken over the country. */
  net: number;
  /** Wijken by |difference| (5, 10, …). */
  by_abs: Record<string, number>;
  /** Differing wijken with at least one empty buurt value (a true 0 or a secret small count). */
  with_empty_buurt: number;
  /**
   * Differing wijken beyond rounding: |difference| > 5 × (buurten with a value + 1), i.e. more than each of those
   * figures being off by up to 5 (CBS may round up or down) can explain.
   */
  beyond_rounding: number;
  largest: { code: string; wijk: number | null; buurten_sum: number; buurten: number; empty_buurten: number }[];
}

export interface BuurtWijkCheck {
  about: string;
  year: number;
  sources: { buurten: string; wijken: string; embedded_wijken: string };
  counts: Record<string, number>;
  wijk_population: { agree: number; causes: Partial<Record<WijkCause, number>>; cause_text: Partial<Record<WijkCause, string>> } & Record<
    'dropped_by_build' | 'only_embedded' | 'only_kwb' | 'differ',
    WijkEntry[]
  >;
  buurt_sums: Record<string, SumCheck>;
  names: { wijk_names_differ: { code: string; embedded: string; kwb: string }[]; buurt_names_of_40_characters: number };
}

/** The units of one source (its rows of the file): normalised code → name and mapped values (invalid codes left out). */
export function sourceUnits(spec: SourceSpec, fc: RawCollection): Map<string, AreaUnit> {
  const out = new Map<string, AreaUnit>();
  for (const f of sourceCollection(spec, fc).features) {
    const props = f.properties ?? {};
    const code = normaliseCode(props[spec.codeField], spec.level);
    if (!code) continue;
    const values: Record<string, number | null> = {};
    for (const [col, variable] of Object.entries(spec.columns)) values[variable] = parseCbsValue(props[col]).value;
    out.set(code, { code, name: String(props[spec.nameField] ?? code).trim(), values });
  }
  return out;
}

function populationCause(embedded: number | null, kwb: number | null): WijkCause {
  if ((embedded === 0 && kwb === null) || (embedded === null && kwb === 0)) return 'zero_as_empty';
  if (embedded !== null && kwb !== null && Math.abs(embedded - kwb) <= ROUNDING) return 'rounding';
  return 'unexplained';
}

/** Part 1: the KWB wijken against the embedded ones, by code and population. */
export function compareWijken(
  kwb: ReadonlyMap<string, AreaUnit>,
  embedded: ReadonlyMap<string, AreaUnit>,
): BuurtWijkCheck['wijk_population'] {
  const out: BuurtWijkCheck['wijk_population'] = {
    agree: 0,
    causes: {},
    cause_text: {},
    dropped_by_build: [],
    only_embedded: [],
    only_kwb: [],
    differ: [],
  };
  const entry = (u: AreaUnit, e: number | null, k: number | null, cause: WijkCause): WijkEntry => ({
    code: u.code,
    name: u.name,
    embedded: e,
    kwb: k,
    cause,
  });
  for (const code of [...new Set([...kwb.keys(), ...embedded.keys()])].sort()) {
    const e = embedded.get(code);
    const k = kwb.get(code);
    const ev = e?.values.population ?? null;
    const kv = k?.values.population ?? null;
    if (e && NOT_A_UNIT.has(gemeenteOf(code))) out.dropped_by_build.push(entry(e, ev, kv, 'buitenland'));
    else if (e && !k) out.only_embedded.push(entry(e, ev, null, ev === null || ev === 0 ? 'no_inhabitants' : 'unexplained'));
    else if (k && !e) out.only_kwb.push(entry(k, null, kv, 'not_embedded'));
    else if (ev === kv) out.agree += 1;
    else out.differ.push(entry(e!, ev, kv, populationCause(ev, kv)));
  }
  for (const x of [...out.dropped_by_build, ...out.only_embedded, ...out.only_kwb, ...out.differ]) {
    out.causes[x.cause] = (out.causes[x.cause] ?? 0) + 1;
    out.cause_text[x.cause] = CAUSE_TEXT[x.cause];
  }
  return out;
}

interface WijkSum {
  sum: number;
  withValue: number;
  empty: number;
}

/** Part 2 for one count variable: Σ buurten per wijk against the wijk figure. */
export function compareSums(variable: string, buurten: Iterable<AreaUnit>, wijken: ReadonlyMap<string, AreaUnit>): SumCheck {
  const sums = new Map<string, WijkSum>();
  for (const b of buurten) {
    const s = sums.get(wijkOfBuurt(b.code)) ?? { sum: 0, withValue: 0, empty: 0 };
    const v = b.values[variable] ?? null;
    if (v === null) s.empty += 1;
    else {
      s.sum += v;
      s.withValue += 1;
    }
    sums.set(wijkOfBuurt(b.code), s);
  }
  const check: SumCheck = {
    wijken: 0,
    equal: 0,
    differ: 0,
    max_abs: 0,
    sum_abs: 0,
    net: 0,
    by_abs: {},
    with_empty_buurt: 0,
    beyond_rounding: 0,
    largest: [],
  };
  const diffs: SumCheck['largest'] = [];
  for (const code of [...wijken.keys()].sort()) {
    const wv = wijken.get(code)!.values[variable] ?? null;
    const s = sums.get(code) ?? { sum: 0, withValue: 0, empty: 0 };
    const d = s.sum - (wv ?? 0);
    check.wijken += 1;
    check.net += d;
    if (d === 0) {
      check.equal += 1;
      continue;
    }
    const abs = Math.abs(d);
    check.differ += 1;
    check.sum_abs += abs;
    check.max_abs = Math.max(check.max_abs, abs);
    const bucket = String(Math.ceil(abs / ROUNDING) * ROUNDING);
    check.by_abs[bucket] = (check.by_abs[bucket] ?? 0) + 1;
    if (s.empty > 0) check.with_empty_buurt += 1;
    if (abs > ROUNDING * (s.withValue + 1)) check.beyond_rounding += 1;
    diffs.push({ code, wijk: wv, buurten_sum: s.sum, buurten: s.withValue + s.empty, empty_buurten: s.empty });
  }
  const absOf = (x: SumCheck['largest'][number]): number => Math.abs(x.buurten_sum - (x.wijk ?? 0));
  check.largest = diffs.sort((a, b) => absOf(b) - absOf(a) || a.code.localeCompare(b.code)).slice(0, 5);
  return check;
}

/** Part 3: wijk names that differ between the two sources, and buurt names at StatLine's 40-character limit. */
function compareNames(
  kwb: ReadonlyMap<string, AreaUnit>,
  embedded: ReadonlyMap<string, AreaUnit>,
  buurten: Iterable<AreaUnit>,
): BuurtWijkCheck['names'] {
  const differ = [...kwb.values()]
    .filter((k) => embedded.has(k.code) && embedded.get(k.code)!.name !== k.name)
    .map((k) => ({ code: k.code, embedded: embedded.get(k.code)!.name, kwb: k.name }))
    .sort((a, b) => a.code.localeCompare(b.code));
  return { wijk_names_differ: differ, buurt_names_of_40_characters: [...buurten].filter((b) => [...b.name].length === 40).length };
}

const total = (units: Iterable<AreaUnit>, variable: string): number => [...units].reduce((s, u) => s + (u.values[variable] ?? 0), 0);

/** The whole check; `specs` are the buurt, KWB wijk and embedded wijk sources with their raw collections. */
export function buurtWijkCheck(specs: Record<'buurt' | 'wijk' | 'embeddedWijk', { spec: SourceSpec; fc: RawCollection }>): BuurtWijkCheck {
  const buurten = sourceUnits(specs.buurt.spec, specs.buurt.fc);
  const kwb = sourceUnits(specs.wijk.spec, specs.wijk.fc);
  const embedded = sourceUnits(specs.embeddedWijk.spec, specs.embeddedWijk.fc);
  const inEmbedded = [...embedded.keys()].filter((c) => !NOT_A_UNIT.has(gemeenteOf(c)));
  return {
    about:
      'data:build check of the KWB 2024 wijk/buurt file against the embedded wijken 2024 (src/data/build/buurt-check.ts). ' +
      'Counts in the KWB file are rounded to multiples of 5 by CBS; empty cells may be a true 0 (known defect). ' +
      'Two buurten can differ from their wijk by 10, more than rounding each to the nearest 5 allows (7.5), so ' +
      'beyond_rounding allows each figure to be off by up to 5.',
    year: specs.buurt.spec.year,
    sources: { buurten: specs.buurt.spec.file, wijken: specs.wijk.spec.file, embedded_wijken: specs.embeddedWijk.spec.file },
    counts: {
      buurten: buurten.size,
      kwb_wijken: kwb.size,
      embedded_wijken: inEmbedded.length,
      gemeenten: new Set([...buurten.keys(), ...kwb.keys()].map(gemeenteOf)).size,
      buurten_without_kwb_wijk: [...buurten.keys()].filter((c) => !kwb.has(wijkOfBuurt(c))).length,
      buurten_without_embedded_wijk: [...buurten.keys()].filter((c) => !embedded.has(wijkOfBuurt(c))).length,
      buurt_population: total(buurten.values(), 'population'),
      kwb_wijk_population: total(kwb.values(), 'population'),
      embedded_wijk_population: total(
        inEmbedded.map((c) => embedded.get(c)!),
        'population',
      ),
    },
    wijk_population: compareWijken(kwb, embedded),
    buurt_sums: Object.fromEntries(SUM_VARIABLES.map((v) => [v, compareSums(v, buurten.values(), kwb)])),
    names: compareNames(kwb, embedded, buurten.values()),
  };
}

function causeList(entries: readonly WijkEntry[]): string {
  const by = new Map<WijkCause, number>();
  for (const e of entries) by.set(e.cause, (by.get(e.cause) ?? 0) + 1);
  return [...by].map(([c, n]) => `${formatCount(n)} ${c}`).join(', ') || 'none';
}

/** The check in a few manifest.json notes. */
export function checkNotes(c: BuurtWijkCheck): string[] {
  const w = c.wijk_population;
  const sums = Object.entries(c.buurt_sums).map(
    ([v, s]) =>
      `${v} differs in ${formatCount(s.differ)} of ${formatCount(s.wijken)} wijken (|difference| at most ${s.max_abs}, ` +
      `${formatCount(s.sum_abs)} in all, net ${s.net > 0 ? '+' : ''}${formatCount(s.net)}; beyond rounding: ${s.beyond_rounding})`,
  );
  return [
    `Wijk ${c.year} check (${BUURT_CHECK_FILE}): ${formatCount(c.counts.kwb_wijken!)} KWB wijken against ` +
      `${formatCount(c.counts.embedded_wijken!)} embedded wijken: ${formatCount(w.agree)} agree on population; ` +
      `only embedded ${w.only_embedded.length} (${causeList(w.only_embedded)}); only KWB ${w.only_kwb.length}; ` +
      `population differs ${w.differ.length} (${causeList(w.differ)}); dropped by the build ${w.dropped_by_build.length} (Buitenland).`,
    `Buurten summed per wijk against the KWB wijk figure (CBS rounds counts to 5, so small differences are expected): ${sums.join('; ')}.`,
    `${c.names.wijk_names_differ.length} wijk names are shortened in the KWB file (StatLine's 40-character limit); wijk rows and ` +
      `buurt wijk_name keep the embedded names. ${formatCount(c.names.buurt_names_of_40_characters)} buurt names have exactly 40 ` +
      'characters and may be shortened.',
  ];
}
