import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';

/** Each quote's speakers with the speaker's role, as `Name (role)`. */
const speakersOf = (line: string) => {
  const { quotes, speakers } = analyzeBody(line);
  const role = new Map(speakers.map(s => [s.name, s.role]));
  return quotes.map(q => q.speakers.map(n => `${n} (${role.get(n) ?? '-'})`).join(' + '));
};

describe('a name after a named speaker and a comma: appositive, or the reported clause’s subject', () => {
  test.each([
    // The sentence goes on from the second name: it is what the speaker talks about.
    [
      'Menurut pelatih Dedi Santoso, Rudi layak bermain sebagai starter pekan depan.',
      'Dedi Santoso (pelatih)',
    ],
    [
      'Menurut kapten tim Andi Wijaya, Bima pantas dipanggil ke tim nasional.',
      'Andi Wijaya (kapten tim)',
    ],
    [
      'According to coach Dedi Santoso, Rudi deserves a place in the first team.',
      'Dedi Santoso (coach)',
    ],
  ])('clause subject: %s', (line, speaker) => expect(speakersOf(line)).toEqual([speaker]));

  test.each([
    // A role with no name of its own, then the name closed by a pause or an adjunct: one person.
    [
      '“Kami siap,” kata Pemimpin Umum Harian Fajar, Dewi Lestari, di Makassar.',
      'Dewi Lestari (Pemimpin Umum Harian Fajar)',
    ],
    [
      'Menurut Ketua Umum Partai Maju, Budi Santoso, koalisi tetap solid.',
      'Budi Santoso (Ketua Umum Partai Maju)',
    ],
    [
      '“Jalan itu segera diperbaiki,” ujar Kepala Dinas PU Kota Cibening, Rudi Hartawan.',
      'Rudi Hartawan (Kepala Dinas PU Kota Cibening)',
    ],
  ])('appositive: %s', (line, speaker) => expect(speakersOf(line)).toEqual([speaker]));
});
