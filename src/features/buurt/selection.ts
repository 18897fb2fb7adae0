/**
 * Where a selected code sits in the hierarchy: gemeente, wijk or buurt (from the code alone), and what the wijk map
 * highlights for it (a buurt has no boundary: the map marks the wijk it lies in).
 */
import type { ViewState } from '../../app/url-state';
import type { Lang } from '../../app/i18n';
import type { Catalog, Level } from '../../data/catalog';
import type { UnitRecord } from '../../data/queries';
import { tbf } from './strings';
import { isBuurtCode, wijkOfBuurt } from '../../data/buurt-codes';

/** The embedded buurt statistics' year (KWB 2024); selecting a buurt shows the wijk map of this year. */
export const BUURT_YEAR = 2024;

export function levelOfCode(code: string | null): Extract<Level, 'gemeente' | 'wijk' | 'buurt'> {
  if (code?.startsWith('BU')) return 'buurt';
  return code?.startsWith('WK') ? 'wijk' : 'gemeente';
}

/** The code to highlight on the map: the wijk of a buurt, else the code itself. */
export function mapCodeOf(code: string | null): string | null {
  return code && isBuurtCode(code) ? wijkOfBuurt(code) : code;
}

/** Indicator shown on the wijk map when a buurt is selected and the current one has no wijk values in BUURT_YEAR. */
export const BUURT_MAP_FALLBACK = 'share_age_65plus';

/**
 * The view for a selected buurt: the wijk map of its gemeente in the buurt year (the buurt's wijk code exists in
 * that year's layer), keeping the indicator when the wijken of that year have it.
 */
export function buurtView(catalog: Catalog, variable: string, code: string): Partial<ViewState> {
  const has = catalog.variables.find((v) => v.id === variable)?.availability.wijk?.includes(BUURT_YEAR) ?? false;
  return {
    level: 'wijk',
    gemeente: 'GM' + code.slice(2, 6),
    selected: code,
    year: BUURT_YEAR,
    variable: has ? variable : BUURT_MAP_FALLBACK,
  };
}

export interface SelectionInfo {
  /** Name of the selected area (buurt, wijk or gemeente), null when unknown. */
  name: string | null;
  /** The selected wijk, or the wijk of the selected buurt. */
  wijk: { code: string; name: string } | null;
  /** For a buurt: where it lies and what the map shows (the detail panel's subtitle). */
  subtitle: string | null;
}

/** Names and the wijk of the selected code, from the buurt rows and the wijk names on the map. */
export function describeSelection(
  lang: Lang,
  selected: string | null,
  gemeente: { code: string | null; name: string | null },
  buurtByCode: ReadonlyMap<string, UnitRecord>,
  nameOnMap: (code: string) => string | undefined,
  /** The map shows buurten (imported boundaries): it shows the buurt itself, not its wijk. */
  onBuurtMap = false,
): SelectionInfo {
  if (!selected) return { name: null, wijk: null, subtitle: null };
  const buurt = buurtByCode.get(selected);
  const name = buurt?.name ?? nameOnMap(selected) ?? (selected === gemeente.code ? gemeente.name : null);
  const code = mapCodeOf(selected);
  const wijk = code?.startsWith('WK') ? { code, name: nameOnMap(code) ?? String(buurt?.wijk_name ?? code) } : null;
  const where = buurt && wijk ? tbf(lang, 'buurtOf', { wijk: wijk.name, gemeente: gemeente.name ?? '' }) : null;
  const subtitle = where && !onBuurtMap ? `${where} ${tbf(lang, 'mapShowsWijk', { wijk: wijk!.name })}` : where;
  return { name, wijk, subtitle };
}
