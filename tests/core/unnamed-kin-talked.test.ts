import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

const OFFICIAL =
  'Kepala Dinas Pertanian Kota Lembayung, Surya Wibisana, mengatakan stok beras cukup. “Gudang kami penuh,” kata Surya.';

describe('an unnamed relative set off after a source’s kin noun is talked about', () => {
  test.each([
    [
      'Kasmirah Wulandari, penjual tempe di pasar kota, kini memproduksi separuh dari biasanya. Suaminya, seorang tukang becak, ikut menggiling kedelai tiap subuh. “Kalau harga kedelai terus naik, kami bisa berhenti produksi,” tuturnya.',
    ],
    [
      'Darto Sumarjo, perajin bambu di Desa Karangsari, menerima pesanan dari Bali. Anaknya, seorang mahasiswa teknik, membantu mengirim foto produk ke pembeli. “Saya tidak paham internet, semua anak saya yang urus,” katanya.',
    ],
  ])('%s', paragraph => {
    const name = paragraph.slice(0, paragraph.indexOf(','));
    expect(lastSpeakers(OFFICIAL, paragraph)).toEqual([name]);
    const off = withFeaturesOff(['discourse.unnamedKinTalked'], () =>
      lastSpeakers(OFFICIAL, paragraph),
    );
    expect(off).not.toEqual([name]);
  });
});
