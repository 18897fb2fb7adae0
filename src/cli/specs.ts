/**
 * The command lines of the CLIs (args.ts specs), in one light module: tests and help text load them without
 * loading any computation. Each CLI file (indices.ts, waterbed.ts, waterbed-index.ts, crosswalk.ts) parses its
 * spec first and imports the heavy modules only afterwards, so a usage error fails within a second.
 */
import { BUURT_GROUP_DEFINITIONS, GROUP_DEFINITIONS } from '../engine/groups';
import { WEIGHTING_CHOICES } from '../engine/waterbed/crosswalk';
import type { CliSpec, CliValues } from './args';

const GROUP_IDS = GROUP_DEFINITIONS.map((g) => g.id);
const BUURT_GROUP_IDS = BUURT_GROUP_DEFINITIONS.map((g) => g.id);
/** Every group id of any level (the CLI checks that the group exists at the chosen level). */
const ALL_GROUP_IDS = [...new Set([...GROUP_IDS, ...BUURT_GROUP_IDS])];
const TWO_GROUP_IDS = GROUP_DEFINITIONS.filter((g) => g.kind === 'two-group').map((g) => g.id);
const FORMAT = {
  type: 'choice',
  choices: ['csv', 'json'],
  help: 'csv or json (default: from the --out extension .csv/.json, else csv)',
} as const;
const DATA = { type: 'string', valueName: 'dir', default: 'data', help: 'data folder (variables.json, stats/, geo/)' } as const;

export const INDICES_SPEC = {
  name: 'indices',
  summary:
    'Segregation indices per region: every index, bootstrap intervals and expected D, one row per region.\n' +
    'A CSV written to --out gets a sidecar <out>.meta.json (request, conventions, column meanings); files are written\n' +
    'atomically (sidecar first). Blank cells are explained in the not_computable column.',
  modes: [
    { name: 'data', help: 'embedded CBS data: --level, --year, --group, --regions' },
    {
      name: 'input',
      trigger: 'input',
      help: 'own counts: long CSV region,unit,group,count; --focal picks the focal group (no spatial indices)',
    },
    {
      name: 'decompose',
      trigger: 'decompose',
      help:
        'M over all wijken of each province and NL, split into between- and within-gemeente parts; with --level buurt\n' +
        '      over all buurten, split into between gemeenten, between wijken within gemeenten and within wijken',
    },
  ],
  options: {
    level: {
      type: 'choice',
      choices: ['wijk', 'gemeente', 'buurt'],
      default: 'wijk',
      modes: ['data', 'decompose'],
      help:
        'wijk (regions = gemeenten), gemeente (regions = provinces + NL00) or buurt (regions = gemeenten, or wijken with\n' +
        '      --within wijk; no spatial indices: buurten have no boundaries); with --decompose: wijk or buurt',
    },
    within: {
      type: 'choice',
      choices: ['gemeente', 'wijk'],
      modes: ['data'],
      help:
        'with --level buurt: one row per gemeente (default) or per wijk (units = the buurten of the wijk); --regions then\n' +
        '      takes wijk codes, or gemeente codes for all wijken of the gemeente',
    },
    year: {
      type: 'year',
      default: 2022,
      modes: ['data', 'decompose'],
      help: 'data year (with --level buurt, default: the latest year with buurt data for the group)',
    },
    group: {
      type: 'choice',
      choices: ALL_GROUP_IDS,
      default: 'income_low',
      modes: ['data', 'decompose'],
      valueName: 'group',
      help: `group definition: ${GROUP_IDS.join(', ')}; at buurt level: ${BUURT_GROUP_IDS.join(', ')} (default age_65plus)`,
    },
    regions: {
      type: 'codes',
      example: 'GM0363,GM0599',
      modes: ['data'],
      valueName: 'codes',
      help: 'region codes, comma-separated, any case (default: all regions)',
    },
    input: { type: 'string', valueName: 'file', modes: ['input'], help: 'own counts: long CSV with columns region,unit,group,count' },
    focal: {
      type: 'string',
      valueName: 'group',
      modes: ['input'],
      help: "focal group of the two-group indices, one of the file's groups (any case); default: the group with the smallest total, ties by name",
    },
    decompose: {
      type: 'flag',
      modes: ['decompose'],
      help: 'instead: the between/within-gemeente decomposition of M (wijk data; three levels with --level buurt)',
    },
    bootstrap: {
      type: 'integer',
      min: 0,
      max: 100_000,
      default: 1000,
      modes: ['data', 'input'],
      valueName: 'n',
      help: 'bootstrap replicates (0 = off)',
    },
    random: {
      type: 'integer',
      min: 0,
      max: 100_000,
      default: 100,
      modes: ['data', 'input'],
      valueName: 'n',
      help: 'random-allocation replicates for expected D (0 = off; at least 1 with --level buurt)',
    },
    seed: { type: 'integer', min: 0, max: 2 ** 31 - 1, default: 20221, modes: ['data', 'input'], valueName: 'n', help: 'random seed' },
    out: { type: 'string', valueName: 'file', help: 'output file (default: stdout)' },
    format: FORMAT,
    data: { ...DATA, modes: ['data', 'decompose'] },
  },
  examples: [
    'npm run indices -- --level wijk --year 2022 --group income_low --regions GM0363,GM0599 --out indices.csv',
    'npm run indices -- --input counts.csv --focal low_income --out own.json',
    'npm run indices -- --decompose --year 2022 --group income_low',
    'npm run indices -- --level buurt --year 2024 --group age_65plus --out buurt.csv',
    'npm run indices -- --level buurt --within wijk --group age3 --regions GM0363',
    'npm run indices -- --decompose --level buurt --year 2024 --group age3 --format json',
  ],
} as const satisfies CliSpec;

