import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The texts of the indirect quotes of an invented paragraph. */
const indirect = (paragraph: string) =>
  analyzeBody(paragraph)
    .quotes.filter(q => q.type === 'indirect')
    .map(q => q.text);

/** [paragraph, the indirect quotes it holds]: a participle after an English cue's comma. */
const ROWS: readonly (readonly [paragraph: string, quotes: readonly string[]])[] = [
  [
    '"Prices are stable," Budi Santoso said, adding that stock would last until March.',
    ['stock would last until March'],
  ],
  [
    '"The river is rising," the village head said, noting that two bridges had been closed.',
    ['two bridges had been closed'],
  ],
  ['"Demand is weak," Rina Wulandari said, pointing to a drop in car sales.', []],
  ['"We are not worried," Andi Pratama said, citing the strong harvest.', []],
];

describe('after an English cue’s comma, a present participle opens no clause of that cue', () => {
  test.each(ROWS)('%s', (paragraph, quotes) => expect(indirect(paragraph)).toEqual(quotes));
  test('switched off, the participle and what follows it were reported as the cue’s clause', () => {
    const off = withFeaturesOff(['reported.englishParticipleAfterCue'], () =>
      ROWS.map(([p]) => indirect(p)),
    );
    expect(off[2]).toEqual(['pointing to a drop in car sales']);
  });
  // A preposition spelled like a participle opens an adjunct of the cue: its clause is still reported.
  test.each([
    'Trade Minister Rina Wulandari said, during a visit to the port on Monday, that rice would be cheaper.',
    'Trade Minister Rina Wulandari warned, following the floods, that rice would be dearer.',
  ])('not a participle: %s', paragraph =>
    expect(indirect(paragraph)).toEqual([expect.stringContaining('that rice would be')]),
  );
});
