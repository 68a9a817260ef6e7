import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { indirectQuotes } from './summarize';
import { sourceRows, type SourceRow } from './source-rows';

// discourse.askedByPress: the one the press asks answers next; the press asking is no source
// and reports nothing.
const ROWS: readonly SourceRow[] = [
  [
    'Rina Kartika',
    'Bupati Sukamaju, Rudi Santika, meninjau puskesmas. “Pelayanan harus tetap jalan,” kata Rudi. Wartawan kemudian bertanya kepada Kepala Dinas Kesehatan, dr. Rina Kartika, mengenai stok obat.',
    'Dia menjelaskan: “Stok kami cukup sampai akhir tahun.”',
  ],
  [
    'Andi Wijaya',
    'Manajer tim, Joko Susilo, mengumumkan kontrak pemain baru. “Kami puas dengan latihan pekan ini,” kata Joko. Wartawan bertanya kepada Andi Wijaya soal peluang timnya.',
    '“Kami harus menang di kandang,” ujarnya.',
  ],
  [
    'Bambang Wijaya',
    'Regent Rudi Santika visited the shelter. "We have enough tents," Rudi said. Journalists asked the head of the health office, Bambang Wijaya, about the medicine stock.',
    '"Our stock lasts until December," he said.',
  ],
];

describe('the one the press asks answers next (discourse.askedByPress)', () => {
  sourceRows(ROWS, 'discourse.askedByPress');

  // `bertanya` with only what was asked about is no statement, whoever asks (reported.questionCue),
  // and the press asking is none either; English `asked` also asks somebody to act, so there only
  // the press asking is left out.
  test.each([
    [
      'Wartawan bertanya kepada Direktur RSUD Sukamaju, dr. Rina Kartika, mengenai ketersediaan tempat tidur.',
      ['reported.questionCue', 'discourse.askedByPress'],
    ],
    ['Journalists asked Rudi Santika about the flood budget.', ['discourse.askedByPress']],
  ] as const)('no statement: %s', (sentence, features) => {
    expect(indirectQuotes(sentence)).toEqual([]);
    expect(withFeaturesOff([...features], () => indirectQuotes(sentence))).not.toEqual([]);
  });
});
