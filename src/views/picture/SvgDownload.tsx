/**
 * A small "SVG" button for a chart: saves the chart's <svg> in its <figure> (role img, or slider for the ranking
 * that is navigable with the keyboard) as a standalone .svg file with the chart's title, an optional key and the
 * source credit (svg-inline.ts). Placed inside the chart's figure.
 */
import { useRef, useState } from 'react';
import { t, type Lang } from '../../app/i18n';
import { downloadBlob } from '../download';
import { pictureFileName } from './file-name';
import { chartSvg } from './svg-inline';
import type { Dot, KeyItem } from './svg-standalone';
import { tp } from './strings';
import './picture.css';

export interface SvgDownloadProps {
  lang: Lang;
  /** Title written above the chart in the file. */
  title: string;
  /** Short name for the file ("ranking" → segregatieverkenner-ranking-….svg). */
  name: string;
  /** Marks the app paints on a canvas under the SVG (scatter points), computed when the button is pressed. */
  dots?: () => readonly Dot[];
  /** The chart's series key, when it is HTML outside the SVG. */
  chartKey?: readonly KeyItem[];
}

export function SvgDownload({ lang, title, name, dots, chartKey }: SvgDownloadProps) {
  const button = useRef<HTMLButtonElement>(null);
  const [failed, setFailed] = useState(false);
  const save = () => {
    // The chart's own <svg>: an image, or a slider when the chart is navigable with the keyboard (the ranking).
    const svg = button.current?.closest('figure')?.querySelector<SVGSVGElement>('svg[role="img"], svg[role="slider"]');
    if (!svg) return setFailed(true);
    try {
      const text = chartSvg(svg, { title, credit: t(lang, 'credit'), dots: dots?.(), key: chartKey });
      downloadBlob(pictureFileName([name, title], 'svg'), new Blob([text], { type: 'image/svg+xml' }));
      setFailed(false);
    } catch {
      setFailed(true);
    }
  };
  return (
    <>
      <button
        ref={button}
        type="button"
        className="svg-download"
        data-chart={name}
        onClick={save}
        title={tp(lang, 'svgHint')}
        aria-label={`${tp(lang, 'svgHint')}: ${title}`}
      >
        {tp(lang, 'svgButton')}
      </button>
      {failed ? (
        <span className="map-picture-error small" role="alert">
          {' '}
          {tp(lang, 'svgFailed')}
        </span>
      ) : null}
    </>
  );
}
