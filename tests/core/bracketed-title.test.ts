import { describe, expect, test } from 'vitest';
import { bracketedTitle } from '../../core/engine/cast/bracketed-title';
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
