import { describe, expect, test } from 'vitest';
import { withFeaturesOff, type FeatureName } from '../../core/engine/features';
import { isNewsOutlet } from '../../core/lexicon/publications';
import { lastSpeakers } from './summarize';

// A newsroom named in the copy interviews or carries the news; it never speaks (cast.newsOutlet).
describe('a newsroom by name is no speaker', () => {
  test.each([
    ['Republika', true],
    ['kompas.com', true],
    ['Metro  TV', true],
    // Common words and given names are left out, and an outlet's word inside a longer name.
    ['Antara', false],
    ['Tempo Rahayu', false],
    ['Indonesia', false],
  ] as const)('%s → %s', (name, outlet) => {
    expect(isNewsOutlet(name)).toBe(outlet);
  });

  test.each([
    // The interviewer after a relative clause's passive: the one it met speaks, unnamed. Switched
    // off with names.relativeClauseRun too, which reads a run inside an unnamed subject's clause
    // (`yang ditemui Tempo`) as no subject by itself.
    [
      'Kepala Sekolah Dasar Harapan Bangsa Mulyadi Saputra mengatakan kelas akan dibagi dua sesi.',
      'Seorang wali murid yang ditemui Tempo berharap jadwal baru segera diumumkan.',
      ['cast.newsOutlet', 'names.relativeClauseRun'],
    ],
    // An unnamed source of the newsroom.
    [
      'Kapolsek Sukamaju AKP Herman Wijaya mengatakan dua pelaku sudah ditangkap.',
      'Menurut sumber Republika di kejaksaan, berkas perkara akan dilimpahkan pekan depan.',
      ['cast.newsOutlet'],
    ],
  ] as [string, string, FeatureName[]][])('%s … %s', (intro, quote, off) => {
    expect(lastSpeakers(intro, quote)).toEqual([]);
    expect(withFeaturesOff(off, () => lastSpeakers(intro, quote))).not.toEqual([]);
  });

  test('a named speaker interviewed by a newsroom keeps the quote', () => {
    const speakers = lastSpeakers(
      'Ketua Koperasi Nelayan Tanjung Harapan Darmawi Putra ditemui di dermaga, Senin.',
      '“Solar masih langka di sini,” kata Darmawi kepada Republika.',
    );
    expect(speakers).toEqual(['Darmawi Putra']);
  });
});
