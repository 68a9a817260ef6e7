import { describe, expect, test } from 'vitest';
import { acronymOf, openingLetters } from '../../core/engine/cast/title-acronym';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

const words = (role: string) =>
  role
    .toLowerCase()
    .split(/[^a-z-]+/u)
    .filter(Boolean);

describe('an office acronym is read against a role, a piece of each opening word in turn', () => {
  test.each([
    // `Kepala` gives `ka`; the other pieces are the word's letters in order from its start.
    ['Kadistan', 'Kepala Dinas Pertanian Kabupaten Sukamaju', true],
    ['Kades', 'Kepala Desa Mekarjaya', true],
    ['Kasatreskrim', 'Kepala Satuan Reserse Kriminal', true],
    // A prefix (`per-`, `pen-`) may be skipped: `hub` from `perhubungan`, `dik` from `pendidikan`.
    ['Kadishub', 'Kepala Dinas Perhubungan Kota Lembah', true],
    ['Kadisdik', 'Kepala Dinas Pendidikan', true],
    ['Wagub', 'Wakil Gubernur Nusa Utara', true],
    ['Sekda', 'Sekretaris Daerah', true],
    // A joining word gives no piece, and a piece may come past two prefixes (`per|ke|bunan`).
    ['Kadistanbun', 'Kepala Dinas Pertanian dan Perkebunan Kabupaten Lubai', true],
    ['Kadisbudpar', 'Kepala Dinas Kebudayaan dan Pariwisata', true],
    ['Kadistanbun', 'Kepala Dinas Pertanian Kabupaten Lubai', false],
    // The first of two words joined by `dan` may give its initial alone; a piece may skip three
    // letters of a compound word (`olah|raga`).
    ['Kadispora', 'Kepala Dinas Pemuda dan Olahraga Kabupaten Ende', true],
    ['Kadisporapar', 'Kepala Dinas Pemuda, Olahraga dan Pariwisata', false],
    ['Kadispora', 'Kepala Dinas Pertanian Kabupaten Ende', false],
    // Three letters skipped only after `dan`: `kes` is no piece of `kebersihan`.
    ['Kadinkes', 'Kepala Dinas Kebersihan Kota Ende', false],
    ['Kadinkes', 'Kepala Dinas Kesehatan Kota Ende', true],
    // Negative: another office, too short to be an acronym, or one word only.
    ['Kadistan', 'Kepala Dinas Pendidikan', false],
    ['Kapal', 'Kepala Pusat Layanan', false],
    ['Kadis', 'Kepala', false],
    ['Ketua', 'Ketua Umum Partai Bintang', false],
  ] as const)('%s ~ %s → %s', (acronym, role, fits) => {
    expect(acronymOf(acronym, words(role))).toBe(fits);
  });
});

describe('the letters an acronym can open with, which the cast files roles under', () => {
  test.each([
    // The first letter, and the letter past each prefix a piece may skip.
    ['direktur', ['d']],
    ['perhubungan', ['p', 'h', 'r']],
    ['pendidikan', ['p', 'd', 'n']],
    ['perkebunan', ['p', 'k', 'r', 'b']],
    // A conventional piece (`ka`) opens with its own letter.
    ['kepala', ['k', 'p', 'k']],
  ] as const)('%s → %j', (word, letters) => {
    expect(openingLetters(word)).toEqual(letters);
  });

  // The index is only a filter: every role an acronym is made from must be filed under its letter.
  test.each([
    ['Kadistan', 'Kepala Dinas Pertanian Kabupaten Sukamaju'],
    ['Kadishub', 'Kepala Dinas Perhubungan Kota Lembah'],
    ['Kadisdik', 'Kepala Dinas Pendidikan'],
    ['Wagub', 'Wakil Gubernur Nusa Utara'],
    ['Sekda', 'Sekretaris Daerah'],
    ['Dirjen', 'Direktur Jenderal Bina Desa'],
  ] as const)('%s is filed under its role %s', (acronym, role) => {
    expect(acronymOf(acronym, words(role))).toBe(true);
    expect(openingLetters(words(role)[0]!)).toContain(acronym[0]!.toLowerCase());
  });
});

