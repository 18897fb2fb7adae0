/** UI strings of the picture feature (the map as a PNG slide, charts as SVG files): Dutch + English. */
import { fillTemplate, type Lang } from '../../app/i18n';

const STRINGS = {
  pngTitle: { nl: 'Kaart als afbeelding (PNG)', en: 'Map as an image (PNG)' },
  pngSize: { nl: 'Formaat', en: 'Size' },
  pngButton: { nl: 'PNG downloaden', en: 'Download PNG' },
  pngBusy: { nl: 'Afbeelding maken…', en: 'Making the image…' },
  pngDone: { nl: 'Afbeelding {name} gedownload.', en: 'Image {name} downloaded.' },
  pngFailed: { nl: 'De afbeelding kon niet worden gemaakt: {reason}', en: 'The image could not be made: {reason}' },
  mapNotReady: {
    nl: 'de kaart is nog niet getekend; probeer het zo opnieuw.',
    en: 'the map has not been drawn yet; try again in a moment.',
  },
  mapTimeout: { nl: 'de kaart werd niet op tijd getekend.', en: 'the map was not drawn in time.' },
  encodeFailed: { nl: 'de browser kon de PNG niet maken.', en: 'the browser could not encode the PNG.' },
  legend: { nl: 'Legenda', en: 'Legend' },
  netherlands: { nl: 'Nederland', en: 'The Netherlands' },
  preset_hd: { nl: '1280 × 720 (HD, 16:9)', en: '1280 × 720 (HD, 16:9)' },
  preset_fhd: { nl: '1920 × 1080 (Full HD, 16:9)', en: '1920 × 1080 (Full HD, 16:9)' },
  preset_uhd: { nl: '3840 × 2160 (4K, 16:9)', en: '3840 × 2160 (4K, 16:9)' },
  preset_43: { nl: '1600 × 1200 (4:3)', en: '1600 × 1200 (4:3)' },
  svgButton: { nl: 'SVG', en: 'SVG' },
  svgHint: { nl: 'Grafiek als SVG-bestand downloaden', en: 'Download the chart as an SVG file' },
  svgFailed: { nl: 'De SVG kon niet worden gemaakt.', en: 'The SVG could not be made.' },
} as const;

export type PictureKey = keyof typeof STRINGS;

export function tp(lang: Lang, key: PictureKey): string {
  return STRINGS[key][lang];
}

export function tpf(lang: Lang, key: PictureKey, params: Readonly<Record<string, string | number>>): string {
  return fillTemplate(STRINGS[key][lang], params);
}

/** Every key in both languages (for the completeness test). */
export const PICTURE_STRINGS = STRINGS;
