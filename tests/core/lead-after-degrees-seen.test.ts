import { describe, expect, test } from 'vitest';
import { analyzeBody, indirectQuotes } from './summarize';
import { withFeaturesOff, type FeatureName } from '../../core/engine/features';

const EARLIER =
  'Kusmawati Lubai, istri terdakwa, duduk di bangku pengunjung. “Suami saya cuma sopir kantor,” ujarnya.';

/**
 * A person brought in as the subject of a sentence that reports nothing keeps the `Ia` that opens
 * the next one, though another person spoke last.
 */
const CASES: readonly (readonly [feature: FeatureName, paragraph: string, expected: string])[] = [
  [
    'discourse.degreesClosedLead',
    'Kepala seksi penyidikan Bramantyo Kusnandar, SH, MH, lalu membacakan berkas dakwaan. Ia menegaskan, perkara itu sudah lengkap.',
    'perkara itu sudah lengkap → Bramantyo Kusnandar',
  ],
  [
    'discourse.degreesClosedLead',
    'Ketua tim penyidik Purbasari Wartinah, SH, MH, lalu memeriksa barang bukti. Ia menjelaskan, berkas itu sudah lengkap.',
    'berkas itu sudah lengkap → Purbasari Wartinah',
  ],
  [
    'discourse.seenPresented',
    'Di tribun penonton, tampak Hj. Purbasari Wartinah (70), pensiunan pelatih renang. Ia mengaku tidak pernah melewatkan lomba tahunan itu.',
    'tidak pernah melewatkan lomba tahunan itu → Purbasari Wartinah',
  ],
  [
    'discourse.seenPresented',
    'Di barisan depan terlihat Bramantyo Kusnandar, pensiunan masinis asal Cibening. Ia mengatakan stasiun itu dulu jauh lebih ramai.',
    'stasiun itu dulu jauh lebih ramai → Bramantyo Kusnandar',
  ],
  // Opening the sentence, the verb is no part of the name after it.
  [
    'discourse.seenPresented',
    'Tampak Bramantyo Kusnandar, kuasa hukum terdakwa, berbincang dengan kliennya. Ia mengatakan bahwa dakwaan jaksa itu lemah.',
    'dakwaan jaksa itu lemah → Bramantyo Kusnandar',
  ],
];

describe('a person brought in before the next `Ia`', () => {
  test.each(CASES)('%s: %s', (_feature, paragraph, expected) =>
    expect(indirectQuotes(EARLIER, paragraph)).toContain(expected),
  );
  test.each(CASES)('without %s: %s', (feature, paragraph, expected) =>
    withFeaturesOff([feature], () =>
      expect(indirectQuotes(EARLIER, paragraph)).not.toContain(expected),
    ),
  );
});

/** Each quote's speakers of invented paragraphs. */
const speakers = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.map(q => q.speakers);

describe('a speaker the story comes back to', () => {
  test('a possessor named in passing is no returning speaker', () =>
    expect(
      speakers(
        'Sukamto Jonaedi sudah 30 tahun melaut dari dermaga itu. “Angin barat tahun ini lain,” kata Pak Kamto.',
        'Ketua kelompok nelayan, Sekarwangi, mengaku hasil tangkapan turun separuh. “Kami lebih sering di darat,” ujarnya.',
        'Menurut catatan kelompok, perahu milik Sukamto termasuk yang paling tua di dermaga itu.',
        '“Kami akan usulkan bantuan mesin untuk perahu tua,” ujarnya.',
      ).at(-1),
    ).toEqual(['Sekarwangi']));
  const paragraphs = [
    'Sukamto Jonaedi sudah 30 tahun melaut dari dermaga itu. “Angin barat tahun ini lain,” kata Pak Kamto.',
    'Ketua kelompok nelayan, Sekarwangi, mengaku hasil tangkapan turun separuh.',
    '“Kami sekarang lebih sering di darat,” ujarnya.',
    'Hujan reda. Pak Kamto kembali menjemur ikan asin di halaman rumahnya. Ikan-ikan itu dibalik satu per satu.',
    '“Kalau laut sedang marah, ya kami tunggu,” tuturnya.',
  ];
  const expected = [['Sukamto Jonaedi'], ['Sekarwangi'], ['Sukamto Jonaedi']];
  test('the narrated earlier speaker keeps the next -nya', () =>
    expect(speakers(...paragraphs).filter((_, i) => i !== 1)).toEqual(expected));
  test('without discourse.returningSpeaker', () =>
    withFeaturesOff(['discourse.returningSpeaker'], () =>
      expect(speakers(...paragraphs).filter((_, i) => i !== 1)).not.toEqual(expected),
    ));
});
