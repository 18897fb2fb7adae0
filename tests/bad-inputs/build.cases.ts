/**
 * Bad-input corpus for `npm run data:build` (run by tests/unit/bad-inputs/build.test.ts).
 * Each case starts from a temporary raw folder that mirrors the real one (../shared/data-raw) with symbolic links
 * to the files listed in src/data/build/sources.ts, lets `alter` replace or remove files in it, runs the real entry
 * point scripts/build-data.ts with `args`, and states the outcome:
 * - `exit: 1`: stderr matches `stderr` (naming the file or option), no stack trace, and the --out folder is
 *   untouched (a pre-existing data folder with a sentinel file keeps the same checksum; nothing is left beside it);
 * - `exit: 0`: stdout matches `stdout`; `built: true` means --out was replaced by outputs whose manifest equals the
 *   committed data/manifest.json; otherwise --out is untouched.
 * `out` says what --out is before the run: 'data' (an earlier build's folder plus a sentinel file, the default),
 * 'file' (a file), 'foreign' (a folder of other files) or 'absent'.
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CasePaths {
  /** The temporary raw folder. */
  raw: string;
  /** The --out path. */
  out: string;
  /** The case's temporary folder (holds raw/ and out). */
  tmp: string;
}

export interface BuildCase {
  id: string;
  description: string;
  alter?: (raw: string) => void;
  out?: 'data' | 'file' | 'foreign' | 'absent';
  /** Command-line arguments (default: --raw <raw> --out <out>). */
  args?: (p: CasePaths) => string[];
  expect:
    { exit: 1; stderr: RegExp | ((p: CasePaths) => RegExp) } | { exit: 0; stdout: RegExp | ((p: CasePaths) => RegExp); built: boolean };
}

type Fc = { type: string; features: { properties: Record<string, unknown> }[] };

const readText = (raw: string, file: string): string => readFileSync(join(raw, file), 'utf8');

/** Replace a (symlinked) raw file by new content; an edit that changes nothing is a mistake in the corpus. */
function put(raw: string, file: string, content: string | Uint8Array): void {
  const path = join(raw, file);
  if (typeof content === 'string' && existsSync(path) && readFileSync(path, 'utf8') === content)
    throw new Error(`corpus: the edit of ${file} changed nothing`);
  rmSync(path, { force: true });
  writeFileSync(path, content);
}

/** Apply `f` to every [lon, lat] position below a GeoJSON coordinates array. */
function mapPositions(c: unknown, f: (p: number[]) => number[]): unknown {
  if (Array.isArray(c) && typeof c[0] === 'number') return f(c as number[]);
  return Array.isArray(c) ? c.map((x) => mapPositions(x, f)) : c;
}

/** Edit a raw file as JSON; `edit` may return text to write instead of the re-serialised collection. */
function editJson(raw: string, file: string, edit: (fc: Fc) => void | string): void {
  const fc = JSON.parse(readText(raw, file)) as Fc;
  const text = edit(fc);
  put(raw, file, typeof text === 'string' ? text : JSON.stringify(fc));
}

const TOKEN = '__SEGV_RAW_TOKEN__';

/**
 * Set column `col` of the feature whose `codeField` is `code` to `value`; a `{ raw: '1e3' }` value is written into
 * the JSON text exactly as given (JSON.stringify would turn 1e3 into 1000).
 */
function setValue(raw: string, file: string, codeField: string, code: string, col: string, value: unknown): void {
  editJson(raw, file, (fc) => {
    const f = fc.features.find((x) => x.properties[codeField] === code);
    if (!f) throw new Error(`corpus: ${file} has no ${codeField} ${code}`);
    const rawToken = typeof value === 'object' && value !== null && 'raw' in value ? (value as { raw: string }).raw : undefined;
    f.properties[col] = rawToken === undefined ? value : TOKEN;
    const text = JSON.stringify(fc);
    return rawToken === undefined ? text : text.replace(`"${TOKEN}"`, rawToken);
  });
}

/** Set field number `field` (0 = level) of the KWB CSV line whose code (field 1) is `code`; no quoted fields on it. */
function setCsvField(raw: string, code: string, field: number, value: string): void {
  const lines = readText(raw, KWB_CSV).split('\n');
  const i = lines.findIndex((l) => l.split(',')[1] === code);
  if (i < 0 || lines[i]!.includes('"')) throw new Error(`corpus: no plain CSV line with code ${code}`);
  const f = lines[i]!.split(',');
  f[field] = value;
  lines[i] = f.join(',');
  put(raw, KWB_CSV, lines.join('\n'));
}

