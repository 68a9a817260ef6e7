import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakerWithRole as lastSpeaker } from './summarize';

// Invented sentences: a regional name opener (Balinese caste, Sasak, Buton/Muna, Bugis, Acehnese)
// opens the name; one line each, with the speaker and role expected.
const CASES: [string, string[], string][] = [
  [
    'Anak Agung after a cue',
    ['“Jalan desa kami perbaiki tahun ini,” kata Anak Agung Putra Wiraguna di Denpasar, Senin.'],
    'Anak Agung Putra Wiraguna',
  ],
  [
    'Anak Agung after an office',
    ['“Jalan desa kami perbaiki tahun ini,” kata Bupati Anak Agung Oka Swastika.'],
    'Anak Agung Oka Swastika [Bupati]',
  ],
  [
    'Anak Agung opening the sentence',
    ['Anak Agung Ayu Sri Wulan mengatakan, “Sanggar kami menerima murid baru.”'],
    'Anak Agung Ayu Sri Wulan',
  ],
  [
    'Ida Bagus after a role',
    ['Ketua panitia Ida Bagus Made Sudarsana menuturkan, “Upacara berjalan lancar.”'],
    'Ida Bagus Made Sudarsana [Ketua panitia]',
  ],
  [
    'Lalu after a cue',
    ['“Jalan menuju dusun sudah diaspal,” kata Lalu Hendra Sasmita, warga Lombok Tengah.'],
    'Lalu Hendra Sasmita',
  ],
  [
    'Lalu after a role written in lowercase',
    ['Kepala desa Lalu Agus Harmaen menyebutkan, “Irigasi sudah diperbaiki.”'],
    'Lalu Agus Harmaen [Kepala desa]',
  ],
  [
    'Lalu in the running text, then a short mention',
    [
      'Kepala desa Lalu Agus Harmaen hadir dalam acara itu.',
      '“Irigasi sudah diperbaiki,” kata Harmaen.',
    ],
    'Lalu Agus Harmaen [Kepala desa]',
  ],
  [
    'Baiq after a trade',
    ['Perajin tenun Baiq Sri Melati mengatakan, “Tenun kami dijual sampai ke Jakarta.”'],
    'Baiq Sri Melati [Perajin tenun]',
  ],
  [
    'La Ode after a member noun',
    ['Nelayan La Ode Rahmat Sabara mengatakan, “Kapal tidak berlayar karena ombak tinggi.”'],
    'La Ode Rahmat Sabara [Nelayan]',
  ],
  [
    'Wa Ode after a cue',
    ['“Harga rumput laut turun,” ujar Wa Ode Fitri Kasih, pengepul di Baubau.'],
    'Wa Ode Fitri Kasih',
  ],
  [
    'Andi after an office that takes a seat',
    ['Bupati Andi Mappe Tenriangka mengatakan, “Kami siap menggelar festival.”'],
    'Andi Mappe Tenriangka [Bupati]',
  ],
  [
    'Teuku after a body',
    ['Anggota DPR Teuku Harun Mirza mengatakan, “Masyarakat harus tetap waspada.”'],
    'Teuku Harun Mirza [Anggota DPR]',
  ],
  [
    'Teuku, then a short mention',
    [
      'Anggota DPR Teuku Harun Mirza hadir dalam rapat itu.',
      '“Masyarakat harus tetap waspada,” kata Mirza.',
    ],
    'Teuku Harun Mirza [Anggota DPR]',
  ],
  [
    'Cut after a cue',
    ['“Perempuan ikut membangun desa,” ujar Cut Rahmawati Syam, aktivis perempuan.'],
    'Cut Rahmawati Syam',
  ],
  [
    'the Balinese article after a member noun',
    ['“Panen kali ini lebih baik,” kata petani I Wayan Sukarta.'],
    'I Wayan Sukarta [petani]',
  ],
  [
    'the Balinese article after a member noun opening the sentence',
    ['Petani I Nyoman Darma mengatakan, “Air sudah masuk ke sawah.”'],
    'I Nyoman Darma [Petani]',
  ],
];

// Words that spell an opener but open no name here.
const KEPT: [string, string[], string][] = [
  [
    '`Lalu` opening a sentence is the conjunction',
    ['Rapat berlangsung lama. Lalu Budi Santoso mengatakan, “Kami akan datang besok.”'],
    'Budi Santoso',
  ],
  [
    '`Lalu Lintas` is traffic, in the role',
    ['“Arus kendaraan padat,” kata Kepala Seksi Lalu Lintas Dinas Perhubungan Budi Santoso.'],
    'Budi Santoso [Kepala Seksi Lalu Lintas Dinas Perhubungan]',
  ],
  [
    'a plain given name is unchanged',
    ['“Kami siap,” kata Andi Pratama, warga setempat.'],
    'Andi Pratama',
  ],
];

describe('a regional name opener opens the name (names.model.regionalOpeners)', () => {
  test.each(CASES)('%s', (_, paragraphs, expected) =>
    expect(lastSpeaker(...paragraphs)).toEqual(expected),
  );
  test.each(KEPT)('%s', (_, paragraphs, expected) =>
    expect(lastSpeaker(...paragraphs)).toEqual(expected),
  );

  test('switched off, the opener goes to the role or is stripped, or the speaker is lost', () => {
    const off = withFeaturesOff(['names.model.regionalOpeners'], () =>
      CASES.map(([, paragraphs]) => lastSpeaker(...paragraphs)),
    );
    // Rows whose opener the older readings already kept (`Ida Bagus`, `Baiq`, `Wa Ode` and `Cut`
    // after a cue; the Balinese article is names.model.balinese's) stay as they are.
    expect(off).toEqual([
      'Putra Wiraguna [Agung]',
      'Oka Swastika [Bupati Anak Agung]',
      'Ayu Sri Wulan [Agung]',
      'Ida Bagus Made Sudarsana [Ketua panitia]',
      '',
      'Agus Harmaen',
      'Agus Harmaen',
      'Baiq Sri Melati [Perajin tenun]',
      '',
      'Wa Ode Fitri Kasih',
      'Mappe Tenriangka [Bupati Andi]',
      'Harun Mirza [Anggota DPR]',
      'Harun Mirza [Anggota DPR]',
      'Cut Rahmawati Syam',
      'I Wayan Sukarta [petani]',
      'I Nyoman Darma [Petani]',
    ]);
  });
});
