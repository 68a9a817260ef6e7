import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';

// Invented sentences: the limits of this session's readings of lone names, kin and `sang`.
const direct = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.filter(q => q.type === 'direct');

describe('where the new readings stop', () => {
  test('`salah satu` before a noun for no people introduces nobody', () => {
    const { speakers } = analyzeBody(
      'Banjir merendam tiga desa. Kemuning, salah satu desa di lereng gunung, terisolasi.',
      '“Airnya datang cepat,” kata seorang warga.',
    );
    expect(speakers.map(s => s.name)).not.toContain('Kemuning');
  });

  test('`sang` + kin ends before a word of manner', () => {
    const quotes = direct(
      'Tumiran Sukardi (58), montir di bengkel itu, sudah sepekan sepi order. Istrinya, Jumirah, membuka warung kopi.',
      '“Warung juga ikut lengang,” kata sang istri seraya menunjuk kursi kosong.',
    );
    expect(quotes.map(q => [q.mention, q.speakers])).toEqual([['sang istri', ['Jumirah']]]);
  });

  test('a relative who reports is a source: `-nya` after them is theirs', () => {
    const quotes = direct(
      'Di ruang tunggu puskesmas, Kasinah (47) sudah dua jam menunggu giliran. Suaminya, Rudianto, mengatakan dokter baru datang siang.',
      '“Kami sudah antre sejak subuh,” ujarnya.',
    );
    expect(quotes.map(q => q.speakers)).toEqual([['Rudianto']]);
  });

  test('a kin noun said as address before a name stays the name’s', () => {
    const quotes = direct(
      'Paman Jayusman meresmikan jembatan gantung di desa itu.',
      '“Jembatan ini untuk anak-anak sekolah,” kata Paman Jayusman.',
    );
    expect(quotes[0]!.speakers.join(' ')).toContain('Jayusman');
  });
});
