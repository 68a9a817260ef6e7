import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/**
 * A nickname in a description after a paragraph whose latest person was only acted on (`menyiapkan
 * teh untuk Kakek X`) is the nickname of that paragraph's subject (cast.nicknameOfSubject).
 */
const speakerOfLast = (...paragraphs: string[]) => {
  const { quotes, speakers } = analyzeBody(...paragraphs);
  const name = quotes.at(-1)!.speakers[0];
  return { name, aliases: speakers.find(s => s.name === name)?.aliases ?? [] };
};

describe('a nickname after a paragraph with a person acted on is the subject’s', () => {
  test.each([
    'Selepas magrib, Sukarmini Lubis menyalakan lampu teras. Perempuan asal Ende itu lalu menyeduh kopi untuk Kakek Chen, majikannya yang berusia 90 tahun.',
    'Sejak subuh, Sukarmini Lubis menunggu di dermaga bersama anaknya. Ia lalu menyerahkan bekal kepada Darmaji Kusuma, nakhoda kapal itu.',
  ])('%s', paragraph => {
    const lines = [paragraph, '“Sudah biasa begini,” kata perempuan yang akrab disapa Ebi itu.'];
    expect(speakerOfLast(...lines)).toEqual({ name: 'Sukarmini Lubis', aliases: ['Ebi'] });
    const off = withFeaturesOff(['cast.nicknameOfSubject'], () => speakerOfLast(...lines));
    expect(off.name).not.toBe('Sukarmini Lubis');
  });

  test('a nickname set off right after a name in its own paragraph is that name’s', () => {
    const lines = [
      'Selepas magrib, Sukarmini Lubis menyalakan lampu teras.',
      'Ia menyeduh kopi untuk Kusnandar Tumangger, yang akrab disapa Kakek Kus. “Kopinya jangan terlalu manis,” ujar Kakek Kus.',
    ];
    expect(speakerOfLast(...lines).name).toBe('Kusnandar Tumangger');
  });

  test('a direct object the next paragraph turns to keeps the nickname', () => {
    const lines = [
      'Bupati Ende Jonaedi Purba mengunjungi Wartinah Sukamto di Dusun Lubai, Kamis.',
      'Perempuan yang biasa dipanggil Mbok Karti itu sudah sepuluh tahun tinggal sendirian. “Anak-anak merantau semua,” kata Mbok Karti.',
    ];
    expect(speakerOfLast(...lines).name).toBe('Wartinah Sukamto');
  });
});
