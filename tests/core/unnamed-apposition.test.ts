import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

/**
 * `Darsono, seorang nelayan, sudah …`: the indefinite description after the name's comma describes
 * that person; it is no unnamed person of its own whom a later description could mean.
 */
const PARAGRAPHS = [
  'Kepala BPBD Sidareja Wahyu Hartanto mengatakan tanggul darurat sudah dipasang. “Kami siaga penuh,” kata Wahyu.',
  'Banjir rob merendam lima kelurahan sejak Senin. Ketinggian air mencapai 40 sentimeter di jalan utama.',
  'Di Kelurahan Pasirjati, rob sudah menjadi keseharian warga. Sukirno Hadi, seorang nelayan, sudah empat kali meninggikan lantai rumahnya.',
  '“Uang saya habis untuk menguruk rumah,” kata pria berusia 52 tahun itu.',
];

describe('an indefinite description set off after a name is that person', () => {
  test('the fisherman named before it', () => {
    expect(lastSpeakers(...PARAGRAPHS)).toEqual(['Sukirno Hadi']);
  });

  test('switched off, the description is an unnamed person who takes the quote', () => {
    expect(withFeaturesOff(['cast.unnamedApposition'], () => lastSpeakers(...PARAGRAPHS))).toEqual(
      [],
    );
  });
});
