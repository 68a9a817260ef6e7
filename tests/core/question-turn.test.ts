import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The speakers of every direct quote of invented paragraphs, in order. */
const directSpeakers = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs)
    .quotes.filter(q => q.type === 'direct')
    .map(q => q.speakers.join(' + '));

// A hearing: the coach opens, the reporter asks, the coach answers, the reporter asks again.
const HEARING = [
  'Pelatih kepala Persada FC, Sukamto Purbasari, meminta maaf kepada suporter.',
  '“Saya yang bertanggung jawab atas kekalahan ini,” kata Sukamto.',
  'Anggota Komisi X, Kusmawati Bramantyo, langsung menyela.',
  '“Pak Pelatih, kalau tim kalah lagi, apa yang akan Bapak lakukan?”',
  '“Kami akan evaluasi menyeluruh, Bu. Semua pemain akan saya panggil.”',
  '“Jangan sampai suporter menunggu lagi. Evaluasi itu kapan selesai?”',
  '“Akhir bulan ini, Bu.”',
];

describe('turns in an exchange of quotes without cues (discourse.questionTurn)', () => {
  test('the one asked answers, and the asker asks again', () => {
    expect(directSpeakers(...HEARING)).toEqual([
      'Sukamto Purbasari',
      'Kusmawati Bramantyo',
      'Sukamto Purbasari',
      'Kusmawati Bramantyo',
      'Sukamto Purbasari',
    ]);
  });

  test('switched off, the previous speaker goes on answering herself', () => {
    const speakers = withFeaturesOff(['discourse.questionTurn'], () => directSpeakers(...HEARING));
    expect(speakers.slice(2)).toEqual([
      'Kusmawati Bramantyo',
      'Kusmawati Bramantyo',
      'Kusmawati Bramantyo',
    ]);
  });

  test('a question with its own cue may go on in its speaker’s next paragraph', () => {
    const speakers = directSpeakers(
      'Pelatih kepala Persada FC, Sukamto Purbasari, meminta maaf kepada suporter.',
      '“Saya yang bertanggung jawab atas kekalahan ini,” kata Sukamto.',
      'Anggota Komisi X, Kusmawati Bramantyo, lalu mengkritik cara tim bertahan.',
      '“Kenapa lini belakang selalu terlambat turun?” ujarnya.',
      '“Saya minta manajemen segera mencari bek tengah baru.”',
    );
    expect(speakers.at(-1)).toBe('Kusmawati Bramantyo');
  });
});

describe('a name set off after a governed description is no floating subject (discourse.floatingGoverned)', () => {
  const lines = [
    'Ketua bank sampah, Sukamto Purbasari, menuturkan tabungan warga terus bertambah.',
    '“Sekarang hampir semua rumah ikut menabung,” ujar Sukamto.',
    'Pagi itu, Sukamto memeriksa buku catatan sambil bertanya kepada bendahara bank sampah, Kusmawati Bramantyo (38). “Berapa yang terkumpul bulan ini, Bu?”',
  ];

  test('the question after `bertanya kepada …, X (38).` is the asker’s', () => {
    expect(directSpeakers(...lines).at(-1)).toBe('Sukamto Purbasari');
  });

  // The age in brackets after the name no longer hides the preposition governing the description
  // (discourse.governedDescriptionAged).
  test.each([['discourse.floatingGoverned'], ['discourse.governedDescriptionAged']] as const)(
    'switched off (%s), the one asked took it',
    feature => {
      const speakers = withFeaturesOff([feature], () => directSpeakers(...lines));
      expect(speakers.at(-1)).toBe('Kusmawati Bramantyo');
    },
  );
});
