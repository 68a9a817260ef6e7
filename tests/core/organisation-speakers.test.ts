import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';

/** Each quote's speakers as `Name [kind]`. */
const speakersOf = (line: string) => {
  const { quotes, speakers } = analyzeBody(line);
  const kind = new Map(speakers.map(s => [s.name, s.kind]));
  return quotes.map(q => q.speakers.map(n => `${n} [${kind.get(n)}]`).join(' + '));
};

describe('an organisation speaking as such is the speaker', () => {
  test.each([
    ['Kementerian Kesehatan menyatakan vaksin itu aman digunakan.', 'Kementerian Kesehatan'],
    ['Kementerian Luar Negeri mengatakan dua WNI telah dipulangkan.', 'Kementerian Luar Negeri'],
    ['PT Kereta Api Indonesia menyatakan jadwal kereta kembali normal.', 'PT Kereta Api Indonesia'],
    // A committee spelled out before its acronym is one organisation, not a person named by its
    // last word.
    [
      'Komite Nasional Keselamatan Pelayaran (KNKP) menyatakan penyebab tenggelamnya kapal masih diteliti.',
      'Komite Nasional Keselamatan Pelayaran',
    ],
    // The organisation's seat after its head is no person's name.
    ['Polda Metro Jaya menyatakan kasus itu masih diselidiki.', 'Polda Metro Jaya'],
    [
      'Dalam keterangannya, Kementerian Pertanian menyebutkan stok beras aman.',
      'Kementerian Pertanian',
    ],
  ])('%s', (line, name) => expect(speakersOf(line)).toEqual([`${name} [organization]`]));
});

describe('an organisation spoken for by its spokesperson: the spokesperson speaks', () => {
  test.each([
    'Juru bicara Kementerian Luar Negeri Rina Kartika mengatakan dua WNI telah dipulangkan.',
    '“Dua WNI telah dipulangkan,” kata juru bicara Kementerian Luar Negeri Rina Kartika.',
    'Kementerian Luar Negeri, melalui juru bicaranya Rina Kartika, mengatakan dua WNI telah dipulangkan.',
    'Humas PT Sinar Jaya Rina Kartika mengatakan perusahaan akan mengganti kerugian.',
    'KPK melalui Juru Bicara Rina Kartika mengatakan pemeriksaan masih berlangsung.',
  ])('%s', line => expect(speakersOf(line)).toEqual(['Rina Kartika [person]']));

  // A person's name after an organisation is the person's, with the organisation as affiliation.
  test('a person after an organisation named in full', () =>
    expect(
      speakersOf('Komisi Pemberantasan Korupsi Rudi Hartawan mengatakan pemeriksaan berlanjut.'),
    ).toEqual(['Rudi Hartawan [person]']));
});

describe('an organisation in the description that opens its spokesperson’s sentence is spoken for', () => {
  // `Juru bicara X, Budi, …`: the organisation is part of how Budi is introduced, so a later
  // `-nya` after the organisation acts (`X menerbitkan …`) is still Budi's.
  const last = (...paragraphs: string[]) => {
    const quotes = analyzeBody(...paragraphs).quotes;
    return quotes[quotes.length - 1]!.speakers;
  };
  test.each([
    'Juru bicara Kementerian Perhubungan, Adita Wirasena, menjelaskan jadwal kembali normal. Kementerian Perhubungan telah menerbitkan surat edaran. “Semua maskapai wajib mematuhinya,” ujarnya.',
    'Direktur Utama PT Sinar Baruna, Yusuf Hamdani, menjelaskan perusahaan merugi. PT Sinar Baruna berdiri di Surabaya pada 1990. “Kami akan melakukan efisiensi,” katanya.',
    'Kepala humas Badan Pangan Daerah, Rini Astuti, mengatakan stok aman. Badan Pangan Daerah juga menambah gudang. “Distribusi kami percepat,” tuturnya.',
  ])('%s', line => expect(last(line)).toEqual([line.match(/, ([A-Z]\w+ [A-Z]\w+),/u)![1]]));

  // A list of names after an organisation is no description of either.
  test('an organisation that opens a list keeps its own voice', () =>
    expect(
      last(
        'Komisi Yudisial Daerah, Rudi Hartawan, dan Sinta Maharani hadir dalam rapat itu. Komisi Yudisial Daerah menyatakan akan memeriksa laporan. “Laporan itu kami proses,” ujarnya.',
      ),
    ).toEqual(['Komisi Yudisial Daerah']));
});
