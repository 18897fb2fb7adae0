/**
 * Layout at a phone width (390 × 844) and a laptop width (1280 × 800) for each main view: nothing wider than the
 * viewport, every table's key columns inside the visible box of the panel that holds it, the map above the panels on
 * a phone, and little cumulative layout shift (PerformanceObserver 'layout-shift') while the late parts arrive.
 * A screenshot of each view and width goes to artifacts/layout-<view>-<width>.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

const RDAM = 'jaar=2022&var=share_income_low';
const WATERBED =
  '?modus=waterbed&lvl=gemeente&jaar=2022&var=share_income_low&doelen=GM0599&wbkenmerk=mean_income_per_inhabitant_keur&van=2012&tot=2022&vergelijk=1';

interface View {
  name: string;
  query: string;
  /** Prefix of the map's ready key. */
  map: string;
  /** Waits for the view's late part (detail panel, index table, ring table …). */
  ready: string;
  /** Tables whose every column must be visible (the rest must at least show their first two columns). */
  full: string[];
}

const VIEWS: View[] = [
  {
    name: 'explore-gemeente',
    query: `?lvl=gemeente&${RDAM}&groep=income_low&sel=GM0599&paneel=ranking`,
    map: 'gemeente_2022|share_income_low|',
    ready: '.detail-table tbody tr',
    full: ['.detail-table', '.index-table'],
  },
  {
    name: 'explore-wijk',
    query: `?gm=GM0599&${RDAM}&sel=WK059901&paneel=charts`,
    map: 'wijk_2022|share_income_low|GM0599',
    ready: '.detail-table tbody tr',
    full: ['.detail-table'],
  },
  {
    name: 'waterbed',
    query: WATERBED,
    map: 'gemeente_2022|change|',
    ready: '.waterbed-rings tr[data-ring=target]',
    full: ['.waterbed-rings'],
  },
  {
    name: 'table',
    query: `?lvl=gemeente&${RDAM}&paneel=table`,
    map: 'gemeente_2022|share_income_low|',
    ready: '.unit-table tbody tr',
    full: [],
  },
  {
    name: 'buurten',
    query: `?gm=GM0599&${RDAM}&sel=WK059901&paneel=buurten`,
    map: 'wijk_2022|share_income_low|GM0599',
    ready: '.buurt-table tbody tr',
    full: ['.detail-table'],
  },
];

interface Measured {
  scrollWidth: number;
  innerWidth: number;
  wide: string[];
  cls: number;
  shifts: string[];
  /** Header cells that lie (partly) outside their panel's visible box: "table: header (right > clip)". */
  cut: string[];
  tables: string[];
  mapTop: number;
  mapHeight: number;
  panelTop: number;
}

/** Sums the layout shifts (without recent input) from navigation on, and names the elements that moved. */
const CLS_OBSERVER = () => {
  const w = window as unknown as { __cls: number; __shifts: string[] };
  w.__cls = 0;
  w.__shifts = [];
  type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as Shift[]) {
      if (e.hadRecentInput) continue;
      w.__cls += e.value;
      const names = (e.sources ?? []).map((s) => {
        const el = s.node instanceof Element ? s.node : s.node?.parentElement;
        return el ? `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}` : '?';
      });
      w.__shifts.push(`${e.value.toFixed(4)} ${names.join(' ')}`);
    }
  }).observe({ type: 'layout-shift', buffered: true });
};

