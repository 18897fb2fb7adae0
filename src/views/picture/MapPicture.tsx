/**
 * "Map as an image": pick a slide size, get a PNG with the map, its legend, a title (indicator; year and area) and
 * the source credit in the UI language. Reads the live map (the primary map's canvas); never a request.
 */
import { useState } from 'react';
import type { Lang } from '../../app/i18n';
import type { Unit } from '../../data/variables';
import { downloadBlob } from '../download';
import type { LegendItem } from '../map/legend-items';
import { CaptureError } from './capture-map';
import { pictureFileName } from './file-name';
import { renderMapPicture } from './map-picture';
import { PRESET_IDS, PRESETS, type PresetId } from './slide-layout';
import { legendRows, slideSubtitle } from './slide-text';
import { tp, tpf } from './strings';
import './picture.css';

export interface MapPictureProps {
  lang: Lang;
  /** What the map shows (the legend's title). */
  label: string;
  year: number;
  level: string;
  /** The gemeente drilled into; null = the whole country. */
  areaName: string | null;
  unit: Unit;
  items: readonly LegendItem[];
  /** How the classes were made (the legend's small print). */
  scope: string;
  credit: string;
}

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; name: string; placed: string } | { kind: 'error'; text: string };

export function MapPicture(props: MapPictureProps) {
  const { lang } = props;
  const [preset, setPreset] = useState<PresetId>('fhd');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const run = async () => {
    setStatus({ kind: 'busy' });
    const size = PRESETS[preset];
    try {
      if (!document.documentElement.dataset.mapReady) throw new CaptureError('mapNotReady');
      const { blob, placed } = await renderMapPicture(
        {
          title: props.label,
          subtitle: slideSubtitle(lang, props.year, props.level, props.areaName),
          legendHeading: tp(lang, 'legend'),
          rows: legendRows(lang, props.items, props.unit),
          note: props.scope,
          credit: props.credit,
        },
        size,
      );
      const name = pictureFileName([props.label, props.year, props.areaName ?? '', `${size.width}x${size.height}`], 'png');
      downloadBlob(name, blob);
      setStatus({ kind: 'done', name, placed: JSON.stringify(placed) });
    } catch (e) {
      const reason = e instanceof CaptureError ? tp(lang, e.reason) : tp(lang, 'encodeFailed');
      setStatus({ kind: 'error', text: tpf(lang, 'pngFailed', { reason }) });
    }
  };

  return (
    <details className="map-picture">
      <summary>{tp(lang, 'pngTitle')}</summary>
      <div className="map-picture-row">
        <label>
          {tp(lang, 'pngSize')}{' '}
          <select name="pictureSize" value={preset} onChange={(e) => setPreset(e.target.value as PresetId)}>
            {PRESET_IDS.map((id) => (
              <option key={id} value={id}>
                {tp(lang, `preset_${id}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="map-picture-png" onClick={() => void run()} disabled={status.kind === 'busy'}>
          {tp(lang, 'pngButton')}
        </button>
      </div>
      <p className="muted small" role="status" data-placed={status.kind === 'done' ? status.placed : undefined}>
        {status.kind === 'busy' ? tp(lang, 'pngBusy') : status.kind === 'done' ? tpf(lang, 'pngDone', { name: status.name }) : null}
      </p>
      {status.kind === 'error' ? (
        <p className="map-picture-error small" role="alert">
          {status.text}
        </p>
      ) : null}
    </details>
  );
}
