/**
 * One language at a time: the Dutch UI shows no English-only string of the catalogue and the English UI no
 * Dutch-only one, on a few views; MapLibre's zoom button follows the language.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { STRING_TABLES } from '../../src/app/string-tables';
import { mapIdle, startHarness, watchedPage, type Harness, type Watched } from './harness';

let h: Harness;
let w: Watched;

beforeAll(async () => {
  h = await startHarness();
  w = await watchedPage(h);
});
afterAll(async () => h?.close());

/** Catalogue strings that differ between the languages and are long enough to be telling, without placeholders. */
function onlyIn(lang: 'nl' | 'en'): string[] {
  const other = lang === 'nl' ? 'en' : 'nl';
  const out = new Set<string>();
  for (const table of Object.values(STRING_TABLES))
    for (const e of Object.values(table)) {
      const s = e[lang];
      if (s && e[other] !== s && s.length > 12 && !s.includes('{')) out.add(s);
    }
  // A string that is also a phrase of the other language is not telling.
  const otherAll = Object.values(STRING_TABLES).flatMap((t) => Object.values(t).map((e) => e[other] ?? ''));
  return [...out].filter((s) => !otherAll.some((o) => o.includes(s)));
}

async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const attrs = [...document.querySelectorAll('[title],[aria-label]')].flatMap((el) => [
      el.getAttribute('title') ?? '',
      el.getAttribute('aria-label') ?? '',
    ]);
    return `${document.body.innerText}\n${attrs.join('\n')}`;
  });
}

const VIEWS = [
  'lvl=gemeente&jaar=2022&var=share_income_low',
  'gm=GM0599&jaar=2022&var=mean_woz_keur',
  'gm=GM0363&jaar=2022&var=share_income_low&groep=income_low&paneel=ranking',
  'lvl=gemeente&jaar=2022&var=share_income_low&modus=waterbed',
];

describe('language', () => {
  for (const lang of ['nl', 'en'] as const) {
    it(`the ${lang} UI shows no string of the other language only`, async () => {
      const foreign = onlyIn(lang === 'nl' ? 'en' : 'nl');
      const { page } = w;
      for (const q of VIEWS) {
        await page.goto(`${h.baseUrl}?${q}&lang=${lang}`);
        await page.waitForFunction(() => !!document.documentElement.dataset.mapReady, undefined, { timeout: 90_000 });
        await mapIdle(page);
        const text = await visibleText(page);
        expect(
          foreign.filter((s) => text.includes(s)),
          q,
        ).toEqual([]);
      }
      const zoom = await page.getAttribute('.maplibregl-ctrl-zoom-in', 'title');
      expect(zoom).toBe(lang === 'nl' ? 'Inzoomen' : 'Zoom in');
    }, 300_000);
  }
});
