import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

/**
 * A `sang` description opening a clause of the running text (`Sang mantan kepala desa terlihat
 * …`, `Meski begitu, sang pelatih …`) points back to the office's holder, who then opens the
 * sentence as its subject: the `-nya` after it is theirs (`names.sangSubject`).
 */
const COURT = [
  'Majelis hakim menjatuhkan vonis lima tahun penjara kepada mantan Kepala Desa Wanasari, Darmin Tosepu.',
  'Penasihat hukum terdakwa, Yakobus Lefaan, menilai majelis mengabaikan bukti kuitansi. “Kami pikir-pikir dulu,” ujar Yakobus.',
];
const COACHES = [
  'Pelatih Persiba, Yohan Mandowen, puas dengan hasil laga. “Kami bermain disiplin,” kata Yohan.',
  'Kapten Persiba, Rudi Hartono, menilai timnya sempat kesulitan. “Babak pertama berat,” ujar Rudi.',
];

describe('a sang description opening a clause is its office’s holder', () => {
  test.each([
    [
      'at a sentence’s start',
      [
        ...COURT,
        'Sang mantan kepala desa tertunduk sepanjang sidang. “Saya terima saja,” ucapnya.',
      ],
      ['Darmin Tosepu'],
    ],
    [
      'after a connective and a comma',
      [
        ...COACHES,
        'Meski begitu, sang pelatih enggan berpuas diri. “Masih banyak yang harus dibenahi,” katanya.',
      ],
      ['Yohan Mandowen'],
    ],
  ])('%s', (_, paragraphs, speakers) => {
    expect(lastSpeakers(...paragraphs)).toEqual(speakers);
  });

  test('switched off, `Sang` is read as a person of its own', () => {
    const paragraphs = [
      ...COURT,
      'Sang mantan kepala desa tertunduk sepanjang sidang. “Saya terima saja,” ucapnya.',
    ];
    expect(withFeaturesOff(['names.sangSubject'], () => lastSpeakers(...paragraphs))).not.toEqual([
      'Darmin Tosepu',
    ]);
  });
});
