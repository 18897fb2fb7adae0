/** UI strings of the keyboard alternatives (range inputs for brushing, picking on the map): Dutch + English. */
import { fillTemplate, type Lang } from '../../app/i18n';

export const KEYBOARD_STRINGS = {
  rangeFrom: { nl: 'Van', en: 'From' },
  rangeTo: { nl: 'Tot', en: 'To' },
  histRange: { nl: 'Bereik kiezen (toetsenbord)', en: 'Choose a range (keyboard)' },
  scatterRange: { nl: 'Bereiken kiezen (toetsenbord)', en: 'Choose ranges (keyboard)' },
  xAxis: { nl: 'X: {label}', en: 'X: {label}' },
  yAxis: { nl: 'Y: {label}', en: 'Y: {label}' },
  mapKeys: {
    nl: 'Kaart: pijltjestoetsen schuiven, + en − zoomen, Enter kiest het gebied in het midden (kruisje).',
    en: 'Map: arrow keys pan, + and − zoom, Enter picks the area in the centre (cross).',
  },
  mapCentre: { nl: 'In het midden: {name}. Druk op Enter om te kiezen.', en: 'In the centre: {name}. Press Enter to pick it.' },
  rankingKeys: {
    nl: 'Pijltjestoetsen lopen langs de gemeenten (Page Up/Down per 10, Home/End), Enter kiest de gemeente.',
    en: 'Arrow keys step through the municipalities (Page Up/Down by 10, Home/End), Enter picks one.',
  },
  rankingAt: { nl: 'plaats {rank} van {count}: {name}, {value}', en: 'rank {rank} of {count}: {name}, {value}' },
  mapCentreNone: { nl: 'Geen gebied in het midden van de kaart.', en: 'No area in the centre of the map.' },
} as const satisfies Record<string, { nl: string; en: string }>;

export type KeyboardKey = keyof typeof KEYBOARD_STRINGS;

export function tk(lang: Lang, key: KeyboardKey): string {
  return KEYBOARD_STRINGS[key][lang];
}

export function tkf(lang: Lang, key: KeyboardKey, vars: Record<string, string | number>): string {
  return fillTemplate(KEYBOARD_STRINGS[key][lang], vars);
}
