/**
 * Check CBS files before importing them, with the same parser and validator as the app (src/data/import):
 *
 *   npm run data:check -- FILE… [--lang nl|en] [--format text|json] [--max-mb 200]
 *
 * Prints the messages per file (errors, warnings, notes) in Dutch or English. Exit code 1 when any file has an
 * error (it cannot be read, or holds a value that cannot be right: a share above 100, a negative count, a duplicate
 * code), 0 when every file is usable (warnings allowed). A CBS DataProperties document among the files is used for
 * the OData v3 TypedDataSet files of the same run. Never a stack trace: unexpected failures become one line.
 */
import { oneOther } from '../engine/plural-text';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkSize, importFile } from '../data/import/import-file';
import { readDataProperties } from '../data/import/odata-v3';
import { msg } from '../data/import/messages';
import { emptyResult } from '../data/import/builder';
import type { ImportMessage, ImportResult } from '../data/import/types';
import { parseCli, usageText, UsageError, type CliSpec } from './args';
import { errorMessage, runCli } from './run';

export const DATA_CHECK_SPEC = {
  name: 'data:check',
  summary:
    'Check CBS files (StatLine CSV, KWB kwb-YYYY.csv, OData v3 TypedDataSet (+ DataProperties), OData v4 Observations,\n' +
    'GeoJSON/PDOK WFS boundaries) and print the messages per file. Exit 1 when a file has an error, 0 when usable.',
  options: {
    lang: { type: 'choice', choices: ['nl', 'en'], default: 'nl', help: 'language of the messages (nl or en)' },
    format: { type: 'choice', choices: ['text', 'json'], default: 'text', help: 'text (for people) or json (for scripts)' },
    'max-mb': { type: 'float', min: 0.001, max: 100000, default: 200, help: 'largest accepted file in MB' },
    known: {
      type: 'string',
      valueName: 'file',
      help: 'boundaries or statistics whose codes are the known areas: codes in FILE… outside them are reported',
    },
  },
  examples: ['npm run data:check -- kwb-2023.csv', 'npm run data:check -- TypedDataSet.json DataProperties.json --lang en --format json'],
} as const satisfies CliSpec;

export interface CheckIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Split FILE arguments from options (a value after --lang/--format/--max-mb belongs to that option). */
function splitArgs(argv: readonly string[]): { files: string[]; options: string[] } {
  const files: string[] = [];
  const options: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      files.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('-')) {
      options.push(a);
      if (!a.includes('=') && ['--lang', '--format', '--max-mb', '--known'].includes(a) && i + 1 < argv.length) options.push(argv[++i]);
    } else files.push(a);
  }
  return { files, options };
}

/** Run the check; returns the exit code. */
export function main(argv: readonly string[], io: CheckIo = defaultIo()): number {
  const { files, options } = splitArgs(argv);
  const cli = parseCli(options, DATA_CHECK_SPEC);
  if (cli.help) {
    io.out(`${usageText(DATA_CHECK_SPEC)}\n`);
    return 0;
  }
  if (files.length === 0) throw new UsageError('give at least one FILE to check');
  const { lang, format } = cli.values;
  const maxBytes = cli.values['max-mb'] * 1024 * 1024;
  const knownCodes = cli.values.known === undefined ? undefined : readKnown(cli.values.known);
  const loaded = files.map((path) => load(path, maxBytes));
  const props = loaded.find((l) => l.dataProperties !== undefined)?.dataProperties;
  const results = loaded.map((l) => l.result ?? safeImport(l.path, l.bytes!, { maxBytes, dataProperties: props, knownCodes }));
  if (format === 'json') io.out(`${JSON.stringify(results.map(summary), null, 2)}\n`);
  else for (const r of results) io.out(textReport(r, lang));
  return results.some((r) => !r.ok) ? 1 : 0;
}

/** Codes of the areas in the --known file (rows and boundaries); a file that cannot be read is a usage error. */
function readKnown(path: string): Set<string> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(path));
  } catch {
    throw new UsageError(`--known: cannot read "${path}"`);
  }
  const r = importFile(basename(path), bytes);
  const codes = new Set([...Object.values(r.rows).flat(), ...r.features].map((x) => x.code));
  if (codes.size === 0) throw new UsageError(`--known: "${path}" holds no gemeente, wijk or buurt codes`);
  return codes;
}

interface Loaded {
  path: string;
  bytes?: Uint8Array;
  result?: ImportResult;
  dataProperties?: unknown;
}

