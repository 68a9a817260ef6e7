import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/**
 * An office named by a comma list of its fields (Indonesian ministries and regional offices often
 * are): one organisation, or one person's role, never a group of people. Invented lines; each
 * speaker as `name|kind|role`.
 */
const speakersOf = (line: string) =>
  analyzeBody(line).speakers.map(s => `${s.name}|${s.kind}|${s.role ?? ''}`);

const MINISTRY = 'Kementerian Kelautan, Perikanan, dan Pesisir';
const MINISTER = 'Menteri Pangan, Pertanian, dan Perkebunan';
const OFFICE = 'Kepala Dinas Pemuda, Olahraga, dan Pariwisata Kabupaten Cibening';

describe('a field list is one office', () => {
  test.each([
    [
      `${MINISTRY} menyatakan kuota tangkap tahun depan tidak berubah.`,
      `${MINISTRY}|organization|`,
    ],
    [`Menurut ${MINISTRY}, kuota tangkap tahun depan tidak berubah.`, `${MINISTRY}|organization|`],
    [
      `${MINISTER} Rudi Hartono mengatakan stok beras aman sampai Lebaran.`,
      `Rudi Hartono|person|${MINISTER}`,
    ],
    [
      `“Stok beras aman sampai Lebaran,” kata ${MINISTER} Rudi Hartono.`,
      `Rudi Hartono|person|${MINISTER}`,
    ],
    [
      `“Festival digelar pada Juli,” kata ${OFFICE}, Rina Kartika.`,
      `Rina Kartika|person|${OFFICE}`,
    ],
    [
      `${OFFICE}, Rina Kartika, mengatakan festival itu digelar pada Juli.`,
      `Rina Kartika|person|${OFFICE}`,
    ],
  ])('%s', (line, speaker) => {
    expect(speakersOf(line)).toEqual([speaker]);
    expect(withFeaturesOff(['names.fieldListOffice'], () => speakersOf(line))).not.toEqual([
      speaker,
    ]);
  });
});

describe('a list of people stays a group', () => {
  test.each([
    [
      'Budi Santoso, Rina Kartika, dan Andi Wijaya mengatakan lomba itu digelar tahun depan.',
      ['Budi Santoso|person|', 'Rina Kartika|person|', 'Andi Wijaya|person|'],
    ],
    [
      'Kepala Dinas Pendidikan Budi Santoso, Rina Kartika, dan Andi Wijaya mengatakan sekolah itu direnovasi.',
      [
        'Budi Santoso|person|Kepala Dinas Pendidikan',
        'Rina Kartika|person|',
        'Andi Wijaya|person|',
      ],
    ],
  ])('%s', (line, speakers) => expect(speakersOf(line)).toEqual(speakers));
});
