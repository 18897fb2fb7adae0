/** Opens the methods page when the URL hash asks for it (#methoden, #methoden/<section>); the page itself is lazy. */
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import type { Lang } from '../../app/i18n';
import { sectionOfHash } from '../../views/explain/methods-slug';
import { et } from '../../views/explain/strings';

const MethodsPage = lazy(() => import('./MethodsPage'));

function useMethodsSection(): [string | null, () => void] {
  const [section, setSection] = useState<string | null>(() => sectionOfHash(window.location.hash));
  useEffect(() => {
    const onHash = () => setSection(sectionOfHash(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const close = useCallback(() => {
    const url = new URL(window.location.href);
    url.hash = '';
    window.history.replaceState(window.history.state, '', url);
    setSection(null);
  }, []);
  return [section, close];
}

export function MethodsOverlay({ lang }: { lang: Lang }) {
  const [section, close] = useMethodsSection();
  if (section === null) return null;
  return (
    <Suspense fallback={<div className="methods-page">{et(lang, 'loading')}</div>}>
      <MethodsPage lang={lang} section={section} onClose={close} />
    </Suspense>
  );
}
