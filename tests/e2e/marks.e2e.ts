/**
 * How the marks look in real Chromium and what they expose: each speaker's fill and underline as
 * the page's computed highlight styles, the dark palette on a page with light text on a dark
 * background (contrast measured from the computed colours), focusing one speaker in the panel
 * dimming the others' marks in the page and clearing again, axe on the marked page light and dark,
 * the marks in Chromium's accessibility tree (DevTools protocol) without entering the tab order,
 * the hover tooltip's plain words, and the page restored exactly with all of it used.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { PageState } from '../../core/protocol';
import { contrast } from '../../core/contrast';
import { PALETTES, speakerStyle, type MarkTheme } from '../../core/speaker-colors';
import { explainQuote, groupBySpeaker, type WhyLabels } from '../../core/summary';
import { catalogue } from '../panel/catalogue';
import { axeViolations, type AxeFinding } from './axe';
import {
  launchWithExtension,
  marksOf,
  openPanel,
  setReaderSettings,
  openArticle,
  uiLanguageOf,
  type ExtensionBrowser,
} from './browser';
import {
  loadFixtures,
  startFixtureServer,
  type FixturePage,
  type FixtureServer,
} from './fixture-server';

const fixtures = loadFixtures();
const seed = fixtures.find(page => page.slug === 'seed-article')!;

/** The seed article restyled by its own CSS as a dark page: light text on a near-black background. */
const DARK_CSS =
  '<style>*{color:#e6e6e6!important;background-color:transparent!important;' +
  'border-color:#555!important}html{background:#121212!important}</style>';
const darkSeed: FixturePage = {
  ...seed,
  slug: 'seed-article-dark',
  url: `${seed.url}-gelap`,
  html: seed.html.replace('</head>', `${DARK_CSS}</head>`),
};

let server: FixtureServer;
let ext: ExtensionBrowser;

beforeAll(async () => {
  server = await startFixtureServer([seed, darkSeed]);
  ext = await launchWithExtension();
});

afterAll(async () => {
  await ext?.context.close();
  await server?.close();
});

/** A computed highlight style, read on the element holding the highlight's first range. */
interface HighlightStyle {
  background: string;
  color: string;
  line: string;
  lineStyle: string;
  lineWidth: string;
  lineColor: string;
  /** The computed colour and the first opaque background behind that element. */
  pageText: string;
  pageBackground: string;
}

function highlightStyle(page: Page, name: string): Promise<HighlightStyle | null> {
  return page.evaluate(name => {
    const highlight = CSS.highlights.get(name);
    const range = highlight ? (highlight.values().next().value as Range | undefined) : undefined;
    const el = range?.startContainer.parentElement;
    if (!el) return null;
    const style = getComputedStyle(el, `::highlight(${name})`);
    let background = 'rgba(0, 0, 0, 0)';
    for (let at: Element | null = el; at; at = at.parentElement) {
      const bg = getComputedStyle(at).backgroundColor;
      if (bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') {
        background = bg;
        break;
      }
    }
    return {
      background: style.backgroundColor,
      color: style.color,
      line: style.textDecorationLine,
      lineStyle: style.textDecorationStyle,
      lineWidth: style.textDecorationThickness,
      lineColor: style.textDecorationColor,
      pageText: getComputedStyle(el).color,
      pageBackground: background,
    };
  }, name);
}

