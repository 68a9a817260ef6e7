import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';

/** Analyses invented paragraphs; the last quote's speakers. */
const lastSpeakers = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.at(-1)!.speakers;

const CHAIR =
  'Ketua panitia lomba, Sinta Maharani, mengatakan peserta tahun ini bertambah. “Kami sampai kewalahan,” kata Sinta.';

describe('a name presented by `adalah`/`ialah` is the topic a later `ia`/`-nya` picks up', () => {
  test.each([
    'Salah satu peserta termuda adalah Rio Ananda (12) dari Kabupaten Kota Baru. Ia mengaku belajar melukis dari ayahnya.',
    'Peserta termuda tahun ini adalah Rio Ananda (12). “Saya senang sekali bisa ikut,” katanya.',
    'Pemenang lomba tahun ini ialah Rio Ananda, siswa kelas enam. “Saya tidak menyangka,” ujar dia.',
    'Yang paling lama menunggu adalah Rio Ananda. Menurut dia, antrean dibuka terlalu siang.',
  ])('%s', line => {
    expect(lastSpeakers(CHAIR, line)).toEqual(['Rio Ananda']);
  });

  test('a name after `adalah` inside the speaker’s own sentence leaves the speaker (negative case)', () => {
    expect(
      lastSpeakers(
        CHAIR,
        'Sinta menyebut juara bertahan tahun lalu adalah Rio Ananda. “Persaingannya ketat,” ujarnya.',
      ),
    ).toEqual(['Sinta Maharani']);
  });
});
