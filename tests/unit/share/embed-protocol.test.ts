import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../../src/data/catalog';
import { DEFAULT_STATE, yearsFor } from '../../../src/app/url-state';
import {
  acceptsMessage,
  allowedOrigin,
  areaEvent,
  commandPatch,
  errorEvent,
  normaliseOrigin,
  parseCommand,
  readyEvent,
  stateEvent,
} from '../../../src/app/share/embed-protocol';
import { embedSnippet, embedUrl } from '../../../src/app/share/embed-code';
import { errorMessage } from '../../../src/app/share/use-embed-api';

const catalog = JSON.parse(readFileSync('data/variables.json', 'utf8')) as Catalog;
const cmd = (o: Record<string, unknown>) => ({ target: 'segregatieverkenner', version: 1, ...o });
const state = { ...DEFAULT_STATE, level: 'gemeente' as const, variable: 'population', year: 2022 };

describe('origin rule', () => {
  it('takes a valid declared origin, normalised, and refuses anything else', () => {
    expect(normaliseOrigin('https://Example.org')).toBe('https://example.org');
    expect(normaliseOrigin('http://localhost:8080/')).toBe('http://localhost:8080');
    for (const bad of ['*', 'null', '', 'javascript:alert(1)', 'https://a.org/path', 'https://u:p@a.org', 'https://a.org?x=1', 'file:///x'])
      expect(normaliseOrigin(bad)).toBeNull();
  });

  it('prefers the origin parameter, falls back to the referrer, and is never a wildcard', () => {
    expect(allowedOrigin('?embed=1&origin=https%3A%2F%2Fhost.example', 'https://other.example/page')).toBe('https://host.example');
    expect(allowedOrigin('?embed=1', 'https://host.example/news/article?id=3')).toBe('https://host.example');
    expect(allowedOrigin('?embed=1', '')).toBeNull();
    // A declared but invalid origin does not fall back to the referrer: the embedder asked for something else.
    expect(allowedOrigin('?embed=1&origin=*', 'https://host.example/')).toBeNull();
  });

  it('accepts messages only from the parent window and the allowed origin', () => {
    const parent = {};
    expect(acceptsMessage({ origin: 'https://h.example', source: parent }, 'https://h.example', parent)).toBe(true);
    expect(acceptsMessage({ origin: 'https://evil.example', source: parent }, 'https://h.example', parent)).toBe(false);
    expect(acceptsMessage({ origin: 'https://h.example', source: {} }, 'https://h.example', parent)).toBe(false);
    expect(acceptsMessage({ origin: 'https://h.example', source: parent }, null, parent)).toBe(false);
    expect(acceptsMessage({ origin: 'https://h.example', source: null }, 'https://h.example', null)).toBe(false);
  });
});

