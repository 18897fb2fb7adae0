/**
 * data:build end to end, in-process on a small synthetic raw folder (sources injected): arguments, the
 * --out rules, the temporary folder and swap, and that a refused run writes nothing.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { failureLines, main, type BuildIo } from '../../../src/data/build/main';
import { cleanStale, replaceFolder } from '../../../src/data/build/out-dir';
import { SYNTHETIC_SPEC, writeSyntheticRaw } from './build-fixtures';

let tmp = '';
let raw = '';
let out = '';
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'segv-build-run-'));
  raw = join(tmp, 'raw');
  out = join(tmp, 'out');
  writeSyntheticRaw(raw);
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

async function build(argv: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  const lines = { out: [] as string[], err: [] as string[] };
  const io: BuildIo = { out: (l) => lines.out.push(l), err: (l) => lines.err.push(l), env };
  const code = await main(argv, io, [SYNTHETIC_SPEC]);
  return { code, out: lines.out.join('\n'), err: lines.err.join('\n') };
}

function digest(path: string): string {
  if (!existsSync(path)) return 'absent';
  const h = createHash('sha256');
  const walk = (p: string): void => {
    if (statSync(p).isDirectory()) for (const e of readdirSync(p).sort()) walk(join(p, e));
    else h.update(p).update(readFileSync(p));
  };
  walk(path);
  return h.digest('hex');
}

describe('data:build run', () => {
  it('builds into a new --out, with nothing left beside it', async () => {
    const r = await build(['--raw', raw, '--out', out]);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toMatch(/data:build wrote 4 files/); // gemeente.parquet, the topology, variables.json, manifest.json
    expect(readdirSync(join(out, 'stats'))).toEqual(['gemeente.parquet']);
    expect(readdirSync(out).sort()).toEqual(['geo', 'manifest.json', 'stats', 'variables.json']);
    expect(readdirSync(join(out, 'geo'))).toEqual(['gemeente_2020.topo.json']);
    expect(readdirSync(tmp).sort()).toEqual(['out', 'raw']);
  });

  it('replaces an earlier output as a whole; --raw=dir and --out=dir work', async () => {
    await build(['--raw', raw, '--out', out]);
    writeFileSync(join(out, 'stale.txt'), 'from an older build');
    const r = await build([`--raw=${raw}`, `--out=${out}`]);
    expect(r.code).toBe(0);
    expect(existsSync(join(out, 'stale.txt'))).toBe(false);
    expect(readdirSync(tmp).sort()).toEqual(['out', 'raw']);
  });

  it('takes the raw folder from SEGV_RAW_DIR when --raw is not given', async () => {
    const r = await build(['--out', out, '--check'], { SEGV_RAW_DIR: raw });
    expect(r.out).toMatch(new RegExp(`raw files OK: 1 files, 120 features in ${raw.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });

  it('refuses bad raw values, lists the problems, and leaves --out untouched', async () => {
    await build(['--raw', raw, '--out', out]);
    writeFileSync(join(out, 'SENTINEL'), 'keep me');
    const before = digest(out);
    writeSyntheticRaw(raw, (fc) => {
      fc.features[0]!.properties.population = '0x10';
      fc.features[1]!.properties.age_0_14 = 140;
    });
    const r = await build(['--raw', raw, '--out', out]);
    expect(r.code).toBe(1);
    const file = join(raw, SYNTHETIC_SPEC.file);
    expect(r.err).toContain(`data:build: ${file}: feature GM0001, column population: "0x10" is text where a number is expected`);
    expect(r.err).toContain(`data:build: ${file}: feature GM0002, column age_0_14: 140 is above 100`);
    expect(r.err).toMatch(/refused: 2 problems in 1 of 1 raw files; nothing was written/);
    expect(digest(out)).toBe(before);
    expect(readdirSync(tmp).sort()).toEqual(['out', 'raw']);
  });

  it('refuses an --out that is a file, lies below a file, is a foreign folder, or holds the raw folder', async () => {
    writeFileSync(join(tmp, 'f.txt'), 'x');
    mkdirSync(join(tmp, 'thesis'));
    writeFileSync(join(tmp, 'thesis', 'ch1.tex'), 'x');
    const cases: [string, RegExp][] = [
      [join(tmp, 'f.txt'), /f\.txt is a file, not a folder/],
      [join(tmp, 'f.txt', 'data'), /f\.txt is a file, so no folder can be made there/],
      [join(tmp, 'thesis'), /without manifest\.json, so not an earlier data:build output/],
      [tmp, /holds the raw folder/],
      [join(raw, 'data'), /lies inside the raw folder/],
    ];
    for (const [o, msg] of cases) {
      const r = await build(['--raw', raw, '--out', o]);
      expect(r.code, o).toBe(1);
      expect(r.err, o).toMatch(msg);
    }
    expect(readFileSync(join(tmp, 'thesis', 'ch1.tex'), 'utf8')).toBe('x');
  });

  it('refuses bad command lines with one line naming the option', async () => {
    const cases: [string[], RegExp][] = [
      [['--rwa', raw], /^data:build: Unknown option --rwa/],
      [['--raw='], /^data:build: --raw needs a value/],
      [['--raw'], /^data:build: --raw needs a value/],
      [['--out', ''], /^data:build: --out needs a value/],
      [['--check=yes'], /--check is a switch and takes no value/],
      [['data'], /unexpected argument "data"/],
    ];
    for (const [argv, msg] of cases) {
      const r = await build(argv);
      expect(r.code, argv.join(' ')).toBe(1);
      expect(r.err, argv.join(' ')).toMatch(msg);
      expect(r.err.split('\n'), argv.join(' ')).toHaveLength(1);
    }
    const help = await build(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/Usage: npm run data:build/);
  });

  it('refuses a missing or empty raw folder, listing the expected files', async () => {
    expect((await build(['--raw', join(tmp, 'nope'), '--out', out])).err).toMatch(/raw folder .*nope: missing/);
    mkdirSync(join(tmp, 'empty'));
    const r = await build(['--raw', join(tmp, 'empty'), '--out', out]);
    expect(r.err.split('\n')).toEqual([
      `data:build: raw folder ${join(tmp, 'empty')} is empty; it must hold the 1 files listed in src/data/build/sources.ts:`,
      `data:build: ${join(tmp, 'empty', SYNTHETIC_SPEC.file)}: missing`,
    ]);
  });
});

describe('replaceFolder', () => {
  it('leaves the old folder and removes the temporary one when building fails', () => {
    mkdirSync(out);
    writeFileSync(join(out, 'manifest.json'), '{}');
    expect(() =>
      replaceFolder(out, (dir) => {
        writeFileSync(join(dir, 'half.json'), '{');
        throw new Error('disk full');
      }),
    ).toThrow('disk full');
    expect(readdirSync(out)).toEqual(['manifest.json']);
    expect(readdirSync(tmp).sort()).toEqual(['out', 'raw']);
  });
});

describe('stale side folders', () => {
  it('removes those of killed builds, restoring a lost --out first', async () => {
    mkdirSync(join(tmp, 'out.tmp-99999999'));
    mkdirSync(join(tmp, 'out.old-99999998'));
    writeFileSync(join(tmp, 'out.old-99999998', 'manifest.json'), '{}');
    cleanStale(out);
    expect(readdirSync(tmp).sort()).toEqual(['out', 'raw']);
    expect(readdirSync(out)).toEqual(['manifest.json']);
    mkdirSync(join(tmp, 'out.tmp-99999997'));
    const r = await build(['--raw', raw, '--out', out]);
    expect(r.code).toBe(0);
    expect(readdirSync(tmp).sort()).toEqual(['out', 'raw']);
  });
});

describe('failureLines', () => {
  it('says internal error without a stack, unless SEGV_DEBUG', () => {
    const e = new TypeError("Cannot read properties of undefined (reading 'x')");
    expect(failureLines(e)).toEqual([`data:build: internal error (TypeError): ${e.message}`]);
    expect(failureLines(e, true)[1]).toMatch(/^TypeError: .*\n\s+at /);
  });
  it('names the path of a file-system failure', () => {
    const e = Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC', syscall: 'write', path: '/x/data.tmp-1/geo' });
    expect(failureLines(e)).toEqual(['data:build: cannot write /x/data.tmp-1/geo: ENOSPC; --out was left as it was']);
  });
});
