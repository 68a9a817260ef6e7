/**
 * The panel following the page (issue 9): the quote on screen, a click on a mark, a click kept
 * while no panel was open, and the previous / next buttons. The page side is scripted here
 * (`FollowSource`); tests/e2e/follow.e2e.ts drives the real one in Chromium.
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { act } from 'preact/test-utils';
import { App } from '../../entrypoints/sidepanel/App';
import type { FollowSource } from '../../entrypoints/sidepanel/use-quote-follow';
import type { PageSource } from '../../entrypoints/sidepanel/use-page-state';
import type { ContentEvent, PageState } from '../../core/protocol';
import { click, mount, settle, texts } from '../components/render';
import { useCatalogueEachTest } from './messages';
import { SAMPLE_RESULT, sampleState } from './sample-result';

/** Tab 1 showing `state`; no further page events. */
function pageSource(state: PageState): PageSource {
  return {
    activeTab: async () => ({ id: 1, windowId: 1 }),
    getState: async () => state,
    onStateChanged: () => () => {},
    onTabActivated: () => () => {},
    onTabUpdated: () => () => {},
  };
}

/** A scripted page: `fire` sends a follow event from a tab; `move` answers with `moves`. */
function followSource(moves: (string | null)[] = []) {
  const listeners: ((tabId: number, event: ContentEvent) => boolean)[] = [];
  const source: FollowSource = {
    onEvent: listener => {
      listeners.push(listener);
      return () => listeners.splice(listeners.indexOf(listener), 1);
    },
    move: vi.fn(async () => moves.shift() ?? null),
  };
  const fire = async (tabId: number, event: ContentEvent) => {
    let claimed = false;
    await act(async () => {
      claimed = listeners.map(listener => listener(tabId, event)).some(Boolean);
    });
    await settle();
    return claimed;
  };
  return { source, fire };
}

const itemOf = (root: HTMLElement, quoteId: string) =>
  root.querySelector(`.quote[data-quote-id="${quoteId}"]`)?.closest('.quote-item') ?? null;
const current = (root: HTMLElement) =>
  root.querySelector('.quote[aria-current=location]')?.getAttribute('data-quote-id') ?? null;

describe('the panel follows the page', () => {
  useCatalogueEachTest('en', () => fakeBrowser.reset());

  it('marks the quote on screen and counts it, from the state and then from events', async () => {
    const { source, fire } = followSource();
    const state = sampleState({ quoteInView: 'q2' });
    const root = mount(<App pinnedTabId={1} source={pageSource(state)} follow={source} />);
    await settle();
    const total = SAMPLE_RESULT.quotes.length;
    expect(current(root)).toBe('q2');
    expect(texts(root, '.quote-nav-count')).toEqual([`On screen: quote 2 of ${total}`]);
    await fire(1, { type: 'quoteInViewChanged', quoteId: 'q4', by: 'scroll' });
    expect(current(root)).toBe('q4');
    expect(texts(root, '.quote-nav-count')).toEqual([`On screen: quote 4 of ${total}`]);
    // Another tab's page is not this panel's.
    await fire(2, { type: 'quoteInViewChanged', quoteId: 'q1', by: 'scroll' });
    expect(current(root)).toBe('q4');
    await fire(1, { type: 'quoteInViewChanged', quoteId: null, by: 'scroll' });
    expect(current(root)).toBeNull();
    expect(texts(root, '.quote-nav-count')).toEqual(['No quote on screen']);
  });

  it('a click on a mark claims the event, clears the search and unfolds the card', async () => {
    const { source, fire } = followSource();
    const root = mount(<App pinnedTabId={1} source={pageSource(sampleState())} follow={source} />);
    await settle();
    const card = itemOf(root, 'q1')!.closest('.speaker')!;
    await click(card.querySelector('.speaker-toggle'));
    expect(card.querySelector('.quotes')!.hasAttribute('hidden')).toBe(true);
    const search = root.querySelector<HTMLInputElement>('input[type=search]')!;
    await act(async () => {
      search.value = 'no such words at all';
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await settle();
    expect(itemOf(root, 'q1')).toBeNull();

    expect(await fire(1, { type: 'quoteClicked', quoteId: 'q1', onLink: false })).toBe(true);
    expect(search.value).toBe('');
    const item = itemOf(root, 'q1')!;
    expect(item.classList.contains('is-clicked')).toBe(true);
    expect(item.closest('.quotes')!.hasAttribute('hidden')).toBe(false);
    expect(current(root)).toBe('q1');
    // Not ours: another tab's click is left for its own panel.
    expect(await fire(2, { type: 'quoteClicked', quoteId: 'q2', onLink: false })).toBe(false);
  });

  it('shows the card of a click the page kept while no panel was open', async () => {
    const { source } = followSource();
    const state = sampleState({ quoteInView: 'q3', quoteClicked: 'q3' });
    const root = mount(<App pinnedTabId={1} source={pageSource(state)} follow={source} />);
    await settle();
    expect(itemOf(root, 'q3')!.classList.contains('is-clicked')).toBe(true);
  });

  it('moves with the buttons, and says when there is no quote that way', async () => {
    const { source } = followSource(['q2', null]);
    const root = mount(<App pinnedTabId={1} source={pageSource(sampleState())} follow={source} />);
    await settle();
    await click(root.querySelector('[data-action=next-quote]'));
    expect(source.move).toHaveBeenLastCalledWith(1, 'next');
    // Said in the panel’s own status too (q2 of the sample is said by Xi and Putin together).
    expect(texts(root, '.notice')).toEqual([
      `Quote 2 of ${SAMPLE_RESULT.quotes.length}: Xi Jinping, Vladimir Putin`,
    ]);
    await click(root.querySelector('[data-action=previous-quote]'));
    expect(source.move).toHaveBeenLastCalledWith(1, 'previous');
    expect(texts(root, '.notice')).toEqual(['No quotes above.']);
  });
});
