import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

// discourse.namedAfterModifiers: an indefinite introduction named after its head noun's lowercase
// modifiers (`Seorang guru olahraga, X, …`, `seorang pedagang sayur bernama Y`) is that named
// person, not somebody unnamed: the later `kata guru olahraga itu` points back to X.
const ROWS: [string, string, string][] = [
  [
    'Hendro Wibowo',
    'Kepala sekolah Maria Ulfa menyebut siswa sudah dievakuasi. Seorang guru olahraga, Hendro Wibowo, ikut membantu evakuasi.',
    '"Saya gendong dua anak sekaligus," kata guru olahraga itu.',
  ],
  [
    'Sulastri',
    'Harga cabai di Pasar Kramat naik dua kali lipat. Seorang pedagang sayur keliling bernama Sulastri mengaku omzetnya turun.',
    '"Pembeli sekarang cuma ambil seperempat," ujar pedagang sayur itu.',
  ],
  // The capitalised run of the person's affiliation stands between the head and the name.
  [
    'Rina Lestari',
    'Harga sewa kamar di Depok naik. Salah seorang mahasiswi Fakultas Hukum, Rina Lestari, mengaku sudah dua kali pindah.',
    '"Kalau asrama jadi, saya daftar," kata mahasiswi tingkat dua itu.',
  ],
  [
    'Yosef Taolin',
    'Panen jagung di Kupang gagal. Seorang petani Kelompok Tani Sumber Makmur, Yosef Taolin, menyebut hujan datang terlambat.',
    '"Bibit kami busuk semua," ujar petani itu.',
  ],
];

describe('an introduction named after its modifiers is no unnamed person (discourse.namedAfterModifiers)', () => {
  test.each(ROWS)('%s', (who, intro, quote) => {
    expect(lastSpeakers(intro, quote)).toEqual([who]);
  });

  // `mahasiswi tingkat dua itu` repeats no unnamed introduction word for word, so
  // discourse.describedPhraseWhole finds its row's person by itself: both are switched off.
  test.each(ROWS)('switched off: %s', (who, intro, quote) => {
    const off = withFeaturesOff(
      ['discourse.namedAfterModifiers', 'discourse.describedPhraseWhole'],
      () => lastSpeakers(intro, quote),
    );
    expect(off).not.toEqual([who]);
  });

  test('a place after the affiliation is no name: the resident stays unnamed', () => {
    const intro =
      'Kepala desa Budi Santoso menyebut air mulai surut. Seorang warga Desa Sukamaju, Kecamatan Cibening, mengaku rumahnya rusak.';
    expect(lastSpeakers(intro, '"Semua barang hanyut," kata warga itu.')).toEqual([]);
  });

  test('an introduction with no name stays unnamed', () => {
    const intro =
      'Kepala sekolah Maria Ulfa menyebut siswa sudah dievakuasi. Seorang guru olahraga yang enggan disebut namanya ikut membantu.';
    expect(lastSpeakers(intro, '"Saya gendong dua anak," kata guru olahraga itu.')).toEqual([]);
  });
});
