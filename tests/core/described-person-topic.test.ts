import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

/**
 * A description by sex, age or kinship alone (`ujar perempuan itu`, `kata ibu dua anak itu`)
 * stands for the named person the text opened as its topic since the last statement; with no such
 * person, or an unnamed one (`Seorang pria …`), it names nobody.
 */
const CASES: readonly (readonly [string, readonly string[], readonly string[]])[] = [
  [
    'name, age and description',
    [
      'Sulastri Wening (45), pedagang sayur di Pasar Cibeber, mengeluhkan harga cabai yang terus naik.',
      '“Pembeli jadi sepi,” ujar perempuan itu.',
    ],
    ['Sulastri Wening'],
  ],
  [
    'description before the name, a sentence between',
    [
      'Pedagang sayur di Pasar Cibeber, Sulastri Wening, mengeluhkan harga cabai yang terus naik.',
      'Harga cabai rawit kini Rp 90 ribu per kilogram.',
      '“Pembeli jadi sepi,” ujar ibu dua anak itu.',
    ],
    ['Sulastri Wening'],
  ],
  [
    'an unnamed person opened as the topic',
    [
      'Sulastri Wening (45), pedagang sayur, mengeluhkan harga cabai.',
      'Seorang pria tiba-tiba masuk ke kios itu.',
      '“Saya mau beli semuanya,” kata pria itu.',
    ],
    [],
  ],
];

describe('a description by sex or age alone is the person opened as the topic', () => {
  test.each(CASES)('%s', (_, paragraphs, speakers) => {
    expect(lastSpeakers(...paragraphs)).toEqual(speakers);
  });

  test('switched off, the description names nobody', () => {
    const [, first] = CASES[0]!;
    const [, second] = CASES[1]!;
    withFeaturesOff(['discourse.describedPersonTopic'], () =>
      expect(lastSpeakers(...second)).toEqual([]),
    );
    // Not presented as a source, she is still the subject just named (describedSubject). Her
    // role after the age (cast.agedAppositiveRole) would make her the described topic too.
    const off = ['discourse.describedAfterAge', 'discourse.describedSubject'] as const;
    withFeaturesOff([...off, 'cast.agedAppositiveRole'], () =>
      expect(lastSpeakers(...first)).toEqual([]),
    );
  });
});
