import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';

/** Each quote's speakers with the speaker's role, as `Name (role)`. */
const speakersOf = (line: string) => {
  const { quotes, speakers } = analyzeBody(line);
  const role = new Map(speakers.map(s => [s.name, s.role]));
  return quotes.map(q => q.speakers.map(n => `${n} (${role.get(n) ?? '-'})`).join(' + '));
};

describe('a role opening the sentence before a comma belongs to the name after it', () => {
  test.each([
    [
      'Kepala Biro Humas Pemprov Jambi, Rudi Hartawan mengatakan jalan itu segera diperbaiki.',
      'Rudi Hartawan (Kepala Biro Humas Pemprov Jambi)',
    ],
    // The institution's own words are unknown to every lexicon; the role head opens the run.
    [
      'Ketua Umum Koperasi Tani Makmur, Ahmad Rifandi, mengatakan harga pupuk naik.',
      'Ahmad Rifandi (Ketua Umum Koperasi Tani Makmur)',
    ],
    [
      'Direktur Eksekutif Lembaga Kajian Pangan, Sulastri Wardhani menilai harga beras naik.',
      'Sulastri Wardhani (Direktur Eksekutif Lembaga Kajian Pangan)',
    ],
    [
      'Menteri Luar Negeri Sudan, Ahmad Karim menegaskan bahwa perundingan akan dilanjutkan.',
      'Ahmad Karim (Menteri Luar Negeri Sudan)',
    ],
    // After the cue the same appositive reads the same way.
    [
      '“Jalan itu segera diperbaiki,” kata Kepala Biro Humas Pemprov Jambi, Rudi Hartawan.',
      'Rudi Hartawan (Kepala Biro Humas Pemprov Jambi)',
    ],
  ])('%s', (line, speaker) => expect(speakersOf(line)).toEqual([speaker]));

  test.each([
    // The run before the comma does not open the sentence: a clause of its own.
    [
      'Selain Ketua Umum Koperasi Tani Makmur, Rudi Hartawan mengatakan harga pupuk naik.',
      'Rudi Hartawan (-)',
    ],
    // A place or a connective before the comma is no role.
    ['Di Jakarta, Rudi Hartawan mengatakan jalan itu belum diperbaiki.', 'Rudi Hartawan (-)'],
    ['Namun, Rudi Hartawan mengatakan jalan itu belum diperbaiki.', 'Rudi Hartawan (-)'],
    // A run that names a person is not a role for the next one.
    [
      'Direktur Utama Budi Santoso, Rudi Hartawan mengatakan harga pupuk naik.',
      'Rudi Hartawan (-)',
    ],
  ])('not: %s', (line, speaker) => expect(speakersOf(line)).toEqual([speaker]));
});

describe('places joined by `dan`', () => {
  test.each([
    // Places alone are two governments speaking, each by its seat or country.
    [
      'Jakarta dan Canberra menegaskan bahwa kerja sama keamanan akan diperluas.',
      'Jakarta (-) + Canberra (-)',
    ],
    [
      'Korea Selatan dan Jepang menegaskan bahwa latihan militer akan digelar.',
      'Korea Selatan (-) + Jepang (-)',
    ],
    [
      'Menurut Washington dan Beijing, perundingan dagang berjalan baik.',
      'Washington (-) + Beijing (-)',
    ],
    // Inside a role, two places are one jurisdiction, and the name after them is found.
    [
      '“Jumlah wajib pajak naik,” kata Kepala Kanwil Jawa Barat dan Banten Rudi Hartawan.',
      'Rudi Hartawan (Kepala Kanwil Jawa Barat dan Banten)',
    ],
    [
      'Kepala Kanwil Jawa Barat dan Banten Rudi Hartawan mengatakan jumlah wajib pajak naik tahun ini.',
      'Rudi Hartawan (Kepala Kanwil Jawa Barat dan Banten)',
    ],
  ])('%s', (line, speakers) => expect(speakersOf(line)).toEqual([speakers]));
});
