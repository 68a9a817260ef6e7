/**
 * The following bundle of the page code (entrypoints/article.content/handover.ts): its file, and
 * the one message by which the marking bundle asks the background to inject it on a reader's
 * first use. No state here: both the background and the marking bundle import it.
 */

/** The following bundle, as `wxt build` writes the `article-follow` content script. */
export const FOLLOWING_FILE = '/content-scripts/article-follow.js';

/** Marking bundle → background: a reader used the marks or the panel, inject the following bundle here. */
export interface FollowingWanted {
  type: 'followingWanted';
}

/** Type guard for `FollowingWanted`. */
export function isFollowingWanted(message: unknown): message is FollowingWanted {
  return (message as { type?: unknown } | null)?.type === 'followingWanted';
}
