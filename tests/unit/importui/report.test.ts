/**
 * Message rendering: every bad-input file's expected message substring shows in Dutch and in English (errors first,
 * with their severity word), the good buurt file reports its level count and recognised columns.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFile, type ImportOptions } from '../../../src/data/import';
import { usable } from '../../../src/features/import/storage-model';
import { reportView } from '../../../src/features/import/report';

const DIR = 'tests/fixtures/bad-input';
type Expected = { nl: string; en: string; severity: string; known?: string; maxBytes?: number };
const expected = JSON.parse(readFileSync(`${DIR}/expected.json`, 'utf8')) as Record<string, Expected>;

/** The options data:check gets for a file (--known: the codes of a boundaries file; --max-mb). */
function options(exp: Expected): ImportOptions {
  if (exp.maxBytes) return { maxBytes: exp.maxBytes };
  if (!exp.known) return {};
  const known = importFile(exp.known, new Uint8Array(readFileSync(`${DIR}/${exp.known}`)));
  return { knownCodes: new Set(known.features.map((f) => f.code)) };
}

describe('report view', () => {
  it.each(Object.entries(expected))('%s shows its message in both languages', (file, exp) => {
    const r = importFile(file, new Uint8Array(readFileSync(`${DIR}/${file}`)), options(exp));
    const outcome = usable(r) ? 'saved' : 'not-usable';
    const nl = reportView('nl', r, outcome, 'import_x');
    const en = reportView('en', r, outcome, 'import_x');
    expect(nl.messages.map((m) => m.text).join('\n')).toContain(exp.nl);
    expect(en.messages.map((m) => m.text).join('\n')).toContain(exp.en);
    const sev = { error: ['Fout', 'Error'], warning: ['Waarschuwing', 'Warning'], info: ['Let op', 'Note'] }[exp.severity]!;
    expect(nl.messages.some((m) => m.label === sev[0] && m.text.includes(exp.nl))).toBe(true);
    expect(en.messages.some((m) => m.label === sev[1] && m.text.includes(exp.en))).toBe(true);
    const order = nl.messages.map((m) => ['error', 'warning', 'info'].indexOf(m.severity));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    if (!r.ok) expect(nl.status).toMatch(/^Niet geïmporteerd/);
  });

  it('reports the good buurt file with its count and columns', () => {
    const r = importFile('kwb-2024-buurten-bunnik.csv', new Uint8Array(readFileSync('tests/fixtures/import/kwb-2024-buurten-bunnik.csv')));
    const nl = reportView('nl', r, 'saved', 'import_kwb');
    expect(nl.status).toContain('import_kwb');
    expect(nl.imported).toBe(true);
    expect(nl.facts).toContain(`buurten: ${r.rows.buurt.length}`);
    expect(nl.facts).toContain('Formaat: KWB-bestand (CSV)');
    expect(nl.mapped).toContain('a_inw → population');
    expect(nl.mapped.length).toBe(r.mapped.length);
    const en = reportView('en', r, 'saved', 'import_kwb');
    expect(en.facts).toContain(`neighbourhoods: ${r.rows.buurt.length}`);
  });
});
