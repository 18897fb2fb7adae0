/**
 * MapLibre's own UI strings (zoom buttons, attribution toggle, the map's accessible name) in the UI language. The
 * locale is given when the map is made; after a language switch `applyMapLocale` rewrites the titles and labels of
 * the controls already on the map (MapLibre has no public call to change its locale).
 */
import type { Lang } from '../../app/i18n';

export type MapLocale = Record<string, string>;

export const MAP_LOCALES: Record<Lang, MapLocale> = {
  nl: {
    'AttributionControl.ToggleAttribution': 'Bronvermelding tonen of verbergen',
    'AttributionControl.MapFeedback': 'Feedback over de kaart',
    'FullscreenControl.Enter': 'Volledig scherm',
    'FullscreenControl.Exit': 'Volledig scherm verlaten',
    'LogoControl.Title': 'MapLibre-logo',
    'Map.Title': 'Kaart',
    'NavigationControl.ResetBearing': 'Sleep om de kaart te draaien, klik om het noorden boven te zetten',
    'NavigationControl.ZoomIn': 'Inzoomen',
    'NavigationControl.ZoomOut': 'Uitzoomen',
    'Popup.Close': 'Sluiten',
  },
  en: {
    'AttributionControl.ToggleAttribution': 'Show or hide the credits',
    'AttributionControl.MapFeedback': 'Map feedback',
    'FullscreenControl.Enter': 'Full screen',
    'FullscreenControl.Exit': 'Exit full screen',
    'LogoControl.Title': 'MapLibre logo',
    'Map.Title': 'Map',
    'NavigationControl.ResetBearing': 'Drag to rotate the map, click to reset north',
    'NavigationControl.ZoomIn': 'Zoom in',
    'NavigationControl.ZoomOut': 'Zoom out',
    'Popup.Close': 'Close',
  },
};

/** Elements MapLibre labels from its locale: selector → locale key, and whether it also has a title. */
const LABELLED: readonly [string, string, boolean][] = [
  ['.maplibregl-ctrl-zoom-in', 'NavigationControl.ZoomIn', true],
  ['.maplibregl-ctrl-zoom-out', 'NavigationControl.ZoomOut', true],
  ['.maplibregl-ctrl-compass', 'NavigationControl.ResetBearing', true],
  ['.maplibregl-ctrl-attrib-button', 'AttributionControl.ToggleAttribution', true],
  ['.maplibregl-canvas', 'Map.Title', false],
];

/** The UI language as the page declares it (<html lang>), for a map made without a language. */
export function documentLang(): Lang {
  return typeof document !== 'undefined' && document.documentElement.lang === 'en' ? 'en' : 'nl';
}

/** Rewrites the labels of MapLibre's controls inside `container` to `lang`. */
export function applyMapLocale(container: HTMLElement, lang: Lang): void {
  const locale = MAP_LOCALES[lang];
  for (const [selector, key, titled] of LABELLED) {
    const text = locale[key]!;
    container.querySelectorAll(selector).forEach((el) => {
      el.setAttribute('aria-label', text);
      if (titled) el.setAttribute('title', text);
    });
  }
}
