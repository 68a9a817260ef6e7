import { describe, expect, test } from 'vitest';
import { isPanelOpen, type ContextsApi } from '../../utils/panel-open';

const ORIGIN = 'chrome-extension://abcdefghijklmnop';

describe('utils/panel-open', () => {
  test.each([
    ['the side panel or sidebar is open', [`${ORIGIN}/sidepanel.html`], true],
    ['the panel page is open in a tab, pinned to one', [`${ORIGIN}/sidepanel.html?tabId=7`], true],
    ['only the background runs', [`${ORIGIN}/background.js`], false],
    ['no extension document is open', [], false],
    ['a page merely named like the panel elsewhere', [`${ORIGIN}/old/sidepanel.html`], false],
  ])('%s', async (_what, urls, open) => {
    const runtime: ContextsApi = {
      getContexts: async () => urls.map(documentUrl => ({ documentUrl })),
    };
    expect(await isPanelOpen(runtime)).toBe(open);
  });

  test('answers open when it cannot know: no getContexts, or a failed call', async () => {
    expect(await isPanelOpen({})).toBe(true);
    const failing: ContextsApi = { getContexts: () => Promise.reject(new Error('not here')) };
    expect(await isPanelOpen(failing)).toBe(true);
  });
});
