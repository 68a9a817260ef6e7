import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';

/** The speakers of every direct quote, in order, each joined with ` + `. */
const speakersOf = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs)
    .quotes.filter(q => q.type === 'direct')
    .map(q => q.speakers.join(' + '));

/** Each speaker's name and role. */
const rolesOf = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).speakers.map(s => [s.name, s.role]);

// Invented sentences: a customary office (lexicon/roles.ts ROLE_HEADS) heads a role before a name,
// so the office and its village are the person's role, and the bare office later means them.
const ROWS: [string, string, string, string][] = [
  [
    'Bendesa Adat Pucak, I Made Tegeh, menyambut baik hasil rapat.',
    'Bendesa',
    'I Made Tegeh',
    'Bendesa Adat Pucak',
  ],
  [
    'Kelian Banjar Kelodan, I Nyoman Sentana, meminta warga tertib.',
    'Kelian',
    'I Nyoman Sentana',
    'Kelian Banjar Kelodan',
  ],
  [
    'Keuchik Gampong Lampuuk, Teuku Rasyidin, mengatakan air sudah surut.',
    'Keuchik',
    'Teuku Rasyidin',
    'Keuchik Gampong Lampuuk',
  ],
];

describe('customary village offices head a role', () => {
  test.each(ROWS)('%s', (intro, title, name, role) => {
    const quote = `“Semua sudah kami bicarakan bersama,” ujar ${title}.`;
    expect(speakersOf(intro, quote)).toEqual([name]);
    expect(rolesOf(intro, quote)).toContainEqual([name, role]);
  });
});
