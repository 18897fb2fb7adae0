import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../../src/data/catalog';
import { parseScenarioJson, type ScenarioResult } from '../../../src/engine/scenario';
import {
  addLever,
  checkDraft,
  defaultLever,
  defaultSpec,
  groupOptions,
  removeLever,
  targetsOf,
  toggleUnit,
  withLever,
  withLocation,
  yearOptions,
} from '../../../src/features/scenario/form-model';
import { fmtIndex, fmtIndexChange, fmtPp } from '../../../src/features/scenario/format';
import { changeBreaks, outlines } from '../../../src/features/scenario/map-view';
import { SCENARIO_STRINGS } from '../../../src/features/scenario/strings';

const catalog = JSON.parse(readFileSync('data/variables.json', 'utf8')) as Catalog;
const convertOwner = () => {
  const r = parseScenarioJson(readFileSync('examples/scenarios/convert-owner.json', 'utf8'));
  if (!r.ok) throw new Error('example');
  return r.value;
};

describe('scenario form ↔ spec', () => {
  it('builds the convert-owner example from the default form by clicking Feijenoord', () => {
    const draft = toggleUnit(defaultSpec(catalog, 'GM0599'), 0, 'WK059910');
    const checked = checkDraft(draft);
    expect(checked.ok).toBe(true);
    const example = { ...convertOwner(), title: undefined };
    expect(checked.ok && { ...checked.value, title: undefined }).toEqual(example);
    // A normalised spec is a fixed point of the form's check.
    expect(checkDraft(convertOwner())).toEqual({ ok: true, value: convertOwner(), warnings: [] });
  });

  it('toggles targets, adds and removes levers', () => {
    let s = toggleUnit(defaultSpec(catalog, 'GM0599'), 0, 'WK059910');
    s = toggleUnit(s, 0, 'WK059915');
    expect(targetsOf(s)).toEqual(['WK059910', 'WK059915']);
    s = toggleUnit(s, 0, 'WK059910');
    expect(s.levers[0]!.units).toEqual(['WK059915']);
    s = addLever(s);
    expect(s.levers).toHaveLength(2);
    expect(s.levers[1]!.units).toEqual(['WK059915']);
    s = withLever(s, 1, defaultLever('allocation', ['WK059903']));
    expect(targetsOf(s)).toEqual(['WK059915', 'WK059903']);
    expect(checkDraft(s).ok).toBe(true);
    expect(removeLever(s, 0).levers.map((l) => l.kind)).toEqual(['allocation']);
  });

  it('reports an emptied number field instead of computing', () => {
    const s = toggleUnit(defaultSpec(catalog, 'GM0599'), 0, 'WK059910');
    const lever = s.levers[0]!;
    const r = checkDraft(withLever(s, 0, { ...lever, dwellings: NaN } as typeof lever));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.path)).toContain('levers[0].dwellings');
  });

  it('clears targets when the gemeente or level change, and keeps level, year and group valid', () => {
    const s = toggleUnit(defaultSpec(catalog, 'GM0599'), 0, 'WK059910');
    expect(withLocation(catalog, s, { gemeente: 'GM0363' }).levers[0]!.units).toEqual([]);
    expect(withLocation(catalog, s, { year: 2024 }).levers[0]!.units).toEqual(['WK059910']);
    const buurt = withLocation(catalog, s, { level: 'buurt' });
    expect(yearOptions(catalog, 'buurt')).toContain(buurt.year);
    expect(groupOptions(catalog, 'buurt', buurt.year).map((g) => g.id)).toContain(buurt.group);
    expect(checkDraft(toggleUnit(buurt, 0, 'BU05991001')).ok).toBe(true);
  });

  it('has every string in both languages', () => {
    for (const [key, v] of Object.entries(SCENARIO_STRINGS)) expect(v.nl && v.en, key).toBeTruthy();
  });
});

describe('scenario numbers and map', () => {
  it('formats without "-0" and with fixed index decimals', () => {
    expect(fmtIndex('en', 0.006965)).toBe('0.0070');
    expect(fmtIndex('nl', 0.0918)).toBe('0,0918');
    expect(fmtIndexChange('en', -0.00104)).toBe('\u22120.0010');
    expect(fmtIndexChange('en', -0.00001)).toBe('0.0000');
    expect(fmtPp('en', -0.0001)).toBe('0 pp');
    expect(fmtPp('nl', 0.0042)).toBe('+0,004 procentpunt');
  });

  it('classes changes symmetrically around zero in round steps', () => {
    expect(changeBreaks([-0.461, 0.042, 0, null])).toEqual([-0.4, -0.2, -0.1, 0.1, 0.2, 0.4]);
    expect(changeBreaks([3.1, -1])).toEqual([-2, -1, -0.5, 0.5, 1, 2]);
    expect(changeBreaks([-12])).toEqual([-8, -4, -2, 2, 4, 8]);
    expect(changeBreaks([])).toEqual([-0.4, -0.2, -0.1, 0.1, 0.2, 0.4]);
  });

  it('outlines the draft targets until a result for them exists', () => {
    const draft = toggleUnit(defaultSpec(catalog, 'GM0599'), 0, 'WK059910');
    expect(outlines(draft, null)).toEqual(new Map([['WK059910', 'target']]));
    const unit = (code: string, zone: string) => ({ code, zone });
    const result = {
      level: 'wijk',
      spec: draft,
      chosen: 0,
      rules: [{ units: [unit('WK059910', 'target'), unit('WK059901', 'ring1'), unit('WK059904', 'rest')] }],
    } as unknown as ScenarioResult;
    expect(outlines(draft, result)).toEqual(
      new Map([
        ['WK059910', 'target'],
        ['WK059901', 'ring1'],
      ]),
    );
    expect(outlines(toggleUnit(draft, 0, 'WK059915'), result)?.get('WK059901')).toBeUndefined();
  });
});
