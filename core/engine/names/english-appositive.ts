/**
 * An English description set off by commas before the name it describes, opening its sentence
 * (en.republika.co.id): `Malaysia's ambassador to Peru, Dr. X, said`, `The bank's Executive Vice
 * President for Operations, X, said`, `Meanwhile, Chile's foreign minister, X, told reporters …`.
 * The name is the speaker and the description is the person's role: it holds an office (a role
 * head) and only words, possessives and the links between an office and what it serves.
 */
import {
  EN_DETERMINERS,
  EN_CLAUSE_OPENERS,
  EN_DESCRIPTION_LINKS,
  EN_FINITE_AUXILIARIES,
  EN_POST_CUES,
  EN_PRE_CUES,
  EN_TELL_CUES,
} from '../../lexicon/cues-en';
import { EN_RELATION_HEADS, EN_ROLE_HEAD_SET } from '../../lexicon/roles';
import { featureOn } from '../features';
import { tokenIndexAt, type Token } from '../text/text';
import type { Mention } from './mention';
import { hardNonName } from './name-model';
import { startsAlnum, startsLower, startsUpper } from '../text/chars';
import { isRankOnly } from './role-word-at';
import { isPossessive } from '../text/word-shape';
import { isBracketedMixedAcronym } from '../text/bracketed';

/** Words of a clause (cues, auxiliaries, relatives), never of a description. */
const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  ...EN_PRE_CUES,
  ...EN_POST_CUES,
  ...EN_TELL_CUES,
  ...EN_FINITE_AUXILIARIES,
  ...EN_CLAUSE_OPENERS,
]);

/** The most words such a description holds. */
const MAX_WORDS = 10;
/**
 * The most words when an agency's full name is spelled in it (`The director of the X Provincial Forest
 * Fire Response Office (PFFRO)`, `The X Ministry's Director General of Y and Z`).
 */
const MAX_LONG_WORDS = 16;

/** Tokens that end a sentence before the description, or a quotation mark closing one. */
const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '!', '?', '"', '”', '“']);

/** A word of the description: capitalised, a lowercase link, or a lowercase office or modifier. */
const descriptionWord = (t: Token, long: boolean): boolean =>
  (startsAlnum(t.text) && (startsUpper(t.text) || startsLower(t.text))) ||
  (long && isBracketedMixedAcronym(t.text));

/** True when the token at `j` ends a sentence (or the paragraph starts after it: j < 0). */
const sentenceEndsAt = (toks: readonly Token[], j: number): boolean =>
  j < 0 || SENTENCE_ENDS.has(toks[j]!.text);

/**
 * True when the description starting after token `j` opens its sentence: right at its start, or
 * after one opening word and its comma (`Meanwhile,`, `Separately,`).
 */
const opensSentence = (toks: readonly Token[], j: number): boolean =>
  sentenceEndsAt(toks, j) ||
  (toks[j]!.text === ',' && startsUpper(toks[j - 1]?.text ?? '') && sentenceEndsAt(toks, j - 2));

/**
 * The role an English description before the name whose run starts at token `s` gives the
 * person, or null: the tokens from the sentence start to the comma before `s`, read as above,
 * with a leading determiner left out.
 */
export function englishAppositiveRole(
  toks: readonly Token[],
  s: number,
  text: string,
): string | null {
  if (!featureOn('names.englishAppositiveRole') || toks[s - 1]?.text !== ',') return null;
  const end = s - 2;
  const long = featureOn('names.englishLongAppositive');
  const most = long ? MAX_LONG_WORDS : MAX_WORDS;
  let j = end;
  while (j >= 0 && end - j < most && descriptionWord(toks[j]!, long)) j--;
  if (j === end || !opensSentence(toks, j)) return null;
  const words = toks.slice(j + 1, end + 1);
  // An English office (`ambassador`, `head`), and no verb or relative word anywhere.
  const office = words.findIndex(t => EN_ROLE_HEAD_SET.has(t.lower));
  if (office < 0 || words.some(t => CLAUSE_WORDS.has(t.lower))) return null;
  // Before the office, lowercase words only modify it (`foreign minister`), with no link.
  if (words.slice(0, office).some(t => EN_DESCRIPTION_LINKS.has(t.lower))) return null;
  const first = EN_DETERMINERS.has(words[0]!.lower) && words.length > 1 ? 1 : 0;
  return text.slice(words[first]!.start, words[words.length - 1]!.end);
}

