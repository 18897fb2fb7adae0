import type { LoadProgress, LoadStep } from '../../app/data-service';
import { t, type Lang, type StringKey } from '../../app/i18n';

const STEPS: [LoadStep, StringKey][] = [
  ['catalog', 'loadCatalog'],
  ['geometry', 'loadGeometry'],
  ['duckdb', 'loadDuckdb'],
  ['stats', 'loadStats'],
];

/** Visible loading state with per-step progress; disappears when everything is in. */
export function LoadingStatus({ lang, progress }: { lang: Lang; progress: Partial<Record<LoadStep, LoadProgress>> }) {
  const done = STEPS.every(([s]) => (progress[s]?.fraction ?? 0) >= 1);
  if (done) return null;
  return (
    <div className="loading" role="status" aria-live="polite">
      <strong>{t(lang, 'loading')}</strong>
      {STEPS.map(([step, key]) => {
        const p = progress[step];
        return (
          <div key={step} className="load-step">
            <span>{t(lang, key)}</span>
            <progress max={1} value={p?.fraction ?? 0} aria-label={t(lang, key)} />
            {p?.error ? <span className="error">{p.error}</span> : null}
          </div>
        );
      })}
    </div>
  );
}
