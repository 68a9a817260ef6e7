/**
 * core/article/dom-query.ts: selectors a browser does not know are dropped, not thrown; plain
 * selectors (no pseudo-class) are taken as they are, with no trial parse; a trial is a match of the
 * root element, never a query on a new fragment.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  isSupportedSelector,
  joinSelectors,
  queryAll,
  queryFirstOf,
} from '../../../core/article/dom-query';
import { parsePage } from '../../content/dom';

afterEach(() => vi.restoreAllMocks());

const doc = parsePage(
  '<div class="iklan" id="a1"></div><p data-x="1">satu</p><div class="iklan"><span>dua</span></div>',
);

describe('core/article/dom-query', () => {
  test.each([
    ['div.iklan', true],
    ['[data-x="1"]', true],
    ['div > span', true],
    ['p:first-child', true],
    ['div:nth-child(', false],
    ['span::no-such-element', false],
  ])('isSupportedSelector(%s) is %s', (selector, expected) => {
    expect(isSupportedSelector(doc, selector)).toBe(expected);
  });

  test('an unknown selector is dropped from a list instead of breaking it', () => {
    const list = ['div.iklan', 'p::no-such-element', 'p[data-x]'];
    expect(joinSelectors(doc, list)).toBe('div.iklan, p[data-x]');
    expect(queryAll(doc, doc, list).map(el => el.tagName)).toEqual(['DIV', 'P', 'DIV']);
    expect(queryFirstOf(doc, doc, ['p::no-such-element', 'p[data-x]'])?.textContent).toBe('satu');
  });

  test.each([
    [['div.iklan:first-child', 'p:first-child', 'div > span'], 'the known pseudo-classes'],
    [['div:not(.iklan)', 'span:only-child'], 'a list of pseudo-classes only'],
  ])('%j is tried whole, once (%s), and kept as it is', list => {
    const fragment = vi.spyOn(doc, 'createDocumentFragment');
    const match = vi.spyOn(doc.documentElement, 'matches');
    expect(joinSelectors(doc, list)).toBe(list.join(', '));
    expect(match.mock.calls).toEqual([[list.join(', ')]]);
    // No fragment made for the trial (the script world's first one costs the page a set-up).
    expect(fragment).not.toHaveBeenCalled();
  });

  test('a list the browser does not know whole falls back to a trial of each selector', () => {
    const list = ['p:first-child', 'div:nth-child(', 'div:last-child'];
    const match = vi.spyOn(doc.documentElement, 'matches');
    expect(joinSelectors(doc, list)).toBe('p:first-child, div:last-child');
    // The whole list, then each selector this file has not tried yet (the trials are kept).
    expect(match.mock.calls.length).toBeGreaterThan(1);
  });

  test.each([
    [['div.iklan:first-child', 'div > span:only-child'], 2],
    [['p:not(.iklan)', 'div.iklan'], 3],
  ])(
    'queryAll takes %j, which the browser knows whole, at once: no trial on a fragment',
    (list, n) => {
      const fragment = vi.spyOn(doc, 'createDocumentFragment');
      expect(queryAll(doc, doc, list)).toHaveLength(n);
      expect(fragment).not.toHaveBeenCalled();
    },
  );

  test('queryAll drops what the browser rejects from a list it cannot take whole', () => {
    const list = ['div.iklan:first-child', 'div:nth-child(', 'p[data-x]'];
    expect(queryAll(doc, doc, list).map(el => el.tagName)).toEqual(['DIV', 'P']);
    // Asked again, the rejected list is not queried whole a second time.
    const query = vi.spyOn(doc, 'querySelectorAll');
    expect(queryAll(doc, doc, list)).toHaveLength(2);
    expect(query).toHaveBeenCalledTimes(1);
  });

  test('a document without a root element tries a selector on a fragment', () => {
    const bare = document.implementation.createDocument(null, null, null);
    expect(bare.documentElement).toBeNull();
    const fragment = vi.spyOn(bare, 'createDocumentFragment');
    expect(isSupportedSelector(bare, 'b:only-child')).toBe(true);
    expect(isSupportedSelector(bare, 'b:nth-child(')).toBe(false);
    expect(fragment).toHaveBeenCalledTimes(2);
  });

  test('plain selectors are not tried on a fragment first', () => {
    const fragment = vi.spyOn(doc, 'createDocumentFragment');
    expect(queryAll(doc, doc, ['div.iklan', '#a1', 'div > span']).length).toBe(3);
    expect(fragment).not.toHaveBeenCalled();
  });
});
