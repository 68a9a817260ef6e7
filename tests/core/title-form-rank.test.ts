import { describe, expect, test } from 'vitest';
import { bracketedTitle } from '../../core/engine/cast/bracketed-title';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody, lastSpeakers } from './summarize';

describe('a bracketed title form with a rank number, or of two initials, is the role’s', () => {
  test.each([
    ['Wakil Rektor Bidang Akademik (WR I)', 'WR I'],
    ['Wakil Direktur Bidang Pelayanan (Wadir II)', 'Wadir II'],
    ['Penasihat hukum (PH)', 'PH'],
    ['Kuasa Hukum (KH)', 'KH'],
    // Two letters from a longer role could be anything's; a number alone abbreviates nothing.
    ['Kepala Dinas Pendidikan (KD)', null],
    ['Kepala Bidang Tata Ruang (II)', null],
  ])('%s → %s', (role, form) => expect(bracketedTitle(role)).toBe(form));

  test.each([
    [
      [
        'Jadwal kuliah tatap muka dimulai pekan depan, ujar Wakil Rektor Bidang Akademik (WR I) Universitas Tanjung Harapan, Dr Sinta Maharani, MPd.',
        '“Kami siapkan ruang tambahan,” kata WR I.',
      ],
      'Sinta Maharani',
    ],
    [
      [
        'Penasihat hukum (PH) terdakwa, Gilang Saputra, menyatakan kliennya menerima putusan.',
        'PH juga menyebut terdakwa akan mengembalikan uang korban.',
      ],
      'Gilang Saputra',
    ],
  ])('%j', (paragraphs, speaker) => {
    expect(lastSpeakers(...paragraphs)).toEqual([speaker]);
    // The title form names the person, who stays a person, and no one else is in the cast.
    expect(analyzeBody(...paragraphs).speakers.map(s => [s.name, s.kind])).toEqual([
      [speaker, 'person'],
    ]);
  });

  test('switched off, the forms are nobody’s', () => {
    const off = withFeaturesOff(['cast.titleFormRank', 'cast.titleFormInitials'], () => [
      bracketedTitle('Wakil Rektor Bidang Akademik (WR I)'),
      bracketedTitle('Penasihat hukum (PH)'),
    ]);
    expect(off).toEqual([null, null]);
  });
});
