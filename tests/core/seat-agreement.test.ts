import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

/**
 * A description naming an institution with its city (`guru besar Universitas Lamerang Kendari itu`)
 * fits the person of that institution, not one whose role merely names the same city
 * (`Kapolresta Kendari`): the city is the institution's seat (`seatAgreesNot`).
 */
const PARAS = [
  'Kapolresta Kendari, Kombes Bayu Anggara, menegaskan lomba perahu hias tetap digelar akhir pekan ini. “Jalur sungai kami jaga,” kata Bayu.',
  'Ketua Dewan Kesenian Sulawesi Tenggara, Prof Dr Ir Harun Makmur Siregar, mengatakan, “Lombanya bagus. Tapi peserta wajib memakai pelampung.”',
  '“Tahun lalu ada perahu yang terbalik di tikungan,” lanjut guru besar Universitas Lamerang Kendari tersebut.',
];

describe('a shared city seat is no agreement', () => {
  test('the professor keeps his own second quote', () => {
    expect(lastSpeakers(...PARAS)).toEqual(['Harun Makmur Siregar']);
  });

  test('a description of origin alone still agrees on its place', () => {
    expect(
      lastSpeakers(
        'Seorang pedagang asal Kendari, Yusuf Rahman, mengeluhkan sepinya pembeli. “Sejak pagi baru dua orang,” kata Yusuf.',
        'Ketua Asosiasi Pedagang Pasar, Hendarto Gunawan, mengatakan, “Kami minta retribusi ditunda.”',
        '“Dagangan saya masih utuh,” tambah pria asal Kendari itu.',
      ),
    ).toEqual(['Yusuf Rahman']);
  });

  test('switched off, the police chief of the same city takes it', () => {
    expect(withFeaturesOff(['discourse.seatAgreesNot'], () => lastSpeakers(...PARAS))).toEqual([
      'Bayu Anggara',
    ]);
  });
});
