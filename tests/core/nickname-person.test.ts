import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';
import { withFeaturesOff } from '../../core/engine/features';

/** The speaker names of each quote of invented paragraphs (split at blank lines). */
const speakersOf = (text: string) => analyzeBody(...text.split('\n\n')).quotes.map(q => q.speakers);

/** Each quote's speakers of invented paragraphs. */
const speakers = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.map(q => q.speakers);

const INTRO =
  'Kepala Balai Pengelolaan Sungai, Prof. Dr. KH Bramantyo Kusnandar, M.Sc., menegaskan izin tambang pasir dibekukan. ';

/** A nickname whose word is a whole name word of one person is that person, not the last named. */
describe('a nickname made of a whole name word', () => {
  const text =
    INTRO +
    '\n\nPengawas lapangan, Sukamto Jonaedi, menambahkan bahwa alat berat sudah ditarik.\n\n“Sungai ini bukan milik satu orang,” tutur Abah Bramantyo, sapaan akrabnya.';
  const expected = [['Bramantyo Kusnandar'], ['Sukamto Jonaedi'], ['Bramantyo Kusnandar']];
  test('the nickname names its person', () => expect(speakersOf(text)).toEqual(expected));
  test('without the feature', () =>
    withFeaturesOff(['cast.nicknameWholeWord'], () =>
      expect(speakersOf(text)).not.toEqual(expected),
    ));
});

describe('a nickname cut from a name in its own paragraph', () => {
  const paragraphs = [
    'Ketua paguyuban pedagang, Bramantyo Kusnandar, menyebut pasar itu sepi sejak jalan ditutup.',
    'Pemilik kios kelontong, Sukarmini (58), senang bercerita tentang Bramantyo, yang dulu sering membantu di kios itu. Ibu yang biasa disapa Bu Mini itu menuturkan pembeli kini jarang datang.',
    '“Sehari kadang cuma lima orang,” kata Bu Mini.',
  ];
  const last = (ps: string[]) => speakers(...ps).at(-1);
  test('the nickname is the one named in its paragraph', () =>
    expect(last(paragraphs)).toEqual(['Sukarmini']));
  test('without cast.nicknameCutHere', () =>
    withFeaturesOff(['cast.nicknameCutHere'], () =>
      expect(last(paragraphs)).not.toEqual(['Sukarmini']),
    ));
});
