/**
 * The waterbed map's key, laid over the map (bottom left) so it is read with the map: the classes with their counts
 * (units outside the comparison in an entry of their own) and line swatches for the ring outlines. It can be folded
 * away (a button with aria-expanded) on small screens.
 */
import { useId, useState } from 'react';
import type { Lang } from '../../app/i18n';
import { tw } from '../../app/i18n-waterbed';
import type { Unit } from '../../data/variables';
import { Legend } from '../map/Legend';
import type { LegendItem } from '../map/legend-items';
import type { RingKeyEntry } from './map-key-model';
import './waterbed-map-key.css';

export interface WaterbedMapKeyProps {
  lang: Lang;
  title: string;
  unit: Unit;
  year: number;
  scope: string;
  items: LegendItem[];
  rings: readonly RingKeyEntry[];
}

export function WaterbedMapKey({ lang, title, unit, year, scope, items, rings }: WaterbedMapKeyProps) {
  const [open, setOpen] = useState(true);
  const bodyId = useId();
  return (
    <section className={open ? 'wb-map-key' : 'wb-map-key folded'} aria-label={tw(lang, 'mapKey')}>
      <button type="button" className="wb-map-key-toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen((o) => !o)}>
        {tw(lang, 'mapKey')}
      </button>
      <div id={bodyId} hidden={!open}>
        <Legend lang={lang} title={title} unit={unit} year={year} scope={scope} items={items} label={tw(lang, 'mapKeyClasses')} />
        {rings.length ? (
          <section className="ring-key" aria-label={tw(lang, 'ringKey')}>
            <h3>{tw(lang, 'ringKey')}</h3>
            <ul>
              {rings.map((r) => (
                <li key={r.id} data-ring={r.id} data-color={r.color}>
                  <svg width="28" height="10" aria-hidden="true">
                    <line x1="1" y1="5" x2="27" y2="5" stroke={r.color} strokeWidth={r.width} strokeDasharray={r.dash ?? undefined} />
                  </svg>
                  <span>{r.label}</span>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    </section>
  );
}
