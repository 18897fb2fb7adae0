import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../../src/data/catalog';
import { noticeText } from '../../../src/app/i18n';
import { DEFAULT_STATE, parseState, serializeState } from '../../../src/app/url-state';

const catalog = JSON.parse(readFileSync('data/variables.json', 'utf8')) as Catalog;

describe('URL state: the area pinned for comparison (naast)', () => {
  it('round-trips a pinned wijk next to the selected one', () => {
    const s = { ...DEFAULT_STATE, level: 'wijk' as const, gemeente: 'GM0606', selected: 'WK060606', compare: 'WK060603' };
    const q = serializeState(s);
    expect(q).toContain('naast=WK060603');
    const back = parseState(q, catalog);
    expect(back.warnings).toEqual([]);
    expect(back.state.compare).toBe('WK060603');
    expect(back.state.selected).toBe('WK060606');
  });

  it('leaves the parameter out when nothing is pinned', () => {
    expect(serializeState({ ...DEFAULT_STATE, compare: null })).not.toContain('naast');
    expect(parseState('?sel=GM0363', catalog).state.compare).toBeUndefined();
  });

  it('ignores a malformed code with a notice in words', () => {
    const r = parseState('?naast=%3Cscript%3E', catalog);
    expect(r.state.compare).toBeUndefined();
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]!.code).toBe('invalid_param');
    expect(noticeText('nl', r.warnings[0]!)).toContain('het gebied om mee te vergelijken');
    expect(noticeText('nl', r.warnings[0]!)).not.toContain('naast');
  });
});
