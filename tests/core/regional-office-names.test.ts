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

// Regional short news names an official after a unit whose own name no lexicon knows (a river
// basin, a campus's short form): the name must not take those words, nor lose its first ones.
describe('a Balinese name after a unit’s unknown name opens at its article (names.model.balineseInsideRun)', () => {
  test.each([
    [
      [
        'Kepala Balai Besar Wilayah Sungai (BBWS) Serayu Opak Ir I Gusti Ngurah Wirata MSc menjelaskan pompa disiagakan.',
        '“Air segera surut,” tegas Wirata.',
      ],
      [
        'pompa disiagakan → I Gusti Ngurah Wirata [Kepala Balai Besar Wilayah Sungai (BBWS) Serayu Opak]',
        'Air segera surut → I Gusti Ngurah Wirata [Kepala Balai Besar Wilayah Sungai (BBWS) Serayu Opak]',
      ],
    ],
    [
      ['Kepala Balai Wilayah Sungai Serayu Opak Ni Luh Putu Ariani menjelaskan pompa disiagakan.'],
      ['pompa disiagakan → Ni Luh Putu Ariani [Kepala Balai Wilayah Sungai Serayu Opak]'],
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
        'Kepala Balai Besar Wilayah Sungai (BBWS) Serayu Opak Budi Santoso menjelaskan pompa disiagakan.',
        '“Air segera surut,” tegas Budi.',
      ),
    ).toEqual([
      'pompa disiagakan → Budi Santoso [Kepala Balai Besar Wilayah Sungai (BBWS) Serayu Opak]',
      'Air segera surut → Budi Santoso [Kepala Balai Besar Wilayah Sungai (BBWS) Serayu Opak]',
    ]);
  });
});

describe('an organisation’s bracketed short form is never a name word (names.model.articleShortForm)', () => {
  const paragraphs = [
    'Universitas Cendana Raya (Uncer) Kupang menambah kuota beasiswa.',
    'Wakil Rektor Bidang Akademik dan Kemahasiswaan Uncer Andi Besse Ratna Makkawaru di Kupang, Senin, mengatakan kuota beasiswa akan ditambah.',
    '“Kampus harus hadir,” kata Andi Besse.',
  ];
  const role = 'Wakil Rektor Bidang Akademik dan Kemahasiswaan Uncer';

  test('the short form goes to the role and the name keeps its four words', () => {
    expect(credited(...paragraphs)).toEqual([
      `kuota beasiswa akan ditambah → Andi Besse Ratna Makkawaru [${role}]`,
      `Kampus harus hadir → Andi Besse Ratna Makkawaru [${role}]`,
    ]);
  });

  test('switched off, the name is cut', () => {
    expect(
      withFeaturesOff(['names.model.articleShortForm'], () => credited(...paragraphs))[0],
    ).not.toBe(`kuota beasiswa akan ditambah → Andi Besse Ratna Makkawaru [${role}]`);
  });

  // A person's alias in brackets is no organisation's short form.
  test('a bracketed nickname after a person stays the person’s', () => {
    expect(
      credited('Hendro Wiyono (Hewi) menyambut baik rencana itu.', '“Kami siap,” kata Hewi.'),
    ).toEqual(['Kami siap → Hendro Wiyono [-]']);
  });
});
