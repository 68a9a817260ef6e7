/**
 * `Seorang tukang parkir di dekat warung X menyebut …`, `Seorang sopir yang mangkal di simpang X
 * mengatakan …`: a sentence that opens with unnamed people (`seorang`, `salah seorang`, or a count
 * before a person's noun: `sejumlah pedagang`) may carry a capitalised run inside an adjunct of
 * their description — the owner of a thing, a place, a shop. The run is part of the description, not the
 * subject of the cue after it, nor a subject a later `-nya` may mean; the unnamed person is
 * (names.unnamedDescriptionRun; read by names/mention-before.ts at a cue and cast/sentence-role.ts
 * for the cast).
 */
import {
  DEFINITE,
  INDEFINITE_OPENERS,
  KIN_JOINS,
  MEMBER_NOUNS,
  NAMING_WORDS,
  ONE_OF_DETERMINERS,
  ONE_PERSON_DETERMINERS,
  OWNING_WORDS,
} from '../../lexicon/pronouns';
import { IDENTIFYING_WORDS, ROLE_HEAD_SET, ROLE_WORD_SET } from '../../lexicon/roles';
import { ADVERBIAL_SUBORDINATORS, ORIGIN_WORDS, PREPOSITIONS } from '../../lexicon/prepositions';
import { activeVerb } from './active-verb';
import { featureOn } from '../features';
import { sentenceStart } from '../text/sentence-start';
import { isLowerWord, type Token } from '../text/text';
import { isBracketedAge } from './age-phrase';
import { isPlaceWord } from './name-model';
import { isOrgWord } from '../../lexicon/name-words';
import { SHOP_HEADS } from '../../lexicon/facilities';
import { PERSON_NOUNS } from '../../lexicon/person-nouns';

/**
 * Words that open the adjunct the run stands in: a preposition or an origin word, not one that
 * brings a companion in (`Seorang ibu dengan dua anak X`, `Seorang warga bersama X`: KIN_JOINS and
 * `dengan`), after which the run is a second person.
 */
const opensAdjunct = (w: string): boolean =>
  (PREPOSITIONS.has(w) || ORIGIN_WORDS.has(w)) && !KIN_JOINS.has(w) && w !== COMITATIVE;

/** `yang`: the relative clause a description may carry (`Seorang sopir yang mangkal di …`). */
const RELATIVE = 'yang';

/** `dengan` (with): a companion, as KIN_JOINS are. */
const COMITATIVE = 'dengan';

/** Determiners of a count of people, one word (`Sejumlah pedagang`, `Beberapa warga`). */
const COUNTED_OPENERS: ReadonlySet<string> = new Set(
  [...INDEFINITE_OPENERS].filter(w => !ONE_OF_DETERMINERS.some(d => d[0] === w)),
);

/** Most words from the determiner to the run. */
const MAX_DESCRIPTION = 12;

/**
 * Where the unnamed subject whose description holds the run from token `s` to `end` (exclusive)
 * opens, or -1. The run cannot be the described person named without a comma
 * (notTheDescribedPerson: `… Sri Wahyuni` names her), and stands past a preposition after the
 * head, with no verb of the subject's own or subordinate clause before it (`… menangis di jalan saat
 * X berkata`: X is another clause's subject); the
 * word right before it is no role word (`seorang anggota DPRD X`), naming word or companion word,
 * nothing but lowercase words stand between the determiner and it (a comma sets a name off:
 * `Seorang pedagang, X, …`), and no demonstrative closes the description first
 * (`Salah seorang pedagang itu X …`). No age in brackets follows (`… X (45)` names the one).
 */
export function unnamedDescriptionOpening(toks: readonly Token[], s: number, end: number): number {
  const prev = toks[s - 1];
  if (!prev || !isLowerWord(prev.text) || !featureOn('names.unnamedDescriptionRun')) return -1;
  const lw = prev.lower;
  if (ROLE_HEAD_SET.has(lw) || ROLE_WORD_SET.has(lw) || KIN_JOINS.has(lw) || lw === COMITATIVE)
    return -1;
  if (NAMING_WORDS.has(lw) || IDENTIFYING_WORDS.has(lw)) return -1;
  if (isBracketedAge(toks[end]?.text ?? '') || !notTheDescribedPerson(toks, s, end)) return -1;
  const o = sentenceStart(toks, s);
  const head = o + determinerLength(toks, o);
  if (head === o || s - o > MAX_DESCRIPTION || s - 1 <= head) return -1;
  let governed = false;
  let relative = false;
  for (let j = head; j < s; j++) {
    const w = toks[j]!;
    if (!isLowerWord(w.text) || DEFINITE.has(w.lower)) return -1;
    // `Seorang ibu menangis di jalan saat X berkata …`: the subject's own verb, or a subordinate
    // clause, closes the description; a relative clause's verb (`yang mangkal di …`) does not.
    relative ||= w.lower === RELATIVE;
    if (ADVERBIAL_SUBORDINATORS.has(w.lower) || (!relative && activeVerb(w))) return -1;
    governed ||= j > head && opensAdjunct(w.lower);
  }
  return governed ? o : -1;
}

/**
 * The number of words of the determiner opening at token `o` that brings unnamed people in, or 0:
 * `seorang`, `salah seorang` always (one person); `salah satu`, `sejumlah`, `beberapa` only before
 * a person's noun (`Sejumlah pedagang di pasar X`, not `Beberapa hari setelah … X`).
 */
function determinerLength(toks: readonly Token[], o: number): number {
  const d = ONE_OF_DETERMINERS.find(words => words.every((w, k) => toks[o + k]?.lower === w));
  if (d && ONE_PERSON_DETERMINERS.has(d.at(-1)!)) return d.length;
  const n = d?.length ?? (COUNTED_OPENERS.has(toks[o]!.lower) ? 1 : 0);
  return n && personHead(toks[o + n]?.lower ?? '') ? n : 0;
}

/** A noun that heads a description of people (`pedagang`, `warga`, `ibu`). */
const personHead = (w: string): boolean =>
  PERSON_NOUNS.has(w) || ROLE_HEAD_SET.has(w) || MEMBER_NOUNS.has(w);

/**
 * True when the run from `s` to `end` cannot be the described person named without a comma: one
 * word, an owner after `milik` (`toko milik X Y`), a shop's name after its head (`toko Sumber
 * Rejeki`, `rumah makan Padang Sederhana`: SHOP_HEADS), a run opening with an organisation's word,
 * or place words only; any other run of words is the person's name, its comma left out
 * (`Seorang penjahit di gang sempit X Y mengatakan`).
 */
function notTheDescribedPerson(toks: readonly Token[], s: number, end: number): boolean {
  const before = toks[s - 1]!.lower;
  if (end - s === 1 || OWNING_WORDS.has(before) || SHOP_HEADS.has(before)) return true;
  // `asal Jakarta Rina Marlina`: a place before a name is split off the name, which speaks.
  if (isOrgWord(toks[s]!.text)) return true;
  for (let j = s; j < end; j++) if (!isPlaceWord(toks[j]!.text)) return false;
  return true;
}
