import type { LoadProgress, LoadStep } from '../../app/data-service';
import { t, type Lang, type StringKey } from '../../app/i18n';
import { failureText, te } from '../../app/i18n-errors';
import { failureKey, type LoadFailure } from '../../app/load-errors';

const STEPS: [LoadStep, StringKey][] = [
  ['catalog', 'loadCatalog'],
  ['geometry', 'loadGeometry'],
  ['duckdb', 'loadDuckdb'],
  ['stats', 'loadStats'],
];

export interface LoadingStatusProps {
  lang: Lang;
  progress: Partial<Record<LoadStep, LoadProgress>>;
  /** What failed; when non-empty the box becomes an error panel with a retry button. */
  failures: readonly LoadFailure[];
  onRetry: () => void;
  /** Before the app exists (catalogue): centred on the empty page rather than in the map's corner. */
  startup?: boolean;
}

/**
 * Visible loading state with per-step progress; disappears when everything is in. When a load fails it turns into
 * an error panel (role=alert): what failed and why in the UI language, and a button that tries again.
 */
export function LoadingStatus({ lang, progress, failures, onRetry, startup }: LoadingStatusProps) {
  if (failures.length > 0) {
    return (
      <div className={startup ? 'loading load-error startup' : 'loading load-error'} role="alert">
        <strong>{te(lang, 'loadFailedTitle')}</strong>
        <ul>
          {failures.map((f) => (
            <li key={failureKey(f)} data-kind={f.kind} data-resource={f.resource}>
              {failureText(lang, f)}
            </li>
          ))}
        </ul>
        <button type="button" className="retry" onClick={onRetry}>
          {te(lang, 'retry')}
        </button>
      </div>
    );
  }
  const done = STEPS.every(([s]) => (progress[s]?.fraction ?? 0) >= 1);
  if (done) return null;
  return (
    <div className="loading" role="status" aria-live="polite">
      <strong>{t(lang, 'loading')}</strong>
      {STEPS.map(([step, key]) => (
        <div key={step} className="load-step">
          <span>{t(lang, key)}</span>
          <progress max={1} value={progress[step]?.fraction ?? 0} aria-label={t(lang, key)} />
        </div>
      ))}
    </div>
  );
}
