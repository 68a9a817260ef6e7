import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

/**
 * `Sukirno Hadi, seorang petani, sudah …`: the indefinite description after the name's comma describes
 * that person; it is no unnamed person of its own whom a later description could mean.
 */
const PARAGRAPHS = [
  'Kepala BPBD Sidareja Wahyu Hartanto mengatakan tanggul darurat sudah dipasang. “Kami siaga penuh,” kata Wahyu.',
  'Air sungai meluap ke tiga desa sejak Kamis. Sawah seluas 200 hektare ikut terendam.',
  'Di Desa Pasirjati, banjir datang hampir setiap musim hujan. Sukirno Hadi, seorang petani, sudah tiga kali gagal panen tahun ini.',
  '“Modal saya habis untuk bibit,” kata pria berusia 52 tahun itu.',
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