/**
 * `m` with the role an English description before its one named person gives (the run starts at
 * token `s`), when the reading found none or only the description's last office (`minister`).
 */
export function withEnglishAppositive(
  m: Mention | null,
  toks: readonly Token[],
  i: number,
  text: string,
): Mention | null {
  if (m?.kind !== 'named' || m.refs.length !== 1 || m.refs[0]!.kind !== 'person') return m;
  const from = text.lastIndexOf(m.text, toks[i - 1]!.end);
  const role = from < 0 ? null : englishAppositiveRole(toks, tokenIndexAt(toks, from), text);
  const ref = m.refs[0]!;
  if (!role) return m;
  // `The head of X, AKBP Budi, said`: a rank read before the name is no office; the office before
  // the comma is the role, with the rank after it, as in Indonesian (cast/read-mentions.ts withOffice).
  if (ref.role && isRankOnly(ref.role) && featureOn('names.englishOfficeOverRank'))
    return { ...m, refs: [{ ...ref, role: `${role}, ${ref.role}` }] };
  if (ref.role && !role.includes(ref.role)) return m;
  return { ...m, refs: [{ ...ref, role }] };
}

/** Possessive pronouns that own a relation before a name (`His wife, Y, …`). */
const PRONOUN_OWNERS: ReadonlySet<string> = new Set(['his', 'her', 'their']);

/**
 * `His wife, Rina, 49, sells …`: a relation owned by a possessive pronoun opening the sentence is
 * how the person is related, shown as the relation noun alone (`wife`), as Indonesian
 * `Istrinya, X` shows `istri` (names.englishPronounRelation). Null when it opens no sentence.
 */
function pronounOwned(toks: readonly Token[], s: number, noun: string): string | null {
  if (!featureOn('names.englishPronounRelation') || !opensSentence(toks, s - 4)) return null;
  return noun;
}

/** Most words of the owner in `X's wife, Y` (`Pak Darto's wife`). */
const MAX_OWNER_WORDS = 3;

/**
 * `Tarjo's daughter, Wulan Pratiwi, runs …`, `The museum's supervisor, Y, …`: an English kin or
 * working relation to someone named by a possessive, set off before the name whose run starts at
 * token `s` and opening its sentence, is how the person is related (the panel shows it as the
 * role, as `Istri Budi, X` in Indonesian). Null when the words before the comma are no such pair
 * (names.englishRelationBefore).
 */
export function englishRelationBefore(
  toks: readonly Token[],
  s: number,
  text: string,
): string | null {
  if (!featureOn('names.englishRelationBefore') || toks[s - 1]?.text !== ',') return null;
  const noun = toks[s - 2];
  if (!noun || !EN_RELATION_HEADS.has(noun.lower)) return null;
  const owner = toks[s - 3];
  if (!owner) return null;
  if (PRONOUN_OWNERS.has(owner.lower)) return pronounOwned(toks, s, noun.lower);
  if (!isPossessive(owner.text)) return null;
  // `The museum's supervisor`: a lowercase owner after its article; a named owner is capitalised
  // (`Pak Tarjo's wife`), and a word opening clauses (`Yesterday`) is no part of it.
  let j = s - 4;
  if (startsUpper(owner.text))
    while (j >= 0 && s - 3 - j < MAX_OWNER_WORDS && startsUpper(toks[j]!.text)) {
      if (hardNonName(toks[j]!.text) || EN_DETERMINERS.has(toks[j]!.lower)) break;
      j--;
    }
  if (j >= 0 && EN_DETERMINERS.has(toks[j]!.lower)) j--;
  else if (!startsUpper(owner.text)) return null;
  if (!opensSentence(toks, j)) return null;
  const first = EN_DETERMINERS.has(toks[j + 1]!.lower) ? j + 2 : j + 1;
  return text.slice(toks[first]!.start, noun.end);
}
