import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** Each quote of invented paragraphs as [type, text, speakers]. */
const run = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.map(q => [q.type, q.text, q.speakers]);

describe('a predicative cue before a feeling reports no statement', () => {
  test.each([
    ['Pemilik sapi, Darmin Sutedjo, mengaku lega karena jembatan desa dibuka lagi.'],
    ['Pemilik sapi, Darmin Sutedjo, mengaku sangat kecewa dengan putusan hakim.'],
    ['Darmin Sutedjo mengaku kaget melihat harga pupuk naik.'],
  ])('%s', line => {
    expect(run(line)).toEqual([]);
  });

  test.each([
    ['Darmin Sutedjo mengaku kehilangan uang Rp 5 juta.', 'kehilangan uang Rp 5 juta'],
    ['Darmin Sutedjo mengaku tidak tahu soal rencana itu.', 'tidak tahu soal rencana itu'],
  ])('a claim is still one: %s', (line, text) => {
    expect(run(line)).toEqual([['indirect', text, ['Darmin Sutedjo']]]);
  });

  test('the one who felt it is still who the text goes on about', () => {
    const got = run(
      'Kepala Desa Sukamaju, Hartono, mengatakan pencuri sapi sudah ditangkap.',
      'Pemilik sapi, Darmin Sutedjo, mengaku lega karena sapinya ditemukan.',
      '”Sapi itu tabungan keluarga kami,” katanya.',
    );
    expect(got.map(q => q[2])).toEqual([['Hartono'], ['Darmin Sutedjo']]);
  });

  test('switched off, the feeling is read as a statement', () => {
    const line = 'Darmin Sutedjo mengaku lega karena jembatan desa dibuka lagi.';
    const off = withFeaturesOff(['reported.feelingNotClause'], () => run(line));
    expect(off).toEqual([
      ['indirect', 'lega karena jembatan desa dibuka lagi', ['Darmin Sutedjo']],
    ]);
  });
});