function load(path: string, maxBytes: number): Loaded {
  const name = basename(path);
  try {
    const refused = checkSize(name, statSync(path).size, { maxBytes });
    if (refused) return { path, result: { ...refused, fileName: path } };
    const bytes = new Uint8Array(readFileSync(path));
    const props = dataPropertiesOf(bytes);
    if (props !== undefined) return { path, dataProperties: props, result: propsResult(path) };
    return { path, bytes };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const en =
      code === 'ENOENT'
        ? 'the file does not exist'
        : code === 'EISDIR'
          ? 'this is a folder, not a file'
          : `cannot read the file (${errorMessage(e)})`;
    const nl =
      code === 'ENOENT'
        ? 'het bestand bestaat niet'
        : code === 'EISDIR'
          ? 'dit is een map, geen bestand'
          : `kan het bestand niet lezen (${errorMessage(e)})`;
    return { path, result: emptyResult(path, null, [msg('unknown-format', 'error', en, nl)]) };
  }
}

function dataPropertiesOf(bytes: Uint8Array): unknown {
  if (bytes.length > 20_000_000) return undefined;
  const text = new TextDecoder().decode(bytes).replace(/^\ufeff/, '');
  if (!/^\s*[[{]/.test(text) || !text.includes('"Topic"')) return undefined;
  try {
    const json = JSON.parse(text) as unknown;
    return readDataProperties(json) ? json : undefined;
  } catch {
    return undefined;
  }
}

function propsResult(path: string): ImportResult {
  const note = msg(
    'dataproperties',
    'info',
    'CBS DataProperties (metadata): used to match the keys of the TypedDataSet files in this run',
    'CBS-DataProperties (metadata): gebruikt om de sleutels van de TypedDataSet-bestanden in deze run te koppelen',
  );
  return emptyResult(path, null, [note]);
}

function safeImport(path: string, bytes: Uint8Array, options: Parameters<typeof importFile>[2]): ImportResult {
  return { ...importFile(basename(path), bytes, options), fileName: path };
}

const SEVERITY = { error: { nl: 'FOUT', en: 'ERROR' }, warning: { nl: 'WAARSCHUWING', en: 'WARNING' }, info: { nl: 'INFO', en: 'NOTE' } };

function line(m: ImportMessage, lang: 'nl' | 'en'): string {
  return `  ${SEVERITY[m.severity][lang]} [${m.code}] ${lang === 'nl' ? m.nl : m.en}\n`;
}

export function textReport(r: ImportResult, lang: 'nl' | 'en'): string {
  const n = (s: ImportMessage['severity']) => r.messages.filter((m) => m.severity === s).length;
  const counts =
    r.kind === 'boundaries'
      ? lang === 'nl'
        ? `${r.features.length} ${oneOther(r.features.length, 'grensvlak', 'grensvlakken')}`
        : `${r.features.length} ${oneOther(r.features.length, 'boundary', 'boundaries')}`
      : `${r.rows.gemeente.length} gemeenten, ${r.rows.wijk.length} wijken, ${r.rows.buurt.length} buurten`;
  const verdict = r.ok ? (lang === 'nl' ? 'bruikbaar' : 'usable') : lang === 'nl' ? 'NIET bruikbaar' : 'NOT usable';
  const e = n('error'),
    w = n('warning');
  const tally =
    lang === 'nl'
      ? `${e} ${oneOther(e, 'fout', 'fouten')}, ${w} ${oneOther(w, 'waarschuwing', 'waarschuwingen')}`
      : `${e} ${oneOther(e, 'error', 'errors')}, ${w} ${oneOther(w, 'warning', 'warnings')}`;
  const head = `${r.fileName}: ${verdict} — ${r.format ?? '?'}, ${counts}; ${tally}\n`;
  return head + r.messages.map((m) => line(m, lang)).join('');
}

function summary(r: ImportResult) {
  return {
    file: r.fileName,
    ok: r.ok,
    format: r.format,
    kind: r.kind,
    year: r.year,
    rows: { gemeente: r.rows.gemeente.length, wijk: r.rows.wijk.length, buurt: r.rows.buurt.length },
    features: r.features.length,
    crs: r.crs,
    mapped: r.mapped,
    unmapped: r.unmapped,
    messages: r.messages,
  };
}

function defaultIo(): CheckIo {
  return { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) runCli(async (argv) => main(argv));
