/**
 * The URL parameters in words, for notices about a parameter that was ignored ("Ongeldige waarde … voor de
 * kaartweergave"): a notice names what the parameter sets, never its short name in the URL. Keyed by that name.
 */
export const PARAM_WORDS: Readonly<Record<string, { nl: string; en: string }>> = {
  lang: { nl: 'de taal', en: 'the language' },
  gm: { nl: 'de gemeente', en: 'the municipality' },
  lvl: { nl: 'het niveau', en: 'the level' },
  var: { nl: 'het kenmerk', en: 'the indicator' },
  jaar: { nl: 'het jaar', en: 'the year' },
  groep: { nl: 'de groep', en: 'the group' },
  index: { nl: 'de index van de ranglijst', en: 'the ranking’s index' },
  kaart: { nl: 'de kaartweergave', en: 'the map view' },
  paneel: { nl: 'het paneel onder de kaart', en: 'the panel below the map' },
  sel: { nl: 'de selectie', en: 'the selection' },
  naast: { nl: 'het gebied om mee te vergelijken', en: 'the area to compare with' },
  y: { nl: 'de verticale as van de grafiek', en: 'the chart’s vertical axis' },
  bgroep: { nl: 'de groep voor buurten', en: 'the group for neighbourhoods' },
  schaal: { nl: 'de index van de schaalvergelijking', en: 'the index of the scale comparison' },
  presenteer: { nl: 'de presentatiemodus', en: 'presenter mode' },
  embed: { nl: 'de ingesloten weergave', en: 'the embed view' },
  modus: { nl: 'de weergave (Verkennen, Waterbedeffect of Wat als)', en: 'the view (Explore, Waterbed effect or What if)' },
  scenario: { nl: 'het wat-als-scenario', en: 'the what-if scenario' },
  indeling: { nl: 'de indelingsmethode', en: 'the classification method' },
  klassen: { nl: 'het aantal klassen', en: 'the number of classes' },
  grenzen: { nl: 'de eigen klassengrenzen', en: 'the user-defined class breaks' },
  palet: { nl: 'het kleurenpalet', en: 'the colour palette' },
  bereik: { nl: 'het bereik van de klassen', en: 'the scope of the classes' },
  midden: { nl: 'het midden van de kleuren', en: 'the colour centre' },
  pos: { nl: 'de kaartpositie (midden en zoom)', en: 'the map position (centre and zoom)' },
  open: { nl: 'de geopende panelen', en: 'the open panels' },
  wbniveau: { nl: 'het niveau van de vergelijking', en: 'the level of the comparison' },
  doelen: { nl: 'de doelgebieden van de vergelijking', en: 'the target areas of the comparison' },
  wbkenmerk: { nl: 'het kenmerk van de vergelijking', en: 'the indicator of the comparison' },
  van: { nl: 'het beginjaar van de vergelijking', en: 'the start year of the comparison' },
  tot: { nl: 'het eindjaar van de vergelijking', en: 'the end year of the comparison' },
  buren: { nl: 'de definitie van buren', en: 'the definition of neighbours' },
  ring2: { nl: 'de tweede ring', en: 'the second ring' },
  drempel: { nl: 'de signaleringsdrempel', en: 'the flag threshold' },
  weging: { nl: 'de weging bij het omrekenen van grenzen', en: 'the weighting of the boundary conversion' },
  wbkaart: { nl: 'de kaartweergave van de vergelijking', en: 'the map view of the comparison' },
  vergelijk: { nl: 'het direct vergelijken', en: 'running the comparison' },
};

/** Fallback for a name without words (never the raw name). */
export const SOME_PARAM = { nl: 'een onderdeel van de link', en: 'a part of the link' };
