/**
 * The warnings of a long-counts parse (long-counts.ts), in English and Dutch: combinations absent from the file that
 * were counted as 0 (with examples), units excluded for a suppressed or empty count, fewer than two groups, and a
 * misspelled-name check that stopped early.
 */
import { bi, type Bilingual } from '../data/tabular/bilingual';

export function warningsOf(
  base: readonly Bilingual[],
  absent: number,
  examples: readonly Bilingual[],
  excluded: number,
  groups: number,
  truncated: boolean,
): Bilingual[] {
  const warnings = [...base];
  if (absent > 0) {
    const en = examples.map((e) => e.en).join('; ');
    const nl = examples.map((e) => e.nl).join('; ');
    warnings.push(
      bi(
        `${absent} (unit, group) combination(s) absent from the file were counted as 0, e.g. ${en}`,
        `${absent} combinatie(s) (eenheid, groep) die niet in het bestand staan zijn als 0 geteld, bijv. ${nl}`,
      ),
    );
  }
  if (excluded > 0)
    warnings.push(
      bi(
        `${excluded} unit(s) excluded because a count is "." (suppressed) or empty`,
        `${excluded} eenhe(i)d(en) uitgesloten omdat een aantal "." (geheim) of leeg is`,
      ),
    );
  if (groups < 2)
    warnings.push(
      bi(
        `only ${groups} group(s) found: indices need at least 2`,
        `slechts ${groups} groep(en) gevonden: indices hebben er minstens 2 nodig`,
      ),
    );
  if (truncated)
    warnings.push(
      bi(
        'the check for misspelled names stopped early (very many similar names); check names by hand',
        'de controle op verschreven namen is vroeg gestopt (zeer veel gelijkende namen); controleer de namen zelf',
      ),
    );
  return warnings;
}
