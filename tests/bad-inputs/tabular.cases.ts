/**
 * Bad-input corpus for tabular input (long counts, `npm run indices -- --input`) and CSV output.
 * Every case says what must happen: a clear error (message matching `match`) or a correct result (`check` throws
 * when the result is wrong). Inputs are bytes built here (gzip header, UTF-16, Latin-1) or text (sent as UTF-8).
 * Run by tests/unit/bad-inputs/tabular.test.ts.
 */
import assert from 'node:assert/strict';
import { computeBatch } from '../../src/engine/batch';
import { parseLongCounts, type LongCountsOptions, type LongCountsResult } from '../../src/engine/long-counts';
import type { CsvOptions } from '../../src/data/tabular/write';

export type LongCountsOk = Extract<LongCountsResult, { ok: true }>;

export interface TabularCase {
  id: string;
  description: string;
  input: string | Uint8Array;
  fileName?: string;
  options?: LongCountsOptions;
  expect: { kind: 'error'; match: RegExp } | { kind: 'ok'; check: (result: LongCountsOk) => void };
}

export interface WriterCase {
  id: string;
  description: string;
  rows: Record<string, unknown>[];
  columns: string[];
  options?: CsvOptions;
  expect: { kind: 'error'; match: RegExp } | { kind: 'ok'; check: (csv: string) => void };
}

const HEADER = 'region,unit,group,count';
const csv = (...lines: string[]): string => `${[HEADER, ...lines].join('\n')}\n`;
const semi = (...lines: string[]): string => `${['region;unit;group;count', ...lines].join('\n')}\n`;
const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);
const latin1 = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));

function utf16(s: string, bigEndian: boolean): Uint8Array {
  const units = [0xfeff, ...Array.from(s, (c) => c.charCodeAt(0))];
  const out = new Uint8Array(units.length * 2);
  units.forEach((u, i) => {
    out[2 * i + (bigEndian ? 0 : 1)] = u >> 8;
    out[2 * i + (bigEndian ? 1 : 0)] = u & 0xff;
  });
  return out;
}

/** Counts of group k in the result, in unit order. */
const col = (r: LongCountsOk, group: string): number[] => [...r.input.counts[r.input.groups.indexOf(group)]];

/** Two regions, four units each, groups a and b (a is the minority): the rows of the order tests. */
const ORDER_ROWS = [
  'R1,u1,a,10',
  'R1,u1,b,90',
  'R1,u2,a,40',
  'R1,u2,b,60',
  'R1,u3,a,5',
  'R1,u3,b,95',
  'R1,u4,a,30',
  'R1,u4,b,20',
  'R2,v1,a,3',
  'R2,v1,b,7',
  'R2,v2,a,8',
  'R2,v2,b,2',
  'R2,v3,a,1',
  'R2,v3,b,40',
  'R2,v4,a,6',
  'R2,v4,b,6',
];
const shuffled = (rows: readonly string[]): string[] =>
  rows
    .map((r, i) => [r, (i * 7919) % 101] as const)
    .sort((x, y) => x[1] - y[1])
    .map(([r]) => r);
const batchOf = (r: LongCountsResult) => {
  assert.ok(r.ok);
  return computeBatch(r.input, { bootstrapReplicates: 50, randomReplicates: 10, seed: 7 });
};

