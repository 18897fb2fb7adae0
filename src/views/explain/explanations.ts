/**
 * What each index and local measure means, in plain Dutch and English: one line of meaning, how to read the value,
 * and the section of the methods page (docs/methods.md) with its formula and sources. Used by the indices panels,
 * the ranking and the map legend; the methods page is MethodsPage.tsx.
 */
import type { Lang } from '../../app/i18n';

export interface Explanation {
  /** One line: what the number measures. */
  meaning: Record<Lang, string>;
  /** How to read it: its range, what 0 and high values mean. */
  read: Record<Lang, string>;
  /** Section of the methods page (a slug of its heading, see methods-slug.ts; the page is src/features/explain/MethodsPage.tsx). */
  section: string;
  /** Values in [0, 1] where higher means more segregated: a position in the national distribution makes sense. */
  higherIsMoreSegregated: boolean;
}

const TWO = 'two-group-indices';

export const EXPLANATIONS: Readonly<Record<string, Explanation>> = {
  D: {
    meaning: {
      nl: 'Welk deel van de groep zou moeten verhuizen om over alle gebieden even sterk vertegenwoordigd te zijn.',
      en: 'The share of the group that would have to move for it to be equally represented in every area.',
    },
    read: {
      nl: '0 = gelijk verspreid, 1 = volledig gescheiden. Gangbaar: onder 0,3 laag, boven 0,6 hoog (Massey & Denton); vergelijk met de verwachte D bij toeval.',
      en: '0 = evenly spread, 1 = fully separated. Common reading: below 0.3 low, above 0.6 high (Massey & Denton); compare with the expected D under random allocation.',
    },
    section: TWO,
    higherIsMoreSegregated: true,
  },
  expectedD: {
    meaning: {
      nl: 'De D die toeval alleen al geeft bij gebieden van deze grootte: kleine gebieden geven altijd wat ongelijkheid.',
      en: 'The D that chance alone gives with areas of these sizes: small areas always show some unevenness.',
    },
    read: {
      nl: 'Hoe dichter D bij deze waarde ligt, hoe minder van de gemeten segregatie echt is.',
      en: 'The closer D is to this value, the less of the measured segregation is real.',
    },
    section: 'inference',
    higherIsMoreSegregated: false,
  },
  dExcess: {
    meaning: {
      nl: 'D min de verwachte D bij toeval: de segregatie boven wat toeval zou geven.',
      en: 'D minus the expected D under random allocation: the segregation beyond what chance would give.',
    },
    read: {
      nl: 'Rond 0 = niet te onderscheiden van toeval; hoe hoger, hoe meer echte scheiding.',
      en: 'Around 0 = indistinguishable from chance; the higher, the more real separation.',
    },
    section: 'inference',
    higherIsMoreSegregated: true,
  },
  H: {
    meaning: {
      nl: 'Hoeveel minder gemengd de gebieden zijn dan de gemeente als geheel (entropie, Theil).',
      en: 'How much less mixed the areas are than the municipality as a whole (entropy, Theil).',
    },
    read: {
      nl: '0 = elk gebied zo gemengd als het geheel, 1 = elk gebied heeft maar één groep. Waarden zijn meestal lager dan D.',
      en: '0 = every area as mixed as the whole, 1 = every area holds one group. Values are usually lower than D.',
    },
    section: TWO,
    higherIsMoreSegregated: true,
  },
  xPx: {
    meaning: {
      nl: 'Het aandeel van de eigen groep in het gebied van een gemiddeld groepslid (isolatie).',
      en: 'The share of their own group in the area of an average group member (isolation).',
    },
    read: {
      nl: 'Vergelijk met het aandeel van de groep in de hele gemeente: gelijk = geen isolatie; hoger = de groep woont bij elkaar.',
      en: "Compare with the group's share in the whole municipality: equal = no isolation; higher = the group lives together.",
    },
    section: TWO,
    higherIsMoreSegregated: true,
  },
  xPy: {
    meaning: {
      nl: 'Het aandeel van de anderen in het gebied van een gemiddeld groepslid (blootstelling); xPx + xPy = 1.',
      en: 'The share of the others in the area of an average group member (exposure); xPx + xPy = 1.',
    },
    read: {
      nl: 'Hoe hoger, hoe meer contact met de rest van de bevolking.',
      en: 'The higher, the more contact with the rest of the population.',
    },
    section: TWO,
    higherIsMoreSegregated: false,
  },
  V: {
    meaning: {
      nl: 'Isolatie gecorrigeerd voor de grootte van de groep (correlatieratio, eta²).',
      en: 'Isolation corrected for the size of the group (correlation ratio, eta²).',
    },
    read: {
      nl: '0 = geen isolatie boven het gemeentelijke aandeel, 1 = volledige isolatie.',
      en: "0 = no isolation beyond the municipality's share, 1 = complete isolation.",
    },
    section: TWO,
    higherIsMoreSegregated: true,
  },
  Gini: {
    meaning: {
      nl: 'Het gemiddelde verschil in groepsaandeel tussen alle paren gebieden, gewogen naar inwoners.',
      en: 'The average difference in group share between all pairs of areas, weighted by inhabitants.',
    },
    read: {
      nl: '0 = alle gebieden hetzelfde aandeel, 1 = maximaal verschillend. Meestal hoger dan D.',
      en: '0 = every area has the same share, 1 = maximally different. Usually higher than D.',
    },
    section: TWO,
    higherIsMoreSegregated: true,
  },
  A: {
    meaning: {
      nl: 'Ongelijke spreiding waarbij gebieden met weinig én veel van de groep even zwaar tellen (Atkinson, b = 0,5).',
      en: 'Uneven spread in which areas with few and with many group members weigh equally (Atkinson, b = 0.5).',
    },
    read: { nl: '0 = gelijk verspreid, 1 = volledig gescheiden.', en: '0 = evenly spread, 1 = fully separated.' },
    section: TWO,
    higherIsMoreSegregated: true,
  },
  M: {
    meaning: {
      nl: 'Hoeveel je over iemands groep te weten komt door te weten in welk gebied die woont (wederzijdse informatie, in nats).',
      en: "How much knowing someone's area tells you about their group (mutual information, in nats).",
    },
    read: {
      nl: '0 = het gebied zegt niets over de groep. Geen vaste bovengrens; M telt precies op over schaalniveaus.',
      en: 'M = 0: the area says nothing about the group. No fixed maximum; M adds up exactly over scales.',
    },
    section: 'multigroup-indices',
    higherIsMoreSegregated: true,
  },
  Dadj: {
    meaning: {
      nl: 'D min het verschil tussen aangrenzende gebieden (Morrill): scheiding die niet bij de wijkgrens ophoudt.',
      en: 'D minus the difference between adjacent areas (Morrill): separation that does not stop at a boundary.',
    },
    read: {
      nl: 'Lager dan D; dicht bij D = de verschillen liggen in grote aaneengesloten zones.',
      en: 'Lower than D; close to D = the differences lie in large contiguous zones.',
    },
    section: 'morrill-s-d-adj',
    higherIsMoreSegregated: true,
  },
  DadjQueen: {
    meaning: {
      nl: 'Als Morrills D(adj), maar gebieden die alleen een hoekpunt delen tellen ook als buren.',
      en: "As Morrill's D(adj), but areas that share only a corner also count as neighbours.",
    },
    read: { nl: 'Lees als D(adj), rook.', en: 'Read as D(adj), rook.' },
    section: 'morrill-s-d-adj',
    higherIsMoreSegregated: true,
  },
  Dw: {
    meaning: {
      nl: 'D min het verschil tussen buren, gewogen naar de lengte van hun gedeelde grens (Wong).',
      en: 'D minus the difference between neighbours, weighted by the length of their shared boundary (Wong).',
    },
    read: {
      nl: 'Lager dan D; het verschil met D is het deel van de scheiding dat over korte afstand overbrugd wordt.',
      en: 'Lower than D; the gap to D is the part of the separation bridged over short distances.',
    },
    section: 'wong-s-d-w-and-d-s',
    higherIsMoreSegregated: true,
  },
  SP: {
    meaning: {
      nl: 'Of groepsleden dichter bij elkaar wonen dan bij de anderen, met afstand meegewogen (White).',
      en: 'Whether group members live closer to each other than to the others, with distance taken into account (White).',
    },
    read: {
      nl: '1 = beide groepen wonen verspreid als de bevolking; boven 1 = elke groep woont dichter bij de eigen groep.',
      en: '1 = both groups are spread like the population; above 1 = each group lives closer to its own members.',
    },
    section: 'white-s-spatial-proximity-sp',
    higherIsMoreSegregated: true,
  },
  lq: {
    meaning: {
      nl: 'Het aandeel van de groep in het gebied, gedeeld door het aandeel in de hele gemeente (locatiequotiënt).',
      en: "The group's share in the area divided by its share in the whole municipality (location quotient).",
    },
    read: {
      nl: '1 = even vaak als gemiddeld; 2 = twee keer zo vaak; 0,5 = half zo vaak.',
      en: '1 = as common as on average; 2 = twice as common; 0.5 = half as common.',
    },
    section: 'local-measures-for-the-map',
    higherIsMoreSegregated: false,
  },
};

/** What the 95 % interval means (bootstrap), for the panel. */
export const INTERVAL_MEANING: Record<Lang, string> = {
  nl: '95%-interval: de spreiding die toevallige verschillen in wie waar woont geven (bootstrap, 1000 trekkingen). Het corrigeert niet voor de vertekening door kleine gebieden.',
  en: '95% interval: the spread that chance differences in who lives where produce (bootstrap, 1000 draws). It does not correct the bias of small areas.',
};
