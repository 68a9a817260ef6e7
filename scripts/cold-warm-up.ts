/**
 * The warm-up text the background analyses when a page's start script asks for it
 * (core/warm-up.ts), as one text: `npm run bench` analyses it in a fresh isolate before the median
 * article (its WARM-UP line), so the reader waits for about a second analysis instead of a cold
 * first one.
 */
import { WARM_UP_PARAGRAPHS } from '../core/warm-up';

export const WARM_UP_TEXT = WARM_UP_PARAGRAPHS.join('\n');
