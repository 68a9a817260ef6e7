import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';

/** The speakers of an invented paragraph as [name, role], and each quote's speaker names. */
const read = (...lines: string[]) => {
  const a = analyzeBody(...lines);
  return { speakers: a.speakers.map(s => [s.name, s.role]), quotes: a.quotes.map(q => q.speakers) };
};

describe('an organisation speaking through a person named before it', () => {
  test.each([
    [
      'Melalui juru bicaranya Rudi Hartono, Kementerian Pertanian mengatakan stok beras aman.',
      'Rudi Hartono',
      'juru bicara Kementerian Pertanian',
    ],
    [
      'Lewat juru bicara Rudi Hartono, Kementerian Pertanian menyatakan stok beras aman.',
      'Rudi Hartono',
      'juru bicara Kementerian Pertanian',
    ],
    [
      'Melalui kuasa hukumnya Rina Kartika, PT Sinar Jaya menyatakan tuduhan itu keliru.',
      'Rina Kartika',
      'kuasa hukum PT Sinar Jaya',
    ],
    [
      'Selain itu, melalui juru bicaranya Rudi Hartono, Kementerian Pertanian mengatakan stok beras aman.',
      'Rudi Hartono',
      'juru bicara Kementerian Pertanian',
    ],
  ])('%s', (line, name, role) => {
    const { speakers, quotes } = read(line);
    expect(speakers).toEqual([[name, role]]);
    expect(quotes).toEqual([[name]]);
  });

  test('a later -nya means the person, not the organisation', () =>
    expect(
      read(
        'Melalui juru bicaranya Rudi Hartono, Kementerian Pertanian mengatakan stok beras aman.',
        '“Stok cukup sampai Lebaran,” katanya.',
      ).quotes,
    ).toEqual([['Rudi Hartono'], ['Rudi Hartono']]));

  test.each([
    // No role between `melalui` and the name: the organisation speaks.
    'Melalui Rudi Hartono, Kementerian Pertanian mengatakan stok beras aman.',
    // `melalui` inside the clause, not opening it.
    'Stok beras melalui juru bicara Rudi Hartono, Kementerian Pertanian mengatakan aman.',
  ])('%s: the organisation itself', line =>
    expect(read(line).speakers.map(s => s[0])).not.toContain('Rudi Hartono'),
  );
});
