import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';

/** Each quote's speakers with the speaker's role, as `Name (role)`. */
const speakersOf = (...paragraphs: string[]) => {
  const { quotes, speakers } = analyzeBody(...paragraphs);
  const role = new Map(speakers.map(s => [s.name, s.role]));
  return quotes.map(q => q.speakers.map(n => `${n} (${role.get(n) ?? '-'})`).join(' + '));
};

describe('a name, then its role between commas, then the cue: the name is the speaker', () => {
  test.each([
    [
      'Budi Santoso, Ketua Partai Maju, mengatakan koalisi itu rapuh sejak awal.',
      'Budi Santoso (Ketua Partai Maju)',
    ],
    [
      'Budi Santoso, Ketua DPP Partai Maju, menilai koalisi itu rapuh.',
      'Budi Santoso (Ketua DPP Partai Maju)',
    ],
    [
      'Rina Kartika, Kepala Dinas Kesehatan Kabupaten Cibening, mengatakan stok vaksin cukup.',
      'Rina Kartika (Kepala Dinas Kesehatan Kabupaten Cibening)',
    ],
    [
      'Rina Kartika, Direktur RSUD Cibening, mengatakan, “Stok vaksin cukup hingga akhir bulan.”',
      'Rina Kartika (Direktur RSUD Cibening)',
    ],
    // Without the cue's comma the role still describes the name before it.
    [
      'Hendra Gunawan, Camat Sukamaju mengatakan jalan desa diperbaiki pekan depan.',
      'Hendra Gunawan (Camat Sukamaju)',
    ],
  ])('%s', (line, speaker) => expect(speakersOf(line)).toEqual([speaker]));

  test.each([
    // A place or an adverbial before the comma is no person: the role's own name speaks.
    [
      'Di Cibening, Kepala Desa Sukamaju Andi Wirawan mengatakan jalan desa diperbaiki.',
      'Andi Wirawan (Kepala Desa Sukamaju)',
    ],
    [
      'Pada Senin (1/12), Ketua Partai Maju Budi Santoso mengatakan koalisi itu rapuh.',
      'Budi Santoso (Ketua Partai Maju)',
    ],
  ])('not an appositive: %s', (line, speaker) => expect(speakersOf(line)).toEqual([speaker]));

  test('a later pronoun points back to the named person, not to a word of the role', () =>
    expect(
      speakersOf(
        'Budi Santoso, Ketua Partai Maju, mengatakan koalisi itu rapuh sejak awal.',
        '“Kami akan keluar dari koalisi pekan depan,” ujarnya.',
      ),
    ).toEqual(['Budi Santoso (Ketua Partai Maju)', 'Budi Santoso (Ketua Partai Maju)']));
});
