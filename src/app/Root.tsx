/**
 * Start-up: loads the catalogue (everything else starts loading in parallel inside the data service) and shows the
 * loading box meanwhile. When the catalogue cannot be loaded the box becomes an error panel whose button reloads the
 * page; once it is in, the app takes over (and shows the box, and later failures, itself).
 */
import { useCallback, useEffect, useState } from 'react';
import { LoadingStatus } from '../views/panels/LoadingStatus';
import { App } from './App';
import { DataService, type LoadProgress, type Progress } from './data-service';
import { failureOf, type LoadFailure } from './load-errors';

export type { Progress } from './data-service';

/** One data service per page, also when React runs the start-up effect twice (StrictMode in development builds). */
let starting: Promise<DataService> | null = null;

function startOnce(onProgress: (p: LoadProgress) => void): Promise<DataService> {
  const q = new URLSearchParams(window.location.search);
  const defaultView = !q.has('lvl') && !q.has('jaar') && !q.has('gm');
  starting ??= DataService.create(import.meta.env.BASE_URL, onProgress, defaultView ? { level: 'gemeente', year: 2022 } : undefined);
  return starting;
}

export function Root() {
  const [service, setService] = useState<DataService | null>(null);
  const [failure, setFailure] = useState<LoadFailure | null>(null);
  const [progress, setProgress] = useState<Progress>({});
  const lang = new URLSearchParams(window.location.search).get('lang') === 'en' ? 'en' : 'nl';
  const onProgress = useCallback((p: LoadProgress) => setProgress((s) => ({ ...s, [p.step]: p })), []);

  useEffect(() => {
    let live = true;
    startOnce(onProgress).then(
      (s) => live && setService(s),
      (e: unknown) => live && setFailure(failureOf(e, { resource: 'catalog' })),
    );
    return () => {
      live = false;
    };
  }, [onProgress]);

  if (service) return <App service={service} progress={progress} onProgress={onProgress} />;
  return (
    <LoadingStatus lang={lang} progress={progress} failures={failure ? [failure] : []} onRetry={() => window.location.reload()} startup />
  );
}
