/**
 * A title form the article defines in brackets inside a person's role, `Menteri Koordinator
 * Bidang Pembangunan Manusia dan Kebudayaan (Menko PMK)`, `Wakil Menteri Keuangan (Wamenkeu)`: the bracket
 * abbreviates the role from its first word, so the article may later call the person by it alone
 * (`kata Menko PMK`). An organisation's acronym inside a role (`Ketua Komisi Pemberantasan
 * Korupsi (KPK)`) abbreviates only the words after the role's head, and is not the person.
 */

import { featureOn } from '../features';
import { LIST_ANDS } from '../../lexicon/conjunctions';
import { SPACE_RUNS, collapseSpaces } from '../text/string-scans';
import { isRankNumeral } from '../text/word-shape';

/** Words an abbreviation may leave out (`Menteri Koordinator Bidang … dan Kebudayaan`). */
const SKIPPABLE: ReadonlySet<string> = new Set([...LIST_ANDS, 'bidang', 'urusan', 'of', 'for']);

/**
 * True when `short` (letters only, lowercase) is read off `words` from word `w` on, each word
 * giving a prefix of one letter or more, a skippable word giving none. `failed` remembers the
 * (word, letter) states already tried, so a long bracket costs words × letters, not more.
 */
export function abbreviates(
  short: string,
  words: readonly string[],
  w = 0,
  at = 0,
  failed = new Set<number>(),
): boolean {
  if (w === words.length) return at === short.length;
  const state = w * 64 + at;
  if (failed.has(state)) return false;
  const word = words[w]!;
  // The last word may give a syllable from inside it (`Mendag`: Menteri Perdagangan).
  const rest = short.slice(at);
  if (w > 0 && w === words.length - 1 && rest.length >= 2 && word.includes(rest)) return true;
  if (w > 0 && SKIPPABLE.has(word) && abbreviates(short, words, w + 1, at, failed)) return true;
  for (let n = 1; n <= word.length && at + n <= short.length; n++) {
    if (word[n - 1] !== short[at + n - 1]) break;
    if (abbreviates(short, words, w + 1, at + n, failed)) return true;
  }
  failed.add(state);
  return false;
}

/**
 * The role as the article may shorten it, every bracketed abbreviation in place of the words it
 * abbreviates (`Kepala Balai Taman Nasional (BTN) Way Kambas` → `Kepala BTN Way Kambas`,
 * `Sekretaris Jenderal (Sekjen) Partai Nasional (PN)` → `Sekjen PN`), so a later `Kepala BTN` or
 * `Sekjen PN itu` finds the holder; null when no bracket abbreviates the words before it. The
 * longest run of words that the bracket abbreviates is replaced (`Badan … Obat dan Makanan`).
 */
export function shortRole(role: string): string | null {
  // No bracket, nothing abbreviated (and no regex compiled for the most roles, which have none).
  if (!role.includes('(')) return null;
  const out: string[] = [];
  let changed = false;
  for (const part of role.split(/(\([^()]*\))/u)) {
    const form = /^\(([^()]*)\)$/u.exec(part)?.[1]?.trim();
    const letters = form?.toLowerCase().replace(/[^a-z]/gu, '') ?? '';
    // The words before the bracket, back to the start of the role, lowercased for `abbreviates`.
    const before = out.join(' ').split(SPACE_RUNS).filter(Boolean);
    const lower = before.map(w => w.toLowerCase());
    let from = -1;
    if (form && letters.length >= 2 && letters.length <= 20)
      for (let j = Math.max(0, lower.length - 12); j <= lower.length - 2 && from < 0; j++)
        if (abbreviates(letters, lower.slice(j))) from = j;
    if (from < 0) {
      out.push(part);
      continue;
    }
    out.length = 0;
    out.push(...before.slice(0, from), form!);
    changed = true;
  }
  return changed ? collapseSpaces(out.join(' ')).trim() : null;
}

/**
 * An office's rank number after its letters (`WR III`, `Wadir II`, `Asisten 2`): the article
 * numbers the holders of one office (the first vice-rector holds academic affairs), and the number
 * stands for the field written after the office (`Wakil Rektor Bidang Akademik (WR I)`), so
 * the letters before it need only abbreviate the office's opening words. The letters before a
 * rank number closing `form` (text/word-shape.ts isRankNumeral), or undefined when none closes it.
 */
function beforeRankNumber(form: string): string | undefined {
  const split = LAST_WORD.exec(form);
  return split && isRankNumeral(split[2]!) ? split[1] : undefined;
}

/** A form's words before its last one, and its last word. */
const LAST_WORD = /^(.*\S)\s+(\S+)$/u;

/**
 * True when `form` abbreviates `words` (the role's words before its bracket, lowercase). Shortest
 * is 3 letters, or 2 when each of two words gives one (`Penasihat Hukum (PH)`,
 * cast.titleFormInitials): two letters from longer roles could be anything's. A rank number after
 * the letters (cast.titleFormRank) lets them abbreviate the role's first words alone.
 */
function abbreviatesRole(form: string, words: readonly string[]): boolean {
  const ranked = featureOn('cast.titleFormRank') ? beforeRankNumber(form) : undefined;
  const letters = (ranked ?? form).toLowerCase().replace(/[^a-z]/gu, '');
  if (letters.length > 20) return false;
  const initials = letters.length === 2 && featureOn('cast.titleFormInitials');
  const fits = (n: number) =>
    (letters.length >= 3 || (initials && n === 2)) && abbreviates(letters, words.slice(0, n));
  if (!ranked) return fits(words.length);
  for (let n = 2; n <= words.length; n++) if (fits(n)) return true;
  return false;
}

/** The bracketed title form of `role` (`Menko PMK`), or null when it has none. */
export function bracketedTitle(role: string): string | null {
  const open = role.indexOf('(');
  const close = role.indexOf(')', open);
  if (open <= 0 || close < 0) return null;
  const form = role.slice(open + 1, close).trim();
  const words = role.slice(0, open).toLowerCase().split(SPACE_RUNS).filter(Boolean);
  if (words.length < 2 || words.length > 12) return null;
  return abbreviatesRole(form, words) ? form : null;
}
