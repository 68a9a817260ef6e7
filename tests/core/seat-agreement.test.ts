import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

/**
 * A description naming an institution with its city (`guru besar Universitas Tadulako Palu itu`)
 * fits the person of that institution, not one whose role merely names the same city
 * (`Kapolresta Palu`): the city is the institution's seat (`seatAgreesNot`).
 */
const PARAS = [
  'Kapolresta Palu, Kombes Teguh Wibowo, menegaskan tidak ada larangan berjualan takjil. “Asal tidak menutup jalan,” kata Teguh.',
  'Ketua MUI Sulawesi Tengah, Prof Dr KH Rusdi Hamka Lubis, mengatakan, “Berbelanja takjil boleh. Tapi jangan sampai shalat terlewat.”',
  '“Begitu azan, segera berbuka lalu shalat berjamaah,” lanjut guru besar Universitas Tadulako Palu tersebut.',
];

describe('a shared city seat is no agreement', () => {
  test('the professor keeps his own second quote', () => {
    expect(lastSpeakers(...PARAS)).toEqual(['Rusdi Hamka Lubis']);
  });

  test('a description of origin alone still agrees on its place', () => {
    expect(
      lastSpeakers(
        'Seorang pedagang asal Palu, Yusuf Rahman, mengeluhkan sepinya pembeli. “Sejak pagi baru dua orang,” kata Yusuf.',
        'Ketua Asosiasi Pedagang Pasar, Hendra Gunawan, mengatakan, “Kami minta retribusi ditunda.”',
        '“Dagangan saya masih utuh,” tambah pria asal Palu itu.',
      ),
    ).toEqual(['Yusuf Rahman']);
  });

  test('switched off, the police chief of the same city takes it', () => {
    expect(withFeaturesOff(['discourse.seatAgreesNot'], () => lastSpeakers(...PARAS))).toEqual([
      'Teguh Wibowo',
    ]);
  });
});
