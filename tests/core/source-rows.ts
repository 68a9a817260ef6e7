/**
 * The table shape the discourse tests share: each row an invented intro and a quote whose pronoun
 * or `-nya` means the intro's person, and the same row read with the rule switched off, which must
 * then miss (the row needs the rule). One pair of `test.each` for every such table.
 */
import { expect, test } from 'vitest';
import { withFeaturesOff, type FeatureName } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

/** [who, intro, quote]: the quote's speaker, the paragraph before it, the quote. */
export type SourceRow = readonly [who: string, intro: string, quote: string];

/** Each row's quote goes to `who`; with `feature` off it does not. Call inside a `describe`. */
export function sourceRows(rows: readonly SourceRow[], feature: FeatureName): void {
  test.each(rows)('%s', (who, intro, quote) => {
    expect(lastSpeakers(intro, quote)).toEqual([who]);
  });
  test.each(rows)(`switched off (${feature}): %s`, (who, intro, quote) => {
    const off = withFeaturesOff([feature], () => lastSpeakers(intro, quote));
    expect(off).not.toEqual([who]);
  });
}
