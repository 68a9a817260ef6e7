import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

/**
 * `kata perwira lulusan Akpol 2004 itu`: a year after the description's institution or event is
 * part of the description, which `itu` closes and which points back to the person described;
 * the institution is no speaker.
 */
const CASES: readonly (readonly [string, readonly string[], string])[] = [
  [
    'a police chief described by his academy year',
    [
      'Kapolres Sidareja AKBP Fernando Lubis mengatakan kedua tersangka sudah ditahan.',
      'Fernando menambahkan posko pengaduan masih dibuka.',
      '“Silakan kalau mau mengembalikan uangnya,” kata perwira menengah lulusan Akpol 2004 itu.',
    ],
    'Fernando Lubis',
  ],
  [
    'a former athlete described by the games she won',
    [
      'Mantan pebulu tangkis nasional, Yuliana Sembiring, membuka sekolah bulu tangkis di Sidareja.',
      '“Dulu saya berlatih dengan raket pinjaman,” kata Yuliana.',
      '“Saya ingin ada juara dari kampung ini,” ujar peraih emas SEA Games 2011 tersebut.',
    ],
    'Yuliana Sembiring',
  ],
];

describe('a year inside a description closed by a demonstrative', () => {
  test.each(CASES)('%s', (_, paragraphs, speaker) => {
    expect(lastSpeakers(...paragraphs)).toEqual([speaker]);
  });

  test('switched off, the institution before the year is read as a person', () => {
    const [, paragraphs] = CASES[0]!;
    expect(withFeaturesOff(['names.yearInDescription'], () => lastSpeakers(...paragraphs))).toEqual(
      ['Akpol'],
    );
  });
});
