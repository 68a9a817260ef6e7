import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

const OFFICIAL =
  'Kepala Dinas Perdagangan Kota Sukamaju, Budi Santoso, mengatakan stok cukup. "Kami sudah mengirim beras," kata Budi.';

/** The speakers of the last direct quote after the official's paragraph. */
function lastQuote(paragraph: string): string {
  const direct = analyzeBody(OFFICIAL, paragraph).quotes.filter(q => q.type === 'direct');
  return direct[direct.length - 1]!.speakers.join(' + ');
}

// discourse.statementAuthor: a written statement closed by a demonstrative as the speaker
// (`tulis keterangan tersebut`, `demikian bunyi pernyataan itu`) is its author, the nearest clause
// subject before it, not the official who spoke last.
const ROWS: [string, string][] = [
  [
    'Kementerian Perdagangan',
    'Kementerian Perdagangan dalam keterangan tertulisnya menyebutkan pasokan sedang dievaluasi. "Evaluasi dilakukan menyeluruh," tulis keterangan tersebut.',
  ],
  [
    'Serikat Pedagang Pasar',
    'Dalam pernyataan sikap yang dibacakan di depan balai kota, Serikat Pedagang Pasar menuntut harga diturunkan. "Pasar adalah nadi kota," demikian bunyi pernyataan itu.',
  ],
  [
    'PT Tani Makmur',
    'Dalam siaran pers, PT Tani Makmur membantah tudingan itu. "Kami tidak menimbun beras," demikian isi siaran pers tersebut.',
  ],
  [
    'Paguyuban Pedagang Pasar',
    'Paguyuban Pedagang Pasar juga mengirim surat terbuka kepada wali kota. "Jangan biarkan pedagang kecil tutup," tulis surat itu.',
  ],
];

describe('a statement pointed back to is its author (discourse.statementAuthor)', () => {
  test.each(ROWS)('%s', (author, paragraph) => expect(lastQuote(paragraph)).toBe(author));

  test.each(ROWS)('switched off: %s', (author, paragraph) => {
    const off = withFeaturesOff(['discourse.statementAuthor'], () => lastQuote(paragraph));
    expect(off).not.toBe(author);
  });

  test('a statement named with its author still goes to that author', () => {
    const paragraph =
      'Kementerian Perdagangan menyebutkan pasokan sedang dievaluasi. "Kami akan memanggil distributor," demikian pernyataan resmi Serikat Pedagang Pasar.';
    expect(lastQuote(paragraph)).toBe('Serikat Pedagang Pasar');
  });
});
