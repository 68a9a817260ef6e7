import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

const CAMAT = 'Camat Sukamaju, Herman Syah, meninjau lokasi longsor pada Selasa.';
const SAID = '"Kami akan membangun jalur darurat secepatnya," kata mereka.';

/**
 * A companion by role or by name alone (`bersama Kepala Desa Y, Rudi`, `bersama Rudi`) makes one
 * group with the person acting, whom a later `mereka`/`keduanya` means.
 */
const CASES: readonly (readonly [string, readonly string[]])[] = [
  [
    'a role set off by its comma, in the same sentence',
    [
      'Camat Sukamaju, Herman Syah, meninjau lokasi longsor pada Selasa bersama Kepala Desa Cibodas, Rudi Hartawan.',
      SAID,
    ],
  ],
  [
    'a pronoun subject in the next sentence',
    [`${CAMAT} Ia datang bersama Kepala Desa Cibodas, Rudi Hartawan.`, SAID],
  ],
  [
    'the person by name, the companion by name alone',
    [
      `${CAMAT} "Jalan tertutup total," kata Herman.`,
      'Herman kemudian berkeliling bersama Rudi Hartawan ke dusun yang terisolasi.',
      '"Warga dusun itu harus segera dievakuasi," ujar keduanya.',
    ],
  ],
];

describe('a companion by role or by name joins the person acting', () => {
  test.each(CASES)('%s', (_, paragraphs) => {
    expect(lastSpeakers(...paragraphs)).toEqual(['Herman Syah', 'Rudi Hartawan']);
  });

  test('switched off, the plural finds no group', () => {
    for (const [, paragraphs] of CASES)
      // The companion set off after its comma also reads as a second clause subject
      // (discourse.subjectsTogether), which gives the same pair: off with it.
      withFeaturesOff(['discourse.companionRole', 'discourse.subjectsTogether'], () =>
        expect(lastSpeakers(...paragraphs)).not.toEqual(['Herman Syah', 'Rudi Hartawan']),
      );
  });

  test('`bersama` as an adverb before a comma joins nobody', () => {
    expect(
      lastSpeakers(
        'Ketua RT, Samsul Bahri, dan warga makan bersama, lalu Lina Marlina membagikan kue.',
        '"Kami senang bisa berkumpul lagi," kata Samsul.',
      ),
    ).toEqual(['Samsul Bahri']);
  });
});
