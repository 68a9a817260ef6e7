import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';

/** Each speaker of the invented paragraphs as `name (role)`. */
const speakersOf = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).speakers.map(s => (s.role ? `${s.name} (${s.role})` : s.name));

describe('an honorific inside a run opens the name after it', () => {
  test.each([
    [
      'an academic title after a long role, the person later called by an inner name word',
      [
        'Kepala Balai Riset Pangan Cibening Prof Andi Mulyadi Harahap mengatakan stok beras aman.',
        '“Kami pantau setiap pekan,” kata Mulyadi.',
      ],
      ['Andi Mulyadi Harahap (Kepala Balai Riset Pangan Cibening)'],
    ],
    [
      'a religious title after a comma, then a short mention by the second name word',
      [
        'Sekretaris Forum Zakat Nusantara, Ustazah Siti Mariam Lubis, menyambut baik rencana itu.',
        '“Kami siap membantu lembaga kecil,” kata Mariam.',
      ],
      ['Siti Mariam Lubis (Sekretaris Forum Zakat Nusantara)'],
    ],
    [
      'an engineering doctorate written `Dr Ing` after a professor',
      [
        'Pengamat energi Universitas Tanjung Laut, Prof Dr Ing Bambang Haryadi Siregar, berpendapat proyek itu sebaiknya ditunda.',
        '“Kami akan kaji ulang,” kata Bambang.',
      ],
      ['Bambang Haryadi Siregar (Pengamat energi Universitas Tanjung Laut)'],
    ],
    [
      'a Javanese noblewoman’s title written short with its dot',
      ['Direktur Keuangan PT Sinar Maju, Rr. Anindita Puspasari, mengatakan laba perseroan naik.'],
      ['Anindita Puspasari (Direktur Keuangan PT Sinar Maju)'],
    ],
    [
      'a Javanese or Sundanese nobleman’s title written short (`Rd.`), with and without its dot',
      [
        'Kepala Desa Lubai, Rd. Kusnandar Sukamto, mengatakan jalan desa rusak berat.',
        'Tokoh adat Rd Jonaedi Purbaningrum mengatakan warga siap bergotong royong.',
      ],
      ['Kusnandar Sukamto (Kepala Desa Lubai)', 'Jonaedi Purbaningrum (Tokoh adat)'],
    ],
    [
      'the nobleman’s title spelled out stays in the name as written',
      ['Raden Surtaman Kusnandar mengatakan panen tahun ini melimpah.'],
      ['Raden Surtaman Kusnandar'],
    ],
    [
      'a pastor’s title written short (`Pdt`), in an appositive and with its dot',
      [
        'Tokoh gereja di Sorong, Pdt Markus Wanggai, mengatakan bantuan untuk pengungsi akan tiba pekan depan.',
        'Ketua sinode, Pdt. Yosua Kambu, mengatakan jemaat siap membantu.',
      ],
      ['Markus Wanggai (Tokoh gereja di Sorong)', 'Yosua Kambu (Ketua sinode)'],
    ],
    [
      '`Ing` with no `Dr` before it is a given name',
      ['Ing Sutarman mengatakan panen tahun ini melimpah.'],
      ['Ing Sutarman'],
    ],
    [
      'an English doctor title in an appositive',
      [
        'Its chief economist, Dr Ratna Melati Pertiwi, said the growth was uneven.',
        '“We need more data,” Melati said.',
      ],
      ['Ratna Melati Pertiwi (chief economist)'],
    ],
  ])('%s', (_, paragraphs, expected) => expect(speakersOf(...paragraphs)).toEqual(expected));
});

describe('a given name written short opens the name the article shortens', () => {
  test.each([
    [
      'a short given name before a surname that doubles as a role word',
      ['Moh Rizal Hakim mengatakan pasien terus bertambah.', '“Ini alarm bagi kita,” kata Rizal.'],
      ['Moh Rizal Hakim'],
    ],
    [
      'a short given name after a lowercase title',
      ['Pasien terus bertambah, kata dr Abd Wahid Lubis.', '“Ini alarm bagi kita,” kata Wahid.'],
      ['Abd Wahid Lubis'],
    ],
  ])('%s', (_, paragraphs, expected) => expect(speakersOf(...paragraphs)).toEqual(expected));
});

describe('an honorific letter inside a name is an initial, not a title', () => {
  test('the given name before it stays in the name', () =>
    expect(
      speakersOf(
        'Pengamat pasar Rina H Kartika mengatakan harga cabai naik.',
        '“Pasokan dari petani berkurang,” kata Rina.',
      ),
    ).toEqual(['Rina H Kartika (Pengamat pasar)']));
});