/** `#rrggbb` as Chromium computes it. */
const rgb = (hex: string) =>
  `rgb(${[1, 3, 5].map(i => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

/** The highlight names in use and the computed style each one must have. */
function expectedStyles(state: PageState, theme: MarkTheme) {
  const index = new Map(state.analysis.speakers.map((s, i) => [s.id, i]));
  const used = new Set(
    state.analysis.quotes.map(q => (q.speakerIds.length ? index.get(q.speakerIds[0]!)! : -1)),
  );
  return [...used].map(i => {
    const style = speakerStyle(i, theme);
    return {
      name: i < 0 ? 'ks-unnamed' : `ks-s${i}`,
      style: {
        background: rgb(style.fill),
        color: rgb(style.text),
        line: style.decoration,
        lineStyle: style.lineStyle,
        lineWidth: style.lineWidth,
        lineColor: rgb(style.lineColor),
      },
    };
  });
}

describe.each([
  { fixture: seed, theme: 'light' as const },
  { fixture: darkSeed, theme: 'dark' as const },
])('marks on a $theme page', ({ fixture, theme }) => {
  let page: Page;
  let tabId: number;
  let state: PageState;

  beforeAll(async () => {
    ({ page, tabId, state } = await openArticle(ext, server.urlOf(fixture), { height: 800 }));
  });

  afterAll(async () => {
    await page?.close();
  });

  it(`draws each speaker with its ${theme}-palette fill and its own underline`, async () => {
    const expected = expectedStyles(state, theme);
    expect(expected.length).toBeGreaterThan(1);
    for (const { name, style } of expected) {
      const drawn = await highlightStyle(page, name);
      expect(drawn, name).toMatchObject(style);
    }
  });

  it('keeps marked text readable: text on fill ≥ 4.5:1, underline on page ≥ 3:1 (computed)', async () => {
    for (const { name } of expectedStyles(state, theme)) {
      const drawn = (await highlightStyle(page, name))!;
      expect(contrast(drawn.color, drawn.background)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(drawn.lineColor, drawn.pageBackground)).toBeGreaterThanOrEqual(3);
      expect(contrast(drawn.lineColor, drawn.background)).toBeGreaterThanOrEqual(3);
      // The palette matches the page: on a dark page the page's own text is the light one.
      const pageIsDark = contrast(drawn.pageText, '#000000') > contrast(drawn.pageText, '#ffffff');
      expect(pageIsDark).toBe(theme === 'dark');
    }
    expect(await highlightStyle(page, 'ks-s0')).toMatchObject({
      background: rgb(PALETTES[theme].fills[0]!),
    });
  });

  it('the marked page has 0 axe violations (WCAG 2.x A/AA + best practice)', async () => {
    expect((await marksOf(ext.worker, tabId)).length).toBeGreaterThan(0);
    const found = await axeViolations(page);
    console.log(`axe: marked article page | ${theme} | ${found.length} violations`);
    expect(found).toEqual([] as AxeFinding[]);
  });
});

describe('focus on one speaker from the panel', () => {
  let page: Page;
  let panel: Page;
  let tabId: number;
  let state: PageState;
  const bodyHtml = (p: Page) => p.evaluate(() => document.body.outerHTML);
  const dimmedOf = async () =>
    Object.fromEntries((await marksOf(ext.worker, tabId)).map(m => [m.quoteId, m.dimmed]));

  beforeAll(async () => {
    ({ page, tabId, state } = await openArticle(ext, server.urlOf(seed), { height: 800 }));
    panel = await openPanel(ext, tabId);
    await panel.waitForSelector('.speaker-name');
  });

  afterAll(async () => {
    await panel?.close();
    await page?.close();
  });

  it('dims every other speaker’s marks in the page, and choosing again clears', async () => {
    const groups = groupBySpeaker(state.analysis);
    expect(groups.length).toBeGreaterThan(1);
    const chosen = groups[1]!;
    const inFocus = new Set(chosen.quotes.map(q => q.id));
    const card = panel.locator(`.speaker[data-speaker-key="${chosen.key}"]`);
    await card.locator('.focus-button').click();
    const expected = Object.fromEntries(state.analysis.quotes.map(q => [q.id, !inFocus.has(q.id)]));
    await expect.poll(dimmedOf, { timeout: 5_000 }).toEqual(expected);
    // The dimmed quotes are painted by the faint highlight: no fill, a thin dotted line.
    expect(await highlightStyle(page, 'ks-dim')).toMatchObject({
      background: 'rgba(0, 0, 0, 0)',
      lineStyle: 'dotted',
      lineWidth: '1px',
    });
    const dimTexts = await page.evaluate(() =>
      Array.from(CSS.highlights.get('ks-dim') ?? [], r => (r as Range).toString()).sort(),
    );
    expect(dimTexts).toEqual(
      state.analysis.quotes
        .filter(q => !inFocus.has(q.id))
        .map(q => q.text)
        .sort(),
    );

    // Marks off and on again: the focus is still the reader's.
    await panel.locator('input[name=marksVisible]').click();
    await expect.poll(async () => (await marksOf(ext.worker, tabId)).length).toBe(0);
    await panel.locator('input[name=marksVisible]').click();
    await expect.poll(dimmedOf, { timeout: 5_000 }).toEqual(expected);

    await panel.locator(`.speaker[data-speaker-key="${chosen.key}"] .focus-button`).click();
    const none = Object.fromEntries(state.analysis.quotes.map(q => [q.id, false]));
    await expect.poll(dimmedOf, { timeout: 5_000 }).toEqual(none);
    expect(await page.evaluate(() => CSS.highlights.has('ks-dim'))).toBe(false);
  });

  it('closing the panel clears the focus, so no page stays dimmed without a way back', async () => {
    const chosen = groupBySpeaker(state.analysis)[0]!;
    await panel.locator(`.speaker[data-speaker-key="${chosen.key}"] .focus-button`).click();
    await expect
      .poll(async () => (await dimmedOf()) && Object.values(await dimmedOf()).some(Boolean))
      .toBe(true);
    await panel.close();
    await expect
      .poll(async () => Object.values(await dimmedOf()).some(Boolean), { timeout: 5_000 })
      .toBe(false);
    panel = await openPanel(ext, tabId);
    await panel.waitForSelector('.speaker-name');
  });

  it('with focus, flash and hover used, both switches off give the page exactly as served', async () => {
    const plain = await ext.context.newPage();
    await plain.goto(server.plainUrlOf(seed));
    const original = await bodyHtml(plain);
    await plain.close();
    const chosen = groupBySpeaker(state.analysis)[0]!;
    await panel.locator(`.speaker[data-speaker-key="${chosen.key}"] .focus-button`).click();
    await panel.locator(`[data-quote-id="${chosen.quotes[0]!.id}"]`).first().click();
    const box = (await marksOf(ext.worker, tabId)).find(m => m.quoteId === chosen.quotes[0]!.id)!
      .boxes[0]!;
    await page.mouse.move(box.x + 4, box.y + box.height / 2);
    await panel.locator('input[name=marksVisible]').click();
    await panel.locator('input[name=clutterHidden]').click();
    await page.mouse.move(1, 1);
    try {
      await expect.poll(() => bodyHtml(page), { timeout: 5_000 }).toBe(original);
      expect(
        await page.evaluate(() => [...CSS.highlights.keys()].filter(n => n.startsWith('ks-'))),
      ).toEqual([]);
    } finally {
      // The switches are the reader's, for every tab: back on for the tests that follow.
      await panel.locator('input[name=marksVisible]').click();
      await panel.locator('input[name=clutterHidden]').click();
      await expect.poll(async () => (await marksOf(ext.worker, tabId)).length).toBeGreaterThan(0);
    }
  });
});

describe('what the marks say: assistive technology and the tooltip', () => {
  let page: Page;
  let tabId: number;
  let state: PageState;
  let message: (key: string, subs?: string[]) => string;
  let lang: 'id' | 'en';

  beforeAll(async () => {
    ({ page, tabId, state } = await openArticle(ext, server.urlOf(seed), { height: 800 }));
    lang = await uiLanguageOf(ext.worker);
    message = catalogue(lang);
  });

  afterAll(async () => {
    await page?.close();
  });

  /** Elements a keyboard reaches with Tab. */
  const tabbable = (p: Page) =>
    p.evaluate(
      () =>
        Array.from(document.querySelectorAll('*')).filter(el => (el as HTMLElement).tabIndex >= 0)
          .length,
    );

  it('Chromium’s accessibility tree gives each marked paragraph its speakers, in no tab stop', async () => {
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { ignored: boolean; role?: { value: string }; description?: { value: string } }[];
    };
    await cdp.detach();
    const described = nodes
      .filter(n => !n.ignored && n.description?.value)
      .map(n => ({ role: n.role?.value, description: n.description!.value }));
    console.log(`AX tree, marked paragraphs: ${JSON.stringify(described)}`);
    // One described paragraph per paragraph holding quotes, naming every quote's speakers.
    const paragraphs = new Set(state.analysis.quotes.map(q => q.paragraph));
    expect(described).toHaveLength(paragraphs.size);
    expect(described.every(d => d.role === 'paragraph')).toBe(true);
    const names = new Map(state.analysis.speakers.map(s => [s.id, s.name]));
    for (const quote of state.analysis.quotes) {
      const words = quote.speakerIds.length
        ? quote.speakerIds.map(id => names.get(id)!)
        : [message('markSpeakerNotNamed').toLowerCase()];
      expect(
        described.some(d =>
          words.every(w => d.description.toLowerCase().includes(w.toLowerCase())),
        ),
        quote.id,
      ).toBe(true);
    }
    // The page's own tab stops, no more.
    const plain = await ext.context.newPage();
    await plain.goto(server.plainUrlOf(seed));
    expect(await tabbable(page)).toBe(await tabbable(plain));
    await plain.close();
  });

  it('the tooltip says who and why in the UI language, with the panel’s own words', async () => {
    const quote = state.analysis.quotes.find(q => q.speakerIds.length > 0 && q.cue)!;
    const boxOf = async () =>
      (await marksOf(ext.worker, tabId)).find(m => m.quoteId === quote.id)!.boxes[0]!;
    await page.evaluate(y => scrollBy(0, y - 200), (await boxOf()).y);
    const labels: WhyLabels = {
      named: (w, n) => message('whyNamed', [w, n]),
      pointsBack: (w, n, p) =>
        p === null
          ? message('whyPointsBack', [w, n])
          : message('whyPointsBackParagraph', [w, n, String(p)]),
      continues: n => message('whyContinues', [n]),
      unnamed: w => message('whyUnnamed', [w]),
      and: message('whyAnd'),
    };
    const speaker = state.analysis.speakers.find(s => s.id === quote.speakerIds[0])!;
    const expected = {
      lang,
      role: 'tooltip',
      who:
        quote.speakerIds.length === 1
          ? [speaker.name, speaker.role].filter(Boolean).join(', ')
          : expect.any(String),
      why: explainQuote(quote, state.analysis, labels),
    };
    // The tooltip lives in a closed shadow root: the DevTools protocol pierces it.
    const read = async () => {
      const cdp = await page.context().newCDPSession(page);
      const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
        root: DomNode;
      };
      await cdp.detach();
      return tooltipOf(root);
    };
    // The pointer goes to the mark as it is now, on every look: a scroll counts as the pointer
    // leaving (mark-tooltip.ts), and on a busy machine the scroll's event can come after a first
    // move. Each look moves by one pixel so that the browser sends a fresh pointer event.
    let nudge = 0;
    const hoverAndRead = async () => {
      const box = await boxOf();
      nudge = 1 - nudge;
      await page.mouse.move(box.x + 5 + nudge, box.y + box.height / 2);
      return read();
    };
    await expect.poll(hoverAndRead, { timeout: 10_000 }).toEqual(expected);
    expect(expected.why).not.toBe('');

    // Marks switched off under a pointer that rests on one: the tooltip goes with them.
    const hasTooltip = () => page.evaluate(() => document.querySelector('ks-tooltip') !== null);
    expect(await hasTooltip()).toBe(true);
    try {
      await setReaderSettings(ext.worker, { marksVisible: false, clutterHidden: true });
      await expect.poll(hasTooltip, { timeout: 5_000 }).toBe(false);
    } finally {
      await setReaderSettings(ext.worker, { marksVisible: true, clutterHidden: true });
      await expect.poll(async () => (await marksOf(ext.worker, tabId)).length).toBeGreaterThan(0);
    }
    await page.mouse.move(1, 1);
  });
});

/** A node of `DOM.getDocument` (DevTools protocol), shadow roots included. */
interface DomNode {
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

/** The tooltip box's language, role and two lines, read from the `ks-tooltip` host's shadow root. */
function tooltipOf(node: DomNode): { lang: string; role: string; who: string; why: string } | null {
  const text = (n: DomNode): string =>
    n.nodeName === '#text'
      ? (n.nodeValue ?? '')
      : [...(n.children ?? []), ...(n.shadowRoots ?? [])].map(text).join('');
  if (node.nodeName === 'KS-TOOLTIP') {
    const box = node.shadowRoots?.[0]?.children?.find(c => c.nodeName === 'DIV');
    if (!box) return null;
    const attr = (name: string) => {
      const i = box.attributes?.indexOf(name) ?? -1;
      return i >= 0 ? box.attributes![i + 1]! : '';
    };
    const [who, why] = (box.children ?? []).map(text);
    return { lang: attr('lang'), role: attr('role'), who: who ?? '', why: why ?? '' };
  }
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = tooltipOf(child);
    if (found) return found;
  }
  return null;
}
