import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

const HEAD =
  'Ketua posko pengungsian, Agus Wiratmaja, mengatakan jumlah pengungsi terus bertambah. "Kami butuh selimut," kata Agus.';

describe('a paragraph an earlier speaker opens through a pronoun stays theirs', () => {
  test.each([
    'Ia menyebut, tiga warga dirawat karena demam. Salah satunya warga lanjut usia, Agus Triyono (72 tahun), yang dirujuk ke puskesmas. "Kondisinya sudah membaik," ujarnya.',
    'Dia mengatakan, dapur umum kini melayani dua ribu porsi. Sebagian dimasak relawan, Wulan Sasmita (30), yang datang dari kota. "Relawan masih kurang," tambahnya.',
    'Beliau menjelaskan bahwa bantuan datang setiap pagi. Truk pertama dikemudikan sopir relawan, Yosua Pardede (41), yang menginap di posko. "Kami bergantian berjaga," katanya.',
  ])('%s', para => {
    expect(lastSpeakers(HEAD, para)).toEqual(['Agus Wiratmaja']);
  });

  test('a person who then reports something opens a new source', () => {
    const para =
      'Ia menyebut, tiga warga dirawat karena demam. Perawat posko, Wulan Sasmita (30), mengatakan obat mulai menipis. "Stok tinggal dua hari," ujarnya.';
    expect(lastSpeakers(HEAD, para)).toEqual(['Wulan Sasmita']);
  });

  test('switched off, the person narrated last takes the paragraph’s -nya', () => {
    const para =
      'Ia menyebut, tiga warga dirawat karena demam. Salah satunya warga lanjut usia, Agus Triyono (72 tahun), yang dirujuk ke puskesmas. "Kondisinya sudah membaik," ujarnya.';
    expect(withFeaturesOff(['discourse.pronounOpened'], () => lastSpeakers(HEAD, para))).toEqual([
      'Agus Triyono',
    ]);
  });
});
