import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** Every quote of invented paragraphs as `type: speakers | text`, speakers joined by `+`. */
const quotes = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.map(
    q => `${q.type === 'direct' ? 'D' : 'I'}: ${q.speakers.join(' + ')} | ${q.text}`,
  );

describe('English: a bare plural person noun opening its sentence is a crowd nobody named', () => {
  test.each([
    ['Officials said the bridge would reopen in March.', 'I:  | the bridge would reopen in March'],
    [
      'Villagers said the river had flooded their fields twice this year.',
      'I:  | the river had flooded their fields twice this year',
    ],
    [
      'Analysts said the currency would stay weak until June.',
      'I:  | the currency would stay weak until June',
    ],
    [
      'However, officials said the bridge would reopen in March.',
      'I:  | the bridge would reopen in March',
    ],
  ])('%s', (sentence, expected) => {
    expect(quotes(sentence)).toEqual([expected]);
  });

  test('a one-word name ending in -s is still a name (no person noun before its -s)', () => {
    expect(quotes('Matthews said the bridge would reopen in March.')).toEqual([
      'I: Matthews | the bridge would reopen in March',
    ]);
  });

  test('with names.englishCapitalCrowd off, the capitalised crowd reads as a one-word name', () => {
    const off = withFeaturesOff(['names.englishCapitalCrowd'], () =>
      quotes('Officials said the bridge would reopen in March.'),
    );
    expect(off).toEqual(['I: Officials | the bridge would reopen in March']);
  });
});
