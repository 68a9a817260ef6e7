import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';
import { withFeaturesOff } from '../../core/engine/features';

/** The speaker names of each quote of an invented paragraph. */
const speakersOf = (text: string) => analyzeBody(text).quotes.map(q => q.speakers);

const INTRO = 'Ketua Paguyuban Nelayan Cibening, Darto Suwignyo, mengkritik lambannya bantuan. ';

/** A clause giving a nickname describes a person: the one-word name before it is the subject. */
const CASES: readonly (readonly [sentence: string])[] = [
  ['Darto yang akrab disapa Pak Dar ini menyebut kerugian nelayan mencapai puluhan juta rupiah.'],
  ['Darto yang biasa dipanggil Dar itu mengatakan bantuan solar belum juga datang.'],
  ['Darto yang akrab disapa Abah tersebut menilai pemerintah daerah terlalu lamban.'],
];

describe('a nickname clause between a one-word name and its cue', () => {
  test.each(CASES)('%s', sentence =>
    expect(speakersOf(INTRO + sentence)).toEqual([['Darto Suwignyo']]),
  );
  test.each(CASES)('without the feature: %s', sentence =>
    // The intro opens a name with `Darto`, which names.relativeKnownGiven takes for a person by itself.
    withFeaturesOff(['names.nicknameClauseSubject', 'names.relativeKnownGiven'], () =>
      expect(speakersOf(INTRO + sentence)).not.toEqual([['Darto Suwignyo']]),
    ),
  );
});

describe('a clause that gives no nickname keeps the stricter reading', () => {
  test('a thing before `yang` is called, not nicknamed', () =>
    expect(
      speakersOf(
        'Kapal yang biasa disebut Jaya itu menyebut kerugian nelayan mencapai puluhan juta.',
      ),
    ).toEqual([]));
});
