/**
 * core/article/dom-query.ts: selectors a browser does not know are dropped, not thrown; plain
 * selectors (no pseudo-class) are taken as they are, with no trial parse on a fragment.
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

  test('plain selectors are not tried on a fragment first', () => {
    const fragment = vi.spyOn(doc, 'createDocumentFragment');
    expect(queryAll(doc, doc, ['div.iklan', '#a1', 'div > span']).length).toBe(3);
    expect(fragment).not.toHaveBeenCalled();
  });
});
