/**
 * The primary map's paints as a signal: a load that would compete with a view's first frame on two cores (the
 * buurt rows beside a gemeente just opened) waits for the map to paint that view, or at most `timeoutMs` (a view
 * that does not repaint the map still gets its data).
 */
const waiting = new Set<() => void>();

/** The primary map painted what it shows (use-map-events.ts onRendered). */
export function mapPainted(): void {
  for (const done of [...waiting]) done();
}

/** Resolves at the map's next paint, or after `timeoutMs`. */
export function afterMapPaint(timeoutMs = 1500): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      waiting.delete(done);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    waiting.add(done);
  });
}
