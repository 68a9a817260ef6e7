import { describe, expect, it } from 'vitest';
import { pinnedTabIdFrom } from '../../entrypoints/sidepanel/use-page-state';

describe('entrypoints/sidepanel pinnedTabIdFrom', () => {
  it.each([
    ['?tabId=12', 12],
    ['?tabId=0', 0],
    ['', null],
    ['?tabId=', null],
    ['?tabId=abc', null],
    ['?tabId=-3', null],
    ['?tabId=1.5', null],
  ])('%s → %s', (search, expected) => {
    expect(pinnedTabIdFrom(search)).toBe(expected);
  });
});
