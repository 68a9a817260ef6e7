import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

// discourse.objectAppositive: a name set off after the object of an active verb (`Polisi
// menangkap pelaku, X (31).`) is that object, talked about, not a new subject who takes the next
// description or pronoun from the person the paragraph is about.
const ROWS: [string, string, string][] = [
  [
    'Rina Agustina',
    'Rina Agustina (29), karyawan swasta, menjadi korban penipuan daring. Polisi sudah menangkap pelaku, Andri Setiawan (31).',
    '"Saya transfer lima juta, lalu nomornya hilang," tutur perempuan asal Bekasi itu.',
  ],
  [
    'Ratih Purwaningsih',
    'Ratih Purwaningsih, guru honorer, kehilangan tabungannya. Polisi sudah memeriksa pemilik warung, Slamet Widodo, sebagai saksi.',
    '"Uang itu untuk biaya kuliah anak saya," kata perempuan 41 tahun itu.',
  ],
  [
    'Bagas Wicaksono',
    'Bagas Wicaksono, sopir ojek daring, kehilangan motornya pekan lalu. Polisi kemudian membekuk penadah, Bowo Sumarno, di Cileungsi.',
    '"Motor itu satu-satunya modal saya," ujar pria 34 tahun itu.',
  ],
  // The object's description may run to five words (`tendangan sudut gelandang sayap tim`).
  [
    'Bramantyo Kusnandar',
    'Pelatih Persikura, Bramantyo Kusnandar, puas dengan hasil laga. Gol penentu tercipta saat Sukamto menyundul tendangan sudut gelandang sayap tim, Surtaman Dalimunthe.',
    '"Pola bola mati itu kami latih sepanjang pekan," ujar pelatih asal Cibening itu.',
  ],
];

describe('a name set off after an active verb’s object is talked about (discourse.objectAppositive)', () => {
  test.each(ROWS)('%s', (who, intro, quote) => {
    expect(lastSpeakers(intro, quote)).toEqual([who]);
  });

  test.each(ROWS)('switched off: %s loses the description', (who, intro, quote) => {
    const off = withFeaturesOff(['discourse.objectAppositive'], () => lastSpeakers(intro, quote));
    expect(off).not.toEqual([who]);
  });

  test.each([
    // Opening its sentence the set-off name is the subject, as ever.
    [
      'Herman Susilo',
      'Wulan Sari, pedagang pakaian, mengaku rugi besar. Pemilik kios sebelah, Herman Susilo, juga kehilangan dagangannya.',
      '"Api cepat sekali menjalar," kata pria itu.',
    ],
  ])('a subject stays one: %s', (who, intro, quote) => {
    expect(lastSpeakers(intro, quote)).toEqual([who]);
  });
});
