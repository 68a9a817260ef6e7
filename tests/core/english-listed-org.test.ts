import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** Every quote of invented paragraphs as `type: speakers | text`, speakers joined by `+`. */
const quotes = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.map(
    q => `${q.type === 'direct' ? 'D' : 'I'}: ${q.speakers.join(' + ')} | ${q.text}`,
  );

const LISTED =
  'The Forestry, Wildlife and Parks Agency (FWPA) predicted that the dry season would start early.';

describe('English: an organisation whose name lists its fields', () => {
  test.each([
    [LISTED, 'I: Forestry, Wildlife and Parks Agency | the dry season would start early'],
    [
      'Forestry, Wildlife and Parks Agency said the plan would fail.',
      'I: Forestry, Wildlife and Parks Agency | the plan would fail',
    ],
    // People listed with commas and `and` stay a group of speakers.
    [
      'Budi Santoso, Rina Kartika and Hendra Wijaya said the plan would fail.',
      'I: Budi Santoso + Rina Kartika + Hendra Wijaya | the plan would fail',
    ],
  ])('%s', (line, expected) => {
    expect(quotes(line)).toEqual([expected]);
  });

  test('switched off, the listed fields are read as separate speakers', () => {
    const off = withFeaturesOff(['names.englishListedOrg'], () => quotes(LISTED));
    expect(off).not.toEqual([
      'I: Forestry, Wildlife and Parks Agency | the dry season would start early',
    ]);
  });
});
