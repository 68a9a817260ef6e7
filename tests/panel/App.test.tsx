import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { act } from 'preact/test-utils';
import { App } from '../../entrypoints/sidepanel/App';
import type { PageSource } from '../../entrypoints/sidepanel/use-page-state';
import { SETTINGS_KEY, type PageState } from '../../core/protocol';
import { loadSettings } from '../../utils/settings';
import { click, mount, settle, texts } from '../components/render';
import { useCatalogueEachTest } from './messages';
import { SAMPLE_RESULT, sampleState } from './sample-result';

/** A scripted browser: tab 1 active in window 1; states per tab; events fired by the test. */
function fakeSource(states: Record<number, PageState | Error>) {
  const listeners = {
    state: [] as ((tabId: number, state: PageState) => void)[],
    activated: [] as ((tabId: number, windowId: number) => void)[],
    updated: [] as ((tabId: number, change: { status?: string; url?: string }) => void)[],
  };
  const add =
    <T,>(list: T[]) =>
    (listener: T) => {
      list.push(listener);
      return () => list.splice(list.indexOf(listener), 1);
    };
  const source: PageSource = {
    activeTab: async () => ({ id: 1, windowId: 1 }),
    getState: vi.fn(async (tabId: number) => {
      const state = states[tabId];
      if (!state || state instanceof Error)
        throw state ?? new Error('Could not establish connection.');
      return state;
    }),
    onStateChanged: add(listeners.state),
    onTabActivated: add(listeners.activated),
    onTabUpdated: add(listeners.updated),
  };
  return { source, listeners };
}

const NOT_ARTICLE = sampleState({
  analysis: { ...SAMPLE_RESULT, article: { ...SAMPLE_RESULT.article, isArticle: false } },
});
const NO_QUOTES = sampleState({ analysis: { ...SAMPLE_RESULT, speakers: [], quotes: [] } });

/** The view's heading: a whole-panel message (h1), no quotes (h2), or the quotes section. */
const HEADINGS = '.status-message :is(h1, h2), .section-heading';

useCatalogueEachTest('en', () => fakeBrowser.reset());

