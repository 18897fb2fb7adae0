/** Output files of the CLIs in-process: format rules, refusals, atomic writes, CSV/JSON text, progress lines. */
import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkOutputs, outputFormat, planOutput, writeFilesAtomic } from '../../../src/cli/files';
import { csvText, jsonText, numericCells } from '../../../src/cli/output';
import { progress } from '../../../src/cli/progress';
import { closest } from '../../../src/cli/suggest';

const dir = mkdtempSync(join(tmpdir(), 'cli-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('outputFormat', () => {
  it('takes the format from --format or the extension, and refuses contradictions', () => {
    expect(outputFormat(undefined, undefined)).toEqual({ format: 'csv', note: null });
    expect(outputFormat(undefined, 'json').format).toBe('json');
    expect(outputFormat('x.json', undefined)).toEqual({ format: 'json', note: null });
    expect(outputFormat('X.CSV', 'csv')).toEqual({ format: 'csv', note: null });
    expect(() => outputFormat('x.json', 'csv')).toThrow(/ends in \.json but --format csv was given/);
    expect(() => outputFormat('x.csv', 'json')).toThrow(/ends in \.csv but --format json/);
    expect(outputFormat('x.txt', 'json')).toEqual({ format: 'json', note: null });
    expect(outputFormat('x.txt', undefined)).toMatchObject({ format: 'csv', note: expect.stringMatching(/writing CSV to x\.txt/) });
    expect(outputFormat('noext', undefined).format).toBe('csv');
  });
});

describe('checkOutputs', () => {
  const input = join(dir, 'in.csv');
  writeFileSync(input, 'a\n');
  it('refuses an output that is an input, by path or through a hard link', () => {
    expect(() => checkOutputs([{ path: join(dir, '.', 'in.csv'), label: '--out' }], [{ path: input, label: '--input in.csv' }])).toThrow(
      /--out is the same file as --input in\.csv/,
    );
    const link = join(dir, 'link.csv');
    linkSync(input, link);
    expect(() => checkOutputs([{ path: link, label: '--out link' }], [{ path: input, label: '--input' }])).toThrow(/same file/);
  });
  it('refuses two outputs that are one file, folders, devices and missing folders', () => {
    const a = join(dir, 'a.csv');
    expect(() =>
      checkOutputs(
        [
          { path: a, label: 'one' },
          { path: a, label: 'two' },
        ],
        [],
      ),
    ).toThrow(/two and one are the same file/);
    mkdirSync(join(dir, 'folder.csv'));
    expect(() => checkOutputs([{ path: join(dir, 'folder.csv'), label: 'x' }], [])).toThrow(/it is a folder/);
    expect(() => checkOutputs([{ path: '/dev/null', label: 'x' }], [])).toThrow(/not a regular file/);
    expect(() => checkOutputs([{ path: join(dir, 'nope', 'x.csv'), label: 'x' }], [])).toThrow(/folder .*nope does not exist/);
  });
  it('planOutput checks the sidecar too and puts it beside --out for CSV only', () => {
    const notes: string[] = [];
    expect(planOutput(join(dir, 'o.csv'), undefined, { sidecarOf: (o) => `${o}.meta.json`, note: (l) => notes.push(l) }).sidecar).toBe(
      join(dir, 'o.csv.meta.json'),
    );
    expect(planOutput(join(dir, 'o.json'), undefined, { sidecarOf: (o) => `${o}.meta.json` }).sidecar).toBeNull();
    expect(() => planOutput(input, undefined, { inputs: [{ path: input, label: '--input' }] })).toThrow(/same file/);
    expect(notes).toEqual([]);
  });
});

describe('writeFilesAtomic', () => {
  it('writes every file, sidecar first, and leaves no temporary files', () => {
    const files = [
      { path: join(dir, 'w.meta.json'), text: '{}\n' },
      { path: join(dir, 'w.csv'), text: 'a\n1\n' },
    ];
    writeFilesAtomic(files);
    expect(readFileSync(files[1]!.path, 'utf8')).toBe('a\n1\n');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
  it('a failure while writing leaves every target as it was and names the path', () => {
    const sidecar = join(dir, 'f.meta.json'),
      main = join(dir, 'f.csv');
    writeFileSync(sidecar, 'old sidecar');
    writeFileSync(main, 'old main');
    // The main file's temporary name is taken by a folder: writing it fails after the sidecar's was written.
    mkdirSync(join(dir, `.f.csv.${process.pid}.tmp`));
    expect(() =>
      writeFilesAtomic([
        { path: sidecar, text: 'new sidecar' },
        { path: main, text: 'new main' },
      ]),
    ).toThrow(/cannot write .*f\.csv: .*\(nothing was written\)/);
    expect(readFileSync(sidecar, 'utf8')).toBe('old sidecar');
    expect(readFileSync(main, 'utf8')).toBe('old main');
    expect(existsSync(join(dir, `.f.meta.json.${process.pid}.tmp`))).toBe(false);
  });
});

describe('CSV and JSON text', () => {
  it('neutralises formula-like text (headers too), keeps negative numbers numbers', () => {
    const text = csvText([{ '=h': '=1+2', n: -0.5, s: '+x', t: '@y', u: '-z', v: null }]);
    expect(text).toBe("'=h,n,s,t,u,v\n'=1+2,-0.5,'+x,'@y,'-z,\n");
    expect(csvText(numericCells([{ a: '-0.25', b: '007', c: '-x' }]))).toBe("a,b,c\n-0.25,007,'-x\n");
  });
  it('refuses non-finite numbers in CSV; JSON writes null and says where', () => {
    expect(() => csvText([{ a: NaN }])).toThrow(/not a finite number/);
    const warnings: string[] = [];
    expect(jsonText({ a: [1, Infinity], b: { c: NaN } }, (w) => warnings.push(w))).toBe(
      '{\n "a": [\n  1,\n  null\n ],\n "b": {\n  "c": null\n }\n}\n',
    );
    expect(warnings).toEqual(['warning: 2 value(s) not finite, written as null: a[1], b.c']);
  });
});

describe('progress', () => {
  it('prints at most one line per interval, with counts, percentage and time left, and a last line', () => {
    let now = 0;
    const lines: string[] = [];
    const p = progress('indices', 10, 'regions', { everyMs: 2000, now: () => now, write: (l) => lines.push(l) });
    for (let i = 0; i < 10; i++) {
      now += 900;
      p.tick();
    }
    p.done();
    expect(lines).toEqual([
      'indices: 3 / 10 regions (30%), 2.7 s, about 6.3 s left',
      'indices: 6 / 10 regions (60%), 5.4 s, about 3.6 s left',
      'indices: 9 / 10 regions (90%), 8.1 s, about 0.9 s left',
      'indices: 10 / 10 regions (100%), 9.0 s',
    ]);
  });
  it('a short run prints nothing', () => {
    const lines: string[] = [];
    const p = progress('x', 3, 'items', { now: () => 0, write: (l) => lines.push(l) });
    p.tick(3);
    p.done();
    expect(lines).toEqual([]);
  });
});

describe('closest', () => {
  it('finds near codes and options, swaps included', () => {
    expect(closest('wjik', ['wijk', 'gemeente'])).toEqual(['wijk']);
    expect(closest('GM0363', ['GM0362', 'GM0599', 'GM0363'])).toEqual(['GM0363', 'GM0362']);
    expect(closest('zzz', ['wijk'])).toEqual([]);
  });
});
