import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

/**
 * A description by sex, age or kinship at a quote's cue (`ujar pria 38 tahun itu`, `kata nenek
 * lima cucu itu`, `kata pria yang … itu`) stands, like `ujar perempuan itu`, for the person the
 * text just brought in as a clause's subject, even one merely talked about (a victim, a resident
 * who fled), not for the official who spoke before.
 */
const CASES: readonly (readonly [string, readonly string[], string])[] = [
  [
    'a victim introduced after an official, described by age',
    [
      'Kepala Dinas Koperasi Wonoasri Lestiani Wuryan mengatakan aduan soal pinjaman liar naik tiga kali lipat. “Bunganya mencekik,” kata Lestiani.',
      'Lestiani menjelaskan, pihaknya sudah memblokir ratusan aplikasi. Namun, ia mengakui pemblokiran tidak pernah tuntas.',
      'Korban lain, Ujang Suherman, kehilangan sepeda motornya karena utang Rp 2 juta.',
      '“Sekarang tagihannya Rp 12 juta,” ujar pria 38 tahun itu.',
    ],
    'Ujang Suherman',
  ],
  [
    'a resident who fled, described by a count of grandchildren',
    [
      'Camat Mejobo Agus Wiratmaja mengatakan 420 warga mengungsi. “Kami sudah menyiapkan dapur umum,” kata Agus.',
      'Sumiyati, warga Desa Kesambi, terpaksa mengungsi bersama suaminya, Parno, dan dua cucunya.',
      '“Air masuk rumah tengah malam,” kata nenek enam cucu itu.',
    ],
    'Sumiyati',
  ],
  [
    'a farmer described by a relative clause',
    [
      'Kepala Dinas Perikanan Sumenep Moh Ridwan mengatakan produksi garam turun. “Cuaca sulit diprediksi,” kata Ridwan.',
      'Ridwan menambahkan, pihaknya menyiapkan bantuan terpal. Namun, ia mengakui jumlahnya terbatas.',
      'Hasan, petani garam di Desa Pinggir Papas, sudah dua kali gagal panen.',
      '“Modal saya habis untuk membeli terpal,” kata pria yang sudah 30 tahun menggarap tambak di desa itu.',
    ],
    'Hasan',
  ],
];

describe('a person described by age, kin or a relative clause is the person just brought in', () => {
  test.each(CASES)('%s', (_, paragraphs, speaker) => {
    expect(lastSpeakers(...paragraphs)).toEqual([speaker]);
  });

  test.each([
    ['discourse.describedSubject', [0, 1]],
    ['discourse.describedPersonDetail', [0]],
  ] as const)('switched off, %s no longer finds them', (feature, cases) => {
    for (const k of cases) {
      const [, paragraphs, speaker] = CASES[k]!;
      withFeaturesOff([feature], () => expect(lastSpeakers(...paragraphs)).not.toEqual([speaker]));
    }
  });

  test('a kin word heads such a description', () => {
    const paragraphs = [
      'Kepala Dinas Kesehatan Wailaru Markus Bana mengatakan angka gizi buruk turun. “Kami rutin menimbang balita,” kata Markus.',
      'Di Desa Wailaru, bidan desa Maria Tefa menimbang 30 balita setiap bulan.',
      '“Anak-anak sekarang jarang sakit,” kata mama empat anak itu.',
    ];
    expect(lastSpeakers(...paragraphs)).toEqual(['Maria Tefa']);
  });
});
