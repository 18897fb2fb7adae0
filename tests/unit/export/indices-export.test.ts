/**
 * The app's indices files: labels in both languages, BOM, the Dutch-Excel variant reading back to the same numbers,
 * formula neutralisation, the columns a quick ranking leaves out (named in the sidecar with the CLI command), and
 * the same rows as the CLI writes (src/pipeline/indices-output.ts indicesRow).
 */
import { csvParse, dsvFormat } from 'd3';
import { describe, expect, it } from 'vitest';
import { INDICES_SPEC } from '../../../src/cli/specs';
import { DEFAULT_BOOTSTRAP_REPLICATES, DEFAULT_SEED } from '../../../src/engine/inference/bootstrap';
import { DEFAULT_RANDOM_REPLICATES } from '../../../src/engine/inference/random-allocation';
import { CLI_INDICES_DEFAULTS, indicesFiles, PANEL_INDICES_DEFAULTS, recordFiles } from '../../../src/features/export/indices';
import { RESAMPLING_COLUMNS, SPATIAL_COLUMNS } from '../../../src/features/export/indices-columns';
import { runIndices, type SourceRow } from '../../../src/pipeline/indices';
import { indicesRow } from '../../../src/pipeline/indices-output';

const wijk = (gm: string, gmName: string, i: number, population: number, share: number): SourceRow => ({
  code: `WK${gm.slice(2)}0${i}`,
  name: `Wijk ${i}`,
  gemeente_code: gm,
  gemeente_name: gmName,
  province_code: 'PV27',
  province_name: 'Noord-Holland',
  population,
  share_income_low: share,
});
const ROWS: SourceRow[] = [
  wijk('GM0001', '=HYPERLINK("x")', 1, 1200, 10),
  wijk('GM0001', '=HYPERLINK("x")', 2, 800, 35),
  wijk('GM0001', '=HYPERLINK("x")', 3, 1500, 22),
  wijk('GM0002', 'Súdwest-Fryslân', 1, 3000, 12.5),
  wijk('GM0002', 'Súdwest-Fryslân', 2, 2000, 41),
  wijk('GM0002', 'Súdwest-Fryslân', 3, 900, 18),
];
const NOW = new Date('2026-12-01T20:00:00Z');
const quick = runIndices(ROWS, { level: 'wijk', year: 2022, group: 'income_low', bootstrapReplicates: 0, randomReplicates: 0 });
const detail = runIndices(ROWS, { level: 'wijk', year: 2022, group: 'income_low', regions: ['GM0002'] });

const bare = (text: string) => {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  return text.slice(1);
};
type Meta = {
  language: string;
  year: number;
  level: string;
  app: { version: string };
  exported_at: string;
  source: Record<string, string>;
  same_as_cli: string;
  left_out_columns: { columns: string[]; why: string; command: string }[];
  columns: { id: string; label: string; definition: string }[];
};