/** The parsed options of `npm run indices`. */
export type IndicesValues = CliValues<typeof INDICES_SPEC>;

export const WATERBED_SPEC = {
  name: 'waterbed',
  summary:
    'Waterbed comparison: an indicator in the target unit(s), the adjacent units (ring 1, optionally ring 2), the rest\n' +
    'of the benchmark region, in two years; one CSV row per ring and per unit, or the full result as JSON.',
  options: {
    level: { type: 'choice', choices: ['gemeente', 'wijk'], required: true, help: 'gemeente or wijk' },
    target: {
      type: 'codes',
      example: 'GM0599 or WK059901,WK059902',
      required: true,
      valueName: 'codes',
      help: 'target unit code(s), comma-separated, any case',
    },
    from: { type: 'year', required: true, help: 'first year (t0)' },
    to: { type: 'year', required: true, help: 'last year (t1); units of this year are used' },
    indicator: {
      type: 'string',
      required: true,
      valueName: 'variable',
      help: 'variable id, e.g. share_income_low, population, mean_woz_keur',
    },
    out: { type: 'string', valueName: 'file', help: 'output file (default: stdout)' },
    format: FORMAT,
    contiguity: { type: 'choice', choices: ['queen', 'rook'], default: 'queen', help: 'queen or rook' },
    ring2: { type: 'flag', help: 'also report ring 2 (neighbours of the adjacent units)' },
    threshold: {
      type: 'float',
      min: 0,
      default: 2,
      valueName: 'number',
      help: 'flag threshold (pp for shares, pp of growth for counts/means)',
    },
    region: {
      type: 'choice',
      choices: ['province', 'nl'],
      help: 'benchmark region: province or nl (default: province for wijken, nl for gemeenten)',
    },
    weighting: {
      type: 'choice',
      choices: [...WEIGHTING_CHOICES, 'population'],
      default: 'auto',
      help: 'crosswalk weighting: auto (dasymetric for gemeenten, else ipf), area, density (area × to-year density; old name population), ipf (two margins), dasymetric (wijk population inside gemeenten)',
    },
    data: DATA,
  },
  examples: [
    'npm run waterbed -- --level gemeente --target GM0599 --from 2012 --to 2022 --indicator mean_income_per_inhabitant_keur --out waterbed.csv',
  ],
} as const satisfies CliSpec;

export const WATERBED_INDEX_SPEC = {
  name: 'waterbed:index',
  summary:
    'Waterbed comparison on a segregation index: D or H of a two-group definition over the wijken of the target\n' +
    'gemeente(n), the adjacent gemeenten, the rest of the province and NL, in two wijk years.',
  options: {
    target: {
      type: 'codes',
      example: 'GM0599,GM0606',
      required: true,
      valueName: 'codes',
      help: 'target gemeente code(s), comma-separated, any case',
    },
    group: {
      type: 'choice',
      choices: TWO_GROUP_IDS,
      default: 'age_65plus',
      valueName: 'group',
      help: `two-group definition: ${TWO_GROUP_IDS.join(', ')}`,
    },
    index: { type: 'choice', choices: ['D', 'H'], default: 'D', help: 'D (dissimilarity) or H (Theil)' },
    from: { type: 'year', default: 2022, help: 'first wijk year' },
    to: { type: 'year', default: 2024, help: 'last wijk year' },
    contiguity: { type: 'choice', choices: ['queen', 'rook'], default: 'queen', help: 'queen or rook' },
    ring2: { type: 'flag', help: 'also a second ring' },
    format: FORMAT,
    out: { type: 'string', valueName: 'file', help: 'output file (default: stdout)' },
    data: DATA,
  },
  examples: ['npm run waterbed:index -- --target GM0599 --group age_65plus --index D --from 2022 --to 2024'],
} as const satisfies CliSpec;

export const CROSSWALK_SPEC = {
  name: 'crosswalk',
  summary:
    'Crosswalk between two years of one level: one row per (earlier, later) piece with population and area shares;\n' +
    'with --out also <out-base>.meta.json (written first) and, with --apply, <out-base>.applied.csv.',
  options: {
    level: { type: 'choice', choices: ['gemeente', 'wijk'], required: true, help: 'gemeente or wijk' },
    from: { type: 'year', required: true, help: 'earlier year (its units are the sources)' },
    to: { type: 'year', required: true, help: 'later year (its units are the targets)' },
    weighting: {
      type: 'choice',
      choices: WEIGHTING_CHOICES,
      default: 'auto',
      help: 'population_share weighting: auto (dasymetric where wijken with population nest in the gemeenten, else ipf), area, density (area × later density), ipf (two margins), dasymetric (wijk population inside gemeenten)',
    },
    out: {
      type: 'string',
      valueName: 'file',
      help: 'crosswalk CSV; also writes <out-base>.meta.json (default: CSV to stdout, no sidecar)',
    },
    apply: {
      type: 'string',
      valueName: 'file',
      help: 'own counts of the earlier year, long CSV code,variable,count (, or ; separated): moved onto the later units, written to <out-base>.applied.csv',
    },
    data: DATA,
  },
  examples: ['npm run crosswalk -- --level gemeente --from 2019 --to 2022 --out crosswalk.csv --apply counts.csv'],
} as const satisfies CliSpec;
