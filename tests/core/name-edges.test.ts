import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';

/** Each quote's speakers, as names, for one or more invented paragraphs. */
const speakersOf = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.map(q => q.speakers.join(' + '));

describe('what closes a name: degrees, initials, short given names, honorifics, possessors', () => {
  test.each([
    // Degrees written between commas after the name close the mention.
    [
      'Kepala Dinas Kesehatan Cibening dr. Rina Kartika, M.Kes, mengatakan kasus paling banyak ditemukan pada anak.',
      'Rina Kartika',
    ],
    [
      'Direktur RSUD Cibening, dr. Budi Santoso, Sp.PD, menuturkan ruang perawatan anak sempat penuh.',
      'Budi Santoso',
    ],
    [
      'Pengacara Budi Santoso, S.H., M.H., menilai tuntutan jaksa terlalu berat bagi kliennya.',
      'Budi Santoso',
    ],
    // A one-letter initial after a rank is the person's, kept as written.
    [
      'Kapolres Cibening AKBP R Budi Santoso mengatakan para pelaku biasa beraksi pada malam hari.',
      'R Budi Santoso',
    ],
    // A given name written short with a dot does not end the sentence.
    [
      'Wakil Bupati Cibening Moh. Budi Santoso meminta camat menggerakkan warga membersihkan lingkungan.',
      'Moh. Budi Santoso',
    ],
    ['“Kami bergerak cepat,” kata Muh. Rudi Hartono.', 'Muh. Rudi Hartono'],
    // After an honorific a title word that is also a given name opens the name.
    [
      'Ketua MUI Cibening, Ustaz Imam Budi Santoso, menjelaskan gerakan ini menyasar seribu masjid.',
      'Imam Budi Santoso',
    ],
    [
      'Malaysian Foreign Minister Datuk Seri Budi Hamzah said the patrols would start next month.',
      'Budi Hamzah',
    ],
    // English ranks and possessors belong to the role.
    [
      'A spokesman for the agency, Commodore Budi Santoso, said four vessels would be deployed.',
      'Budi Santoso',
    ],
    [
      'Meanwhile, Indonesia’s Putri Ayu Lestari said she was tired after playing three games.',
      'Putri Ayu Lestari',
    ],
  ])('%s', (line, speaker) => expect(speakersOf(line)).toEqual([speaker]));

  test('a surname used alone keeps a three-word name whose words all read as name words', () =>
    expect(
      speakersOf(
        'Foreign Minister Ratna Dewi Lestari met her counterpart in Kuala Lumpur.',
        '"Piracy does not respect borders," Lestari told reporters after the meeting.',
      ),
    ).toEqual(['Ratna Dewi Lestari']));
});

describe('the subject before a comma and its cue', () => {
  test.each([
    // A description between commas after a name describes that person.
    [
      'Salah satu orang tua pasien, Rina Kartika (37), warga Kecamatan Cibening, mengatakan anaknya sempat dirawat lima hari.',
      'Rina Kartika',
    ],
    // A relative clause between commas describes the name before it; a place inside it is no subject.
    [
      'Salah satu pedagang, Said Budiman, yang sehari-hari berjualan di Pasar Baru, mengaku sudah tiga tahun berjualan di sana.',
      'Said Budiman',
    ],
    [
      'Budi Santoso, yang juga Ketua Partai Maju, mengatakan koalisi itu rapuh sejak awal.',
      'Budi Santoso',
    ],
  ])('%s', (line, speaker) => expect(speakersOf(line)).toEqual([speaker]));

  test('a capitalised cue word after a comma is a given name, not a cue', () =>
    expect(
      analyzeBody('Salah satu pedagang, Said Budiman, yang berjualan di pasar itu, tidak hadir.')
        .quotes,
    ).toEqual([]));
});
