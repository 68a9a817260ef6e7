import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The name and role of the speaker whose name holds `word`, read from invented paragraphs. */
function speaker(word: string, ...paragraphs: string[]) {
  const found = analyzeBody(...paragraphs).speakers.find(s => s.name.split(' ').includes(word));
  return found ? { name: found.name, role: found.role } : null;
}

/** One row: the paragraphs, the word the speaker is named by, the name and role to read. */
type Row = [paragraphs: readonly string[], word: string, name: string, role: string | null];

const rows: readonly Row[] = [
  [
    [
      'Darto Wiguna mengatakan panen tahun ini mundur dua pekan.',
      'Darto, sementara itu, mengatakan akan menanam jagung setelah padi.',
    ],
    'Darto',
    'Darto Wiguna',
    null,
  ],
  [
    [
      'Rina Kartika menyebut harga cabai naik sejak awal bulan.',
      'Rina, di sisi lain, menilai pasokan dari luar daerah masih lancar.',
    ],
    'Rina',
    'Rina Kartika',
    null,
  ],
  [
    [
      'Yusuf Hamdani, guru honorer di Desa Sukamaju, mengaku gajinya telat tiga bulan.',
      'Yusuf, pada kesempatan yang sama, mendesak dinas pendidikan membayar tunggakan.',
    ],
    'Yusuf',
    'Yusuf Hamdani',
    'guru honorer di Desa Sukamaju',
  ],
  [
    [
      'Tom Reyes told reporters the harvest came late this year.',
      'Reyes, meanwhile, said he would plant maize after the rice.',
    ],
    'Reyes',
    'Tom Reyes',
    null,
  ],
  [
    [
      'Mark Ellison, a fisherman from the northern coast, said the catch had halved.',
      'Ellison, for his part, said the new port would help.',
    ],
    'Ellison',
    'Mark Ellison',
    'a fisherman from the northern coast',
  ],
];

describe('a connective set off between subject and cue is no role', () => {
  test.each(rows)('%s', (paragraphs, word, name, role) => {
    expect(speaker(word, ...paragraphs)).toEqual({ name, role });
  });
  test('switched off, the connective is read as the role of a person who had none', () => {
    for (const [paragraphs, word, , role] of rows.filter(r => r[3] === null)) {
      const off = withFeaturesOff(['reported.setOffConnective'], () =>
        speaker(word, ...paragraphs),
      );
      expect(off?.role ?? null).not.toEqual(role);
    }
  });
});
