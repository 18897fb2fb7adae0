import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterMapPaint, mapPainted } from '../../../src/app/map-painted';

describe('afterMapPaint: background work waits for the map to paint the view', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('resolves every waiter at the next paint, not before', async () => {
    const done: string[] = [];
    void afterMapPaint().then(() => done.push('a'));
    void afterMapPaint().then(() => done.push('b'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(done).toEqual([]);
    mapPainted();
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toEqual(['a', 'b']);
  });

  it('resolves after the timeout when the map does not paint (a view that does not change it)', async () => {
    let done = false;
    void afterMapPaint(1500).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(1499);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });

  it('a paint before the wait does not count: it waits for the next one', async () => {
    mapPainted();
    let done = false;
    void afterMapPaint().then(() => (done = true));
    await vi.advanceTimersByTimeAsync(10);
    expect(done).toBe(false);
    mapPainted();
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(true);
  });
});
