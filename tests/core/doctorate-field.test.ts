import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { sentences } from '../../core/engine/text/text';
import { analyzeBody } from './summarize';

/** The name and role of the speaker whose name holds `word`, read from an invented paragraph. */
function speaker(word: string, intro: string) {
  const said = `“Sistem itu harus diaudit,” kata ${word}.`;
  const found = analyzeBody(intro, said).speakers.find(s => s.name.split(' ').includes(word));
  return found ? [found.name, found.role] : null;
}

/** [the sentence introducing the expert, the word a quote names them by, name, role]. */
const ROWS: readonly (readonly [intro: string, word: string, name: string, role: string])[] = [
  [
    'Pakar keamanan data dari Universitas Cendana Raya, Dr. Eng. Rudi Hartawiryo, menjelaskan cara kerja aplikasi itu.',
    'Rudi',
    'Rudi Hartawiryo',
    'Pakar keamanan data dari Universitas Cendana Raya',
  ],
  [
    'Peneliti Pusat Kajian Energi, Dr. Ing. Rina Sulastri, menilai pembangkit itu boros.',
    'Rina',
    'Rina Sulastri',
    'Peneliti Pusat Kajian Energi',
  ],
];

describe('a doctorate’s field after `Dr.` written with a dot ends neither the sentence nor the run', () => {
  test.each(ROWS)('%s', (intro, word, name, role) =>
    expect(speaker(word, intro)).toEqual([name, role]),
  );
  test('switched off, neither had the role', () => {
    for (const [intro, word, name, role] of ROWS) {
      const off = withFeaturesOff(['names.doctorateFieldDotted'], () => speaker(word, intro));
      expect(off).not.toEqual([name, role]);
    }
  });
  test('the field’s dot is no sentence end; a lone `Eng.` still ends one', () => {
    const one = 'Ahli itu, Dr. Eng. Rudi Hartawiryo, datang.';
    expect(sentences(one)).toHaveLength(1);
    expect(sentences('Ia memanggil Eng. Rudi datang.')).toHaveLength(2);
  });
});
