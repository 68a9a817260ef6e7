/**
 * Name-boundary accuracy: of the speaker names the engine gives that share a word with a gold
 * speaker's name, the share that equal one exactly (after the scorer's normalisation: case folded,
 * leading honorifics dropped, a gold speaker's `accept` forms allowed). A wrong person lowers speaker
 * accuracy; a right person with a neighbour's words glued on (`Cibening Rina Kartika`) shows here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The scorer's leading honorifics (../shared/eval/score.mjs), dropped before names are compared. */
const HONORIFICS = new Set(
  'pak bapak bu ibu h hj kh prof dr ir drs mr mrs ms sir ustaz ustadz buya gus syekh syaikh mas mbak bung'.split(
    ' ',
  ),
);

export const tokens = (s: string): string[] =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** A name as the scorer compares it: case folded, leading honorifics dropped. */
export function normName(name: string): string {
  const t = tokens(name);
  while (t.length > 1 && HONORIFICS.has(t[0]!)) t.shift();
  return t.join(' ');
}

interface GoldSpeaker {
  name: string;
  accept?: string[];
}

export interface BoundaryScore {
  /** Predicted names that share a word with a gold speaker's name. */
  overlapping: number;
  /** Of those, the ones equal to a gold name or accepted form. */
  exact: number;
  /** Up to `limit` examples of `predicted ≠ gold`, for the verbose report. */
  misses: string[];
}

/** Scores the predicted speakers of `ids` (files NNN.json in both folders). */
export function nameBoundary(
  goldDir: string,
  predDir: string,
  ids: readonly string[],
): BoundaryScore {
  const score: BoundaryScore = { overlapping: 0, exact: 0, misses: [] };
  for (const id of ids) {
    const gold = JSON.parse(readFileSync(join(goldDir, `${id}.json`), 'utf8')) as {
      speakers?: GoldSpeaker[];
    };
    const pred = JSON.parse(readFileSync(join(predDir, `${id}.json`), 'utf8')) as {
      speakers?: { name: string }[];
    };
    const golds = (gold.speakers ?? []).map(g => ({
      forms: new Set([g.name, ...(g.accept ?? [])].map(normName)),
      words: new Set(tokens(g.name)),
      name: g.name,
    }));
    for (const p of pred.speakers ?? []) {
      const norm = normName(p.name);
      const near = golds.filter(g => tokens(p.name).some(w => g.words.has(w)));
      if (!near.length) continue;
      score.overlapping++;
      if (near.some(g => g.forms.has(norm))) score.exact++;
      else score.misses.push(`${id}: "${p.name}" ≠ ${near.map(g => `"${g.name}"`).join(' / ')}`);
    }
  }
  return score;
}
