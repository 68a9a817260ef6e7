import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

// names.indefiniteOpens: a description at a cue opened by `seorang`/`salah seorang` brings in
// somebody unnamed, even closed by a demonstrative (which belongs to the noun inside it) or
// followed by the organisation the person belongs to.
const INTRO =
  'Ketua takmir masjid, Ustaz Rahmat Hidayat, menjelaskan rencana renovasi. “Dananya dari wakaf warga,” kata Rahmat.';
const INTRO_OFFICE = 'Bupati Sukamaju, Andi Baso, meninjau tanggul. “Kami siaga,” kata Andi.';

const ANONYMOUS: readonly (readonly [string, string])[] = [
  [INTRO, '“Kami belum pernah diajak rapat,” ujar seorang pengurus masjid tersebut.'],
  [INTRO, '“Banyak jamaah bertanya soal laporan keuangan,” kata salah seorang imam masjid itu.'],
];

describe('an indefinite description at a cue names nobody (names.indefiniteOpens)', () => {
  test.each(ANONYMOUS)('%s | %s', (intro, quote) => {
    expect(lastSpeakers(intro, quote)).toEqual([]);
    const off = withFeaturesOff(['names.indefiniteOpens'], () => lastSpeakers(intro, quote));
    expect(off).not.toEqual([]);
  });

  // One of an organisation (`Pemkot` heads one) is nobody named either, not the organisation.
  test('one of an organisation', () => {
    expect(
      lastSpeakers(
        INTRO_OFFICE,
        '“Anggaran perbaikan belum cair,” kata seorang pejabat Pemkot Lembah.',
      ),
    ).toEqual([]);
  });

  // A definite description still points back to the person it describes.
  test('a definite one points back', () => {
    const intro = 'Seorang petugas, Budi Santoso, berjaga di pintu air. “Aman,” kata Budi.';
    expect(lastSpeakers(intro, '“Semua terkendali,” kata petugas itu.')).toEqual(['Budi Santoso']);
  });
});
