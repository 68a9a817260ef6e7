import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { speakerRoles } from './summarize';

// A Minang customary title (gelar) after a man's given name is part of his name as written; a
// later mention by the title alone or by the given name is the same person.
describe('a Minang customary title after the given name is inside the name', () => {
  test.each([
    [
      ['Ketua KAN Sungai Tarab Hendri Yusman Datuak Rajo Sati mengatakan, “Adat harus dijaga.”'],
      [['Hendri Yusman Datuak Rajo Sati', 'Ketua KAN Sungai Tarab']],
    ],
    [
      [
        'Ketua KAN Sungai Tarab Hendri Yusman Datuak Rajo Sati mengatakan, “Adat harus dijaga.”',
        '“Kami siap,” ujar Datuak Rajo Sati.',
      ],
      [['Hendri Yusman Datuak Rajo Sati', 'Ketua KAN Sungai Tarab']],
    ],
    [
      [
        'Wali Nagari Koto Baru Rahmat Hidayat Datuk Bandaro Putiah menuturkan, “Sawah kering.”',
        '“Irigasi rusak,” kata Rahmat.',
      ],
      [['Rahmat Hidayat Datuk Bandaro Putiah', 'Wali Nagari Koto Baru']],
    ],
  ])('%j', (paragraphs, expected) => {
    expect(speakerRoles(...paragraphs)).toEqual(expected);
    expect(
      withFeaturesOff(['names.model.minangGelar'], () => speakerRoles(...paragraphs)),
    ).not.toEqual(expected);
  });

  // A given name no lexicon knows opens the gelar when the article uses it alone for a speaker.
  test.each([
    [
      [
        'Kepala Dinas Pertanian Zulhendri Datuk Majo Basa meninjau sawah warga.',
        '“Petani terbantu,” ujar Zulhendri.',
      ],
      [['Zulhendri Datuk Majo Basa', 'Kepala Dinas Pertanian']],
    ],
    [
      [
        'Ketua LKAAM Syafnir Datuk Sinaro Panjang menyambut baik usulan itu.',
        '“Adat harus dijaga,” ujar Syafnir.',
      ],
      [['Syafnir Datuk Sinaro Panjang', 'Ketua LKAAM']],
    ],
  ])('%j', (paragraphs, expected) => {
    expect(speakerRoles(...paragraphs)).toEqual(expected);
    expect(
      withFeaturesOff(['names.model.gelarAfterArticleName'], () => speakerRoles(...paragraphs)),
    ).not.toEqual(expected);
  });

  // The Malay honorific pair after a country stays an honorific; a gelar alone opens no name.
  test.each([
    [
      ['Perdana Menteri Malaysia Datuk Seri Anwar Ibrahim mengatakan, “Kerja sama erat.”'],
      [['Anwar Ibrahim', 'Perdana Menteri Malaysia']],
    ],
    [
      [
        'Tokoh masyarakat Anwar Bagindo Sati mengatakan, “Pasar dibangun.”',
        '“Segera,” kata Anwar.',
      ],
      [['Anwar Bagindo Sati', 'Tokoh masyarakat']],
    ],
    [
      ['“Kami menolak,” kata Ketua LKAAM Yulianto Syahrial Datuak Panghulu Basa.'],
      [['Yulianto Syahrial Datuak Panghulu Basa', 'Ketua LKAAM']],
    ],
  ])('%j', (paragraphs, expected) => expect(speakerRoles(...paragraphs)).toEqual(expected));
});
