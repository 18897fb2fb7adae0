/**
 * The in-app methods page: docs/methods.md rendered at build time into the bundle (lazy-loaded with this
 * component), as a dialog over the app, scrolled to the section the link asked for. Esc or the close button
 * returns to the view.
 */
import { useEffect, useMemo, useRef } from 'react';
import type { Lang } from '../../app/i18n';
import methodsMarkdown from '../../../docs/methods.md?raw';
import { methodsDoc } from './methods-html';
import { et } from '../../views/explain/strings';
import '../../views/explain/explain.css';

export default function MethodsPage(props: { lang: Lang; section: string; onClose: () => void }) {
  const { lang, section, onClose } = props;
  const doc = useMemo(() => methodsDoc(methodsMarkdown), []);
  const body = useRef<HTMLDivElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const target = section ? body.current?.querySelector(`[id="${CSS.escape(section)}"]`) : null;
    if (target) target.scrollIntoView({ block: 'start' });
    else body.current?.scrollTo({ top: 0 });
    closeButton.current?.focus();
  }, [section]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div className="methods-page" role="dialog" aria-modal="true" aria-labelledby="methods-title">
      <header className="methods-head">
        <h2 id="methods-title">{et(lang, 'methodsTitle')}</h2>
        <button ref={closeButton} type="button" onClick={onClose}>
          {et(lang, 'close')}
        </button>
      </header>
      <div className="methods-scroll" ref={body}>
        {lang === 'nl' ? <p className="muted small">{et(lang, 'methodsLanguage')}</p> : null}
        <nav aria-label={et(lang, 'contents')}>
          <ul className="methods-toc">
            {doc.toc.map((h) => (
              <li key={h.id} className={h.depth === 3 ? 'sub' : undefined}>
                <a href={`#methoden/${h.id}`}>{h.text}</a>
              </li>
            ))}
          </ul>
        </nav>
        <article lang="en" className="methods-body" dangerouslySetInnerHTML={{ __html: doc.html }} />
      </div>
    </div>
  );
}
