import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';
import { seatedOffice } from '../../core/engine/names/seated-office';

/** Each quote's speakers as `Name [kind]`. */
const speakersOf = (...paragraphs: string[]) => {
  const { quotes, speakers } = analyzeBody(...paragraphs);
  const kind = new Map(speakers.map(s => [s.name, s.kind]));
  return quotes.map(q => q.speakers.map(n => `${n} [${kind.get(n)}]`).join(' + '));
};

describe('an institution named with its seat speaks as one organisation', () => {
  test.each([
    // A consulate and an embassy with a seat the gazetteer lacks, or a capital it knows.
    ['KJRI Rotterdam menyatakan seluruh pelaut dalam keadaan sehat.', 'KJRI Rotterdam'],
    ['KBRI Wellington menyebutkan dua mahasiswa sudah dipulangkan.', 'KBRI Wellington'],
    ['KBRI Canberra mengatakan layanan paspor dibuka kembali pekan depan.', 'KBRI Canberra'],
    // A police sector and an election watchdog named by their district.
    ['Polsek Cibeunying menegaskan kasus itu masih diselidiki.', 'Polsek Cibeunying'],
    [
      'Bawaslu Wonogiri lewat siaran persnya menyebut kesalahan itu akibat kelalaian panitia.',
      'Bawaslu Wonogiri',
    ],
    // A branch named by its unit words and its province.
    [
      'Ombudsman RI Perwakilan Bali menyatakan akan mengawasi seleksi itu.',
      'Ombudsman RI Perwakilan Bali',
    ],
    [
      'Perum Bulog Kantor Wilayah Sulawesi Tengah memastikan stok gula aman hingga Juni.',
      'Perum Bulog Kantor Wilayah Sulawesi Tengah',
    ],
  ])('%s', (line, name) => expect(speakersOf(line)).toEqual([`${name} [organization]`]));

  test('a quote the office writes is the office’s', () =>
    expect(
      speakersOf(
        '“Kami mendampingi keluarga sampai tuntas,” tulis KBRI Wellington dalam siaran persnya.',
      ),
    ).toEqual(['KBRI Wellington [organization]']));
});

describe('the seat reading leaves people and offices alone', () => {
  test.each([
    // A person's name after the institution: a given name the corpora know opens it.
    ['KPK Rudi Hartawan mengatakan pemeriksaan berlanjut.', 'Rudi Hartawan [person]'],
    // An office someone holds, with a name after it.
    [
      'Kapolsek Cibeunying Kompol Rudi Hartawan mengatakan pelaku sudah ditangkap.',
      'Rudi Hartawan [person]',
    ],
  ])('%s', (line, speaker) => expect(speakersOf(line)).toEqual([speaker]));

  test.each([
    // Only a person's word after the institution, or no seat at all.
    [['KPK', 'Rudi'], false],
    [['Bawaslu'], false],
    // A role head or a rank is an office, not a seat.
    [['Polsek', 'Kapolsek'], false],
    [['Kapolsek', 'Cibeunying'], false],
    [['KBRI', 'Ketua', 'Wellington'], false],
    // A lowercase word is no part of a seat.
    [['KBRI', 'setempat'], false],
    // Two capitals may be a person's initials: only a known seat follows an office's.
    [['AM', 'Rahmanto'], false],
    [['BI', 'Bengkulu'], true],
    [['Kodim', '0815'], true],
    [['Polsek', 'Cibeunying'], true],
    [['KJRI', 'Rotterdam'], true],
  ] as const)('%j → %s', (words, seated) => expect(seatedOffice(words, new Set())).toBe(seated));
});
