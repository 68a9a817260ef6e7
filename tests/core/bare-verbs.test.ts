import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The reported quotes of invented paragraphs as [text, speakers]. */
const reported = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs)
    .quotes.filter(q => q.type === 'indirect')
    .map(q => [q.text, q.speakers]);

const HEAD = 'Kepala Dinas PUPR Kota Lembang, Dedi Mulyadi,';

describe('a bare intransitive verb carries a reported clause’s predicate', () => {
  test.each([
    ['memperkirakan', 'perbaikan baru selesai akhir bulan depan'],
    ['memperkirakan', 'perbaikan jembatan rampung sebelum Lebaran'],
    ['memprediksi', 'harga semen naik menjelang musim hujan'],
    ['menaksir', 'bantuan logistik tiba di lokasi pada Rabu'],
    ['menyebut', 'kabel listrik di tiga dusun putus'],
    ['melaporkan', 'tiga rumah warga hanyut terbawa arus'],
    ['menyebut', 'listrik di empat kecamatan padam sejak pagi'],
  ])('%s %s', (cue, clause) => {
    expect(reported(`${HEAD} ${cue} ${clause}.`)).toEqual([[clause, ['Dedi Mulyadi']]]);
  });

  test('one inside a relative clause is no main predicate', () => {
    const line = `${HEAD} mempertanyakan pembangunan gedung sekolah yang seharusnya tuntas tahun lalu.`;
    expect(reported(line)).toEqual([]);
  });

  test('switched off, the estimate reads as a noun object', () => {
    const line = `${HEAD} memperkirakan perbaikan baru selesai akhir bulan depan.`;
    expect(withFeaturesOff(['reported.bareVerbs'], () => reported(line))).toEqual([]);
  });
});
