import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** Each quote's speakers, as names, for one invented paragraph. */
const speakersOf = (paragraph: string) =>
  analyzeBody(paragraph).quotes.map(q => q.speakers.join(' + '));

describe('an area head (Kampung, Dusun) opens a place, never a person’s name', () => {
  test.each([
    // An address closing a role: the hamlet is where the office is, and nobody is named.
    ['“Air sudah surut,” kata Ketua RT 04 Kampung Cikalimaya.', ['']],
    // An address list before the speaker: `Dusun 2` is no speaker (the `Menurut` clause cut off by
    // the next cue is no quote of its own either, reported/clause test).
    [
      'Menurut Ketua RT03 Kampung Sukamaju, Dusun 2, Desa Cibuntu, Karyadi mengatakan, dua warga ditangkap.',
      ['Karyadi'],
    ],
    // The person after the place is named as before.
    ['“Air sudah surut,” kata Kepala Dusun Cikalimaya Hasan Mahfudz.', ['Hasan Mahfudz']],
    ['Warga Kampung Cikalimaya, Karyadi, mengatakan air sudah surut.', ['Karyadi']],
  ])('%s', (paragraph, speakers) => {
    expect(speakersOf(paragraph)).toEqual(speakers);
  });

  test('without the naming-head feature the hamlet is read as a person', () => {
    const off = withFeaturesOff(['names.model.namingHead'], () =>
      speakersOf('“Air sudah surut,” kata Ketua RT 04 Kampung Cikalimaya.'),
    );
    expect(off).toEqual(['Kampung Cikalimaya']);
  });
});
