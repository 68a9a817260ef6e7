import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** Analyses invented paragraphs; the direct quotes as [text, speakers, cue]. */
const run = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs)
    .quotes.filter(q => q.type === 'direct')
    .map(q => [q.text, q.speakers, q.cue]);

const INTRO = 'Kepala Dinas Pendidikan Kota Malang, Sri Kusmiati, meninjau sekolah yang rusak.';

describe('finds a direct quote inside the sentence of a pre-posed cue', () => {
  test.each([
    ['Ditegaskannya, “Tidak ada murid yang boleh belajar di kelas rusak.”', 'Ditegaskannya'],
    ['Disampaikannya, “Tidak ada murid yang boleh belajar di kelas rusak.”', 'Disampaikannya'],
    [
      'Ia mengatakan perbaikan itu mendesak, jika tidak, “Tidak ada murid yang boleh belajar di kelas rusak.”',
      'mengatakan',
    ],
    [
      'Sri juga menegaskan anggaran sudah siap, sehingga, “Tidak ada murid yang boleh belajar di kelas rusak.”',
      'menegaskan',
    ],
  ])('%s', (line, cue) => {
    expect(run(INTRO, line)).toEqual([
      ['Tidak ada murid yang boleh belajar di kelas rusak', ['Sri Kusmiati'], cue],
    ]);
  });
});

describe('ignores a term or title after a pre-posed cue', () => {
  test.each([
    ['Sri mengatakan sekolah itu ikut program, “Sekolah Ramah Anak”.'],
    ['Ia menyebutkan lomba tahun ini bertema, “Belajar Tanpa Batas Bersama Guru”.'],
    ['Sri mengatakan muridnya menyukai lagu, “Satu dua tiga empat”.'],
  ])('%s', line => {
    expect(run(INTRO, line)).toEqual([]);
  });
});

describe('a pre-posed cue before a quote that runs on into the next paragraph', () => {
  const opening =
    'Kepala Sekolah Tunas Bangsa, Dra Ratna Dewi, dalam sambutannya mengatakan, “Sekolah ini milik warga. Kita jaga bersama.';
  const goingOn = '“Tahun depan kami membuka kelas malam untuk orang tua murid.”';

  test('names who goes on speaking, past the channel of the statement', () => {
    expect(run(INTRO, opening, goingOn)).toEqual([
      ['Sekolah ini milik warga. Kita jaga bersama', ['Ratna Dewi'], 'mengatakan'],
      ['Tahun depan kami membuka kelas malam untuk orang tua murid', ['Ratna Dewi'], null],
    ]);
  });

  test('switched off, the running-on quote has no cue and nobody to go on from', () => {
    // A quote with no cue after its subject's name goes to that subject (discourse.floatingSubject):
    // off as well, to see the cue's own part.
    const features = ['quotes.runOnCueBefore', 'discourse.floatingSubject'] as const;
    const off = withFeaturesOff(features, () => run(INTRO, opening, goingOn));
    expect(off.map(q => q[1])).toEqual([[], []]);
  });

  test('a cue after the quote’s last part still decides its speaker', () => {
    expect(
      run(
        INTRO,
        'Sri dalam sambutannya mengatakan, “Sekolah ini milik warga. Kita jaga bersama.',
        '“Tahun depan kami membuka kelas malam,” kata guru senior Andi Wijaya.',
      ).map(q => q[1]),
    ).toEqual([['Andi Wijaya'], ['Andi Wijaya']]);
  });
});

describe('the channel of a statement between its subject and a pre-posed cue', () => {
  const line =
    'Ketua Komite Sekolah Andi Wijaya dalam pidatonya menyatakan, “Gedung baru harus ramah difabel.”';
  test('is stepped over to its subject', () => {
    expect(run(INTRO, line)).toEqual([
      ['Gedung baru harus ramah difabel', ['Andi Wijaya'], 'menyatakan'],
    ]);
  });
  test('switched off, the cue is not read', () => {
    const off = withFeaturesOff(['quotes.channelBeforeCue'], () => run(INTRO, line));
    expect(off.map(q => q[2])).not.toContain('menyatakan');
  });
});