describe('commands', () => {
  it('accepts valid commands and echoes their id', () => {
    expect(parseCommand(cmd({ type: 'select', code: 'WK036300', id: 'r1' }), catalog, state)).toEqual({
      ok: true,
      command: { type: 'select', code: 'WK036300', id: 'r1' },
    });
    expect(parseCommand(cmd({ type: 'select', code: null }), catalog, state)).toEqual({
      ok: true,
      command: { type: 'select', code: null },
    });
    expect(parseCommand(cmd({ type: 'setVariable', variable: 'share_age_65plus' }), catalog, state).ok).toBe(true);
    expect(parseCommand(cmd({ type: 'setYear', year: 2012 }), catalog, state).ok).toBe(true);
    expect(parseCommand(cmd({ type: 'setGemeente', code: 'GM0363' }), catalog, state).ok).toBe(true);
    expect(parseCommand(cmd({ type: 'getState' }), catalog, state).ok).toBe(true);
  });

  it('refuses malformed, unknown and unavailable commands with a reason', () => {
    const reason = (d: unknown) => {
      const r = parseCommand(d, catalog, state);
      return r.ok ? 'ok' : r.error.reason;
    };
    expect(reason('select WK036300')).toBe('not_a_command');
    expect(reason(null)).toBe('not_a_command');
    expect(reason({ type: 'select', code: 'GM0363' })).toBe('not_a_command');
    expect(reason(cmd({ version: 2, type: 'select', code: 'GM0363' }))).toBe('unsupported_version');
    expect(reason(cmd({ type: 'reload' }))).toBe('unknown_command');
    expect(reason(cmd({ type: 'select', code: '<img src=x>' }))).toBe('invalid_value');
    expect(reason(cmd({ type: 'select', code: 363 }))).toBe('invalid_value');
    expect(reason(cmd({ type: 'setGemeente', code: 'WK036300' }))).toBe('invalid_value');
    expect(reason(cmd({ type: 'setVariable', variable: 'nope' }))).toBe('invalid_value');
    expect(reason(cmd({ type: 'setYear', year: '2022' }))).toBe('invalid_value');
    expect(reason(cmd({ type: 'setYear', year: 2022.5 }))).toBe('invalid_value');
    // Not available: a year the variable lacks, a variable the level lacks (independently read from the catalogue).
    const missing = [2013, 2015, 2016].find((y) => !yearsFor(catalog, 'gemeente', 'population').includes(y))!;
    expect(reason(cmd({ type: 'setYear', year: missing }))).toBe('unavailable');
    const wijkOnly = catalog.variables.find((v) => !v.availability.gemeente?.length && v.availability.wijk?.length)!;
    expect(reason(cmd({ type: 'setVariable', variable: wijkOnly.id }))).toBe('unavailable');
  });

  it('keeps refused values short in the reply and the notice', () => {
    const r = parseCommand(cmd({ type: 'setVariable', variable: 'x'.repeat(5000), id: 'q' }), catalog, state);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.value!.length).toBeLessThan(70);
    expect(r.error.id).toBe('q');
    const nl = errorMessage('nl', r.error);
    expect(nl).toContain('setVariable');
    expect(nl).toContain('variable');
    expect(errorMessage('en', r.error)).toMatch(/^Command setVariable refused/);
  });

  it('maps commands to view changes', () => {
    expect(commandPatch({ type: 'setYear', year: 2012 })).toEqual({ year: 2012 });
    expect(commandPatch({ type: 'setGemeente', code: 'GM0363' })).toEqual({ level: 'wijk', gemeente: 'GM0363', selected: null });
    expect(commandPatch({ type: 'setGemeente', code: null })).toEqual({ level: 'gemeente', gemeente: null, selected: null });
    expect(commandPatch({ type: 'select', code: 'GM0363' })).toBeNull();
  });
});

describe('events', () => {
  it('are versioned and carry the area and the view', () => {
    expect(readyEvent(state)).toMatchObject({
      source: 'segregatieverkenner',
      version: 1,
      type: 'ready',
      state: { variable: 'population' },
    });
    expect(stateEvent(state, 'a')).toMatchObject({ type: 'state', id: 'a', state: { year: 2022, level: 'gemeente' } });
    expect(areaEvent('select', { code: 'GM0363', name: 'Amsterdam', level: 'gemeente', value: 5 }, state)).toEqual({
      source: 'segregatieverkenner',
      version: 1,
      type: 'select',
      code: 'GM0363',
      name: 'Amsterdam',
      level: 'gemeente',
      value: 5,
      variable: 'population',
      year: 2022,
    });
    expect(areaEvent('hover', null, state)).toMatchObject({ type: 'hover', code: null, name: null });
    expect(errorEvent({ reason: 'unknown_command', command: 'x', id: '1' }, 'msg')).toEqual({
      source: 'segregatieverkenner',
      version: 1,
      type: 'error',
      error: 'unknown_command',
      message: 'msg',
      command: 'x',
      id: '1',
    });
    // Events survive structured cloning (postMessage) unchanged.
    const ev = areaEvent('hover', { code: 'WK036300', name: 'Burgwallen', level: 'wijk', value: null }, state);
    expect(structuredClone(ev)).toEqual(ev);
  });
});

describe('embed code', () => {
  it('declares the embedding origin in the iframe address when given, escaped', () => {
    const url = new URL(embedUrl(state, 'https://app.example/verkenner/?x=1', 'https://host.example/'));
    expect(url.searchParams.get('origin')).toBe('https://host.example');
    expect(url.searchParams.get('embed')).toBe('1');
    expect(new URL(embedUrl(state, 'https://app.example/', 'not an origin')).searchParams.has('origin')).toBe(false);
    expect(embedSnippet(state, 'https://app.example/', 'T', 'https://h.example')).toContain('origin=https%3A%2F%2Fh.example');
  });
});