describe('a bare office acronym means the person introduced with the spelled-out role', () => {
  test.each([
    // At the cue.
    [
      [
        'Kepala Dinas Pertanian Kabupaten Sukamaju Hendro Wiyono mengatakan panen mundur dua pekan.',
        '“Hujan datang terlambat tahun ini,” kata Kadistan.',
      ],
      ['Hendro Wiyono'],
    ],
    // Opening a clause, then pointed back to.
    [
      [
        'Kepala Desa Mekarjaya Sutrisno Adi mengatakan jembatan gantung putus sejak Senin.',
        '“Anak-anak sekolah harus memutar lima kilometer,” kata Ketua RT Warsini.',
        'Kades meminta warga tidak menyeberang sungai.',
        '“Kami sudah lapor ke kecamatan,” kata dia.',
      ],
      ['Sutrisno Adi'],
    ],
  ])('%j', (paragraphs, speakers) => {
    expect(lastSpeakers(...paragraphs)).toEqual(speakers);
    // An acronym the cast read as a one-word name is acronymNamed's reading (its own switch).
    const readings = ['discourse.titleAcronym', 'discourse.acronymNamed'] as const;
    expect(withFeaturesOff(readings, () => lastSpeakers(...paragraphs))).not.toEqual(speakers);
  });

  test('an acronym no role is made from means nobody introduced', () => {
    const speakers = lastSpeakers(
      'Kepala Dinas Kesehatan Rina Safitri mengatakan kasus demam berdarah turun.',
      '“Jalan desa sudah kami perbaiki,” kata Kadishub.',
    );
    expect(speakers).not.toContain('Rina Safitri');
  });
});

describe('a commander’s title means the person introduced with the command written out or short', () => {
  // `Korem`, `Kodim`, `Kodam` are themselves `Komando` and a level: `Danrem` = `Komandan Korem`.
  // Another speaker in between, so the title, not the last speaker, decides.
  const between =
    'Kepala desa setempat, Siti Aminah, mengatakan warga sudah mengungsi. “Kami kewalahan,” kata Siti.';
  test.each([
    [
      'Komandan Korem 072/Gunung Sari Kolonel Inf Teguh Prasetyo meninjau tanggul yang jebol.',
      '“Prajurit kami berjaga sampai air surut,” tegas Danrem.',
      'Teguh Prasetyo',
    ],
    [
      'Komandan Kodim 0611/Lembah Hijau Letkol Inf Arif Budiman membuka posko di balai desa.',
      '“Logistik kami kirim malam ini juga,” ujar Dandim.',
      'Arif Budiman',
    ],
    [
      'Panglima Kodam IV/Samudra Mayjen TNI Yusuf Hakim menerima rombongan bupati.',
      '“Kami siap membantu pemerintah daerah,” kata Pangdam.',
      'Yusuf Hakim',
    ],
    [
      'Komandan Koramil Sukamaju Kapten Inf Dedi Kurnia ikut memadamkan api.',
      '“Warga jangan membakar lahan lagi,” pesan Danramil.',
      'Dedi Kurnia',
    ],
  ])('%s %s → %s', (intro, quote, speaker) => {
    expect(lastSpeakers(intro, between, quote)).toEqual([speaker]);
    const off = withFeaturesOff(['discourse.commandUnits'], () =>
      lastSpeakers(intro, between, quote),
    );
    expect(off).not.toEqual([speaker]);
  });

  test('a commander of another command is nobody introduced', () => {
    const speakers = lastSpeakers(
      'Komandan Kodim 0611/Lembah Hijau Letkol Inf Arif Budiman membuka posko di balai desa.',
      between,
      '“Semua pasukan siaga,” tegas Danrem.',
    );
    expect(speakers).not.toContain('Arif Budiman');
  });
});

// names.acronymAcrossJoins: a role of two fields joined by `dan` still spells its acronym.
describe('an acronym across a joined role names its holder', () => {
  const paragraphs = [
    'Kepala Dinas Pertanian dan Perkebunan Kabupaten Lubai, Ir. Darmaji Kusuma, MP, mengakui produksi kopi turun tahun ini.',
    '“Bibit sudah kami bagikan ke 14 kecamatan,” kata Kadistanbun.',
  ];
  test('read', () => {
    expect(lastSpeakers(...paragraphs)).toEqual(['Darmaji Kusuma']);
  });
  test('switched off, the acronym names nobody', () => {
    expect(
      withFeaturesOff(['names.acronymAcrossJoins'], () => lastSpeakers(...paragraphs)),
    ).not.toEqual(['Darmaji Kusuma']);
  });
});

describe('an acronym from an initial before `dan` and a compound word names its holder', () => {
  const paragraphs = [
    'Kepala Dinas Pemuda dan Olahraga Kabupaten Ende, Surtaman Dalimunthe, mengatakan beasiswa pelatih dibuka bulan depan.',
    'Pelari Kusnandar Tumangger mengaku siap melatih. “Saya mau berbagi,” kata Kusnandar.',
    '“Kami bantu sertifikasinya,” kata Kadispora.',
  ];
  test('read', () => {
    expect(lastSpeakers(...paragraphs)).toEqual(['Surtaman Dalimunthe']);
  });
  test.each(['names.acronymJoinedInitial', 'names.acronymLongSkip'] as const)(
    'switched off (%s), the acronym names nobody introduced',
    feature => {
      expect(withFeaturesOff([feature], () => lastSpeakers(...paragraphs))).not.toEqual([
        'Surtaman Dalimunthe',
      ]);
    },
  );
});
