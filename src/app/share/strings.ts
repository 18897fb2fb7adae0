/** UI strings of the embed view and the embed-code button: Dutch + English. */
import { fillTemplate, type Lang } from '../i18n';

const STRINGS = {
  copyEmbed: { nl: 'Kopieer insluitcode', en: 'Copy embed code' },
  copied: { nl: 'Insluitcode gekopieerd', en: 'Embed code copied' },
  copyByHand: {
    nl: 'Kopiëren lukte niet automatisch: selecteer de code hieronder en kopieer die zelf.',
    en: 'Could not copy automatically: select the code below and copy it yourself.',
  },
  embedCode: { nl: 'Insluitcode (iframe)', en: 'Embed code (iframe)' },
  embedHint: {
    nl: 'Plaats de kaart zoals u die nu ziet in een eigen webpagina.',
    en: 'Put the map as you see it now into a web page of your own.',
  },
  openFull: { nl: 'Open in de Segregatieverkenner', en: 'Open in the Segregation explorer' },
  frameTitle: { nl: 'Kaart: {title}', en: 'Map: {title}' },
  inGemeente: { nl: '{title}, {gemeente}', en: '{title}, {gemeente}' },
} as const;

export type ShareKey = keyof typeof STRINGS;
export const SHARE_STRINGS: Readonly<Record<ShareKey, Readonly<Record<Lang, string>>>> = STRINGS;

export function ts(lang: Lang, key: ShareKey, params: Readonly<Record<string, string | number>> = {}): string {
  return fillTemplate(STRINGS[key][lang], params);
}
