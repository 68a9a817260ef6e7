import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The speakers of each quote of invented paragraphs, joined by ` + `. */
const speakers = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.map(q => q.speakers.join(' + '));

describe('two organisations joined by `dan` in one run are two (cast.organisationPair)', () => {
  test.each([
    // The second half speaks alone elsewhere.
    [
      'Dalam siaran persnya, Kemenkes mengimbau warga melengkapi imunisasi anak.',
      'Pemerintah daerah bekerja sama dengan Bank Daerah Banten dan Kemenkes untuk vaksinasi.',
      'Kemenkes',
    ],
    [
      'Sore harinya, OJK menegaskan akan menindak penyebar kabar bohong soal saham.',
      'Menteri itu rapat bersama Bank Daerah Riau dan OJK sejak pagi.',
      'OJK',
    ],
    // Both halves open with an organisation head; the first keeps its short form.
    [
      'Keluarga pekerja mengadu ke Komisi Perlindungan Buruh (KPB) dan Komisi Pengawas Kepolisian (Kompak).',
      'KPB mengaku sudah mengirim petugas ke pabrik itu.',
      'Komisi Perlindungan Buruh',
    ],
  ])('%s / %s → %s', (a, b, name) => {
    expect(speakers(a, b)).toEqual(expect.arrayContaining([name]));
    expect(speakers(a, b).some(s => s.includes(' dan '))).toBe(false);
    const off = withFeaturesOff(['cast.organisationPair'], () => speakers(a, b));
    expect(off.some(s => s.includes(' dan '))).toBe(true);
  });

  test.each([
    // One body whose name holds `dan`: its second half is a field, not a body.
    [
      'Dinas Koperasi dan UKM menyatakan pinjaman lunak dibuka bulan depan.',
      'Dinas Koperasi dan UKM',
    ],
    [
      'Kementerian Hukum dan HAM menyatakan remisi diberikan kepada 300 narapidana.',
      'Kementerian Hukum dan HAM',
    ],
    [
      'Biro Hukum dan Organisasi menyatakan aturan baru berlaku bulan depan.',
      'Biro Hukum dan Organisasi',
    ],
  ])('%s → one organisation: %s', (a, name) => expect(speakers(a)).toEqual([name]));
});
