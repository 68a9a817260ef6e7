/** The reader's corrections for the article the panel shows: loaded, followed, saved, undone. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Correction } from '../../core/corrections';
import {
  loadCorrections,
  onCorrectionsChanged,
  removeCorrection,
  sameQuote,
  saveCorrection,
} from '../../utils/corrections';

export interface CorrectionsApi {
  items: Correction[];
  save(correction: Correction): void;
  remove(quote: Pick<Correction, 'text' | 'paragraph'>): void;
}

/** `url` null: no article, no corrections. */
export function useCorrections(url: string | null): CorrectionsApi {
  const [items, setItems] = useState<Correction[]>([]);
  useEffect(() => {
    setItems([]);
    if (!url) return undefined;
    let closed = false;
    const show = (next: Correction[]) => {
      if (!closed) setItems(next);
    };
    loadCorrections(url).then(show, () => show([]));
    const off = onCorrectionsChanged(url, show);
    return () => {
      closed = true;
      off();
    };
  }, [url]);
  const save = useCallback(
    (correction: Correction) => {
      if (!url) return;
      // Shown at once; storage's echo confirms it.
      setItems(current => [...current.filter(c => !sameQuote(c, correction)), correction]);
      void saveCorrection(url, correction).then(setItems, () => undefined);
    },
    [url],
  );
  const remove = useCallback(
    (quote: Pick<Correction, 'text' | 'paragraph'>) => {
      if (!url) return;
      setItems(current => current.filter(c => !sameQuote(c, quote)));
      void removeCorrection(url, quote).then(setItems, () => undefined);
    },
    [url],
  );
  return { items, save, remove };
}
