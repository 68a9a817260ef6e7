import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

// names.indefiniteOpens: a description at a cue opened by `seorang`/`salah seorang` brings in
// somebody unnamed, even closed by a demonstrative (which belongs to the noun inside it) or
// followed by the organisation the person belongs to.
const INTRO =
  'Pengasuh pesantren, KH Hasan Basri, membantah tuduhan itu. “Kami terbuka,” kata Hasan.';
const INTRO_OFFICE = 'Bupati Sukamaju, Andi Baso, meninjau tanggul. “Kami siaga,” kata Andi.';

const ANONYMOUS: readonly (readonly [string, string])[] = [
  [INTRO, '“Kejadian ini bukan yang pertama,” kata seorang alumnus pesantren tersebut.'],
  [INTRO, '“Kami dulu juga diminta diam,” ujar salah seorang santri pondok itu.'],
];

describe('an indefinite description at a cue names nobody (names.indefiniteOpens)', () => {
  test.each(ANONYMOUS)('%s | %s', (intro, quote) => {
    expect(lastSpeakers(intro, quote)).toEqual([]);
    const off = withFeaturesOff(['names.indefiniteOpens'], () => lastSpeakers(intro, quote));
    expect(off).not.toEqual([]);
  });

  // One of an organisation (`Pemkab` heads one) is nobody named either, not the organisation.
  test('one of an organisation', () => {
    expect(
      lastSpeakers(
        INTRO_OFFICE,
        '“Rapat semalam sempat alot,” kata seorang pejabat Pemkab Sukamaju yang enggan disebut namanya.',
      ),
    ).toEqual([]);
  });

  // A definite description still points back to the person it describes.
  test('a definite one points back', () => {
    const intro = 'Seorang petugas, Budi Santoso, berjaga di pintu air. “Aman,” kata Budi.';
    expect(lastSpeakers(intro, '“Semua terkendali,” kata petugas itu.')).toEqual(['Budi Santoso']);
  });
});
