/**
 * Under the drill-down header: the choice between the wijk map and the buurt map of the open gemeente (offered only
 * when buurt boundaries for it were imported), where those boundaries come from, the imported codes that were
 * skipped (a few shown), and why the buurt map gave way to the wijken when it did. Draws only.
 */
import type { Lang } from '../../app/i18n';
import { pluralKey } from '../../app/plural';
import type { BuurtMap } from './use-buurt-map';
import { tb, tbf } from './strings';

export interface BuurtMapToggleProps {
  lang: Lang;
  map: BuurtMap;
  year: number;
}

export function BuurtMapToggle({ lang, map, year }: BuurtMapToggleProps) {
  if (map.years.length === 0 && map.lost === null) return null;
  return (
    <div className="buurt-map-toggle" data-testid="buurt-map-toggle">
      {map.years.length > 0 ? (
        <fieldset className="map-mode">
          <legend>{tb(lang, 'mapLevel')}</legend>
          <label>
            <input type="radio" name="mapLevel" value="wijk" checked={!map.active} onChange={() => map.show('wijk')} />
            {tb(lang, 'wijken')}
          </label>
          <label>
            <input type="radio" name="mapLevel" value="buurt" checked={map.active} onChange={() => map.show('buurt')} />
            {tb(lang, 'mapBuurten')}
          </label>
        </fieldset>
      ) : null}
      {map.active ? <p className="muted small">{tbf(lang, 'importedFrom', { year, files: map.files.join(', ') })}</p> : null}
      {map.skipped.map((s) => (
        <p key={`${s.fileName}|${s.level}|${s.year}`} className="small import-warn" data-testid="buurt-map-skipped">
          {tbf(lang, pluralKey(lang, 'skippedCodes', s.count), { n: s.count, file: s.fileName, examples: s.examples.join(', ') })}
        </p>
      ))}
      {map.lost !== null ? (
        <p className="small" role="status">
          {tbf(lang, 'mapLost', { year: map.lost })}
        </p>
      ) : null}
    </div>
  );
}
