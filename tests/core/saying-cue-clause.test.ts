import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

const indirectOf = (paragraph: string) =>
  analyzeBody(paragraph)
    .quotes.filter(q => q.type === 'indirect')
    .map(q => q.text);

describe('after a cue of plain saying, a noun first still opens the clause said', () => {
  test.each([
    [
      'Ketua paguyuban pedagang Darmaji Suwito mengatakan pembeli sepi sejak harga naik.',
      'pembeli sepi sejak harga naik',
    ],
    [
      'Kepala sekolah itu, Rini Lestari, berkata pendaftaran murid baru ramai tahun ini.',
      'pendaftaran murid baru ramai tahun ini',
    ],
    [
      'Warsito Hadi mengatakan pendapatan nelayan anjlok selama musim angin barat.',
      'pendapatan nelayan anjlok selama musim angin barat',
    ],
  ])('%s → reported', (paragraph, text) => {
    expect(indirectOf(paragraph)).toEqual([text]);
    // `harga naik` has a bare verb of its own (reported.bareVerbs): both readings off.
    const off = ['reported.sayingTakesClause', 'reported.bareVerbs'] as const;
    expect(withFeaturesOff(off, () => indirectOf(paragraph))).toEqual([]);
  });

  test.each([
    // A demonstrative or a topic word still makes the object a thing.
    ['Darmaji Suwito mengatakan hal itu seusai rapat di balai desa.'],
    ['Rini Lestari berkata soal pendaftaran murid baru kepada wartawan.'],
    // Verbs of explaining or stressing keep taking things as objects.
    ['Warsito Hadi menjelaskan penataan ulang trayek angkutan kota.'],
    ['Warsito Hadi menegaskan komitmennya dalam pertemuan itu.'],
  ])('%s → no reported quote', paragraph => {
    expect(indirectOf(paragraph)).toEqual([]);
  });
});
