/**
 * How a written name is matched against the article's cast (cast-builder.ts): by its lowercase
 * tokens, as a contiguous run of a fuller name, or as a nickname or misspelling of one word.
 */
import type { Entity } from './entity';
import { featureOn } from '../features';
import { NOBLE_OPENERS } from '../../lexicon/balinese-names';
import { mayBeMisspeltName, type ArticleEvidence } from '../names/name-model';

/** A misspelt name is within this many edits of the name word it stands for… */
export const MAX_EDITS = 2;
/** …and both words have at least this many letters (shorter words are too alike). */
export const MIN_TYPO_LENGTH = 5;

/**
 * The person a lone name word `w` (lowercase) stands for when no name contains it: a nickname cut
 * from a name word or, when `fuzzy`, a misspelling; null when none or several fit. `nickname(w)`
 * is the first named person with a name word `w` is a proper prefix of (`surya` for `suryanto`,
 * not `yanto`), looked up in the cast builder's prefix index; `misspelt(w)` every entity with a
 * name word that may be within two edits of `w` (a superset, from its deletion index);
 * `endNickname(w)` the one person with a name word `w` is a proper suffix of.
 */
export function nicknameOrTypo(
  w: string,
  fuzzy: boolean,
  evidence: ArticleEvidence,
  nickname: (w: string) => Entity | null,
  misspelt: (w: string) => Iterable<Entity>,
  endNickname: (w: string) => Entity | null = () => null,
): Entity | null {
  // `Surya` for `Suryanto Wibowo`: a nickname cut from a name word.
  const prefixed = nickname(w);
  if (prefixed) return prefixed;
  // `Udin` for `Bahrudin`, `Jali` for `Sarjali`: a nickname cut from the end of a name word, the
  // other common way; only when one person's name fits.
  const ended = featureOn('cast.endNickname') ? endNickname(w) : null;
  if (ended) return ended;
  // A misspelt name (`Hendri` for `Hendra`): within two edits on words of five letters or more
  // whose lengths differ by one at most, only when a single person fits, and only for a word the
  // name model says may be misspelt (used alone for a speaker, known to no lexicon, never
  // written in lowercase), so a common noun opening a sentence (`Harga`) is never a speaker. A
  // bare single name being introduced (`kata Andri, warga …`) never reaches here (`exact`).
  if (w.length < MIN_TYPO_LENGTH || !fuzzy || !featureOn('names.typoMatch')) return null;
  if (!mayBeMisspeltName(w, evidence)) return null;
  let fit: Entity | null = null;
  for (const e of misspelt(w)) {
    if (!isNamedPerson(e)) continue;
    const near = e.tokens.some(
      x =>
        x.length >= MIN_TYPO_LENGTH &&
        Math.abs(x.length - w.length) <= 1 &&
        withinEdits(x, w, MAX_EDITS) &&
        !writtenBefore(w, e, evidence),
    );
    if (!near) continue;
    if (fit) return null; // two people fit: none is meant
    fit = e;
  }
  return fit;
}

/**
 * `Warsono is waiting at the gangway …` long before `Manager … Hartono Sitompul` is introduced: no
 * one misspells a name the article has not given yet, so a lone word written before the person
 * whose name word it is near is introduced is a person of its own: part of what names.typoMatch
 * counts as a slip.
 */
const writtenBefore = (w: string, e: Entity, evidence: ArticleEvidence): boolean => {
  const at = evidence.firstWritten?.(w) ?? -1;
  return at >= 0 && at < e.introducedAt;
};

/** Multi-word names, or one-word names introduced with a role (`Juru Bicara Hartanto`). */
export const isNamedPerson = (e: Entity): boolean =>
  e.kind === 'person' && (e.tokens.length > 1 || !!e.role);

