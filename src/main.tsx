import { StrictMode, useCallback, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { DataService, type LoadProgress, type LoadStep } from './app/data-service';
import { LoadingStatus } from './views/panels/LoadingStatus';
import './styles.css';

function Root() {
  const [service, setService] = useState<DataService | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<Partial<Record<LoadStep, LoadProgress>>>({});
  const lang = new URLSearchParams(window.location.search).get('lang') === 'en' ? 'en' : 'nl';
  const onProgress = useCallback((p: LoadProgress) => setProgress((s) => ({ ...s, [p.step]: p })), []);

  useEffect(() => {
    const q = new URLSearchParams(window.location.search);
    const defaultView = !q.has('lvl') && !q.has('jaar') && !q.has('gm');
    DataService.create(import.meta.env.BASE_URL, onProgress, defaultView ? { level: 'gemeente', year: 2022 } : undefined).then(setService, (e: unknown) => setError(String(e)));
  }, [onProgress]);

  return (
    <>
      {error ? (
        <div className="fatal" role="alert">
          {lang === 'nl' ? 'De gegevens konden niet worden geladen: ' : 'The data could not be loaded: '}
          {error}
        </div>
      ) : null}
      <LoadingStatus lang={lang} progress={progress} />
      {service ? <App service={service} onProgress={onProgress} /> : null}
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
