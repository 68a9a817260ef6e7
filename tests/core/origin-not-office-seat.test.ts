import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

const OFF = ['discourse.originNotOfficeSeat'] as const;
const COACH =
  'Pelatih tim tenis meja putra, Sukardiman, menilai pemainnya sudah terlalu lelah untuk bertanding pekan ini. Ia meminta jadwal uji coba dikurangi.';
const OFFICIAL =
  'Kepala Dinas Pemuda dan Olahraga Kota Blitar, Baskoro Ardi Nugroho, mengatakan anggaran pembinaan naik. “Tahun depan ada tambahan,” kata Baskoro.';

describe('where a person comes from is not where an office sits', () => {
  test.each([
    ['“Mejanya sudah miring semua,” ujar pelatih asal Blitar itu.'],
    ['“Kami butuh ruang latihan sendiri,” kata pria asal Kota Blitar tersebut.'],
  ])('%s', quote => {
    const lines = [COACH, OFFICIAL, 'Sukardiman juga menyoroti gedung latihan yang bocor.', quote];
    expect(lastSpeakers(...lines)).toEqual(['Sukardiman']);
    expect(withFeaturesOff([...OFF], () => lastSpeakers(...lines))).toEqual([
      'Baskoro Ardi Nugroho',
    ]);
  });

  test('an origin the person was introduced with still agrees', () => {
    const lines = [
      'Sukardiman, pria asal Wonogiri, sudah sepuluh tahun melatih tim tenis meja putra.',
      OFFICIAL,
      'Pelatih tim putri, Yuliana Kartikasari, menambahkan pemain muda perlu jam terbang.',
      '“Mejanya sudah miring semua,” ujar pria asal Wonogiri itu.',
    ];
    expect(lastSpeakers(...lines)).toEqual(['Sukardiman']);
  });
});