describe('indices CSV of the quick ranking', () => {
  const [csvNl, metaNl] = indicesFiles(quick, { lang: 'nl', variant: 'excel', now: NOW });
  const [csvEn, metaEn] = indicesFiles(quick, { lang: 'en', variant: 'excel', now: NOW });
  const [csvNlx] = indicesFiles(quick, { lang: 'nl', variant: 'dutch', now: NOW });

  it('names the files as before and the sidecar <name>.meta.json', () => {
    expect(csvNl.name).toBe('indices_wijk_2022_income_low.csv');
    expect(metaNl.name).toBe('indices_wijk_2022_income_low.csv.meta.json');
    expect(csvNlx.name).toBe('indices_wijk_2022_income_low_nl-excel.csv');
  });

  it('starts with a BOM and has column labels in the UI language', () => {
    const nl = csvParse(bare(csvNl.text));
    const en = csvParse(bare(csvEn.text));
    expect(nl.columns.slice(0, 3)).toEqual(['regiocode', 'regionaam', 'wijken totaal']);
    expect(en.columns.slice(0, 3)).toEqual(['region code', 'region name', 'units total']);
    expect(nl.columns).toContain('isolatie xPx');
    expect(en.columns).toContain('isolation xPx');
    expect(nl.columns.length).toBe(en.columns.length);
  });

  it('leaves out what the ranking did not compute and says so in the sidecar, with the CLI command', () => {
    const en = csvParse(bare(csvEn.text));
    const meta = JSON.parse(metaEn.text) as Meta;
    const ids = meta.columns.map((c) => c.id);
    for (const c of [...SPATIAL_COLUMNS, ...RESAMPLING_COLUMNS]) expect(ids).not.toContain(c);
    expect(en.columns.length).toBe(ids.length);
    expect(meta.left_out_columns.map((l) => l.columns)).toEqual([[...SPATIAL_COLUMNS], [...RESAMPLING_COLUMNS]]);
    expect(meta.left_out_columns[0]!.command).toBe(
      'npm run indices -- --level wijk --year 2022 --group income_low --bootstrap 1000 --random 100 --seed 20221 --out indices.csv',
    );
    // not_computable no longer mentions the left-out columns
    for (const r of en) expect(r['not computable']).not.toMatch(/Dw|D_ci|expected_D/);
    // every column left in is filled in every row (synthetic data: everything non-spatial is computable)
    for (const r of en) for (const c of en.columns) if (c !== 'warnings' && c !== 'not computable') expect(r[c], c).not.toBe('');
  });

  it('has the CLI row values', () => {
    const en = csvParse(bare(csvEn.text));
    const meta = JSON.parse(metaEn.text) as Meta;
    const cli = quick.records.map((r) => indicesRow(r, { year: 2022, contiguity: 'rook', bootstrapReplicates: 0, randomReplicates: 0 }));
    en.forEach((row, i) => {
      for (const c of meta.columns) {
        const want = cli[i]![c.id];
        if (typeof want === 'number') expect(Number(row[c.label]), c.id).toBe(want);
      }
    });
  });

  it('Dutch-Excel variant reads back to the same numbers (after decimal comma → point)', () => {
    const excel = csvParse(bare(csvNl.text));
    const dutch = dsvFormat(';').parse(bare(csvNlx.text));
    expect(dutch.columns).toEqual(excel.columns);
    expect(csvNlx.text).toContain(';');
    dutch.forEach((row, i) => {
      for (const c of dutch.columns) {
        const a = excel[i]![c]!;
        const b = row[c]!;
        if (a !== '' && Number.isFinite(Number(a))) expect(Number(b.replace(',', '.')), c).toBe(Number(a));
      }
    });
    expect(dutch[0]!.D).toMatch(/^0,\d+$/);
  });

  it('neutralises a name that starts with "=" and keeps é, ë, â', () => {
    expect(csvEn.text).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csvEn.text).not.toMatch(/(^|,)=HYPERLINK/m);
    expect(csvEn.text).toContain('Súdwest-Fryslân');
  });

  it('sidecar in the UI language with source, year, level, definitions, version and export time', () => {
    const nl = JSON.parse(metaNl.text) as Meta;
    const en = JSON.parse(metaEn.text) as Meta;
    expect(nl.language).toBe('nl');
    expect(nl.year).toBe(2022);
    expect(nl.level).toBe('wijk');
    expect(nl.exported_at).toBe(NOW.toISOString());
    expect(nl.app.version).toMatch(/^(dev|\d+\.\d+\.\d+)$/);
    expect(nl.source.statistics).toContain('CBS Kerncijfers Wijken en Buurten');
    expect(nl.source.licence).toContain('CC BY 4.0');
    expect(nl.source.boundaries).toContain('Kadaster');
    const d = (m: Meta) => m.columns.find((c) => c.id === 'D')!;
    expect(d(nl).definition).toMatch(/Dissimilariteitsindex/);
    expect(d(en).definition).toMatch(/Dissimilarity/);
    for (const c of [...nl.columns, ...en.columns]) expect(c.definition.length, c.id).toBeGreaterThan(3);
  });
});

describe("one gemeente's record (the indices panel)", () => {
  it('has the intervals and expected D of the panel, with the seed that reproduces them', () => {
    const [csv, meta] = recordFiles(detail, detail.records[0]!, { lang: 'en', variant: 'excel', now: NOW });
    expect(csv.name).toBe('indices_GM0002_2022_income_low.csv');
    const [row] = csvParse(bare(csv.text));
    const r = detail.records[0]!;
    expect(Number(row!.D)).toBe(r.twoGroup.D.ok ? r.twoGroup.D.value : NaN);
    expect(Number(row!['D lower 95%'])).toBe(r.ci!.D.lower);
    expect(Number(row!['expected D'])).toBe(r.expected!.D);
    const m = JSON.parse(meta.text) as Meta;
    expect(m.same_as_cli).toContain('--regions GM0002');
    expect(m.same_as_cli).toContain('--seed 20240101');
    // no boundaries in this test: the spatial columns are left out and explained
    expect(m.left_out_columns.map((l) => l.columns)).toEqual([[...SPATIAL_COLUMNS]]);
  });
});

describe('defaults', () => {
  it("the full export uses the CLI's defaults, the record the engine's", () => {
    expect(CLI_INDICES_DEFAULTS).toEqual({
      bootstrapReplicates: INDICES_SPEC.options.bootstrap.default,
      randomReplicates: INDICES_SPEC.options.random.default,
      seed: INDICES_SPEC.options.seed.default,
    });
    expect(PANEL_INDICES_DEFAULTS).toEqual({
      bootstrapReplicates: DEFAULT_BOOTSTRAP_REPLICATES,
      randomReplicates: DEFAULT_RANDOM_REPLICATES,
      seed: DEFAULT_SEED,
    });
  });
});
