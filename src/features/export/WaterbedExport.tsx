/** Download buttons of a waterbed comparison: CSV for Excel or for Dutch Excel, each with its `.meta.json` sidecar. */
import { useId } from 'react';
import type { Lang } from '../../app/i18n';
import type { WaterbedResult } from '../../pipeline/waterbed';
import { saveFiles } from './save';
import { tx } from './strings';
import { waterbedFiles } from './waterbed';

export function WaterbedExport({ lang, result }: { lang: Lang; result: WaterbedResult }) {
  const hintId = useId();
  return (
    <p className="waterbed-export">
      {(['excel', 'dutch'] as const).map((v) => (
        <button
          key={v}
          type="button"
          className={`waterbed-export-${v}`}
          aria-describedby={hintId}
          onClick={() => saveFiles(waterbedFiles(result, lang, v))}
        >
          CSV: {tx(lang, v === 'excel' ? 'variantExcel' : 'variantDutch')}
        </button>
      ))}{' '}
      <span id={hintId} className="muted small">
        {tx(lang, 'waterbedHint')}
      </span>
    </p>
  );
}
