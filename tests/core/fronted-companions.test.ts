import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

const CHIEF =
  'Kapolres Cibening, AKBP Darmawan Sulistyo, mengatakan kasus itu sedang disidik. "Kami kejar pelakunya," ujar Darmawan.';

describe('companions fronted before the person acting with them make one group', () => {
  test.each([
    [
      'Salah satu pembeli, Murtini Handayani (61), mengaku membayar Rp 45 juta. Bersama Laksmi Amalia, iparnya yang ikut tertipu, Murtini sempat menyambangi kantor pengembang itu. "Pintunya sudah digembok," kata mereka.',
      ['Murtini Handayani', 'Laksmi Amalia'],
    ],
    [
      'Salah satu korban, Wati (45), mengaku menyetor Rp 20 juta. Bersama Ningsih (40), adiknya yang juga tertipu, Wati sempat mendatangi kantor itu. "Kantornya sudah tutup," kata mereka.',
      ['Wati', 'Ningsih'],
    ],
    [
      'Bersama suaminya, Joko Prasetyo, Siti Rahma membuka warung di tepi jalan itu sejak 2015. "Dulu ramai, sekarang sepi," kata keduanya.',
      ['Siti Rahma', 'Joko Prasetyo'],
    ],
    [
      'Bersama dua rekannya, Hendrik Wuisan dan Yonas Manik, Fransiskus Tamba menjuarai lomba itu. "Kami berlatih tiap malam," kata mereka.',
      ['Fransiskus Tamba', 'Hendrik Wuisan', 'Yonas Manik'],
    ],
  ])('%s', (line, group) => {
    expect(lastSpeakers(CHIEF, line)).toEqual(group);
  });

  test('`bersama` after the subject is no fronted group', () => {
    const line =
      'Ia berbincang bersama Hendrik Wuisan di tenda panitia, Sabtu. "Pelakunya sudah kami kenali," kata dia.';
    expect(lastSpeakers(CHIEF, line)).toEqual(['Darmawan Sulistyo']);
  });

  test('switched off, the fronted companion is left out of the group', () => {
    const line =
      'Bersama suaminya, Joko Prasetyo, Siti Rahma membuka warung di tepi jalan itu sejak 2015. "Dulu ramai, sekarang sepi," kata keduanya.';
    const off = withFeaturesOff(['discourse.frontedCompanions'], () => lastSpeakers(CHIEF, line));
    expect(off).not.toEqual(['Siti Rahma', 'Joko Prasetyo']);
  });
});

describe('fronted companions then a singular pronoun: the group of the person last opened as a subject', () => {
  const FARMER =
    'Di ujung pematang, Kasiyem Wulandari, petani cabai asal Dieng, mengaku panennya turun separuh. Bersama Gatot Riyanto, penyuluh dari kecamatan, ia lalu mencoba bibit tahan hujan.';
  const QUOTE = '"Kalau berhasil, musim depan kami tanam satu hektare," kata keduanya.';

  test('`keduanya` after it is the two', () => {
    expect(lastSpeakers(CHIEF, FARMER, QUOTE)).toEqual(['Kasiyem Wulandari', 'Gatot Riyanto']);
    const off = withFeaturesOff(['discourse.frontedCompanionPronoun'], () =>
      lastSpeakers(CHIEF, FARMER, QUOTE),
    );
    expect(off).not.toEqual(['Kasiyem Wulandari', 'Gatot Riyanto']);
  });

  test('one of the two singled out by the narrative next speaks alone', () => {
    const lines = [
      CHIEF,
      FARMER,
      QUOTE,
      'Gatot kemudian menunjukkan petak percobaan di belakang gubuk. "Bibit ini tahan genangan dua hari."',
    ];
    expect(lastSpeakers(...lines)).toEqual(['Gatot Riyanto']);
    const off = withFeaturesOff(['discourse.groupMemberNarrated'], () => lastSpeakers(...lines));
    expect(off).not.toEqual(['Gatot Riyanto']);
  });
});
