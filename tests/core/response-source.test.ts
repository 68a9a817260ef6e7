import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

// discourse.responseSource: the person a response comes from (`Penjelasan tersebut mengundang protes dari
// X`, `Kritik keras datang dari Y`) takes a side, a source as a response passive's agent is: the
// `Ia` opening the next sentence, and the quote after it, are theirs, not the one they answered.
const CAMAT =
  'Camat Joko Pramudito menyatakan bantuan beras sudah disalurkan ke semua desa. “Semua sudah kami bagikan pekan lalu,” kata Joko.';
const ROWS: [string, string[]][] = [
  [
    'Nur Halimah',
    [
      CAMAT,
      'Penjelasan tersebut mengundang protes dari Nur Halimah. Ia menilai data penerima tidak pernah diperbarui. “Tetangga saya yang janda malah tidak dapat,” tegasnya.',
    ],
  ],
  [
    'Wayan Sudarma',
    [
      CAMAT,
      'Kritik keras juga datang dari Wayan Sudarma. Ia mengatakan pedagang kecil tidak pernah didata.',
      '“Kami seperti tidak dianggap warga,” ujarnya.',
    ],
  ],
  [
    'Rina Kartika',
    [
      CAMAT,
      'Pernyataan tersebut menuai kecaman dari anggota DPRD Rina Kartika. Menurut dia, sebagian beras yang dibagikan sudah berkutu.',
      '“Itu tidak layak dimakan,” ucapnya.',
    ],
  ],
];

describe('the source of a response is the next pronoun’s source (discourse.responseSource)', () => {
  test.each(ROWS)('%s', (who, paragraphs) => {
    expect(lastSpeakers(...paragraphs)).toEqual([who]);
  });

  test.each(ROWS)('switched off: %s loses the pronoun', (who, paragraphs) => {
    const off = withFeaturesOff(['discourse.responseSource'], () => lastSpeakers(...paragraphs));
    expect(off).not.toEqual([who]);
  });

  // A response a named person earned (`Joko menuai kritik dari X`) keeps that person the topic.
  test('after a named subject the subject stays the topic', () => {
    expect(
      lastSpeakers(
        CAMAT,
        'Joko menuai kritik dari warga Desa Sukamaju, Nur Halimah. Ia kemudian menggelar rapat dengan para kepala desa.',
        '“Datanya akan kami periksa ulang,” ujarnya.',
      ),
    ).toEqual(['Joko Pramudito']);
  });
});
