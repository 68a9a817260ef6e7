/**
 * An organisation introduced with its short form in brackets, whatever its first word: `Wahana
 * Pecinta Alam Cibening (WPAC)`, `Forum Pemantau Anggaran (Forpa) Jawa Barat`. A person is written
 * with a nickname in brackets too (`Hendro Wiyono (Hewi)`), so the run must carry no evidence of a
 * person (no given or inner name word, no office or honorific) and its short form must open with
 * the run's first letter; then either seat words follow the bracket (a branch: places, units — no
 * person's name runs on past its nickname into a province), or the short form closes the run as an
 * acronym of three capitals or more.
 */
import { featureOn } from '../features';
import { isAcronym } from './name-run';
import { personEvidence, type ArticleEvidence } from './name-model';
import { officeWord, seatWord } from './seated-office';

/** Fewest letters of a closing acronym read as an organisation's short form. */
const MIN_ACRONYM = 3;

/** True when `words` (a capitalised run, dots removed) names an organisation by its short form. */
export function shortFormOrganisation(
  words: readonly string[],
  evidence: ArticleEvidence,
): boolean {
  if (!featureOn('names.shortFormOrganisation')) return false;
  const b = words.findIndex(w => w.startsWith('(') && w.endsWith(')'));
  if (b < 2) return false;
  const short = words[b]!.slice(1, -1);
  if (short[0] !== words[0]![0]?.toUpperCase()) return false;
  const named = words.slice(0, b);
  if (named.some(w => personEvidence(w, evidence) || officeWord(w.toLowerCase()))) return false;
  const seat = words.slice(b + 1);
  if (!seat.length) return short.length >= MIN_ACRONYM && isAcronym(short);
  return seat.every(w => seatWord(w, evidence));
}
