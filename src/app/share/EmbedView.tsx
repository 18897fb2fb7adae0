/**
 * The embed view (?embed=1): a title, the map, a compact legend strip below it (never over the map) and the credit.
 * No top bar, side panel or drawer; readable in a 480×320 iframe.
 */
import type { ReactNode } from 'react';
import type { Lang } from '../i18n';
import { t } from '../i18n';
import type { Unit } from '../../data/variables';
import { legendDigits, legendLabel, type LegendItem } from '../../views/map/legend-items';
import { ts } from './strings';
import './embed.css';

export interface EmbedViewProps {
  lang: Lang;
  /** What the map shows (indicator or index). */
  label: string;
  year: number;
  gemeenteName: string | null;
  unit: Unit;
  items: LegendItem[];
  /** The full app for this view (opened in a new tab). */
  fullHref: string;
  /** A refused embed-API command, in the UI language (use-embed-api.ts). */
  notice?: string | null;
  onDismiss?: () => void;
  /** The map. */
  children: ReactNode;
}

export function EmbedView({ lang, label, year, gemeenteName, unit, items, fullHref, notice, onDismiss, children }: EmbedViewProps) {
  const digits = legendDigits(items, unit);
  const title = `${gemeenteName ? ts(lang, 'inGemeente', { title: label, gemeente: gemeenteName }) : label} (${year})`;
  return (
    <div className="embed">
      <h1 className="embed-title">
        <a href={fullHref} target="_blank" rel="noopener" title={ts(lang, 'openFull')}>
          {title}
        </a>
      </h1>
      <div className="embed-map">{children}</div>
      <footer className="embed-foot">
        <ul className="embed-legend" aria-label={t(lang, 'legend')}>
          {items.map((it) => (
            <li key={it.cls} data-class={it.cls}>
              <span className={it.cls < 0 ? 'swatch nodata' : 'swatch'} style={{ background: it.color }} aria-hidden="true" />
              {legendLabel(lang, it, unit, digits)}
            </li>
          ))}
        </ul>
        <p className="embed-credit">{t(lang, 'credit')}</p>
        {notice ? (
          <p className="embed-notice" role="status">
            {notice}{' '}
            <button type="button" onClick={onDismiss}>
              {ts(lang, 'dismiss')}
            </button>
          </p>
        ) : null}
      </footer>
    </div>
  );
}
