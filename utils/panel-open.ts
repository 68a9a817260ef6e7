/**
 * Whether a panel of ours is open anywhere (the side panel, Firefox's sidebar, or the panel page
 * in a tab, as `npm start` and the browser tests open it), asked by the background for the page
 * code's `analyzeArticles` answer (`AnalyzeArticlesReply.panelOpen`): a page with no panel to tell
 * sends no `quotesChanged` or `quoteInViewChanged`, each a serialised state and a message on
 * every page load for nobody (the panel pulls the state when it opens).
 *
 * Unsure means open: a browser without `runtime.getContexts` (Chrome before 116) or a failed
 * call answers true, and the page pushes as if a panel listened.
 */

/** The panel's page, as `wxt build` writes the sidepanel entrypoint. */
const PANEL_PAGE = '/sidepanel.html';

/** The slice of `runtime` this needs (a seam for tests). */
export interface ContextsApi {
  getContexts?: (filter: object) => Promise<{ documentUrl?: string }[]>;
}

/** True when a document of our panel's page is open (or when that cannot be known). */
export async function isPanelOpen(runtime: ContextsApi): Promise<boolean> {
  if (typeof runtime.getContexts !== 'function') return true;
  try {
    const contexts = await runtime.getContexts({});
    return contexts.some(context => {
      const url = context.documentUrl;
      return url !== undefined && new URL(url).pathname === PANEL_PAGE;
    });
  } catch {
    return true;
  }
}