const GM2019 = 'geoinzicht-app/gemeenten_2019.geojson';
const KWB_CSV = 'kwb2024-woonikveilig/kwb2024_wijk_buurt.csv';
const MAPNL = 'mapNL/gemeenten_2017.geojson';
/** A command-line mistake: exit 1 with `stderr`, --out untouched. */
const argCase = (id: string, description: string, args: (p: CasePaths) => string[], stderr: RegExp): BuildCase => ({
  id,
  description,
  args,
  expect: { exit: 1, stderr },
});
const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const BUILD_CASES: readonly BuildCase[] = [
  // --- the raw folder as a whole
  {
    id: 'raw-folder-empty',
    description: 'an empty raw folder: refused, listing every expected file',
    alter: (raw) => {
      for (const e of readdirSync(raw)) rmSync(join(raw, e), { recursive: true });
    },
    expect: {
      exit: 1,
      stderr:
        /raw folder .* is empty[^]*\/raw\/geoinzicht-app\/gemeenten_2012\.geojson: missing[^]*\/raw\/tmap\/wijken_2022\.geojson: missing/,
    },
  },
  {
    id: 'raw-folder-only-junk',
    description: 'a raw folder holding only files sources.ts does not list: every listed file is named as missing',
    alter: (raw) => {
      for (const e of readdirSync(raw)) rmSync(join(raw, e), { recursive: true });
      writeFileSync(join(raw, 'README.txt'), 'nothing here\n');
      writeFileSync(join(raw, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
    },
    expect: { exit: 1, stderr: /gemeenten_2012\.geojson: missing[^]*wijken_2024\.geojson: missing[^]*14 raw files; nothing was written/ },
  },
  {
    id: 'raw-folder-does-not-exist',
    description: '--raw names a folder that does not exist',
    args: (p) => ['--raw', join(p.tmp, 'nope'), '--out', p.out],
    expect: { exit: 1, stderr: /raw folder .*nope: missing\. Pass --raw <dir>/ },
  },
  {
    id: 'file-missing',
    description: 'one listed file is missing',
    alter: (raw) => rmSync(join(raw, 'tmap/wijken_2022.geojson')),
    expect: { exit: 1, stderr: /tmap\/wijken_2022\.geojson: missing\n/ },
  },
  {
    id: 'file-renamed',
    description: 'a listed file was renamed: missing, with the unlisted look-alike as a hint',
    alter: (raw) => renameSync(join(raw, 'tmap/gemeenten_2014.geojson'), join(raw, 'tmap/gemeenten-2014.geojson')),
    expect: {
      exit: 1,
      stderr: /tmap\/gemeenten_2014\.geojson: missing \(not listed in sources\.ts, so ignored: tmap\/gemeenten-2014\.geojson; renamed\?\)/,
    },
  },
  {
    id: 'junk-extra-files',
    description: 'extra files the build does not use (text, binary, an unlisted broken .geojson) are ignored: full build',
    alter: (raw) => {
      writeFileSync(join(raw, 'notes.txt'), 'not data\n');
      writeFileSync(join(raw, 'archive.zip'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00]));
      writeFileSync(join(raw, 'tmap/wijken_2023.geojson'), '{"type": "FeatureCollection", "features": [');
    },
    expect: { exit: 0, stdout: /data:build wrote 17 files/, built: true },
  },
  // --- a file that is not the expected JSON
  {
    id: 'geojson-truncated',
    description: 'a GeoJSON file cut off at 60 % of its length',
    alter: (raw) => {
      const t = readText(raw, GM2019);
      put(raw, GM2019, t.slice(0, Math.floor(t.length * 0.6)));
    },
    expect: {
      exit: 1,
      stderr: /geoinzicht-app\/gemeenten_2019\.geojson: truncated or not JSON: the text stops before the JSON is complete/,
    },
  },
  {
    id: 'not-json-html',
    description: 'an HTML error page saved under a .geojson name',
    alter: (raw) => put(raw, 'tmap/gemeenten_2014.geojson', '<!DOCTYPE html>\n<html><body>404 Not Found</body></html>\n'),
    expect: { exit: 1, stderr: /tmap\/gemeenten_2014\.geojson: truncated or not JSON: it starts with "<!DOCTYPE html>/ },
  },
  {
    id: 'not-json-broken-middle',
    description: 'a stray character in the middle of a GeoJSON file: line and column named',
    alter: (raw) => {
      const t = readText(raw, 'tmap/gemeenten_2022.geojson');
      const at = t.indexOf('"population"');
      put(raw, 'tmap/gemeenten_2022.geojson', t.slice(0, at) + '#' + t.slice(at));
    },
    expect: { exit: 1, stderr: /tmap\/gemeenten_2022\.geojson: truncated or not JSON: .* at line \d+, column [\d,]+/ },
  },
  {
    id: 'binary-file',
    description: 'a gzip archive saved under a .geojson name',
    alter: (raw) => put(raw, MAPNL, Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0xff, 0xfe, 0x00, 0x10])),
    expect: { exit: 1, stderr: /mapNL\/gemeenten_2017\.geojson: not JSON: it is not UTF-8 text/ },
  },
  {
    id: 'file-zero-bytes',
    description: 'an empty (0-byte) file',
    alter: (raw) => put(raw, 'geoinzicht-app/wijken_2024.geojson', ''),
    expect: { exit: 1, stderr: /geoinzicht-app\/wijken_2024\.geojson: is empty \(0 bytes\)/ },
  },
  {
    id: 'featurecollection-empty',
    description: 'a valid but empty FeatureCollection',
    alter: (raw) => put(raw, 'geoinzicht-app/wijken_2024.geojson', '{"type":"FeatureCollection","features":[]}'),
    expect: { exit: 1, stderr: /geoinzicht-app\/wijken_2024\.geojson: has 0 features; a wijk file should have 1,000–10,000/ },
  },
  {
    id: 'not-a-featurecollection',
    description: 'valid JSON of another type (a TopoJSON topology)',
    alter: (raw) => put(raw, 'geoinzicht-app/gemeenten_2023.geojson', '{"type":"Topology","objects":{},"arcs":[]}'),
    expect: { exit: 1, stderr: /gemeenten_2023\.geojson: is JSON but not a GeoJSON FeatureCollection \(its "type" is "Topology"\)/ },
  },
  {
    id: 'column-missing',
    description: 'the code column renamed in every feature',
    alter: (raw) =>
      editJson(raw, 'geoinzicht-app/gemeenten_2017.geojson', (fc) => {
        for (const f of fc.features) {
          f.properties.gm_code = f.properties.gemeentecode;
          delete f.properties.gemeentecode;
        }
      }),
    expect: { exit: 1, stderr: /gemeenten_2017\.geojson: column "gemeentecode" is missing/ },
  },
  {
    id: 'value-column-dropped',
    description: 'a value column dropped from every feature (the variable would silently vanish)',
    alter: (raw) => editJson(raw, 'tmap/gemeenten_2014.geojson', (fc) => fc.features.forEach((f) => delete f.properties.origin_non_west)),
    expect: { exit: 1, stderr: /tmap\/gemeenten_2014\.geojson: column "origin_non_west" is missing/ },
  },
  {
    id: 'code-duplicate',
    description: 'two features with the same unit code',
    alter: (raw) =>
      editJson(raw, 'tmap/gemeenten_2022.geojson', (fc) => void (fc.features[1]!.properties.code = fc.features[0]!.properties.code)),
    expect: { exit: 1, stderr: /tmap\/gemeenten_2022\.geojson: feature GM\d{4}: code GM\d{4} appears twice/ },
  },
  {
    id: 'coordinates-wrong-crs',
    description: 'boundaries in Dutch RD metres instead of WGS84 lon/lat',
    alter: (raw) =>
      editJson(raw, 'tmap/provincies_2022.geojson', (fc) => {
        for (const f of fc.features as unknown as { geometry: { coordinates: unknown } }[]) {
          f.geometry.coordinates = mapPositions(f.geometry.coordinates, ([x, y]) => [Math.round(x! * 30000), Math.round(y! * 8000)]);
        }
      }),
    expect: { exit: 1, stderr: /tmap\/provincies_2022\.geojson: feature PV\d\d: position \[\d+, \d+\] is outside the Netherlands/ },
  },
  // --- implausible values
  {
    id: 'population-hex-text',
    description: 'population "0x10" in the file that stores numbers as text (Number() would give 16)',
    alter: (raw) => setValue(raw, MAPNL, 'id', 'GM0363', 'aant_inw', '0x10'),
    expect: { exit: 1, stderr: /mapNL\/gemeenten_2017\.geojson: feature GM0363, column aant_inw: "0x10" is not a plain whole number/ },
  },
  {
    id: 'population-exponent-text',
    description: 'population "1e3" as text (Number() would give 1000)',
    alter: (raw) => setValue(raw, MAPNL, 'id', 'GM0363', 'aant_inw', '1e3'),
    expect: { exit: 1, stderr: /mapNL\/gemeenten_2017\.geojson: feature GM0363, column aant_inw: "1e3" is not a plain whole number/ },
  },
  {
    id: 'population-decimal-comma-text',
    description: 'population "1,5" as text',
    alter: (raw) => setValue(raw, MAPNL, 'id', 'GM0363', 'aant_inw', '1,5'),
    expect: { exit: 1, stderr: /mapNL\/gemeenten_2017\.geojson: feature GM0363, column aant_inw: "1,5" is not a plain whole number/ },
  },
  {
    id: 'population-thousands-dot-text',
    description: 'population "1.234" as text (a thousands separator or a fraction: either way not a count)',
    alter: (raw) => setValue(raw, MAPNL, 'id', 'GM0363', 'aant_inw', '1.234'),
    expect: { exit: 1, stderr: /mapNL\/gemeenten_2017\.geojson: feature GM0363, column aant_inw: "1\.234" is not a plain whole number/ },
  },
  {
    id: 'population-text-in-number-file',
    description: 'population "1.234" as text in a file that stores numbers as JSON numbers',
    alter: (raw) => setValue(raw, 'tmap/gemeenten_2022.geojson', 'code', 'GM0363', 'population', '1.234'),
    expect: {
      exit: 1,
      stderr: /tmap\/gemeenten_2022\.geojson: feature GM0363, column population: "1\.234" is text where a number is expected/,
    },
  },
  {
    id: 'population-exponent-number',
    description: 'population written as the JSON number 1e3 (JSON.parse gives 1000)',
    alter: (raw) => setValue(raw, GM2019, 'gemeentecode', 'GM0363', 'aantal_inwoners', { raw: '1e3' }),
    expect: { exit: 1, stderr: /gemeenten_2019\.geojson: feature GM0363, column aantal_inwoners: 1e3 is written with an exponent/ },
  },
  {
    id: 'population-fraction-zero',
    description: 'population written as 862965.0 (JSON.parse hides the fraction)',
    alter: (raw) => setValue(raw, GM2019, 'gemeentecode', 'GM0363', 'aantal_inwoners', { raw: '862965.0' }),
    expect: { exit: 1, stderr: /gemeenten_2019\.geojson: feature GM0363, column aantal_inwoners: 862965\.0 is written with a fraction/ },
  },
  {
    id: 'population-fraction',
    description: 'population 4550.5 in a wijk file',
    alter: (raw) => setValue(raw, 'tmap/wijken_2022.geojson', 'code', 'WK036300', 'population', 4550.5),
    expect: { exit: 1, stderr: /tmap\/wijken_2022\.geojson: feature WK036300, column population: 4550\.5 is not a whole number/ },
  },
  {
    id: 'population-negative',
    description: 'a negative population that is not a CBS missing-value code',
    alter: (raw) => setValue(raw, 'tmap/wijken_2022.geojson', 'code', 'WK036300', 'population', -5),
    expect: { exit: 1, stderr: /tmap\/wijken_2022\.geojson: feature WK036300, column population: -5 is negative/ },
  },
  {
    id: 'population-in-thousands',
    description: 'every population divided by 1000 (plausible per unit, not as a country)',
    alter: (raw) =>
      editJson(raw, 'geoinzicht-app/gemeenten_2012.geojson', (fc) => {
        for (const f of fc.features) {
          const n = f.properties.aantal_inwoners;
          if (typeof n === 'number') f.properties.aantal_inwoners = Math.round(n / 1000);
        }
      }),
    expect: { exit: 1, stderr: /gemeenten_2012\.geojson: column aantal_inwoners adds up to [\d,]+ inhabitants/ },
  },
  {
    id: 'percentage-over-100',
    description: 'a share of 140 %',
    alter: (raw) => setValue(raw, 'geoinzicht-app/gemeenten_2022.geojson', 'gemeentecode', 'GM0363', 'pct_hh_laag_inkomen', 140),
    expect: { exit: 1, stderr: /gemeenten_2022\.geojson: feature GM0363, column pct_hh_laag_inkomen: 140 is above 100/ },
  },
  {
    id: 'woz-in-euros',
    description: 'a mean WOZ value in euros instead of thousands of euros',
    alter: (raw) => setValue(raw, 'tmap/gemeenten_2022.geojson', 'code', 'GM0363', 'dwelling_value', 433000),
    expect: { exit: 1, stderr: /tmap\/gemeenten_2022\.geojson: feature GM0363, column dwelling_value: 433000 is above 10,000/ },
  },
  // --- the KWB 2024 wijk/buurt CSV
  {
    id: 'csv-cut-off',
    description: 'the KWB 2024 CSV cut off in the middle of a row',
    alter: (raw) => {
      const t = readText(raw, KWB_CSV);
      put(raw, KWB_CSV, t.slice(0, t.indexOf('\n', Math.floor(t.length * 0.6)) - 3));
    },
    expect: { exit: 1, stderr: /kwb2024_wijk_buurt\.csv: line [\d,]+ has \d+ field\(s\), the header has 20; is the file cut off/ },
  },
  {
    id: 'csv-unknown-level',
    description: 'a KWB 2024 row whose level is neither wijk nor buurt (it would be dropped in silence)',
    alter: (raw) => setCsvField(raw, 'BU0363KA05', 0, 'bruut'),
    expect: { exit: 1, stderr: /kwb2024_wijk_buurt\.csv: data row [\d,]+: column level is "bruut", not "wijk" or "buurt"/ },
  },
  {
    id: 'csv-urbanity-out-of-range',
    description: 'stedelijkheid 7 for a buurt (CBS classes are 1–5)',
    alter: (raw) => setCsvField(raw, 'BU0363KA05', 16, '7'),
    expect: { exit: 1, stderr: /kwb2024_wijk_buurt\.csv: feature BU0363KA05, column stedelijkheid: "7" is above 5/ },
  },
  // --- the command line and --out
  {
    id: 'raw-equals-form',
    description: '--raw=<dir> is used (not ignored): --check on the temporary raw folder names it',
    args: (p) => [`--raw=${p.raw}`, '--check'],
    expect: { exit: 0, stdout: (p) => new RegExp(`raw files OK: 14 files, [\\d,]+ features in ${esc(p.raw)} `), built: false },
  },
  {
    id: 'raw-equals-form-bad-file',
    description: '--raw=<dir> with a broken file: the error names the file inside that folder',
    alter: (raw) => put(raw, GM2019, '{"type":"FeatureCollection","features":[{"type":"Feature"'),
    args: (p) => [`--raw=${p.raw}`, `--out=${p.out}`],
    expect: { exit: 1, stderr: (p) => new RegExp(`${esc(join(p.raw, GM2019))}: truncated or not JSON`) },
  },
  {
    id: 'out-is-a-file',
    description: '--out names an existing file',
    out: 'file',
    expect: { exit: 1, stderr: /--out .*out is a file, not a folder/ },
  },
  {
    id: 'out-through-a-file',
    description: '--out lies below an existing file',
    out: 'file',
    args: (p) => ['--raw', p.raw, '--out', join(p.out, 'data')],
    expect: { exit: 1, stderr: /--out .*out\/data: .*out is a file, so no folder can be made there/ },
  },
  {
    id: 'out-foreign-folder',
    description: '--out is a folder of other files (not an earlier build): refused, not replaced',
    out: 'foreign',
    expect: { exit: 1, stderr: /--out .*out is a folder without manifest\.json/ },
  },
  argCase('unknown-option', 'a misspelt option', (p) => ['--rwa', p.raw], /Unknown option --rwa/),
  argCase('raw-empty-value', '--raw= with an empty value', (p) => ['--raw=', '--out', p.out], /--raw needs a value/),
  argCase('raw-missing-value', '--raw as the last word', (p) => ['--out', p.out, '--raw'], /--raw needs a value/),
  argCase('out-empty-value', '--out "" (empty)', (p) => ['--raw', p.raw, '--out', ''], /--out needs a value/),
  argCase('positional', 'a bare word instead of an option', (p) => [p.raw], /unexpected argument/),
  {
    id: 'help',
    description: '--help prints the usage and writes nothing',
    args: () => ['--help'],
    expect: { exit: 0, stdout: /Usage: npm run data:build -- \[options\][^]*--raw <dir>[^]*--check/, built: false },
  },
];