/**
 * True when the Levenshtein distance of `a` and `b` is at most `max`. Only the diagonal band
 * |i − j| ≤ max of the table can stay within `max` (Ukkonen), and the scan stops at the first
 * row whose band all exceeds it: linear in the word's length, however many names are compared.
 */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  const over = max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => (j <= max ? j : over));
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1).fill(over);
    if (i <= max) cur[0] = i;
    let rowMin = cur[0]!;
    for (let j = Math.max(1, i - max); j <= Math.min(b.length, i + max); j++) {
      const d = Math.min(
        prev[j]! + 1,
        cur[j - 1]! + 1,
        prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      cur[j] = Math.min(d, over);
      rowMin = Math.min(rowMin, cur[j]!);
    }
    if (rowMin > max) return false;
    prev = cur;
  }
  return prev[b.length]! <= max;
}

/**
 * True when `short` is `full` with middle words left out (`Darius Iskandar` for `Darius Ahmad
 * Iskandar`, `Rina Lestari` for `Rina Dewi Lestari`): two words or more, the same first and last
 * word, the rest in order. Indonesian copy drops a middle name (often `Muhammad`) on a later
 * mention; the first and the last word together are what tells one person from another.
 */
export function dropsMiddle(short: readonly string[], full: readonly string[]): boolean {
  if (short.length < 2 || short.length >= full.length) return false;
  if (short[0] !== full[0] || short[short.length - 1] !== full[full.length - 1]) return false;
  let k = 1;
  for (let j = 1; j < full.length - 1 && k < short.length - 1; j++) if (full[j] === short[k]) k++;
  return k === short.length - 1;
}

/**
 * True when `short` is `full` with words left out anywhere but at one of its ends (`Rizal Harahap`
 * for `Muhammad Rizal Fahmi Harahap`, `Cut Meutia` for `Cut Nyak Meutia Sari`, `Agung Oka` for
 * `Anak Agung Ngurah Oka`): two words or more, every one a word of `full` in order, and either the
 * first or the last word kept. Indonesian copy shortens a long name this way on later mentions —
 * an opening `Muhammad` or a noble title's next word dropped, a given name kept with a title or
 * clan name — so one anchor is enough; the caller asks that only one person of the cast fits.
 */
export function skipsWords(short: readonly string[], full: readonly string[]): boolean {
  if (short.length < 2 || short.length >= full.length) return false;
  const same = featureOn('cast.initialWord') ? sameOrInitial : (a: string, b: string) => a === b;
  if (!same(short[0]!, full[0]!) && short[short.length - 1] !== full[full.length - 1]) return false;
  let k = 0;
  for (let j = 0; j < full.length && k < short.length; j++) if (same(short[k]!, full[j]!)) k++;
  return k === short.length;
}

/**
 * True when the short form's word `w` is the full name's word `full` or, one letter alone, its
 * initial (`M Rizal` for `Muhammad Rizal Fahmi`, `A Dahlan` for `Ahmad Dahlan Iskandar`):
 * Indonesian copy writes a long given name by its initial on later mentions.
 */
const sameOrInitial = (w: string, full: string): boolean =>
  w === full || (isInitialWord(w) && full.length > 1 && full[0] === w[0]) || clippedOpener(w, full);

/** Fewest letters of a clipped noble opener (`Cok`). */
const MIN_CLIP = 3;

/**
 * True when `w` clips the Balinese noble opener `full` (`Cok`, `Tjok` for `Cokorda`, `Tjokorda`;
 * lexicon/balinese-names.ts NOBLE_OPENERS): later mentions write the title short before the
 * name they keep (cast.clippedNobleOpener).
 */
const clippedOpener = (w: string, full: string): boolean =>
  NOBLE_OPENERS.has(full) &&
  w.length >= MIN_CLIP &&
  w.length < full.length &&
  full.startsWith(w) &&
  featureOn('cast.clippedNobleOpener');

/**
 * True when name token `w` is one letter, with or without its dot (`m`, `m.`). Not the run
 * readers' test (names/name-model.ts isOneCapital, isLoneInitial): an entity's tokens are
 * lowercased and keep the dot an initial was written with.
 */
export const isInitialWord = (w: string): boolean =>
  w.length === 1 || (w.length === 2 && w[1] === '.');
