import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** Every quote of invented paragraphs as `type: speakers | text`, speakers joined by `+`. */
const quotes = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.map(
    q => `${q.type === 'direct' ? 'D' : 'I'}: ${q.speakers.join(' + ')} | ${q.text}`,
  );

const SHOPPER =
  'A pensioner buying vegetables at a stall in Sukamaju said he now ate meat once a week.';

describe('English: an unnamed speaker described by where the news met them stays unnamed', () => {
  test.each([
    [[SHOPPER], ['I:  | he now ate meat once a week']],
    [
      [SHOPPER, '"We cook cassava on weekdays now," he said.'],
      ['I:  | he now ate meat once a week', 'D:  | We cook cassava on weekdays now'],
    ],
    [
      [
        'A retired teacher waiting at a bus stop in Cibening said she now paid twice as much for fares.',
      ],
      ['I:  | she now paid twice as much for fares'],
    ],
    [
      ['A commuter standing outside Sukamaju station said the trains were late every day.'],
      ['I:  | the trains were late every day'],
    ],
  ])('%j', (paragraphs, expected) => {
    expect(quotes(...paragraphs)).toEqual(expected);
  });

  test('a named person after the participle phrase is still named', () => {
    expect(
      quotes('Speaking at a market in Sukamaju, Rina Kartika said she now bought less rice.'),
    ).toEqual(['I: Rina Kartika | she now bought less rice']);
  });

  test('switched off, the place closing the tail becomes the speaker', () => {
    const off = withFeaturesOff(['names.englishUnnamedParticiple'], () => quotes(SHOPPER));
    expect(off).toEqual(['I: Sukamaju | he now ate meat once a week']);
  });
});
