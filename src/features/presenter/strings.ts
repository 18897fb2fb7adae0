/** UI strings of presenter mode and its stories: Dutch + English. */
import { fillTemplate, type Lang } from '../../app/i18n';

const STRINGS = {
  story: { nl: 'Verhaal voor presentatie', en: 'Story for presenting' },
  storyCount: { nl: '{n} stappen', en: '{n} steps' },
  storyEmpty: {
    nl: 'Nog geen stappen. Stel de kaart in en voeg de huidige weergave toe; herhaal voor elke stap.',
    en: 'No steps yet. Set up the map and add the current view; repeat for every step.',
  },
  addView: { nl: 'Voeg huidige weergave toe', en: 'Add current view' },
  stepTitle: { nl: 'Titel van stap {n}', en: 'Title of step {n}' },
  show: { nl: 'Toon', en: 'Show' },
  showStep: { nl: 'Toon stap {n}', en: 'Show step {n}' },
  moveUp: { nl: 'Stap {n} omhoog', en: 'Move step {n} up' },
  moveDown: { nl: 'Stap {n} omlaag', en: 'Move step {n} down' },
  remove: { nl: 'Verwijder stap {n}', en: 'Remove step {n}' },
  start: { nl: 'Start presentatie', en: 'Start presenting' },
  exportJson: { nl: 'Exporteer (JSON)', en: 'Export (JSON)' },
  importJson: { nl: 'Importeer (JSON)', en: 'Import (JSON)' },
  copyLink: { nl: 'Kopieer link naar verhaal', en: 'Copy story link' },
  linkCopied: { nl: 'Link naar het verhaal gekopieerd', en: 'Story link copied' },
  linkByHand: { nl: 'Kopieer deze link zelf:', en: 'Copy this link yourself:' },
  imported: { nl: 'Verhaal ingelezen: {n} stappen', en: 'Story imported: {n} steps' },
  fromLink: { nl: 'Verhaal uit de link geopend: {n} stappen', en: 'Story opened from the link: {n} steps' },
  previousKept: {
    nl: 'Uw eerdere verhaal ({n} stappen) is bewaard.',
    en: 'Your earlier story ({n} steps) has been kept.',
  },
  restorePrevious: { nl: 'Zet eerdere verhaal terug', en: 'Restore earlier story' },
  notSaved: {
    nl: 'Het verhaal kon niet in deze browser worden bewaard (opslag geweigerd); exporteer het om het te houden.',
    en: 'The story could not be saved in this browser (storage refused); export it to keep it.',
  },
  full: { nl: 'Stap {n} van {total}', en: 'Step {n} of {total}' },
  noStep: { nl: '{total} stappen — druk op → om te beginnen', en: '{total} steps — press → to start' },
  previous: { nl: 'Vorige stap', en: 'Previous step' },
  next: { nl: 'Volgende stap', en: 'Next step' },
  first: { nl: 'Eerste stap', en: 'First step' },
  last: { nl: 'Laatste stap', en: 'Last step' },
  fullscreen: { nl: 'Volledig scherm', en: 'Full screen' },
  fullscreenExit: { nl: 'Volledig scherm uit (Esc)', en: 'Leave full screen (Esc)' },
  fullscreenRefused: {
    nl: 'Volledig scherm is hier niet toegestaan; gebruik F11 van de browser.',
    en: 'Full screen is not allowed here; use the browser’s F11.',
  },
  keysHint: {
    nl: 'Toetsen: → of PageDown of spatie volgende, ← of PageUp vorige, Home eerste, End laatste.',
    en: 'Keys: → or PageDown or Space next, ← or PageUp previous, Home first, End last.',
  },
  storyBar: { nl: 'Verhaal', en: 'Story' },
  issue_not_json: { nl: 'Dit bestand is geen JSON.', en: 'This file is not JSON.' },
  issue_not_story: {
    nl: 'Dit is geen verhaal van de Segregatieverkenner (verwacht: een object met "version" en "steps").',
    en: 'This is not a Segregation explorer story (expected: an object with "version" and "steps").',
  },
  issue_bad_version: { nl: 'Onbekende verhaalversie {value} (alleen versie 1).', en: 'Unknown story version {value} (only version 1).' },
  issue_too_many_steps: { nl: 'Te veel stappen: {count} (hoogstens {max}).', en: 'Too many steps: {count} (at most {max}).' },
  issue_bad_step: {
    nl: 'Stap {step} is onleesbaar: elke stap heeft een "title" (tekst) en een "query" (begint met ?).',
    en: 'Step {step} is unreadable: every step has a "title" (text) and a "query" (starting with ?).',
  },
  issue_title_too_long: {
    nl: 'De titel van stap {step} is langer dan {max} tekens.',
    en: 'The title of step {step} is longer than {max} characters.',
  },
  issue_query_too_long: {
    nl: 'De weergave van stap {step} is langer dan {max} tekens.',
    en: 'The view of step {step} is longer than {max} characters.',
  },
  issue_file_too_large: { nl: 'Het bestand is te groot (hoogstens {max} bytes).', en: 'The file is too large (at most {max} bytes).' },
  issue_link_unreadable: {
    nl: 'De verhaallink is onleesbaar (afgebroken of gewijzigd?); het opgeslagen verhaal blijft staan.',
    en: 'The story link is unreadable (cut off or changed?); the saved story stays as it was.',
  },
  issue_link_too_long: {
    nl: 'Het verhaal is te lang voor één link (hoogstens {max} tekens); exporteer het als JSON-bestand.',
    en: 'The story is too long for one link (at most {max} characters); export it as a JSON file.',
  },
  issue_read_failed: { nl: 'Het bestand kon niet worden gelezen.', en: 'The file could not be read.' },
} as const;

export type PresenterKey = keyof typeof STRINGS;
export const PRESENTER_STRINGS: Readonly<Record<PresenterKey, Readonly<Record<Lang, string>>>> = STRINGS;

export function tp(lang: Lang, key: PresenterKey, params: Readonly<Record<string, string | number>> = {}): string {
  return fillTemplate(STRINGS[key][lang], params);
}
