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
  siteOrigin: { nl: 'Adres van uw site (voor de insluit-API, optioneel)', en: 'Address of your site (for the embed API, optional)' },
  siteOriginInvalid: {
    nl: 'Geen geldig adres: gebruik alleen het begin, bijvoorbeeld https://www.voorbeeld.nl',
    en: 'Not a valid address: use only the start, for example https://www.example.org',
  },
  api_not_a_command: {
    nl: 'Bericht van de insluitende pagina genegeerd: het is geen opdracht voor de Segregatieverkenner.',
    en: 'Message from the embedding page ignored: it is not a command for the Segregation explorer.',
  },
  api_unsupported_version: {
    nl: 'Opdracht van de insluitende pagina geweigerd: berichtversie {value} wordt niet ondersteund (alleen versie 1).',
    en: 'Command from the embedding page refused: message version {value} is not supported (only version 1).',
  },
  api_unknown_command: {
    nl: 'Onbekende opdracht van de insluitende pagina: {command}.',
    en: 'Unknown command from the embedding page: {command}.',
  },
  api_invalid_value: {
    nl: 'Opdracht {command} geweigerd: {value} is geen geldige waarde voor {field}.',
    en: 'Command {command} refused: {value} is not a valid value for {field}.',
  },
  api_unavailable: {
    nl: 'Opdracht {command} geweigerd: {field} {value} is op deze kaart niet beschikbaar.',
    en: 'Command {command} refused: {field} {value} is not available on this map.',
  },
  dismiss: { nl: 'Sluiten', en: 'Close' },
} as const;

export type ShareKey = keyof typeof STRINGS;
export const SHARE_STRINGS: Readonly<Record<ShareKey, Readonly<Record<Lang, string>>>> = STRINGS;

export function ts(lang: Lang, key: ShareKey, params: Readonly<Record<string, string | number>> = {}): string {
  return fillTemplate(STRINGS[key][lang], params);
}