export const tabularCases: TabularCase[] = [
  {
    id: 'dutch-thousands-dot',
    description: '`;` file with Dutch thousands dots: 1.200 is 1200, not 1.2',
    input: semi('R;u1;a;1.200', 'R;u1;b;300', 'R;u2;a;200', 'R;u2;b;1.300'),
    expect: {
      kind: 'ok',
      check: (r) => {
        assert.deepEqual(col(r, 'a'), [1200, 200]);
        assert.deepEqual(col(r, 'b'), [300, 1300]);
        assert.equal(r.locale, 'nl');
        assert.match(r.warnings.join(' '), /read as 1200 \(Dutch notation/);
      },
    },
  },
  {
    id: 'decimal-comma',
    description: 'quoted decimal comma in a comma file decides the column as Dutch',
    input: csv('R,u1,a,"12,5"', 'R,u1,b,"1.000"', 'R,u2,a,3', 'R,u2,b,4'),
    expect: { kind: 'ok', check: (r) => assert.deepEqual([col(r, 'a'), col(r, 'b'), r.locale], [[12.5, 3], [1000, 4], 'nl']) },
  },
  {
    id: 'international-thousands',
    description: 'quoted international thousands separators in a comma file',
    input: csv('R,u1,a,"1,234,567"', 'R,u1,b,5', 'R,u2,a,"1,200"', 'R,u2,b,7'),
    expect: { kind: 'ok', check: (r) => assert.deepEqual([col(r, 'a'), r.locale], [[1234567, 1200], 'international']) },
  },
  {
    id: 'ambiguous-1.200',
    description: 'a comma file whose only separator cells are 1.200-like is refused',
    input: csv('R,u1,a,1.200', 'R,u1,b,5', 'R,u2,a,7', 'R,u2,b,8'),
    expect: { kind: 'error', match: /"1\.200" can mean 1200 \(Dutch notation\) or 1\.2 \(international notation\)/ },
  },
  {
    id: 'mixed-conventions',
    description: 'Dutch and international decimals in one column',
    input: semi('R;u1;a;12,5', 'R;u1;b;12.5', 'R;u2;a;1', 'R;u2;b;2'),
    expect: { kind: 'error', match: /mixes Dutch numbers \(line 2: "12,5"\) and international numbers \(line 3: "12\.5"\)/ },
  },
  {
    id: 'hex',
    description: '0x10 in a count column',
    input: csv('R,u1,a,0x10', 'R,u1,b,5'),
    expect: { kind: 'error', match: /count "0x10" is in hexadecimal/ },
  },
  {
    id: 'exponent',
    description: '1e3 in a count column',
    input: csv('R,u1,a,1e3', 'R,u1,b,5'),
    expect: { kind: 'error', match: /count "1e3" is in scientific notation/ },
  },
  {
    id: 'exponent-1e300',
    description: '1e300 in a count column',
    input: csv('R,u1,a,1e300', 'R,u1,b,5'),
    expect: { kind: 'error', match: /scientific notation/ },
  },
  {
    id: 'huge-digits',
    description: 'a 301-digit count (would make sums Infinity)',
    input: csv(`R,u1,a,1${'0'.repeat(300)}`, 'R,u1,b,5', 'R,u2,a,1', 'R,u2,b,1'),
    expect: { kind: 'error', match: /line 2: count with more than 21 digits is larger than 1e12/ },
  },
  {
    id: 'infinity',
    description: 'Infinity as a count',
    input: csv('R,u1,a,Infinity', 'R,u1,b,5'),
    expect: { kind: 'error', match: /"Infinity" is not a finite number/ },
  },
  {
    id: 'nan',
    description: 'NaN as a count',
    input: csv('R,u1,a,NaN', 'R,u1,b,5'),
    expect: { kind: 'error', match: /"NaN" is not a number/ },
  },
  {
    id: 'underscore',
    description: '1_000 as a count',
    input: csv('R,u1,a,1_000', 'R,u1,b,5'),
    expect: { kind: 'error', match: /"1_000" contains "_"/ },
  },
  {
    id: 'negative',
    description: 'a negative count',
    input: csv('R,u1,a,-3', 'R,u1,b,5'),
    expect: { kind: 'error', match: /"-3" is negative/ },
  },
  { id: 'empty-file', description: 'zero bytes', input: '', expect: { kind: 'error', match: /the file is empty/ } },
  {
    id: 'header-only',
    description: 'a header and no rows',
    input: `${HEADER}\r\n`,
    expect: { kind: 'error', match: /no data rows after the header/ },
  },
  {
    id: 'missing-columns',
    description: 'no count column',
    input: 'region,unit,group\nR,u1,a\n',
    expect: { kind: 'error', match: /missing column\(s\): count/ },
  },
  {
    id: 'repeated-column',
    description: 'two count columns',
    input: 'region,unit,group,count,count\nR,u1,a,1,2\n',
    expect: { kind: 'error', match: /column "count" occurs more than once/ },
  },
  {
    id: 'duplicate-rows',
    description: 'the same (region, unit, group) twice',
    input: csv('R,u1,a,1', 'R,u1,b,2', 'R,u1,a,3'),
    expect: { kind: 'error', match: /duplicate row for region "R", unit "u1", group "a" \(first on line 2\)/ },
  },
  {
    id: 'typo-group',
    description: 'one row says "migrnat" instead of "migrant"',
    input: csv('R,u1,dutch,10', 'R,u1,migrant,5', 'R,u2,dutch,7', 'R,u2,migrnat,9', 'R,u3,dutch,1', 'R,u3,migrant,1'),
    expect: { kind: 'error', match: /group "migrnat" \(line 5\) looks like a misspelling of group "migrant" \(line 3\)/ },
  },
  {
    id: 'typo-unit',
    description: 'one row says "Centrun" instead of "Centrum"',
    input: csv('R,Centrum,a,10', 'R,Centrun,b,5', 'R,Noord,a,7', 'R,Noord,b,9'),
    expect: { kind: 'error', match: /unit "Centrun" \(line 3\) in region "R" looks like a misspelling of unit "Centrum" \(line 2\)/ },
  },
  {
    id: 'case-variant-group',
    description: '"Dutch" and "dutch"',
    input: csv('R,u1,Dutch,10', 'R,u1,other,5', 'R,u2,dutch,7', 'R,u2,other,9'),
    expect: { kind: 'error', match: /group "dutch" \(line 4\) and group "Dutch" \(line 2\) differ only in capitals, spaces or accents/ },
  },
  {
    id: 'accent-variant-unit',
    description: '"Zuid" and "Zúid" in one region',
    input: csv('R,Zuid,a,1', 'R,Zuid,b,2', 'R,Zúid,a,3', 'R,Zúid,b,4'),
    expect: { kind: 'error', match: /unit "Zúid" \(line 4\) and unit "Zuid" \(line 2\) in region "R" differ only/ },
  },
  {
    id: 'case-variant-region',
    description: '"GM0363" and "gm0363"',
    input: csv('GM0363,u1,a,1', 'GM0363,u1,b,2', 'gm0363,u2,a,3', 'gm0363,u2,b,4'),
    expect: { kind: 'error', match: /region "gm0363" \(line 4\) and region "GM0363" \(line 2\) differ only/ },
  },
  {
    id: 'no-false-typo-with-zeros',
    description: '"male" and "female" with explicit zeros are two groups, not a typo',
    input: csv('R,school1,male,30', 'R,school1,female,0', 'R,school2,male,0', 'R,school2,female,25'),
    expect: { kind: 'ok', check: (r) => assert.deepEqual(r.input.groups, ['female', 'male']) },
  },
  {
    id: 'no-false-typo-numbered',
    description: 'numbered unit codes with omitted zeros are not typos; the absence is a warning',
    input: csv('R,BU00000001,a,3', 'R,BU00000002,b,4', 'R,BU00000003,a,1', 'R,BU00000003,b,1'),
    expect: {
      kind: 'ok',
      check: (r) =>
        assert.match(
          r.warnings.join(' '),
          /2 \(unit, group\) combination\(s\) absent.*unit "BU00000001" \(line 2\) has no row for group "b"/,
        ),
    },
  },
  {
    id: 'latin1',
    description: 'Latin-1 bytes (é) decoded as Windows-1252 with a warning',
    input: latin1(`region,region_name,unit,group,count\nR,Caf\u00e9stad,Caf\u00e9,a,1\nR,,Caf\u00e9,b,2\n`),
    expect: {
      kind: 'ok',
      check: (r) => {
        assert.equal(r.encoding, 'windows-1252');
        assert.deepEqual([r.input.units[0].unitCode, r.input.units[0].regionName], ['Café', 'Caféstad']);
        assert.match(r.warnings.join(' '), /not valid UTF-8 \(first on line 2\); it was read as Windows-1252/);
      },
    },
  },
  {
    id: 'mojibake',
    description: 'UTF-8 that was decoded twice ("CafÃ©") is read, with a warning',
    input: csv('R,CafÃ©,a,1', 'R,CafÃ©,b,2'),
    expect: { kind: 'ok', check: (r) => assert.match(r.warnings.join(' '), /line 2 contains "Ã©"/) },
  },
  {
    id: 'utf16le',
    description: 'UTF-16 LE with BOM (Excel "Unicode text", tab-separated)',
    input: utf16('region\tunit\tgroup\tcount\r\nR\tu1\ta\t1\r\nR\tu1\tb\t2\r\n', false),
    expect: { kind: 'ok', check: (r) => assert.deepEqual([r.encoding, r.delimiter, col(r, 'b')], ['utf-16le', '\t', [2]]) },
  },
  {
    id: 'utf16be',
    description: 'UTF-16 BE with BOM',
    input: utf16(csv('R,ü1,a,1', 'R,ü1,b,2'), true),
    expect: { kind: 'ok', check: (r) => assert.deepEqual([r.encoding, r.input.units[0].unitCode], ['utf-16be', 'ü1']) },
  },
  {
    id: 'gzip',
    description: 'a gzip file',
    fileName: 'counts.csv.gz',
    input: bytes(0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x8b, 0xe5, 0x02),
    expect: { kind: 'error', match: /^line 0: The file is gzip-compressed \(\.gz\); unpack it first\.$/ },
  },
  {
    id: 'xlsx',
    description: 'an Excel workbook',
    fileName: 'counts.xlsx',
    input: bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00),
    expect: { kind: 'error', match: /zip archive or an Excel \.xlsx workbook/ },
  },
  {
    id: 'binary',
    description: 'random binary bytes with NULs',
    input: Uint8Array.from({ length: 512 }, (_, i) => (i * 131 + 7) % 256),
    expect: { kind: 'error', match: /looks like a binary file/ },
  },
  {
    id: 'crlf-quotes-bom',
    description: 'UTF-8 BOM, CRLF, quoted fields with delimiters, quotes and region_name',
    input: `\ufeffRegion,Region_Name,Unit,Group,Count\r\n"GM1","Den Haag, ""centrum""","BU 1",a,10\r\nGM1,,"BU 1",b,"5"\r\n`,
    expect: {
      kind: 'ok',
      check: (r) =>
        assert.deepEqual(
          [r.input.units[0].regionName, r.input.units[0].unitCode, col(r, 'a'), col(r, 'b')],
          ['Den Haag, "centrum"', 'BU 1', [10], [5]],
        ),
    },
  },
  {
    id: 'tab-separated',
    description: 'tab-separated counts',
    input: 'region\tunit\tgroup\tcount\nR\tu1\ta\t4\nR\tu1\tb\t6\n',
    expect: { kind: 'ok', check: (r) => assert.deepEqual([r.delimiter, col(r, 'a'), col(r, 'b')], ['\t', [4], [6]]) },
  },
  {
    id: 'unclosed-quote',
    description: 'a quote that is never closed',
    input: csv('R,u1,a,1', 'R,"u2,b,2', 'R,u3,a,3'),
    expect: {
      kind: 'error',
      match: /line 3: has 2 field\(s\), the header has 4 \(a quoted field spans several lines: a quote \("\) may not be closed\)/,
    },
  },
  {
    id: 'delimiter-tie',
    description: 'as many commas as semicolons in header and data',
    input: 'region,unit;group\nR,u;a\n',
    expect: { kind: 'error', match: /cannot tell the delimiter/ },
  },
  {
    id: 'focal-default-order-free',
    description: 'default focal = smallest total; shuffled rows give the same focal group and the same indices',
    input: csv(...ORDER_ROWS),
    expect: {
      kind: 'ok',
      check: (r) => {
        assert.deepEqual(r.focal, { name: 'a', rule: 'smallest-total', total: 103 });
        const again = parseLongCounts(csv(...shuffled(ORDER_ROWS)));
        assert.ok(again.ok);
        assert.deepEqual(again.focal, r.focal);
        assert.deepEqual(batchOf(again), batchOf(r));
        assert.equal(batchOf(r)[0].focalGroup, 'a');
      },
    },
  },
  {
    id: 'focal-given',
    description: '--focal " B " picks group b (trimmed, case-insensitive) whatever the row order',
    input: csv(...shuffled(ORDER_ROWS)),
    options: { focal: ' B ' },
    expect: {
      kind: 'ok',
      check: (r) => {
        assert.deepEqual(r.focal, { name: 'b', rule: 'given', total: 320 });
        assert.equal(r.input.focalGroup, 'b');
        assert.ok(batchOf(r).every((rec) => rec.focalGroup === 'b'));
      },
    },
  },
  {
    id: 'focal-unknown',
    description: 'an unknown --focal names the groups',
    input: csv(...ORDER_ROWS),
    options: { focal: 'martian' },
    expect: { kind: 'error', match: /focal group "martian" is not one of the groups: "a", "b"/ },
  },
  {
    id: 'suppressed',
    description: 'CBS "." is missing, not 0: an error by default',
    input: csv('R,u1,a,.', 'R,u1,b,4'),
    expect: { kind: 'error', match: /count is "\." \(CBS: value suppressed or unknown\) for unit "u1", group "a"/ },
  },
  {
    id: 'suppressed-exclude',
    description: 'with suppressed: exclude-unit, "." excludes the unit with a reason',
    input: csv('R,u1,a,.', 'R,u1,b,4', 'R,u2,a,1', 'R,u2,b,2'),
    options: { suppressed: 'exclude-unit' },
    expect: {
      kind: 'ok',
      check: (r) => assert.deepEqual([r.input.units.map((u) => u.unitCode), r.input.excluded?.map((e) => e.unitCode)], [['u2'], ['u1']]),
    },
  },
  {
    id: 'empty-count',
    description: 'an empty count is missing, not 0',
    input: csv('R,u1,a,', 'R,u1,b,4'),
    expect: { kind: 'error', match: /empty count for unit "u1", group "a" \(a missing value, not 0\)/ },
  },
];

export const writerCases: WriterCase[] = [
  {
    id: 'formula-text',
    description: 'text cells that start a formula get a leading quote',
    rows: [{ n: '=1+1' }, { n: '+31' }, { n: '-2' }, { n: '@SUM(A1)' }, { n: '\t=x' }],
    columns: ['n'],
    expect: { kind: 'ok', check: (out) => assert.equal(out, "n\n'=1+1\n'+31\n'-2\n'@SUM(A1)\n'\t=x\n") },
  },
  {
    id: 'formula-header',
    description: 'header labels are neutralised too',
    rows: [{ a: 1 }],
    columns: ['a'],
    options: { labels: { a: '=cmd|"/c calc"!A1' } },
    expect: { kind: 'ok', check: (out) => assert.equal(out.split('\n')[0], '"\'=cmd|""/c calc""!A1"') },
  },
  {
    id: 'negative-number',
    description: 'a negative number stays a number',
    rows: [{ d: -0.25 }],
    columns: ['d'],
    expect: { kind: 'ok', check: (out) => assert.equal(out, 'd\n-0.25\n') },
  },
  {
    id: 'nan-throws',
    description: 'NaN is refused',
    rows: [{ D: NaN }],
    columns: ['D'],
    expect: { kind: 'error', match: /column "D", row 1: NaN is not a finite number/ },
  },
  {
    id: 'infinity-throws',
    description: 'Infinity is refused',
    rows: [{ D: 1 }, { D: -Infinity }],
    columns: ['D'],
    expect: { kind: 'error', match: /column "D", row 2: -Infinity is not a finite number/ },
  },
  {
    id: 'bom',
    description: 'BOM for Excel',
    rows: [{ naam: 'Súdwest-Fryslân' }],
    columns: ['naam'],
    options: { bom: true },
    expect: { kind: 'ok', check: (out) => assert.equal(out, '\ufeffnaam\nSúdwest-Fryslân\n') },
  },
  {
    id: 'dutch',
    description: 'Dutch Excel variant',
    rows: [{ naam: 'a;b', D: 0.633 }],
    columns: ['naam', 'D'],
    options: { dutch: true },
    expect: { kind: 'ok', check: (out) => assert.equal(out, 'naam;D\n"a;b";0,633\n') },
  },
  {
    id: 'missing-cells',
    description: 'null and undefined are empty cells',
    rows: [{ a: null }],
    columns: ['a', 'b'],
    expect: { kind: 'ok', check: (out) => assert.equal(out, 'a,b\n,\n') },
  },
];
