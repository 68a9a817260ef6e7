import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

const OFF = ['cast.titleAcronymBeforeOrg'] as const;

describe('a title made from a person’s role is that person’s, not the organisation its letters open', () => {
  test.each([
    [
      'Badai itu melanda wilayah kerja Konsulat Jenderal RI (KJRI) Houston. Konsul Jenderal RI di Houston, Maya Sekarwangi, mengatakan timnya sudah bergerak.',
    ],
    [
      'Konsul Jenderal RI di Houston, Maya Sekarwangi, mengatakan Konsulat Jenderal RI Houston membuka posko darurat.',
    ],
  ])('%s', intro => {
    const lines = [intro, '“Ada 40 WNI yang rumahnya rusak,” kata Konjen.'];
    expect(lastSpeakers(...lines)).toEqual(['Maya Sekarwangi']);
    expect(withFeaturesOff([...OFF], () => lastSpeakers(...lines))).toEqual([
      'Konsulat Jenderal RI Houston',
    ]);
  });

  test('with no person holding the office, the acronym still names the organisation', () => {
    const lines = [
      'Konsulat Jenderal RI (KJRI) Houston membuka posko darurat bagi warga.',
      '“Ada 40 WNI yang rumahnya rusak,” tulis Konjen dalam keterangannya.',
    ];
    expect(lastSpeakers(...lines)).toEqual(['Konsulat Jenderal RI Houston']);
  });
});
