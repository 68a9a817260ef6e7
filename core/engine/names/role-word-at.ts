/**
 * Whether a word of a capitalised run belongs to the role, judged in its context. The lexicons
 * say which words *may* be role words; a place word only continues a role when it can attach to
 * one: `Gubernur Jawa Timur`, `Kalimantan Barat`. Compass words double as given names (Javanese
 * names open with them), so one that follows a rank, an honorific or a bare role head and is not
 * part of a two-word place starts the name instead (`Kapolri Jenderal Timur …` is a person).
 */
import { HONORIFIC_SET } from '../../lexicon/honorifics';
import { isGivenName } from '../../lexicon/name-words';
import { featureOn } from '../features';
import {
  COMPOUND_RANK_OPENERS,
  ORG_HEAD_SET,
  INSTITUTION_SET,
  PLACE_SET,
  RANK_SET,
  ROLE_HEAD_SET,
  ROLE_WORD_SET,
} from '../../lexicon/roles';
import { isAcronym, isRoleWord, spellsNonName } from './name-run';
import { isUnitField } from './department';
import { COMPASS_POINTS } from '../../lexicon/places';
import { dropFinalDot, startsCapLower } from '../text/chars';
import { SPACE_RUNS } from '../text/string-scans';

const lower = (w: string | undefined) => dropFinalDot((w ?? '').toLowerCase());

/**
 * True when every word of `role` is a police or military rank (`AKBP`, `Brigjen TNI`,
 * `Admiral`): a rank read before a name is no office, so a reading that finds an office elsewhere
 * (before the comma, in an English description) puts it before the rank.
 */
export function isRankOnly(role: string): boolean {
  return role.split(SPACE_RUNS).every(w => RANK_SET.has(lower(w)));
}

/** True when `words[k]` is a role word where it stands (see the module comment). */
export function isRoleWordAt(words: readonly string[], k: number): boolean {
  const w = words[k]!;
  // `Fakultas Bahasa dan Seni Universitas X`: a field word names the unit, never a person.
  if (isUnitField(words, k)) return true;
  if (!isRoleWord(w)) return false;
  const lw = lower(w);
  // `Budi Hartono SP`: short capitals closing a run after a name word are the person's initials
  // or post-nominal letters, not an institution; an acronym inside a role ends the role instead.
  if (
    isAcronym(w) &&
    k === words.length - 1 &&
    w.length <= 3 &&
    !ROLE_WORD_SET.has(lw) &&
    k > 0 &&
    startsCapLower(words[k - 1]!) &&
    !isRoleWord(words[k - 1]!)
  )
    return false;
  // `AM Rahmanto`, `Irjen HM Darsono`: two capitals opening a run, or right after a rank or an
  // honorific, and then a name word are the person's initials; no institution slot is open there.
  const prevLw = lower(words[k - 1]);
  if (
    isAcronym(w) &&
    w.length === 2 &&
    !ROLE_WORD_SET.has(lw) &&
    !ORG_HEAD_SET.has(lw) &&
    (k === 0 || RANK_SET.has(prevLw) || HONORIFIC_SET.has(prevLw)) &&
    startsCapLower(words[k + 1] ?? '') &&
    !isRoleWord(words[k + 1]!)
  )
    return false;
  // `Marselina Tefa Dalam`: a word that continues a role only in a phrase (`dalam negeri`) and
  // spells a function word, closing the run after a name word, is the name's last word.
  if (
    k === words.length - 1 &&
    k > 0 &&
    spellsNonName(w) &&
    startsCapLower(w) &&
    startsCapLower(words[k - 1]!) &&
    !isRoleWord(words[k - 1]!)
  )
    return false;
  if (continuationOpensName(words, k)) return false;
  if (incompleteRank(lw, words[k + 1])) return false;
  if (!PLACE_SET.has(lw)) return true;
  const prev = lower(words[k - 1]);
  const next = lower(words[k + 1]);
  if (COMPASS_POINTS.has(lw)) {
    // `Jawa Timur`, `Nusa Tenggara Timur`, `Timur Tengah`: a compass word inside a place name.
    return PLACE_SET.has(prev) || PLACE_SET.has(next);
  }
  // `Irjen Solo …`, `KH Malang …`: after a rank or honorific a place word cannot attach to a role.
  // `jenderal` is also an office word (`Konsul Jenderal Jepang`), so it keeps the place.
  if ((RANK_SET.has(prev) && prev !== 'jenderal') || HONORIFIC_SET.has(prev)) return false;
  return true;
}

/**
 * `Yosef Ajun`: a word that is a rank only with the word after it (lexicon/roles.ts
 * COMPOUND_RANK_OPENERS, `Ajun Komisaris`) without that word is no rank (names.model.compoundRank).
 */
function incompleteRank(lw: string, next: string | undefined): boolean {
  const completions = COMPOUND_RANK_OPENERS.get(lw);
  if (!completions || !featureOn('names.model.compoundRank')) return false;
  return !completions.has(lower(next));
}

/**
 * `Kepala Basarnas Agung Pranoto`: a role continuation that is also a common given name (`Agung`)
 * continues a role only after a noun it can qualify (`Jaksa Agung`, `Masjid Agung`). After an
 * acronym, an institution or a place, and before a name word, there is nothing for it to qualify:
 * it opens the name.
 */
function continuationOpensName(words: readonly string[], k: number): boolean {
  const w = words[k]!;
  if (!featureOn('names.model.titleGiven') || !isGivenName(w)) return false;
  if (ROLE_HEAD_SET.has(lower(w))) return false;
  if (k === 0) return opensRunAsName(words);
  const prev = words[k - 1]!;
  const lp = lower(prev);
  const closed = isAcronym(prev) || INSTITUTION_SET.has(lp) || PLACE_SET.has(lp);
  const next = words[k + 1] ?? '';
  return closed && startsCapLower(next) && !isRoleWord(next);
}

/**
 * `kata Agung.`, `Agung Wibowo menilai`: a role continuation that is also a given name opening the
 * run has no noun before it to qualify, so alone, or before a name word, it is the person's name.
 */
function opensRunAsName(words: readonly string[]): boolean {
  if (!featureOn('names.model.continuationOpensRun')) return false;
  const lw = lower(words[0]);
  if (ORG_HEAD_SET.has(lw) || PLACE_SET.has(lw)) return false;
  const next = words[1];
  return next === undefined || (startsCapLower(next) && !isRoleWord(next));
}
