import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

const OFF = ['discourse.predicateOrigin'] as const;

describe('an origin the clause after a name tells agrees with a description by origin', () => {
  test.each([
    ['Karolina Okoseray berasal dari Kaimana dan sudah delapan tahun bekerja di sana.'],
    ['Karolina Okoseray lahir di Kaimana dan sudah delapan tahun bekerja di sana.'],
  ])('%s', told => {
    const lines = [
      `Keduanya sama-sama perawat honorer di puskesmas itu. ${told} Yustina Manek, yang datang dari Betun, baru bergabung dua tahun lalu.`,
      '“Gaji kami kadang telat tiga bulan,” kata perawat asal Kaimana itu.',
    ];
    expect(lastSpeakers(...lines)).toEqual(['Karolina Okoseray']);
    expect(withFeaturesOff([...OFF], () => lastSpeakers(...lines))).not.toEqual([
      'Karolina Okoseray',
    ]);
  });

  test('coming from a place for a trip is no origin', () => {
    const lines = [
      'Dua guru honorer hadir: Karolina Okoseray datang dari Kaimana naik kapal, dan Yustina Manek asal Kaimana Kota.',
      '“Gaji kami belum dibayar,” kata guru asal Kaimana Kota itu.',
    ];
    expect(lastSpeakers(...lines)).not.toEqual(['Karolina Okoseray']);
  });
});
