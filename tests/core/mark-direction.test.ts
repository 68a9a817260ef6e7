import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';

/** Analyses invented paragraphs; the quotes as [text, speakers, cue]. */
const run = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.map(q => [q.text, q.speakers, q.cue]);

const INTRO = 'Ketua RT 05 Sukamaju, Hendra Wijaya, memastikan warga sudah mengungsi.';

describe('finds quotes whose closing mark is typed as an opener', () => {
  test.each([
    ['“Kami akan terus menjaga posko ini sampai air surut, “ ungkapnya.', 'ungkapnya'],
    ['“Kami akan terus menjaga posko ini sampai air surut, “ kata Hendra.', 'kata'],
    ['“Kami akan terus menjaga posko ini sampai air surut. “ Hendra lalu pergi.', null],
    ['"Kami akan terus menjaga posko ini sampai air surut,” ujar dia.', 'ujar'],
    ['“Kami akan terus menjaga posko ini sampai air surut," ujar dia.', 'ujar'],
  ])('%s', (line, cue) => {
    expect(run(INTRO, line)).toContainEqual([
      'Kami akan terus menjaga posko ini sampai air surut',
      ['Hendra Wijaya'],
      cue,
    ]);
  });

  test('the next quote after such a closer still opens', () => {
    const quotes = run(
      INTRO,
      '“Air naik sejak subuh tadi, “ ungkapnya. “Semua lansia sudah kami pindahkan ke masjid.”',
    );
    expect(quotes.map(q => q[0])).toEqual([
      'warga sudah mengungsi',
      'Air naik sejak subuh tadi',
      'Semua lansia sudah kami pindahkan ke masjid',
    ]);
  });
});

describe('ignores apostrophes and terms while pairing by position', () => {
  test.each([
    ['Warga membaca tulisan “Jalan Ditutup” di depan gang, lalu berbalik.'],
    ["Pengajian Jum'at di rumah Ma'ruf dihadiri puluhan warga."],
    ['Posko itu diberi nama “Posko Peduli” oleh warga, “ dan ramai dikunjungi.'],
  ])('%s', line => {
    expect(run(line)).toEqual([]);
  });
});
