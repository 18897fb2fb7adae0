/** Below a brushable chart: the size of the shared selection with a "clear" button, or the brush hint. */
import type { Lang } from '../../app/i18n';
import { tx, txf } from '../../app/i18n-explore';
import { pluralKey } from '../../app/plural';

export function SelectionSummary({ lang, count, onClear }: { lang: Lang; count: number; onClear: () => void }) {
  return (
    <p className="muted small">
      <span className="selection-summary" aria-live="polite">
        {count > 0 ? txf(lang, pluralKey(lang, 'selectedN', count), { n: count }) : tx(lang, 'brushHint')}
      </span>
      {count > 0 ? (
        <>
          {' '}
          <button type="button" className="link" onClick={onClear}>
            {tx(lang, 'clearSelection')}
          </button>
        </>
      ) : null}
    </p>
  );
}
