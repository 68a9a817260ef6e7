/**
 * Clicks on marks, heard in the marking bundle: a click must reach the panel within the click's
 * own task, since Chrome opens a closed side panel only during the user's gesture (see
 * utils/quote-commands.ts), and the following bundle, which keeps the clicked quote as the one on
 * screen (quote-navigation.ts), may not be loaded yet (handover.ts).
 *
 * The listener is passive and takes only the browser's own (trusted) primary clicks: the page
 * gets each click exactly as without the extension, links inside quotes still work, and a page
 * script cannot drive the panel by dispatching synthetic clicks.
 */
import type { ContentEvent } from '../../core/protocol';
import { guard } from './guard';

/** What `watchMarkClicks` needs from main.ts. */
export interface MarkClickHooks {
  /** The quote marked under a viewport point, if any. */
  quoteAt: (x: number, y: number) => string | null;
  /** Sends the click to the panel; resolves true when an open panel showed it. */
  send: (event: ContentEvent) => Promise<boolean>;
  /** The click was sent: `shown` as `send`'s answer. */
  clicked: (quoteId: string, shown: Promise<boolean>) => void;
}

/** Listens for clicks on marks in `doc`; returns the function that stops. */
export function watchMarkClicks(doc: Document, hooks: MarkClickHooks): () => void {
  const onClick = (event: MouseEvent) =>
    void guard('mark click', () => {
      // The browser's own primary clicks only; a drag that selected text is a selection.
      if (!event.isTrusted || event.button !== 0) return;
      const selection = doc.getSelection();
      if (selection && !selection.isCollapsed) return;
      const quoteId = hooks.quoteAt(event.clientX, event.clientY);
      if (!quoteId) return;
      const target = event.target instanceof Element ? event.target : null;
      const onLink = !!target?.closest('a[href], button, input, select, textarea, label, summary');
      hooks.clicked(quoteId, hooks.send({ type: 'quoteClicked', quoteId, onLink }));
    });
  doc.addEventListener('click', onClick, { capture: true, passive: true });
  return () => doc.removeEventListener('click', onClick, { capture: true });
}
