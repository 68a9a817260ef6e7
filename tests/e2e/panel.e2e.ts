/**
 * The reader's panel in real Chromium: axe-core (WCAG 2.x A/AA and best practice) on every panel
 * state in both UI languages and both colour schemes and on the marked article, then each of the
 * panel's interactions end to end (copy one quote with a working text-fragment link, save JSON
 * that validates against schema v1, correct a speaker across a reload and undo it, focus a
 * speaker, the page restored exactly with all of it used).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import type { PageState } from '../../core/protocol';
import { textFragmentUrl } from '../../core/cite';
import { axeViolations, type AxeFinding } from './axe';
import {
  EXTENSION_DIR,
  launchWithExtension,
  marksOf,
  openPanel,
  detectorRunIn,
  settledPageState,
  tabIdOf,
  type ExtensionBrowser,
  captureClipboard,
  copiedContent,
} from './browser';
import { loadFixtures, startFixtureServer, type FixtureServer } from './fixture-server';

const fixtures = loadFixtures();
const seed = fixtures.find(page => page.slug === 'seed-article')!;
const nonArticle = fixtures.find(page => page.slug === 'non-article')!;
const schema = JSON.parse(
  readFileSync(path.join(__dirname, '..', '..', 'docs', 'schema-v1.json'), 'utf8'),
) as object;

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer(fixtures);
});
afterAll(async () => {
  await server?.close();
});

/**
 * A copy of the build without the English catalogue: Chromium then uses the default locale (id),
 * as an Indonesian browser does. Headless Chromium's UI language is always English.
 */
async function indonesianBuild(): Promise<string> {
  const copy = await mkdtemp(path.join(tmpdir(), 'kata-siapa-axe-id-'));
  await cp(EXTENSION_DIR, copy, { recursive: true });
  await rm(path.join(copy, '_locales', 'en'), { recursive: true, force: true });
  return copy;
}

/** Stubs for the panel's one request to the page, installed before the panel's code runs. */
const STUBS = {
  /** The page never answers: the panel stays in its loading state. */
  silent: () => {
    (
      globalThis as unknown as { chrome: { tabs: { sendMessage: unknown } } }
    ).chrome.tabs.sendMessage = () => new Promise(() => {});
  },
  /** The page answers with its real state, minus every quote and speaker. */
  noQuotes: () => {
    type Reply = { analysis?: object } | undefined;
    const tabs = (
      globalThis as unknown as {
        chrome: { tabs: { sendMessage: (...args: unknown[]) => Promise<Reply> } };
      }
    ).chrome.tabs;
    const original = tabs.sendMessage.bind(tabs);
    // Chrome's MV3 API returns a promise (the polyfill passes it through).
    tabs.sendMessage = async (...args: unknown[]) => {
      const reply = await original(...args);
      return reply?.analysis
        ? { ...reply, analysis: { ...reply.analysis, quotes: [], speakers: [] } }
        : reply;
    };
  },
};

