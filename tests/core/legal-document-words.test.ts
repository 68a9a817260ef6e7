import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';
import { withFeaturesOff } from '../../core/engine/features';

/** The speaker names of each quote of invented paragraphs (split at blank lines). */
const speakersOf = (text: string) => analyzeBody(...text.split('\n\n')).quotes.map(q => q.speakers);

const INTRO =
  'Kepala Balai Pengelolaan Sungai, Prof. Dr. KH Bramantyo Kusnandar, M.Sc., menegaskan izin tambang pasir dibekukan. ';

/** A law cited by its title is no person: the quote after it stays with the one who spoke. */
const CASES: readonly (readonly [sentence: string])[] = [
  [
    'Menurut dia, pembekuan itu berpijak pada Undang-Undang Nomor 32 Tahun 2009. “Sungai ini bukan milik satu orang,” tutur Abah Bramantyo, sapaan akrabnya.',
  ],
  [
    'Menurut dia, langkah itu mengikuti Peraturan Presiden Nomor 12 Tahun 2021. “Sungai ini bukan milik satu orang,” tutur Abah Bramantyo, sapaan akrabnya.',
  ],
];

const ALL_HIS = [['Bramantyo Kusnandar'], ['Bramantyo Kusnandar'], ['Bramantyo Kusnandar']];

describe("a law's title before a nickname", () => {
  test.each(CASES)('%s', sentence => expect(speakersOf(INTRO + sentence)).toEqual(ALL_HIS));
  test.each(CASES)('without the feature: %s', sentence =>
    withFeaturesOff(['names.legalDocumentWords'], () =>
      expect(speakersOf(INTRO + sentence)).not.toEqual(ALL_HIS),
    ),
  );
});
