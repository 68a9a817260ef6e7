import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';

/** The speaker list of invented paragraphs as `name [kind]`. */
const speakersOf = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).speakers.map(s => `${s.name} [${s.kind}]`);

describe('an organisation named by its members is one organisation', () => {
  test.each([
    [
      'an association of entrepreneurs with its acronym',
      'Sementara itu, Asosiasi Pengusaha Mebel Rotan (APMR) meminta pemerintah menunda kenaikan tarif.',
      ['Asosiasi Pengusaha Mebel Rotan [organization]'],
    ],
    [
      'a union of teachers named after a town',
      'Persatuan Guru Swasta Sukalaras meminta pemerintah daerah menaikkan honor.',
      ['Persatuan Guru Swasta Sukalaras [organization]'],
    ],
    [
      'a farmers’ league with its acronym',
      'Ikatan Petani Jagung Lestari (IPJL) menilai harga pupuk masih terlalu tinggi.',
      ['Ikatan Petani Jagung Lestari [organization]'],
    ],
    [
      'a party board written as two acronyms',
      'Secara terpisah, DPP PKSN dalam pernyataan resminya menyatakan, harga pupuk harus turun.',
      ['DPP PKSN [organization]'],
    ],
  ])('%s', (_, paragraph, expected) => expect(speakersOf(paragraph)).toEqual(expected));

  test.each([
    ['after the organisation', 'Asosiasi Pengusaha Mebel Budi Santoso', 'Asosiasi Pengusaha Mebel'],
    [
      'after an office in it',
      'Ketua Asosiasi Pengusaha Mebel Budi Santoso',
      'Ketua Asosiasi Pengusaha Mebel',
    ],
  ])('a person named right %s keeps it as the role', (_, subject, role) =>
    expect(
      analyzeBody(
        `${subject} mengatakan pesanan ekspor dari Eropa turun hampir separuh dibanding tahun lalu.`,
      ).speakers.map(s => `${s.name} (${s.role})`),
    ).toEqual([`Budi Santoso (${role})`]),
  );
});
