import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The direct quotes of invented paragraphs as [text, speakers]. */
const run = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs)
    .quotes.filter(q => q.type === 'direct')
    .map(q => [q.text, q.speakers]);

const SAID = 'Semua kontainer kami periksa satu per satu';

describe('an office acronym opening a bracket with its organisation’s acronym names the holder alone', () => {
  test.each([
    [
      'Kepala Seksi Operasi Balai Wilayah (Kasiops Balwil) Cibening Hendra Sasmita mengatakan pemeriksaan selesai pekan depan.',
      'Kasiops',
      'Hendra Sasmita',
    ],
    [
      'Kepala Bagian Pengawasan Dinas Pangan (Kabagwas Dispa) Sukamaju, Ratna Kusumawardani, menyebut beras itu layak edar.',
      'Kabagwas',
      'Ratna Kusumawardani',
    ],
    [
      'Dalam rapat itu, Kepala Subbidang Logistik Badan Cadangan (Kasublog Bacad) Desa Mekar Agus Prasetyo hadir bersama stafnya.',
      'Kasublog',
      'Agus Prasetyo',
    ],
  ])('%s … kata %s', (intro, title, speaker) => {
    expect(run(intro, `"${SAID}," kata ${title}.`)).toEqual([[SAID, [speaker]]]);
  });

  test('a continuation after it stays with the holder', () => {
    const intro =
      'Kepala Seksi Operasi Balai Wilayah (Kasiops Balwil) Cibening Hendra Sasmita mengatakan pemeriksaan selesai pekan depan.';
    expect(run(intro, `"${SAID}," kata Kasiops.`, '"Tidak ada yang lolos," lanjutnya.')).toEqual([
      [SAID, ['Hendra Sasmita']],
      ['Tidak ada yang lolos', ['Hendra Sasmita']],
    ]);
  });

  test('the bracket’s second word, the organisation’s acronym, names nobody new as the office', () => {
    const intro =
      'Kepala Seksi Operasi Balai Wilayah (Kasiops Balwil) Cibening Hendra Sasmita mengatakan pemeriksaan selesai pekan depan.';
    const speakers = run(intro, `"${SAID}," kata Kasiops.`).map(q => q[1]);
    expect(speakers).not.toContainEqual(['Balwil']);
  });

  test('switched off, the acronym alone is read as a name of its own', () => {
    const intro =
      'Kepala Seksi Operasi Balai Wilayah (Kasiops Balwil) Cibening Hendra Sasmita mengatakan pemeriksaan selesai pekan depan.';
    const off = withFeaturesOff(['discourse.bracketOpeningAcronym'], () =>
      run(intro, `"${SAID}," kata Kasiops.`),
    );
    expect(off).toEqual([[SAID, ['Kasiops']]]);
  });
});
