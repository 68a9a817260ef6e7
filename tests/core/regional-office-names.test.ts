import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** Each quote of invented paragraphs as `text → name [role]` of its speakers. */
function credited(...paragraphs: string[]): string[] {
  const { quotes, speakers } = analyzeBody(...paragraphs);
  const role = new Map(speakers.map(s => [s.name, s.role]));
  return quotes.map(
    q => `${q.text} → ${q.speakers.map(n => `${n} [${role.get(n) ?? '-'}]`).join(' + ')}`,
  );
}

// Regional short news names an official after a unit whose own name no lexicon knows (an
// irrigation office's river, a campus's short form): the name must not take those words, nor lose
// its first ones.
describe('a Balinese name after a unit’s unknown name opens at its article (names.model.balineseInsideRun)', () => {
  const role = 'Kepala Balai Pengelola Irigasi (BPI) Tukad Unda';
  test.each([
    [
      [
        'Kepala Balai Pengelola Irigasi (BPI) Tukad Unda Ir I Gusti Ketut Sudarma MT memastikan saluran segera diperbaiki.',
        '“Air kembali mengalir pekan depan,” tegas Sudarma.',
      ],
      [
        `saluran segera diperbaiki → I Gusti Ketut Sudarma [${role}]`,
        `Air kembali mengalir pekan depan → I Gusti Ketut Sudarma [${role}]`,
      ],
    ],
    [
      [
        'Kepala Balai Pengelola Irigasi Tukad Unda Ni Luh Putu Ariani memastikan saluran segera diperbaiki.',
      ],
      [
        'saluran segera diperbaiki → Ni Luh Putu Ariani [Kepala Balai Pengelola Irigasi Tukad Unda]',
      ],
    ],
  ])('%j', (paragraphs, expected) => {
    expect(credited(...paragraphs)).toEqual(expected);
    expect(
      withFeaturesOff(['names.model.balineseInsideRun'], () => credited(...paragraphs)),
    ).not.toEqual(expected);
  });

  test('a name with no Balinese article is read as before', () => {
    expect(
      credited(
        'Kepala Balai Pengelola Irigasi (BPI) Tukad Unda Budi Santoso memastikan saluran segera diperbaiki.',
        '“Air kembali mengalir pekan depan,” tegas Budi.',
      ),
    ).toEqual([
      `saluran segera diperbaiki → Budi Santoso [${role}]`,
      `Air kembali mengalir pekan depan → Budi Santoso [${role}]`,
    ]);
  });
});

describe('an organisation’s bracketed short form is never a name word (names.model.articleShortForm)', () => {
  const paragraphs = [
    'Universitas Cendana Raya (Uncer) Kupang membuka program magang.',
    'Wakil Rektor Bidang Kerja Sama Uncer Andi Besse Ratna Makkawaru di Kupang, Selasa, menuturkan program magang dibuka lagi.',
    '“Mitra kami bertambah,” kata Andi Besse.',
  ];
  const role = 'Wakil Rektor Bidang Kerja Sama Uncer';

  test('the short form goes to the role and the name keeps its four words', () => {
    expect(credited(...paragraphs)).toEqual([
      `program magang dibuka lagi → Andi Besse Ratna Makkawaru [${role}]`,
      `Mitra kami bertambah → Andi Besse Ratna Makkawaru [${role}]`,
    ]);
  });

  test('switched off, the name is cut', () => {
    expect(
      withFeaturesOff(['names.model.articleShortForm'], () => credited(...paragraphs))[0],
    ).not.toBe(`program magang dibuka lagi → Andi Besse Ratna Makkawaru [${role}]`);
  });

  // A person's alias in brackets is no organisation's short form.
  test('a bracketed nickname after a person stays the person’s', () => {
    expect(
      credited('Hendro Wiyono (Hewi) menyambut baik usulan itu.', '“Kami siap,” kata Hewi.'),
    ).toEqual(['Kami siap → Hendro Wiyono [-]']);
  });
});
