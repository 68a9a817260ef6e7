/**
 * discourse.pronounTopic: a sentence after a quote that opens with `ia`/`dia`/`she` carries on its
 * speaker as the topic, so a person named after it as the object's appositive does not take the
 * next `dia` or `-nya`.
 */
import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** Each quote of invented paragraphs as [text, speakers]. */
const run = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.map(q => [q.text, q.speakers]);

const ANALYST = [
  'Peneliti kebijakan publik Universitas Lembah Hijau, Ratih Maharani, menilai kenaikan tarif air itu terlalu tinggi.',
  '“Warga kecil yang paling merasakan dampaknya,” kata Ratih saat dihubungi, Senin.',
];

describe('a pronoun opening a sentence after a quote keeps its speaker the topic', () => {
  test.each([
    [
      'Ia kemudian mengingatkan kejadian tahun lalu. Waktu itu wali kota menegur Direktur PDAM setempat, Yoga Pratama. Dia menilai pemerintah kota harus membuka data biaya produksi.',
      'pemerintah kota harus membuka data biaya produksi',
    ],
    [
      'Dia lalu bercerita tentang banjir dua tahun lalu. Saat itu bupati mencopot Kepala Dinas Pekerjaan Umum, Hendra Wiguna. “Sejak itu tidak ada yang berubah,” ujarnya.',
      'Sejak itu tidak ada yang berubah',
    ],
  ])('%s', (line, said) => {
    expect(run(...ANALYST, line)).toContainEqual([said, ['Ratih Maharani']]);
    const off = withFeaturesOff(['discourse.pronounTopic'], () => run(...ANALYST, line));
    expect(off).not.toContainEqual([said, ['Ratih Maharani']]);
  });

  test('a person named as a subject before the pronoun opens the topic instead', () => {
    const line =
      'Sementara itu, Yoga Pratama mengundurkan diri dari jabatannya. Ia kemudian pindah ke Bandung. “Saya ingin istirahat dulu,” ujarnya.';
    expect(run(...ANALYST, line)).toContainEqual(['Saya ingin istirahat dulu', ['Yoga Pratama']]);
  });
});
