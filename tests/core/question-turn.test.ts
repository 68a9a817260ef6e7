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

  // A question put by the speaker who just spoke is rhetorical: that speaker goes on.
  test.each([
    ['Kusmawati juga mempersoalkan sumber dana. “Dari mana uang untuk menutup defisit?”'],
    ['“Lalu siapa yang akan menanggung utang ini?”'],
  ])('a rhetorical question: %s', question => {
    const speakers = directSpeakers(
      'Pelatih kepala Persada FC, Sukamto Purbasari, meminta maaf kepada suporter.',
      '“Saya yang bertanggung jawab atas kekalahan ini,” kata Sukamto.',
      'Anggota Komisi X, Kusmawati Bramantyo, menilai hitungan anggaran klub keliru.',
      '“Manajemen terlalu optimistis,” ujar Kusmawati.',
      question,
      '“Manajemen harus jujur kepada suporter soal utang klub.”',
    );
    expect(speakers.at(-1)).toBe('Kusmawati Bramantyo');
  });

  test('a question cued by asking (`tanya wartawan`) is answered by the one asked', () => {
    const lines = [
      'Pelatih kepala Persada FC, Sukamto Purbasari, meminta maaf kepada suporter.',
      '“Saya yang bertanggung jawab atas kekalahan ini,” kata Sukamto.',
      '“Apakah posisi Anda terancam setelah tiga kekalahan beruntun?” tanya seorang wartawan.',
      '“Itu wewenang manajemen. Tugas saya menyiapkan tim.”',
    ];
    expect(directSpeakers(...lines).at(-1)).toBe('Sukamto Purbasari');
    const off = withFeaturesOff(['discourse.questionTurn'], () => directSpeakers(...lines));
    expect(off.at(-1)).toBe('');
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

describe('the one asked is no floating subject of the question after (discourse.floatingGoverned)', () => {
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

  test('one set off inside a phrase of source or owning does not take the quote', () => {
    const speakers = directSpeakers(
      'Ketua kelompok tani, Kusmawati Bramantyo, berdiri sambil memegang seikat padi.',
      '“Kami tidak mau sawah ini jadi gudang,” kata Kusmawati.',
      'Padi itu dipanen dari petak milik almarhum ayahnya, Haji Sukamto, yang dulu membuka sawah di sana.',
      '“Bapak-bapak lihat sendiri, padinya bagus begini.”',
    );
    expect(speakers.at(-1)).toBe('Kusmawati Bramantyo');
  });

  // Met, interviewed or befallen, a person set off after a description speaks next.
  test.each([
    'Tim kami juga mewawancarai pedagang sayur, Kusmawati Bramantyo (45).',
    'Hal serupa juga terjadi pada pedagang sayur, Kusmawati Bramantyo (45).',
    'Nasib serupa menimpa pedagang sayur, Kusmawati Bramantyo.',
  ])('%s', narrative => {
    const speakers = directSpeakers(
      'Pedagang cabai, Sukamto Purbasari, mengeluhkan sepinya pembeli.',
      '“Sekarang sehari cuma laku lima kilo,” kata Sukamto.',
      narrative,
      '“Pembeli sekarang lebih suka belanja daring, kios kami makin sepi.”',
    );
    expect(speakers.at(-1)).toBe('Kusmawati Bramantyo');
  });
});
