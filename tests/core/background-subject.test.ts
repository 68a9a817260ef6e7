import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { isBackgroundSentence } from '../../core/engine/discourse/background-clause';
import { lastSpeakers } from './summarize';

/**
 * A person a sentence set back in time brings in between a speaker's statement and its quote
 * (`Sebelumnya, Wali Kota X meresmikan …`, `X sempat meninjau …`, `… pekan lalu`) is background
 * the writer fills in: the next `ujarnya`/`kata dia` stays with the speaker (the discourse model's
 * `backgroundSubject`). A person brought in by a sentence of the story's present (`X hadir dalam
 * …`, `X meninjau lokasi`) still opens the topic.
 */
const BACKGROUND: [string[], string][] = [
  [
    [
      'Kepala Dinas Kesehatan Kota Bogor Retno Wulandari mengatakan pihaknya menambah tenaga medis.',
      'Sebelumnya, Wali Kota Bogor Arif Santoso meresmikan puskesmas baru di Tanah Sareal.',
      '“Kami ingin pelayanan lebih cepat,” ujarnya.',
    ],
    'Retno Wulandari',
  ],
  [
    [
      'Direktur Utama PT Maju Jaya Dewi Lestari menyampaikan laba perusahaan naik.',
      'Menurut catatan perusahaan, Menteri BUMN Erick Sitompul sempat meninjau pabrik itu pada Maret.',
      '“Kami akan menambah investasi,” katanya.',
    ],
    'Dewi Lestari',
  ],
  [
    [
      'Pengamat politik Universitas Indonesia, Rina Kusuma, menilai koalisi itu rapuh.',
      'Ketua umum partai, Bambang Sutrisno, pekan lalu bertemu presiden di istana.',
      '“Pertemuan itu simbolis saja,” ucapnya.',
    ],
    'Rina Kusuma',
  ],
  // Narrated on in the present tense, the person stays background until they report something.
  [
    [
      'Camat Cibinong Yusuf Maulana mengatakan jalan itu rusak sejak tahun lalu.',
      'Seorang pengendara motor, Asep Hidayat, terjatuh di lubang jalan pekan lalu.',
      'Asep mengalami patah tulang.',
      '“Kami sudah mengusulkan perbaikan,” kata dia.',
    ],
    'Yusuf Maulana',
  ],
  [
    [
      'Council leader Mary Olsen said the library would stay open.',
      'Former mayor Tom Becker had closed two branches in 2015.',
      '“We will not repeat that,” she said.',
    ],
    'Mary Olsen',
  ],
];

const PRESENT: [string[], string][] = [
  [
    [
      '“Festival ini untuk warga,” kata panitia Rudi.',
      'Wali Kota Malang Sutiaji Rahman hadir dalam pembukaan festival itu.',
      '“Kami mendukung penuh kegiatan ini,” kata dia.',
    ],
    'Sutiaji Rahman',
  ],
  [
    [
      'Banjir melanda tiga kecamatan.',
      'Bupati Bandung Dadang Supriatna meninjau lokasi banjir pada Minggu.',
      '“Kami siapkan dapur umum,” kata dia.',
    ],
    'Dadang Supriatna',
  ],
  // What describes the person (a relative clause) or what was said does not set the clause back.
  [
    [
      '“Festival ini untuk warga,” kata panitia Rudi.',
      'Wali Kota Malang, Sutiaji Rahman, yang pernah menjabat camat di sana, hadir dalam pembukaan.',
      '“Kami mendukung penuh kegiatan ini,” kata dia.',
    ],
    'Sutiaji Rahman',
  ],
  // Brought in by a reporting clause, a person is a new source even in the past.
  [
    [
      'Kepala Dinas Kesehatan Kota Bogor Retno Wulandari mengatakan pihaknya menambah tenaga medis.',
      'Sebelumnya, Wali Kota Bogor Arif Santoso mengatakan puskesmas baru segera dibuka.',
      '“Kami ingin pelayanan lebih cepat,” ujarnya.',
    ],
    'Arif Santoso',
  ],
];

describe('a person brought in by a sentence set back in time does not take the next quote', () => {
  test.each([...BACKGROUND, ...PRESENT])('%j → %s', (paragraphs, speaker) => {
    expect(lastSpeakers(...paragraphs)).toEqual([speaker]);
  });

  test('switched off, the official narrated in the background takes the quote', () => {
    const [paragraphs] = BACKGROUND[0]!;
    expect(
      withFeaturesOff(['discourse.backgroundSubject'], () => lastSpeakers(...paragraphs)),
    ).toEqual(['Arif Santoso']);
  });
});

describe('isBackgroundSentence reads the words that set a clause back in time', () => {
  test.each([
    ['Sebelumnya, Wali Kota X meresmikan puskesmas.', true],
    ['X sempat meninjau pabrik itu.', true],
    ['X pernah menjabat bupati.', true],
    ['X bertemu presiden pekan lalu.', true],
    ['Banjir serupa terjadi pada 2019 silam.', true],
    ['X met the president last week.', true],
    ['X had closed two branches.', true],
    ['X meninjau lokasi banjir pada Minggu.', false],
    ['X hadir dalam pembukaan festival itu.', false],
    ['X telah mengirim bantuan ke lokasi.', false],
    ['X, yang pernah menjabat camat, hadir dalam pembukaan.', false],
    ['“Saya sempat ragu,” kata X.', false],
    ['Bulan lalu-lalang kendaraan padat.', false],
  ])('%s → %s', (sentence, background) => {
    expect(isBackgroundSentence(sentence)).toBe(background);
  });
});