describe('entrypoints/sidepanel App', () => {
  it.each<[string, PageState | Error | undefined, string]>([
    ['an article', sampleState(), 'Speakers'],
    ['no content script (not Republika)', undefined, 'Not an article page'],
    ['a Republika page that is not an article', NOT_ARTICLE, 'Not an article page'],
    ['an article without quotes', NO_QUOTES, 'No quotes found'],
  ])('shows the right view for %s', async (_name, state, heading) => {
    const { source } = fakeSource(state ? { 1: state } : {});
    const root = mount(<App pinnedTabId={null} source={source} />);
    expect(texts(root, HEADINGS)).toEqual(['Reading the page…']);
    await settle();
    expect(texts(root, HEADINGS)[0]).toBe(heading);
  });

  it('lists cards most quoted first, a joint pair as one card, with the footer', async () => {
    const { source } = fakeSource({ 1: sampleState() });
    const root = mount(<App pinnedTabId={null} source={source} />);
    await settle();
    expect(texts(root, 'h1')).toEqual([SAMPLE_RESULT.article.title]);
    expect(texts(root, '.speaker-name')).toEqual([
      'Xi Jinping & Vladimir Putin',
      'Kremlin',
      'Xi Jinping',
      'Unnamed speakers',
    ]);
    // Each quote once: the pair's joint quotes are not repeated under Xi.
    expect(texts(root, '.speaker-count')).toEqual(['2 quotes', '2 quotes', '1 quote', '1 quote']);
    expect(root.querySelectorAll('button.quote')).toHaveLength(SAMPLE_RESULT.quotes.length);
    // The footer reports the analysis (engineMs, in the background), not the page's own work
    // (workMs) nor the wall time spent waiting for storage.
    expect(texts(root, 'footer')).toEqual(['Analysed in 4 ms · 7 ads/clutter hidden']);
  });

  it('follows quotesChanged from its tab only', async () => {
    const { source, listeners } = fakeSource({ 1: NO_QUOTES });
    const root = mount(<App pinnedTabId={null} source={source} />);
    await settle();
    listeners.state.forEach(l => l(2, sampleState()));
    await settle();
    expect(texts(root, HEADINGS)[0]).toBe('No quotes found');
    listeners.state.forEach(l => l(1, sampleState()));
    await settle();
    expect(texts(root, '.speaker-name')).toHaveLength(4);
  });

  it.each([
    ['unpinned: follows the active tab', null, 2, 'Not an article page'],
    ['unpinned: ignores other windows', null, 9, 'Speakers'],
    ['pinned: stays on its tab', 1, 1, 'Speakers'],
  ])('%s', async (_name, pinned, windowId, heading) => {
    const { source, listeners } = fakeSource({ 1: sampleState() });
    const root = mount(<App pinnedTabId={pinned} source={source} />);
    await settle();
    listeners.activated.forEach(l => l(5, windowId === 9 ? 9 : 1));
    await settle();
    expect(texts(root, HEADINGS)[0]).toBe(heading);
  });

  it('shows the tab switched to while it was still asking which tab is active', async () => {
    const { source, listeners } = fakeSource({ 1: sampleState(), 5: NO_QUOTES });
    let answer = (_tab: { id: number; windowId: number }) => {};
    source.activeTab = () => new Promise(resolve => (answer = resolve));
    const root = mount(<App pinnedTabId={null} source={source} />);
    await settle();
    listeners.activated.forEach(l => l(5, 1));
    await settle();
    // The query's answer is older than the switch: it must not take the panel back to tab 1.
    answer({ id: 1, windowId: 1 });
    await settle();
    expect(texts(root, HEADINGS)[0]).toBe('No quotes found');
  });

  it('re-queries when its tab finishes loading a new page', async () => {
    const states: Record<number, PageState | Error> = { 1: NO_QUOTES };
    const { source, listeners } = fakeSource(states);
    const root = mount(<App pinnedTabId={1} source={source} />);
    await settle();
    listeners.updated.forEach(l => l(1, { status: 'loading', url: 'http://x/' }));
    await settle();
    expect(texts(root, HEADINGS)).toEqual(['Reading the page…']);
    states[1] = sampleState();
    listeners.updated.forEach(l => l(1, { status: 'complete' }));
    await settle();
    expect(texts(root, '.speaker-name')).toHaveLength(4);
  });

  it.each([
    [true, ''],
    [false, 'That quote is no longer on the page: the page has changed since Kata Siapa read it.'],
  ])('clicking a quote scrolls the page (found: %s)', async (found, notice) => {
    const { source } = fakeSource({ 7: sampleState() });
    const scrollToQuote = vi.fn(async () => found);
    const root = mount(<App pinnedTabId={7} source={source} scrollToQuote={scrollToQuote} />);
    await settle();
    await click(root.querySelector('[data-quote-id=q3]'));
    expect(scrollToQuote).toHaveBeenCalledWith(7, 'q3');
    expect(texts(root, '.notice')).toEqual([notice]);
  });

  it('saves switch changes to storage and follows changes made elsewhere', async () => {
    const { source } = fakeSource({ 1: sampleState() });
    const root = mount(<App pinnedTabId={null} source={source} />);
    await settle();
    await click(root.querySelector('input[name=clutterHidden]'));
    expect(await loadSettings()).toEqual({ marksVisible: true, clutterHidden: false });
    await fakeBrowser.storage.local.set({
      [SETTINGS_KEY]: { marksVisible: false, clutterHidden: false },
    });
    await settle();
    expect(root.querySelector<HTMLInputElement>('input[name=marksVisible]')!.checked).toBe(false);
  });

  it('keeps both changes when the two switches are flipped in quick succession', async () => {
    const { source } = fakeSource({ 1: sampleState() });
    const root = mount(<App pinnedTabId={null} source={source} />);
    await settle();
    // No settling between the clicks: the second save starts while the first is in flight.
    for (const name of ['marksVisible', 'clutterHidden']) {
      act(() => root.querySelector<HTMLInputElement>(`input[name=${name}]`)!.click());
    }
    await settle();
    expect(await loadSettings()).toEqual({ marksVisible: false, clutterHidden: false });
    const switches = root.querySelectorAll<HTMLInputElement>('input[role=switch]');
    expect(Array.from(switches, input => input.checked)).toEqual([false, false]);
  });
});

