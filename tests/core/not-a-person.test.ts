import { describe, expect, test } from 'vitest';
import { withFeaturesOff, type FeatureName } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/**
 * Words around a person's name that name a place, a campus, an organisation's unit or a sentence
 * link, never the person: each row is an invented article whose quotes must go to the speakers
 * listed (an empty list for an unnamed speaker), with no wrong name in the speaker list.
 */
function said(...paragraphs: string[]) {
  const { quotes, speakers } = analyzeBody(...paragraphs);
  return { said: quotes.map(q => q.speakers.join(' + ')), names: speakers.map(s => s.name) };
}

const BAZNAS =
  'Ketua Baznas Kota Cibening, KH Rudi Hartono Saleh, mengatakan zakat kini dibayar digital.';
const KAPOLRES = 'Kapolres Cibening AKBP Bayu Santoso Putra mengatakan gudang itu sudah disegel.';

describe('a street, campus or sentence link is not the speaker', () => {
  test.each([
    // The street of the office where the speaker was met, set off after a circumstance.
    [
      [
        BAZNAS,
        '“Polanya memang bergeser,” kata Kiai Rudi saat dijumpai di rumahnya, Jalan Pemuda, Selasa (2/4).',
      ],
      ['Rudi Hartono Saleh', 'Rudi Hartono Saleh'],
      ['Rudi Hartono Saleh'],
    ],
    [
      [
        BAZNAS,
        '“Polanya memang bergeser,” ujar Ustaz Rudi ketika ditemui di rumahnya, Kompleks Griya Asri, Senin.',
      ],
      ['Rudi Hartono Saleh', 'Rudi Hartono Saleh'],
      ['Rudi Hartono Saleh'],
    ],
    // The academy a described speaker graduated from, with the year, before the demonstrative.
    [
      [
        KAPOLRES,
        'Bayu memastikan penyidikan dilanjutkan. “Laporan warga kami jamin kerahasiaannya,” tegas perwira menengah lulusan Akmil 2001 itu.',
      ],
      ['Bayu Santoso Putra', 'Bayu Santoso Putra', 'Bayu Santoso Putra'],
      ['Bayu Santoso Putra'],
    ],
    // A preposition opening the sentence is not the first word of the name after it.
    [
      [
        'Bersama Wulandari, adiknya yang juga tertipu, Sumarni sempat melapor ke polsek.',
        '“Kami cuma ingin uang kembali,” ujar Wulandari.',
      ],
      ['Wulandari'],
      ['Wulandari'],
    ],
    [
      [
        'Tanpa Hendrawan, timnya sempat kesulitan menembus pertahanan lawan.',
        '“Kami kehilangan kreativitas di lini tengah,” kata Hendrawan.',
      ],
      ['Hendrawan'],
      ['Hendrawan'],
    ],
  ])('%j', (paragraphs, quoted, names) => {
    expect(said(...paragraphs)).toEqual({ said: quoted, names });
  });
});

describe('an unnamed student of a named campus stays unnamed', () => {
  test.each([
    'Seorang mahasiswi Universitas Cibening mengaku pernah menunggak cicilan ponsel.',
    'Di kampus itu, seorang mahasiswi Institut Teknologi Cibening mengaku pernah menunggak cicilan.',
    'Seorang siswi SMA Negeri 2 Cibening mengaku pernah menunggak cicilan ponsel.',
  ])('%s', intro => {
    expect(said(intro, '“Awalnya cuma Rp 300 ribu sebulan,” ujarnya.')).toEqual({
      said: ['', ''],
      names: [],
    });
  });
});

describe('a unit numbered by one digit keeps its seat', () => {
  test.each([
    [
      'Sementara itu, PT Pelabuhan Samudra (Persero) Regional 2 Tanjung Lumut menegaskan dermaga liar harus ditutup.',
      // The company's legal form in brackets is left out of the name, as for any short form.
      'PT Pelabuhan Samudra Regional 2 Tanjung Lumut',
    ],
    [
      'Kepala SMA Negeri 2 Cibening Rina Kartika mengatakan sekolahnya siap menggelar ujian.',
      'Rina Kartika',
    ],
  ])('%s', (sentence, speaker) => {
    expect(said(sentence).said).toEqual([speaker]);
  });

  test('a date is no unit: the month after the digit is not glued to a name', () => {
    const { said: who } = said(
      'Pada Senin 3 Maret Rina Kartika mengatakan sekolahnya siap menggelar ujian.',
    );
    expect(who).toEqual(['Rina Kartika']);
  });
});

describe('what each switch changes', () => {
  const cases: [FeatureName, string[]][] = [
    [
      'names.circumstanceEndsMention',
      [
        BAZNAS,
        '“Polanya memang bergeser,” kata Kiai Rudi saat dijumpai di rumahnya, Jalan Pemuda, Selasa (2/4).',
      ],
    ],
    [
      'names.yearInDescription',
      [
        KAPOLRES,
        '“Laporan warga kami jamin kerahasiaannya,” tegas perwira menengah lulusan Akmil 2001 itu.',
      ],
    ],
    [
      'names.openingPreposition',
      [
        'Bersama Wulandari, adiknya yang juga tertipu, Sumarni sempat melapor ke polsek.',
        '“Kami cuma ingin uang kembali,” ujar Wulandari.',
      ],
    ],
    [
      'names.memberOfInstitution',
      [
        'Seorang mahasiswi Institut Teknologi Cibening mengaku pernah menunggak cicilan.',
        '“Awalnya cuma Rp 300 ribu sebulan,” ujarnya.',
      ],
    ],
    [
      'names.unitDigit',
      [
        'Sementara itu, PT Pelabuhan Samudra (Persero) Regional 2 Tanjung Lumut menegaskan dermaga liar harus ditutup.',
      ],
    ],
  ];
  /** A later rule that also stops a case's class: both are off to see the wrong reading again. */
  const ALSO_OFF: Partial<Record<FeatureName, FeatureName[]>> = {
    'names.circumstanceEndsMention': ['names.placeAfterSpeaker'],
  };
  test.each(cases)('switched off, %s names a wrong speaker again', (feature, paragraphs) => {
    const on = said(...paragraphs);
    const off = withFeaturesOff([feature, ...(ALSO_OFF[feature] ?? [])], () => said(...paragraphs));
    expect(off.names).not.toEqual(on.names);
  });
});

describe('what still names the speaker', () => {
  test.each([
    // A role, its comma and the person after a post-posed cue.
    [
      '“Stok obat aman,” kata Kepala Dinas Kesehatan Cibening, Rina Kartika, Selasa (2/4).',
      'Rina Kartika',
    ],
    // A named speaker met somewhere with no run after the circumstance.
    ['“Stok obat aman,” kata Rina Kartika saat ditemui di kantornya.', 'Rina Kartika'],
    // `Bersama` opening a sentence before a lowercase object leaves the subject's name whole.
    ['Bersama timnya, Rina Kartika mengatakan stok obat aman.', 'Rina Kartika'],
  ])('%s', (paragraph, speaker) => {
    expect(said(paragraph).said).toEqual([speaker]);
  });
});
