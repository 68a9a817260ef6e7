/**
 * The page code's following bundle (content-scripts/article-follow.js): the marks' tooltips, next
 * / previous quote, the quote in view (../article.content/following.ts). Not in the manifest: the
 * background injects it into a frame whose marking bundle (../article-page.content) asked for it
 * on a reader's first use, into the same isolated world, where it takes the run that bundle handed
 * over (../article.content/handover.ts). A page load nobody uses never compiles it.
 */
import { defineContentScript } from '#imports';
import { REPUBLIKA_MATCHES } from '../../utils/republika-matches';
import { startFollowing } from '../article.content/following';
import { guard } from '../article.content/guard';
import { takeHandover } from '../article.content/handover';

export default defineContentScript({
  matches: REPUBLIKA_MATCHES,
  registration: 'runtime',
  // As the marking bundle: nothing announced to the page (see ../article.content/main.ts).
  noScriptStartedPostMessage: true,
  main() {
    const handover = takeHandover();
    if (handover) guard('follow the page', () => startFollowing(handover));
  },
});
