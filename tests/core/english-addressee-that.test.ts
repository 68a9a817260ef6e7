import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The indirect quotes of `line` as [text, speakers]. */
const indirect = (...lines: string[]) =>
  analyzeBody(...lines)
    .quotes.filter(q => q.type === 'indirect')
    .map(q => [q.text, q.speakers]);

describe('English cues that may name their addressee before `that`', () => {
  test.each([
    // The addressee stands between the cue and `that`; the clause opens after `that`.
    [
      'Finance Minister Rina Kartika warned exporters that the new levy would start in March.',
      'the new levy would start in March',
    ],
    [
      'Rina Kartika warned farmers in the delta that the dry season could run into November.',
      'the dry season could run into November',
    ],
    [
      'Rina Kartika promised residents that the bridge would be repaired by June.',
      'the bridge would be repaired by June',
    ],
    // Without an addressee the same cues read straight, as before.
    [
      'Rina Kartika warned that the new levy would start in March.',
      'the new levy would start in March',
    ],
    [
      'Rina Kartika warned the harvest could fall by a third and that prices would follow.',
      'the harvest could fall by a third and that prices would follow',
    ],
  ])('%s', (line, text) => {
    expect(indirect(line)).toEqual([[text, ['Rina Kartika']]]);
  });

  test('switched off, the addressee is read as the start of the clause', () => {
    const line =
      'Finance Minister Rina Kartika warned exporters that the new levy would start in March.';
    const off = withFeaturesOff(['reported.englishAddresseeThat'], () => indirect(line));
    expect(off).toEqual([['exporters that the new levy would start in March', ['Rina Kartika']]]);
  });
});
