import { describe, expect, test } from 'vitest';
import { withFeaturesOff, type FeatureName } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/**
 * After an English quote, `one` opens an unnamed description as `a` does
 * (quotes.englishOneDescription), and an indefinite description with a relative clause set off by
 * commas before the cue is somebody the article never names (quotes.englishRelativeAside): the
 * quote is not given to the last person named.
 */
const OPENING = 'Captain Jonaedi Tumangger said the squad trained twice on Sunday.';

const ROWS: readonly (readonly [paragraph: string, feature: FeatureName])[] = [
  ['"We can win this," one supporter said.', 'quotes.englishOneDescription'],
  [
    '"We can win this," one fan, who travelled from Borong to see the match, told reporters.',
    'quotes.englishRelativeAside',
  ],
  [
    '"The queue started at dawn," a vendor, who has sold drinks outside the stadium for ten years, said.',
    'quotes.englishRelativeAside',
  ],
];

/** The speakers of the last quote, joined ('' for an unnamed one). */
const lastSpeaker = (paragraph: string): string =>
  analyzeBody(OPENING, paragraph).quotes.at(-1)!.speakers.join(' + ');

describe('an unnamed English speaker after a quote', () => {
  test.each(ROWS)('%s', paragraph => expect(lastSpeaker(paragraph)).toBe(''));

  test.each(ROWS)('switched off: %s', (paragraph, feature) =>
    expect(withFeaturesOff([feature], () => lastSpeaker(paragraph))).toBe('Jonaedi Tumangger'),
  );

  test('a named subject after the quote keeps its name', () =>
    expect(lastSpeaker('"We can win this," Kusnandar Purba, who scored twice, said.')).toBe(
      'Kusnandar Purba',
    ));
});
