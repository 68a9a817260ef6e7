import { describe, expect, test } from 'vitest';
import { bracketedTitle, shortRole } from '../../core/engine/cast/bracketed-title';
import { lastSpeakers } from './summarize';

describe('a bracket that abbreviates a role from its first word is the title form of its holder', () => {
  test.each([
    ['Menteri Sosial (Mensos)', 'Mensos'],
    ['Wakil Menteri Keuangan (Wamenkeu)', 'Wamenkeu'],
    ['Menteri Perdagangan (Mendag)', 'Mendag'],
    ['Menteri Koordinator Bidang Pembangunan Manusia dan Kebudayaan (Menko PMK)', 'Menko PMK'],
    ['Direktur Utama (Dirut)', 'Dirut'],
    ['Sekretaris Jenderal (Sekjen)', 'Sekjen'],
    // An organisation's acronym abbreviates only the words after the role's head.
    ['Ketua Komisi Pemberantasan Korupsi (KPK)', null],
    ['Kepala Biro Humas Kementerian Perdagangan (Kemendag)', null],
    ['Kepala Badan Nasional Penanggulangan Bencana (BNPB)', null],
    ['Menteri Perdagangan', null],
  ])('%s → %s', (role, form) => {
    expect(bracketedTitle(role)).toBe(form);
  });
});

describe('the title form used alone names the person who holds it', () => {
  test.each([
    [
      [
        'Menteri Koordinator Bidang Pembangunan Manusia dan Kebudayaan (Menko PMK) Yudi Hartono meninjau sekolah itu. Menko PMK menegaskan bantuan seragam dibagikan pekan depan.',
        '“Semua anak harus sekolah,” kata Menko PMK seusai acara.',
      ],
      ['Yudi Hartono'],
    ],
    [
      [
        'Wakil Menteri Keuangan (Wamenkeu) Sari Wulandari hadir di rapat itu.',
        '“Defisit masih aman,” ujar Wamenkeu.',
      ],
      ['Sari Wulandari'],
    ],
    // The role opens the sentence before a comma-framed name: read back across its bracket.
    [
      [
        'Bendahara Umum (Bendum) LAZ Banten, Ustaz Hasan Mahfudz, Lc, menjelaskan bahwa dana beasiswa sudah cair. Bendum mengatakan lembaganya akan menambah penerima tahun depan.',
        '“Kami utamakan anak yatim,” kata Bendum.',
      ],
      ['Hasan Mahfudz'],
    ],
    // An organisation's acronym stays the organisation's.
    [
      [
        'Ketua Komisi Pemberantasan Korupsi (KPK) Budi Santoso hadir di gedung itu.',
        '“Penyidik bekerja profesional,” kata Budi.',
      ],
      ['Budi Santoso'],
    ],
  ])('%j', (paragraphs, speakers) => {
    expect(lastSpeakers(...paragraphs)).toEqual(speakers);
  });
});

describe('a role is also named with each bracketed abbreviation in place of the words it abbreviates', () => {
  test.each([
    ['Kepala Balai Taman Nasional (BTN) Way Kambas', 'Kepala BTN Way Kambas'],
    ['Sekretaris Jenderal (Sekjen) Partai Nasional Rakyat (PNR)', 'Sekjen PNR'],
    // The longest run the bracket abbreviates goes, a skippable `dan` with it.
    ['Kepala Badan Pengawas Obat dan Makanan (BPOM)', 'Kepala BPOM'],
    ['Ketua Komisi Pemberantasan Korupsi (KPK)', 'Ketua KPK'],
    // No bracket, or one that abbreviates none of the words before it: no short form.
    ['Menteri Perdagangan', null],
    ['Ketua (RT) 05', null],
    ['Direktur Utama PT Sinar Pagi (Persero)', null],
  ])('%s → %s', (role, short) => {
    expect(shortRole(role)).toBe(short);
  });
});

describe('the short form of a role, used later, names the person who holds it', () => {
  test.each([
    [
      [
        'Kepala Balai Taman Nasional (BTN) Way Kambas Ir Joko Pramono, MSc, mengatakan badak itu sehat.',
        'Ia menegaskan, badak merupakan satwa dilindungi. Kepala BTN juga meminta warga segera melapor bila melihat pemburu.',
      ],
      ['Joko Pramono'],
    ],
    [
      [
        'Ketua Fraksi Partai Hijau (PH) Anton Wibisono mengatakan, partainya mendukung rencana itu.',
        'Pendapat lain datang dari Sekretaris Jenderal (Sekjen) Partai Nasional Rakyat (PNR) Agus Tajudin. Sekjen PNR itu menilai rencana itu justru akan membebani daerah.',
      ],
      ['Agus Tajudin'],
    ],
    // A short form that is not the holder's role names nobody, not the last speaker.
    [
      [
        'Kepala Balai Taman Nasional (BTN) Way Kambas Ir Joko Pramono, MSc, mengatakan badak itu sehat.',
        'Kepala BKSDA juga meminta warga segera melapor bila melihat pemburu.',
      ],
      [],
    ],
  ])('%j', (paragraphs, speakers) => {
    expect(lastSpeakers(...paragraphs)).toEqual(speakers);
  });
});