describe('the panel for long articles, citing and correcting', () => {
  const open = async () => {
    const { source } = fakeSource({ 1: sampleState() });
    const root = mount(<App pinnedTabId={1} source={source} scrollToQuote={async () => true} />);
    await settle();
    return root;
  };

  it('shows every quote in article order with a running count', async () => {
    const root = await open();
    await click(root.querySelector('[data-view=article]'));
    expect(root.querySelector('[data-view=article]')!.getAttribute('aria-pressed')).toBe('true');
    expect(texts(root, '.quote-caption')).toEqual([
      'Quote 1 of 6 · Xi Jinping & Vladimir Putin',
      'Quote 2 of 6 · Xi Jinping & Vladimir Putin',
      'Quote 3 of 6 · Kremlin',
      'Quote 4 of 6 · Kremlin',
      'Quote 5 of 6 · Xi Jinping',
      'Quote 6 of 6 · Unnamed speakers',
    ]);
  });

  it.each([
    ['a name', 'putin', ['q1', 'q2']],
    ['quote words, any case', 'HARGA naik', ['q6']],
    ['a role', 'presiden rusia', ['q1', 'q2']],
    ['the unnamed label', 'unnamed', ['q6']],
  ])('filters by %s', async (_name, query, ids) => {
    const root = await open();
    const input = root.querySelector<HTMLInputElement>('input[type=search]')!;
    await act(async () => {
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await settle();
    const shown = Array.from(root.querySelectorAll('button.quote'), b =>
      b.getAttribute('data-quote-id'),
    );
    expect(shown).toEqual(ids);
    expect(texts(root, '.match-count')).toEqual([`${ids.length} matching quotes`]);
  });

  it('focuses one speaker and clears the focus when chosen again', async () => {
    const root = await open();
    const kremlin = () => root.querySelector('[data-speaker-key=s3] .focus-button');
    await click(kremlin());
    expect(texts(root, '.speaker-name')).toEqual(['Kremlin']);
    expect(kremlin()!.getAttribute('aria-pressed')).toBe('true');
    await click(kremlin());
    expect(texts(root, '.speaker-name')).toHaveLength(4);
  });

  it('tells the page which quotes are in focus, so it dims the others, and clears it', async () => {
    const focusSpeaker = vi.fn(async () => true);
    const { source } = fakeSource({ 1: sampleState() });
    const root = mount(<App pinnedTabId={1} source={source} focusSpeaker={focusSpeaker} />);
    await settle();
    const kremlin = () => root.querySelector('[data-speaker-key=s3] .focus-button');
    await click(kremlin());
    await click(kremlin());
    const kremlinQuotes = SAMPLE_RESULT.quotes.filter(q => q.speakerIds.join() === 's3');
    expect(focusSpeaker.mock.calls).toEqual([
      [1, null],
      [1, kremlinQuotes.map(q => q.id)],
      [1, null],
    ]);
    expect(kremlinQuotes.length).toBeGreaterThan(0);
  });

  it('folds a card', async () => {
    const root = await open();
    const toggle = root.querySelector('[data-speaker-key=s3] .speaker-toggle')!;
    await click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelector<HTMLElement>('[data-speaker-key=s3] ul')!.hidden).toBe(true);
  });

  it('corrects a speaker at once, keeps it in storage, and undoes it', async () => {
    const root = await open();
    const item = () => root.querySelector('[data-quote-id=q5]')!.closest('.quote-item')!;
    await click(item().querySelector('[data-action=correct]'));
    const select = item().querySelector('select')!;
    await act(async () => {
      select.value = 's3';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await click(item().querySelector('button[type=submit]'));
    // Xi's own card (q5) is gone: Kremlin now has three quotes.
    expect(texts(root, '.speaker-name')).toEqual([
      'Kremlin',
      'Xi Jinping & Vladimir Putin',
      'Unnamed speakers',
    ]);
    expect(texts(item(), '.correction-note')[0]).toBe(
      'Your correction (Kata Siapa said: Xi Jinping). Undo',
    );
    const stored = (await fakeBrowser.storage.local.get('corrections')) as {
      corrections: Record<string, { items: { text: string }[] }>;
    };
    expect(stored.corrections[SAMPLE_RESULT.article.url!]!.items.map(c => c.text)).toEqual([
      'Kami senang',
    ]);
    await click(item().querySelector('[data-action=undo]'));
    expect(texts(root, '.speaker-name')).toHaveLength(4);
    expect(await fakeBrowser.storage.local.get('corrections')).toEqual({ corrections: {} });
  });
});
