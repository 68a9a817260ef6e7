import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { indirectQuotes } from './summarize';
import { sourceRows, type SourceRow } from './source-rows';

// discourse.askedByPress: the one the press asks answers next; the press asking is no source
// and reports nothing.
const ROWS: readonly SourceRow[] = [
  [
    'Rina Kartika',
    'Wali Kota Lembah, Rudi Santika, meresmikan terminal baru. “Terminal ini buka 24 jam,” kata Rudi. Wartawan kemudian bertanya kepada Kepala Dinas Perhubungan, Ir. Rina Kartika, soal tarif parkir.',
    'Dia menjawab: “Tarifnya belum naik tahun ini.”',
  ],
  [
    'Andi Wijaya',
    'Manajer tim, Joko Susilo, mengumumkan kontrak pemain baru. “Kami puas dengan latihan pekan ini,” kata Joko. Wartawan bertanya kepada Andi Wijaya soal peluang timnya.',
    '“Kami harus menang di kandang,” ujarnya.',
  ],
  [
    'Bambang Wijaya',
    'Mayor Rudi Santika opened the new market. "Traders will pay no rent this year," Rudi said. Reporters asked the market manager, Bambang Wijaya, about the parking area.',
    '"It will be ready in March," he said.',
  ],
];

describe('the one the press asks answers next (discourse.askedByPress)', () => {
  sourceRows(ROWS, 'discourse.askedByPress');

  // `bertanya` with only what was asked about is no statement, whoever asks (reported.questionCue),
  // and the press asking is none either; English `asked` also asks somebody to act, so there only
  // the press asking is left out.
  test.each([
    [
      'Wartawan bertanya kepada Kepala Dinas Perhubungan, Ir. Rina Kartika, soal jadwal uji kendaraan.',
      ['reported.questionCue', 'discourse.askedByPress'],
    ],
    ['Reporters asked Rudi Santika about the market fees.', ['discourse.askedByPress']],
  ] as const)('no statement: %s', (sentence, features) => {
    expect(indirectQuotes(sentence)).toEqual([]);
    expect(withFeaturesOff([...features], () => indirectQuotes(sentence))).not.toEqual([]);
  });
});
