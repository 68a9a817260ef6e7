import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';

/** Each quote's speakers with the speaker's role, as `Name (role)`. */
const speakersOf = (line: string) => {
  const { quotes, speakers } = analyzeBody(line);
  const role = new Map(speakers.map(s => [s.name, s.role]));
  return quotes.map(q => q.speakers.map(n => `${n} (${role.get(n) ?? '-'})`).join(' + '));
};

describe('English subjects around a cue', () => {
  test.each([
    // Lowercase role words open the subject written between the quote and its verb.
    [
      '"The plan will cost more," former minister Budi Santoso said.',
      'Budi Santoso (former minister)',
    ],
    // A description between commas after the name describes it; the run inside is no subject.
    [
      'However, Budi Santoso, a senior economist at the Institute, said the cost would rise next year.',
      'Budi Santoso (a senior economist at the Institute)',
    ],
    [
      'Selain itu, Budi Santoso, seorang pengamat dari Universitas Cibening, menilai biaya akan naik tahun depan.',
      'Budi Santoso (seorang pengamat dari Universitas Cibening)',
    ],
    // A stray comma between the name and its verb after a quote leaves the name the subject.
    [
      '"The suspects have been detained," Colonel Budi Santoso, said on Monday.',
      'Budi Santoso (Colonel)',
    ],
    // A word that opens clauses is never a subject: only the real speaker's statement is read.
    [
      'When asked about the plan, Deputy Governor Budi Santoso said the cost would rise.',
      'Budi Santoso (Deputy Governor)',
    ],
  ])('%s', (line, speaker) => expect(speakersOf(line)).toEqual([speaker]));
});
