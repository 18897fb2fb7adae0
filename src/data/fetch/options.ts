/** The command line of data:fetch (src/cli/args.ts spec) and its checks beyond the parser. */
import type { CliSpec } from '../../cli/args';
import { EXIT, FetchError } from './errors';
import { knownVariables, selectMeasures, type MeasureSpec } from './measures';
import { FETCH_LEVELS, type FetchLevel } from './convert';

export const DEFAULT_CACHE = 'node_modules/.cache/segv-data-fetch';

export const FETCH_SPEC = {
  name: 'data:fetch',
  summary:
    'Downloads CBS Kerncijfers wijken en buurten (OData v4, else v3) and PDOK WFS boundaries for one year and writes\n' +
    'them into a data folder in the data:build format (stats/*.parquet, geo/*.topo.json, variables.json, manifest.json),\n' +
    'plus fetch-manifest.json with the sha256 of every file written. Pages are cached; --resume continues a broken run.',
  options: {
    year: { type: 'year', required: true, help: 'KWB year (table ids per year built in; more via --endpoint-config)' },
    level: { type: 'string', default: 'gemeente,wijk,buurt', valueName: 'list', help: 'levels, comma-separated: gemeente, wijk, buurt' },
    variables: { type: 'string', valueName: 'list', help: 'catalogue variable ids, comma-separated (default: all the downloader knows)' },
    out: { type: 'string', default: 'data', valueName: 'dir', help: 'data folder to add to (replaced as a whole when complete)' },
    'endpoint-config': { type: 'string', valueName: 'file', help: 'JSON file overriding endpoints, table ids, page sizes, retries' },
    resume: { type: 'flag', help: 'reuse the pages a broken run left in the cache' },
    cache: { type: 'string', default: DEFAULT_CACHE, valueName: 'dir', help: 'page cache folder' },
    lang: { type: 'choice', choices: ['nl', 'en'], default: 'nl', help: 'language of messages' },
    'no-boundaries': { type: 'flag', help: 'statistics only (no PDOK download)' },
  },
  examples: [
    'npm run data:fetch -- --year 2023 --level wijk,buurt',
    'npm run data:fetch -- --year 2024 --level buurt --variables population,share_income_low --lang en',
    'npm run data:fetch -- --year 2023 --level wijk,buurt --resume',
  ],
} as const satisfies CliSpec;

export function parseLevels(text: string): FetchLevel[] {
  const out: FetchLevel[] = [];
  for (const item of text.split(',').map((s) => s.trim().toLowerCase())) {
    if (!(FETCH_LEVELS as readonly string[]).includes(item)) throw new FetchError('badLevel', { name: item }, EXIT.usage);
    if (!out.includes(item as FetchLevel)) out.push(item as FetchLevel);
  }
  return FETCH_LEVELS.filter((l) => out.includes(l));
}

export function parseVariables(text: string | undefined): MeasureSpec[] {
  if (text === undefined) return selectMeasures(undefined);
  const known = knownVariables();
  const ids = text.split(',').map((s) => s.trim());
  for (const id of ids) if (!known.includes(id)) throw new FetchError('badVariable', { name: id, known: known.join(', ') }, EXIT.usage);
  return selectMeasures(ids);
}

/** `--lang` as given in argv (before parsing, so a usage error can already be in that language). */
export function langFromArgv(argv: readonly string[]): 'nl' | 'en' {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return 'nl';
  const v = argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  return v?.trim().toLowerCase() === 'en' ? 'en' : 'nl';
}