function measure(page: Page, full: string[]): Promise<Measured> {
  return page.evaluate((fullSel) => {
    const w = window as unknown as { __cls: number; __shifts: string[] };
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 2 && r.height > 2 && !el.closest('.visually-hidden');
    };
    /** The visible box of an element: its rect cut by every ancestor that clips, and by the viewport. */
    const clipOf = (el: Element) => {
      let right = innerWidth;
      let left = 0;
      for (let a = el.parentElement; a; a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== 'visible') {
          const r = a.getBoundingClientRect();
          right = Math.min(right, r.right);
          left = Math.max(left, r.left);
        }
      }
      return { left, right };
    };
    const cut: string[] = [];
    const tables: string[] = [];
    for (const table of document.querySelectorAll('table')) {
      if (!visible(table)) continue;
      const name = `table.${[...table.classList].join('.')}`;
      const clip = clipOf(table);
      const tr = table.getBoundingClientRect();
      tables.push(`${name} ${Math.round(tr.width)}px in ${Math.round(clip.right - clip.left)}px`);
      const heads = [...(table.tHead?.rows[0]?.cells ?? [])];
      const mustShow = fullSel.some((s) => table.matches(s)) ? heads : heads.slice(0, 2);
      const inside = (el: Element) => {
        const r = el.getBoundingClientRect();
        return r.right <= clip.right + 1 && r.left >= clip.left - 1;
      };
      // A stacked table (narrow panel) hides its header row and names each value's column in data-label.
      const stacked = (table.tHead?.getBoundingClientRect().width ?? 0) <= 2;
      for (const th of mustShow) {
        const text = th.textContent?.trim() ?? '';
        const labelled = [...table.querySelectorAll<HTMLElement>('td[data-label]')].filter((td) => td.dataset.label === text);
        // its first column is the row header (each block's title)
        const rowHeads = th.cellIndex === 0 ? [...table.querySelectorAll('tbody th[scope=row]')] : [];
        const cells = stacked ? (labelled.length ? labelled : rowHeads) : [th];
        if (!cells.length || !cells.every(inside)) {
          const r = (cells[0] ?? th).getBoundingClientRect();
          cut.push(
            `${name}: ${text} (${Math.round(r.left)}–${Math.round(r.right)} outside ${Math.round(clip.left)}–${Math.round(clip.right)})`,
          );
        }
      }
    }
    // The outermost elements that stick out to the right of the page (not inside a scrolling box or a fixed overlay).
    const free = (el: Element) => {
      for (let a: Element | null = el; a; a = a.parentElement) {
        const cs = getComputedStyle(a);
        if (cs.position === 'fixed' || (a !== el && cs.overflowX !== 'visible')) return false;
      }
      return true;
    };
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > innerWidth + 1 && free(el))
      .filter((el) => (el.parentElement?.getBoundingClientRect().right ?? 0) <= innerWidth + 1)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} ${Math.round(el.getBoundingClientRect().right)}`)
      .slice(0, 8);
    const map = document.querySelector('.map-area')!.getBoundingClientRect();
    const panel = document.querySelector('.panel')!.getBoundingClientRect();
    return {
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth,
      wide,
      cls: w.__cls,
      shifts: w.__shifts,
      cut,
      tables,
      mapTop: map.top + scrollY,
      mapHeight: map.height,
      panelTop: panel.top + scrollY,
    };
  }, full);
}

async function checkViews(width: number, height: number) {
  const page = await h.browser.newPage({ viewport: { width, height } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript(CLS_OBSERVER);
  const report: Record<string, Measured> = {};
  for (const v of VIEWS) {
    await page.goto(h.baseUrl + v.query);
    await page.waitForFunction((k) => (document.documentElement.dataset.mapReady ?? '').startsWith(k), v.map, { timeout: 120_000 });
    await page.waitForSelector(v.ready, { state: 'attached', timeout: 120_000 });
    await page.waitForTimeout(800); // lazy panels and fonts settle
    const m = await measure(page, v.full);
    report[v.name] = m;
    console.log(`[layout] ${v.name} @${width}: ${JSON.stringify(m)}`);
    await page.screenshot({ path: `${ARTIFACTS}/layout-${v.name}-${width}.png` });
    if (width < 600) await page.screenshot({ path: `${ARTIFACTS}/layout-${v.name}-${width}-full.png`, fullPage: true });
    const table = page.locator(v.full[0] ?? v.ready.split(' ')[0]!).first();
    await table.scrollIntoViewIfNeeded();
    await table.screenshot({ path: `${ARTIFACTS}/layout-${v.name}-${width}-table.png` });
  }
  await page.close();
  return { report, errors };
}

function expectFits(report: Record<string, Measured>, phone: boolean) {
  for (const [name, m] of Object.entries(report)) {
    expect({ name, scrollWidth: m.scrollWidth, wide: m.wide }).toEqual({ name, scrollWidth: m.innerWidth, wide: [] });
    expect({ name, cut: m.cut }).toEqual({ name, cut: [] });
    expect(m.cls, `${name}: cumulative layout shift (${m.shifts.join('; ')})`).toBeLessThan(0.1);
    if (phone) {
      expect(m.mapTop, name).toBeLessThan(m.panelTop);
      expect(m.mapHeight, name).toBeGreaterThan(250);
    }
  }
}

describe('layout', () => {
  it('fits a 390 px phone: map first, no sideways scrolling, tables readable, little layout shift', async () => {
    const { report, errors } = await checkViews(390, 844);
    expect(errors).toEqual([]);
    expectFits(report, true);
  }, 1_200_000);

  it('fits a 1280 px laptop: tables readable in their panels, little layout shift', async () => {
    const { report, errors } = await checkViews(1280, 800);
    expect(errors).toEqual([]);
    expectFits(report, false);
  }, 1_200_000);
});
