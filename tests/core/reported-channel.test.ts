import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';

/** The indirect quotes of `line` as [text, speakers]. */
const indirect = (line: string) =>
  analyzeBody(line)
    .quotes.filter(q => q.type === 'indirect')
    .map(q => [q.text, q.speakers]);

describe('a statement channel between the subject and its cue (`dalam keterangan tertulisnya`)', () => {
  test.each([
    [
      'Kementerian Kesehatan dalam keterangan tertulisnya menyatakan seluruh pasien dalam kondisi stabil.',
      'seluruh pasien dalam kondisi stabil',
      'Kementerian Kesehatan',
    ],
    [
      'Dinas Pertanian Kabupaten Cibening dalam siaran persnya juga menyatakan akan menambah jatah pupuk bersubsidi.',
      'akan menambah jatah pupuk bersubsidi',
      'Dinas Pertanian Kabupaten Cibening',
    ],
    [
      'Rina Kartika melalui akun Instagram pribadinya mengatakan bahwa acara itu ditunda hingga bulan depan.',
      'acara itu ditunda hingga bulan depan',
      'Rina Kartika',
    ],
  ])('%s', (line, text, speaker) => {
    expect(indirect(line)).toEqual([[text, [speaker]]]);
  });
});

describe('a stance noun with its preposition is what was expressed, not a clause', () => {
  test.each([
    [
      'Dinas Pertanian dalam siaran persnya menyatakan dukungan terhadap perpanjangan masa tanam menjadi empat bulan.',
    ],
    ['Rina Kartika menyampaikan keprihatinannya atas banjir yang menjadi bencana tahunan warga.'],
  ])('%s', line => {
    expect(indirect(line)).toEqual([]);
  });
});

test('after `mengatakan` the same words open a clause', () => {
  expect(
    indirect('Rina Kartika mengatakan dukungan terhadap program itu terus mengalir dari warga.'),
  ).toEqual([['dukungan terhadap program itu terus mengalir dari warga', ['Rina Kartika']]]);
});

test('`akan` after a possessed noun is the future, not a stance preposition', () => {
  expect(indirect('Rina Kartika menyatakan kliennya akan mengajukan banding pekan ini.')).toEqual([
    ['kliennya akan mengajukan banding pekan ini', ['Rina Kartika']],
  ]);
});

test('a message noun with its topic after a verb of expressing is what was said about, not a clause', () => {
  expect(
    indirect(
      'Rina Kartika menyampaikan pesan-pesannya mengenai keselamatan berkendara di jalan yang licin.',
    ),
  ).toEqual([]);
});