/** Opens the panel for `tabId`, with an optional stub, and waits for `ready`. */
async function panelFor(
  ext: ExtensionBrowser,
  tabId: number,
  ready: string,
  stub?: keyof typeof STUBS,
): Promise<Page> {
  const panel = await ext.context.newPage();
  await panel.setViewportSize({ width: 380, height: 900 });
  if (stub) await panel.addInitScript(STUBS[stub]);
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tabId=${tabId}`);
  await panel.waitForSelector(ready);
  return panel;
}

/** The axe table for the report: state × language × scheme → violations. */
const table: { target: string; lang: string; scheme: string; violations: number }[] = [];
afterAll(() => {
  console.log(
    ['axe (WCAG 2.x A/AA + best practice): target | UI language | scheme | violations']
      .concat(table.map(r => `${r.target} | ${r.lang} | ${r.scheme} | ${r.violations}`))
      .join('\n'),
  );
});

const SCHEMES = ['light', 'dark'] as const;

/** Each panel state: how to reach it and what shows it is there. */
const STATES: {
  name: string;
  page: 'seed' | 'nonArticle';
  ready: string;
  stub?: keyof typeof STUBS;
  act?: (panel: Page) => Promise<void>;
}[] = [
  { name: 'loading', page: 'seed', ready: '.spinner', stub: 'silent' },
  { name: 'not an article', page: 'nonArticle', ready: '.status-message h1' },
  { name: 'article', page: 'seed', ready: '.speaker-name' },
  { name: 'no quotes', page: 'seed', ready: '.status-message h2', stub: 'noQuotes' },
  {
    name: 'focused speaker',
    page: 'seed',
    ready: '.speaker-name',
    act: async panel => {
      await panel.locator('.focus-button').first().click();
      await panel.waitForSelector('.speaker.is-focused');
    },
  },
  {
    name: 'article-order view',
    page: 'seed',
    ready: '.speaker-name',
    act: async panel => {
      await panel.locator('[data-view=article]').click();
      await panel.waitForSelector('.article-order');
    },
  },
  {
    // The page moved to a quote (the panel's next button, as the shortcut does): its card is
    // the one on screen (aria-current) and the dock counts it.
    name: 'following the page (quote on screen)',
    page: 'seed',
    ready: '.speaker-name',
    act: async panel => {
      await panel.locator('[data-action=next-quote]').click();
      await panel.waitForSelector('.quote[aria-current=location]');
    },
  },
  {
    name: 'correcting a speaker',
    page: 'seed',
    ready: '.speaker-name',
    act: async panel => {
      await panel.locator('[data-action=correct]').first().click();
      await panel.waitForSelector('.correction-picker select');
    },
  },
];

describe.each(['en', 'id'] as const)('axe on the panel and the page, UI language %s', lang => {
  let ext: ExtensionBrowser;
  let build: string | null = null;
  const tabs: Record<'seed' | 'nonArticle', { page: Page; tabId: number } | null> = {
    seed: null,
    nonArticle: null,
  };

  beforeAll(async () => {
    if (lang === 'id') build = await indonesianBuild();
    ext = await launchWithExtension(build ? { extensionDir: build } : {});
    for (const [key, fixture] of [
      ['seed', seed],
      ['nonArticle', nonArticle],
    ] as const) {
      const page = await ext.context.newPage();
      await page.setViewportSize({ width: 1000, height: 800 });
      const detectorRan = await detectorRunIn(ext.context, page);
      await page.goto(server.urlOf(fixture));
      const tabId = await tabIdOf(ext.worker, page.url());
      // The article's page code marks it; on the other page the detector answers nothing.
      if (key === 'seed') await settledPageState(ext.worker, tabId);
      else await detectorRan();
      tabs[key] = { page, tabId };
    }
  });

  afterAll(async () => {
    await ext?.context.close();
    if (build) await rm(build, { recursive: true, force: true });
  });

  describe.each(SCHEMES)('%s', scheme => {
    it.each(STATES)('panel: $name has 0 violations', async state => {
      const panel = await panelFor(ext, tabs[state.page]!.tabId, state.ready, state.stub);
      try {
        await panel.emulateMedia({ colorScheme: scheme });
        await state.act?.(panel);
        expect(await panel.evaluate(() => document.documentElement.lang)).toBe(lang);
        const found = await axeViolations(panel);
        table.push({ target: `panel: ${state.name}`, lang, scheme, violations: found.length });
        expect(found).toEqual([] as AxeFinding[]);
      } finally {
        await panel.close();
      }
    });

    it('the marked article page has 0 violations', async () => {
      const { page, tabId } = tabs.seed!;
      await page.emulateMedia({ colorScheme: scheme });
      expect((await marksOf(ext.worker, tabId)).length).toBeGreaterThan(0);
      const found = await axeViolations(page);
      table.push({ target: 'marked article page', lang, scheme, violations: found.length });
      expect(found).toEqual([] as AxeFinding[]);
    });
  });
});

describe('panel interactions (Chromium, English UI)', () => {
  let ext: ExtensionBrowser;
  let page: Page;
  let panel: Page;
  let tabId: number;
  let state: PageState;
  const bodyHtml = (p: Page) => p.evaluate(() => document.body.outerHTML);

  beforeAll(async () => {
    ext = await launchWithExtension();
    page = await ext.context.newPage();
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.goto(server.urlOf(seed));
    tabId = await tabIdOf(ext.worker, page.url());
    state = await settledPageState(ext.worker, tabId);
    panel = await openPanel(ext, tabId);
    await panel.waitForSelector('.speaker-name');
    await captureClipboard(panel);
  });

  afterAll(async () => {
    await ext?.context.close();
  });

  const copied = () => copiedContent(panel);

  it('copies one quote with its speaker and a text-fragment link that lands on the sentence', async () => {
    const last = state.analysis.quotes.at(-1)!;
    const item = panel.locator(`.quote-item:has([data-quote-id="${last.id}"])`);
    await item.locator('[data-action=copy-quote]').click();
    await expect.poll(() => panel.locator('.notice').textContent()).toContain('Quote copied');
    const { text, html } = await copied();
    const link = textFragmentUrl(state.analysis.article.url!, last.text);
    expect(text).toContain(link);
    expect(text).toContain(last.text);
    expect(html).toContain('<blockquote lang="id">');
    // Follow the link: Chromium scrolls the sentence into view (the quote is far below the fold).
    const reader = await ext.context.newPage();
    await reader.setViewportSize({ width: 1000, height: 700 });
    await reader.goto(link);
    await expect
      .poll(
        () =>
          reader.evaluate(words => {
            const paragraph = Array.from(document.querySelectorAll('p')).find(p =>
              p.textContent?.includes(words),
            );
            const box = paragraph?.getBoundingClientRect();
            return !!box && window.scrollY > 0 && box.bottom > 0 && box.top < innerHeight;
          }, last.text.split(' ').slice(0, 4).join(' ')),
        { timeout: 5_000 },
      )
      .toBe(true);
    await reader.close();
  });

  it('saves JSON that validates against schema v1 and is the panel’s result', async () => {
    const download = panel.waitForEvent('download');
    await panel.locator('[data-action=save-json]').click();
    const file = await (await download).path();
    const saved = JSON.parse(await readFile(file, 'utf8')) as unknown;
    const validate = new Ajv({ allErrors: true }).compile(schema);
    expect(validate(saved), JSON.stringify(validate.errors)).toBe(true);
    expect(saved).toEqual(state.analysis);
  });

  it('focuses a speaker and clears the focus', async () => {
    const cards = await panel.locator('.speaker').count();
    const first = panel.locator('.focus-button').first();
    await first.click();
    await expect.poll(() => panel.locator('.speaker').count()).toBe(1);
    expect(await first.getAttribute('aria-pressed')).toBe('true');
    await panel.locator('.focus-button').first().click();
    await expect.poll(() => panel.locator('.speaker').count()).toBe(cards);
  });

  it('corrects a speaker: applied at once, kept across a reload, exported as gold, undone', async () => {
    const quote = state.analysis.quotes.find(q => q.speakerIds.length > 0)!;
    const item = () => panel.locator(`.quote-item:has([data-quote-id="${quote.id}"])`);
    await item().locator('[data-action=correct]').click();
    await item().locator('select').selectOption({ value: '' }); // unnamed
    await item().locator('button[type=submit]').click();
    const unnamedCard = panel.locator('.speaker[data-speaker-key=""]');
    await expect.poll(() => unnamedCard.locator(`[data-quote-id="${quote.id}"]`).count()).toBe(1);
    await panel.reload();
    await panel.waitForSelector('.speaker-name');
    expect(await unnamedCard.locator(`[data-quote-id="${quote.id}"]`).count()).toBe(1);
    expect(await item().locator('.correction-note').textContent()).toContain('Your correction');

    const download = panel.waitForEvent('download');
    await panel.locator('[data-action=export-corrections]').click();
    const gold = JSON.parse(await readFile(await (await download).path(), 'utf8')) as {
      url: string;
      quotes: { text: string; speakers: string[]; anonymous?: string }[];
    }[];
    expect(gold).toEqual([
      expect.objectContaining({
        url: state.url,
        quotes: [expect.objectContaining({ text: quote.text, speakers: [] })],
      }),
    ]);

    await item().locator('[data-action=undo]').click();
    await panel.reload();
    await panel.waitForSelector('.speaker-name');
    expect(await unnamedCard.locator(`[data-quote-id="${quote.id}"]`).count()).toBe(0);
    expect(await item().locator('.correction-note').count()).toBe(0);
  });

  it('with every feature used, switching both off gives the page exactly as served', async () => {
    const plain = await ext.context.newPage();
    await plain.goto(server.plainUrlOf(seed));
    const original = await bodyHtml(plain);
    await plain.close();
    await panel.locator('[data-view=article]').click();
    await panel.locator('.quote-item [data-quote-id]').first().click();
    await panel.locator('input[name=marksVisible]').click();
    await panel.locator('input[name=clutterHidden]').click();
    await expect.poll(() => bodyHtml(page), { timeout: 5_000 }).toBe(original);
  });
});
