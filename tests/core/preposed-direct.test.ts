import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';

/** Analyses invented paragraphs; the direct quotes as [text, speakers, cue]. */
const run = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs)
    .quotes.filter(q => q.type === 'direct')
    .map(q => [q.text, q.speakers, q.cue]);

const INTRO = 'Kepala Dinas Pendidikan Kota Malang, Sri Wahyuni, meninjau sekolah yang rusak.';

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
      ['Tidak ada murid yang boleh belajar di kelas rusak', ['Sri Wahyuni'], cue],
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
