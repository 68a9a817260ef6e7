/**
 * `According to an engineer who inspected the bridge …` … `“…,” the engineer said`: a description whose head
 * noun the article last introduced after an indefinite article (`a`, `an`, `one`, `seorang`,
 * `salah seorang`) means the unnamed person introduced there, not a named person the discourse
 * model would point back to. A name right after the introduction (`a resident, Budi Santoso,`,
 * `seorang warga bernama Budi`) names that person: then the description points back as usual.
 */
import {
  DEFINITE,
  KIN_NOUNS,
  NAMING_WORDS,
  PERSON_PRESENTERS,
  POINTING_BACK,
  SINGULAR_ID_SET,
} from '../../lexicon/pronouns';
import { opensSentence } from '../text/sentence-start';
import { NAMING_NOUNS } from '../../lexicon/cues';
import { HONORIFIC_SET } from '../../lexicon/honorifics';
import { FACILITY_HEAD_SET } from '../../lexicon/facilities';
import { FORMER_WORDS, PREDICATE_COPULAS } from '../../lexicon/roles';
import { offsetOf, paragraphOf, pos, type Pos } from '../cast/entity';
import { isLowerWord, tokenIndexAt, type Token } from '../text/text';
import { partitionPoint } from '../text/partition-point';
import { isLowerOrHyphenCp, runOf, startsUpper } from '../text/chars';
import type { DocIndex } from './doc-index';
import { featureOn } from '../features';
import { isRoleToken } from '../names/name-run';
import { isPlaceWord } from '../names/name-model';
import { isOneOf, SPACE_RUNS } from '../text/string-scans';

/** Words that introduce somebody new and unnamed: `a resident`, `seorang warga`. */
const INDEFINITES: ReadonlySet<string> = new Set(['a', 'an', 'one', 'another', 'seorang']);
/** Words that point back to somebody already introduced: `the engineer`, `insinyur itu`. */
const DEFINITE_BEFORE: ReadonlySet<string> = new Set(['the', 'sang', 'this', 'that']);
/** How many paragraphs back an introduction is looked for. */
const PARAGRAPHS_BACK = 4;
/**
 * How many characters back it is looked for at most: a few paragraphs of news prose, and a bound
 * that keeps a text of one huge paragraph linear (each description reads this much, not all).
 */
const CHARS_BACK = 3000;

/** The head noun of a description (`the engineer` → `engineer`), or null (`the 31-year-old`). */
function headNoun(description: string): string | null {
  const words = description.toLowerCase().split(SPACE_RUNS);
  let k = DEFINITE_BEFORE.has(words[0]!) ? 1 : 0;
  // `the former envoy`, `mantan camat itu`: no head, or `a former ambassador, …` would make every
  // former office one unnamed introduction.
  while (FORMER_WORDS.has(words[k] ?? '')) k++;
  const head = words[k];
  return head && runOf(head, isLowerOrHyphenCp) === head.length ? head : null;
}

/** Most lowercase words after the head noun of an introduction, before its name's comma. */
const MAX_MODIFIERS = 3;

/**
 * True when a name follows the word at `k`, before token `hi` (past a comma, or `bernama`/`named`),
 * also after the head's lowercase modifiers (`seorang guru olahraga, Budi`, `seorang pedagang sayur
 * bernama Sari`) and the capitalised run of its affiliation (`salah seorang mahasiswi Fakultas
 * Hukum, Rina,`): discourse.namedAfterModifiers.
 */
function namedAfter(t: readonly Token[], k: number, hi: number): boolean {
  if (featureOn('discourse.namedAfterModifiers')) {
    for (let m = 0; m < MAX_MODIFIERS && k + 1 < hi && isLowerWord(t[k + 1]!.text); m++) {
      if (NAMING_WORDS.has(t[k + 1]!.lower)) break;
      k++;
    }
    const past = affiliationEnd(t, k, hi);
    if (past > k) return personAfterComma(t, past, hi);
  }
  let j = k + 1;
  while (j < hi && j <= k + 3 && (t[j]!.text === ',' || NAMING_WORDS.has(t[j]!.lower))) j++;
  return j > k + 1 && j < hi && startsUpper(t[j]!.text);
}

/** Most capitalised words of the affiliation after an introduction's head (`Fakultas Hukum UI`). */
const MAX_AFFILIATION = 6;

/**
 * `seorang mahasiswi Fakultas Hukum, Rina, …`: the capitalised run naming where the person
 * belongs, after the head and its lowercase modifiers. Returns the index of its last word, or `k`
 * when no such run follows the word at `k`.
 */
function affiliationEnd(t: readonly Token[], k: number, hi: number): number {
  let e = k;
  while (
    e + 1 < hi &&
    e - k < MAX_AFFILIATION &&
    t[e + 1]!.text !== ',' &&
    startsUpper(t[e + 1]!.text)
  )
    e++;
  return e;
}

/**
 * True when a comma follows the word at `e` and a person's name opens after it: a capitalised word
 * that is no role word and no place, so `seorang warga Desa X, Kecamatan Y, …` stays unnamed.
 */
function personAfterComma(t: readonly Token[], e: number, hi: number): boolean {
  const w = t[e + 2];
  return (
    e + 2 < hi &&
    t[e + 1]!.text === ',' &&
    w !== undefined &&
    startsUpper(w.text) &&
    !isRoleToken(w) &&
    !isPlaceWord(w.text)
  );
}

/**
 * How the word at `k` (the head noun) is used: `intro` for an unnamed introduction (`an engineer`),
 * `back` for a description pointing back to an earlier use (`the engineer`, `insinyur itu`), and
 * `other` for anything else — an introduction a name follows, a role (`insinyur senior Budi`).
 * Only the tokens `lo` to `hi` (the window read back) are looked at around it.
 */
function useAt(t: readonly Token[], k: number, lo: number, hi: number): 'intro' | 'back' | 'other' {
  const before = k > lo ? t[k - 1]!.lower : '';
  if (INDEFINITES.has(before))
    return namedAfter(t, k, hi) || namedNextSentence(t, k, hi) ? 'other' : 'intro';
  if (k + 1 < hi && DEFINITE.has(t[k + 1]!.lower) && namedBack(t, k + 1, hi)) return 'other';
  if (DEFINITE_BEFORE.has(before) || (k + 1 < hi && DEFINITE.has(t[k + 1]!.lower))) return 'back';
  return 'other';
}

/**
 * True when the demonstrative at `d` (after the head) goes on to name its person: `Pria itu
 * bernama Budi.`, `Perempuan itu adalah Sari (45), …`. The unnamed person introduced before
 * (`seorang pria berkopiah …`) is named there, so a later description by the same head noun
 * points back to Budi as usual, as after `seorang warga bernama Budi`. After `adalah`/`merupakan` a
 * role word (`Pria itu adalah Ketua RT setempat.`) tells what the person is, not who: still unnamed.
 */
function namedBack(t: readonly Token[], d: number, hi: number): boolean {
  const w = t[d + 1];
  const name = t[d + 2];
  return (
    w !== undefined &&
    name !== undefined &&
    d + 2 < hi &&
    (NAMING_WORDS.has(w.lower) || (PREDICATE_COPULAS.has(w.lower) && !isRoleToken(name))) &&
    startsUpper(name.text)
  );
}

/**
 * True when the description `text` (read at a quote, starting at `before`) means a person the
 * article introduced unnamed: looking back from it, the first use of its head noun that does not
 * itself point back is an unnamed introduction.
 */
export function introducedUnnamed(doc: DocIndex, text: string, before: Pos): boolean {
  return unnamedIntroduction(doc, text, before) >= 0;
}

/**
 * Where the unnamed introduction that description `text` (read at `before`) means stands: the
 * position of its head noun (`seorang lelaki` → `lelaki`), or -1 when introducedUnnamed is false.
 */
function unnamedIntroduction(doc: DocIndex, text: string, before: Pos): Pos {
  const head = headNoun(text);
  if (!head) return -1;
  // The paragraphs' tokens, read once for the pipeline, in the window back from the description.
  const here = doc.paragraph(before);
  let budget = CHARS_BACK;
  for (let o = here; o >= 0 && o >= here - PARAGRAPHS_BACK && budget > 0; o--) {
    const { text: para, tokens: t } = doc.body[o]!;
    const end = o === here ? offsetOf(before) : para.length;
    const from = Math.max(0, end - budget);
    budget -= end - from;
    const lo = tokenIndexAt(t, from);
    const hi = partitionPoint(t, w => w.end <= end);
    for (let k = hi - 1; k >= lo; k--) {
      if (t[k]!.lower !== head) continue;
      const use = useAt(t, k, lo, hi);
      if (use !== 'back') return use === 'intro' ? pos(doc.body[o]!.index, t[k]!.start) : -1;
    }
  }
  return -1;
}

/**
 * introducedUnnamed for a description read at a quote (`kata pedagang itu`, `tutur perajin rotan
 * itu`): with modifiers after its head, the whole phrase must repeat an unnamed introduction
 * (introducedUnnamedPhrase); the head alone may have been used of somebody else brought in unnamed
 * (`seorang perajin` among those a fire left without work) before the person the description
 * means was named (discourse.describedPhraseWhole).
 */
export function introducedUnnamedDescription(doc: DocIndex, text: string, before: Pos): boolean {
  const words = descriptionWords(text);
  while (words.length && POINTING_BACK.has(words[words.length - 1]!)) words.pop();
  // `the resident`: the English article is no modifier.
  if (DEFINITE_BEFORE.has(words[0] ?? '')) words.shift();
  const intro = unnamedIntroduction(doc, text, before);
  if (intro < 0 || words.length < 2 || !featureOn('discourse.describedPhraseWhole'))
    return intro >= 0;
  // Brought in as a clause's subject, the one the story follows, the head alone means that one
  // (`kata sopir berusia 50 tahun itu` after `Seorang sopir … mengeluhkan`); only an introduction
  // inside a list or an object must be repeated whole.
  return opensClause(doc, intro) || introducedUnnamedPhrase(doc, words.join(' '), before);
}

/** Most words of an adjunct fronted before an introduction (`Setiap pagi, seorang …`). */
const MAX_FRONTED = 5;

/**
 * True when the introduction whose head stands at `intro` opens its clause: its indefinite opens
 * the sentence, or follows the comma of a short fronted adjunct.
 */
function opensClause(doc: DocIndex, intro: Pos): boolean {
  const { tokens: t } = doc.body[doc.paragraph(intro)]!;
  const j = tokenIndexAt(t, offsetOf(intro)) - 2;
  if (j < 0 || isOneOf(t[j]!.text, '.!?')) return true;
  if (t[j]!.text !== ',') return false;
  let s = j - 1;
  while (s >= 0 && j - s <= MAX_FRONTED && !isOneOf(t[s]!.text, '.!?,')) s--;
  return s < 0 || isOneOf(t[s]!.text, '.!?');
}

/**
 * `Seorang lelaki berkaos lusuh mendayung … . Lelaki itu adalah X (49).`: the name at `at` follows a
 * description opening its sentence that points back (its head, up to MAX_MODIFIERS lowercase
 * words, a demonstrative) and a copula or naming word, and that head's nearest earlier use brought
 * somebody in unnamed: the name names that person, whom the story is about
 * (discourse.unnamedGetsName). Where that introduction's head stands, or -1.
 */
export function namedIntroduction(doc: DocIndex, at: Pos): Pos {
  if (!featureOn('discourse.unnamedGetsName')) return -1;
  const { tokens: t } = doc.body[doc.paragraph(at)]!;
  const k = tokenIndexAt(t, offsetOf(at));
  const link = t[k - 1]?.lower ?? '';
  if (t[k]?.start !== offsetOf(at) || !(PREDICATE_COPULAS.has(link) || NAMING_WORDS.has(link)))
    return -1;
  if (!DEFINITE.has(t[k - 2]?.lower ?? '')) return -1;
  // The head opens the sentence, capitalised; its modifiers before the demonstrative are lowercase.
  let s = k - 3;
  while (s > 0 && k - 3 - s < MAX_MODIFIERS && isLowerWord(t[s]!.text)) s--;
  if (s < 0 || !startsUpper(t[s]!.text) || (s > 0 && !isOneOf(t[s - 1]!.text, '.!?'))) return -1;
  return unnamedIntroduction(doc, t[s]!.text, pos(paragraphOf(at), t[s]!.start));
}

/**
 * True when one of the few sentences after the introduction at `k` opens by naming its person
 * (`Seorang perempuan … menarik jaring. Ia adalah X.`, `… . Namanya X.`, `Dialah X`): the person is
 * named there, so a later description by the head is no unnamed introduction's but is read as any
 * description is, pointing back to the person the text is about (discourse.pronounNamesUnnamed).
 * Another person brought in unnamed after the introduction keeps the naming theirs.
 */
function namedNextSentence(t: readonly Token[], k: number, hi: number): boolean {
  if (!featureOn('discourse.pronounNamesUnnamed')) return false;
  let j = k + 1;
  for (let n = 0; n < SENTENCES_TO_NAME && j < hi; n++) {
    while (j < hi && !isOneOf(t[j]!.text, '.!?')) {
      if (INDEFINITES.has(t[j]!.lower)) return false;
      j++;
    }
    const name = namingOpensAt(t, j + 1);
    if (name >= 0) return name < hi && personNameAt(t[name]!);
    j++;
  }
  return false;
}

/**
 * How many sentences after an unnamed introduction its naming may come (`… . Setelah itu, … .
 * Namanya X`).
 */
const SENTENCES_TO_NAME = 3;

/**
 * Where the name stands when the sentence at token `s` opens by naming its person (`Ia adalah X`,
 * `Namanya X`, `Dialah X`), or -1. Not `Inilah`/`Itulah`, which present places and things as well
 * (lexicon/pronouns.ts PERSON_PRESENTERS).
 */
function namingOpensAt(t: readonly Token[], s: number): number {
  if (pronounOpensAt(t, s) && PREDICATE_COPULAS.has(t[s + 1]?.lower ?? '')) return s + 2;
  const w = t[s]?.lower ?? '';
  return NAMING_NOUNS.has(w) || PERSON_PRESENTERS.has(w) ? s + 1 : -1;
}

/**
 * True when token `w` may open a person's name: capitalised, and no role, honorific, kin noun,
 * place or body (`Ia adalah Ibu dari tiga anak`, `Namanya Warung Sederhana`).
 */
function personNameAt(w: Token): boolean {
  if (!startsUpper(w.text) || isRoleToken(w) || isPlaceWord(w.text)) return false;
  return !HONORIFIC_SET.has(w.lower) && !KIN_NOUNS.has(w.lower) && !FACILITY_HEAD_SET.has(w.lower);
}

/** True when token `j` is `ia`, `dia` or `beliau` opening its sentence (`… . Ia adalah X`). */
function pronounOpensAt(t: readonly Token[], j: number): boolean {
  return SINGULAR_ID_SET.has(t[j]?.lower ?? '') && opensSentence(t, j);
}

/**
 * How many paragraphs back a repeated phrase is looked for: several words repeated in order tell
 * the person apart over a longer stretch than a head noun alone (PARAGRAPHS_BACK).
 */
const PHRASE_PARAGRAPHS_BACK = 12;

/**
 * True when the description `text` (read at `before`) repeats, word for word, two or more words of
 * an unnamed introduction (`Seorang pedagang jagung bakar …` … `Pedagang jagung bakar tadi …`):
 * the nearest earlier use of those words that does not point back opens with an indefinite. The
 * head noun alone may meanwhile have been used of anyone (`pedagang yang dirugikan`); the whole
 * phrase tells which one is meant (discourse.unnamedBackSubject).
 */
export function introducedUnnamedPhrase(doc: DocIndex, text: string, before: Pos): boolean {
  const words = descriptionWords(text);
  if (words.length < 2) return false;
  const here = doc.paragraph(before);
  for (let o = here; o >= 0 && o >= here - PHRASE_PARAGRAPHS_BACK; o--) {
    const { tokens: t } = doc.body[o]!;
    const hi = o === here ? partitionPoint(t, w => w.end <= offsetOf(before)) : t.length;
    for (let k = hi - words.length; k >= 0; k--) {
      if (!words.every((w, i) => t[k + i]!.lower === w)) continue;
      if (INDEFINITES.has(t[k - 1]?.lower ?? '')) return !namedAfter(t, k, hi);
      if (!POINTING_BACK.has(t[k + words.length]?.lower ?? '')) return false;
    }
  }
  return false;
}

/**
 * The words of the definite description opening at `at` (`Pedagang jagung bakar tadi …` →
 * `pedagang jagung bakar`): its head and up to MAX_MODIFIERS lowercase words, closed by a pointing
 * word; null when no pointing word closes them.
 */
export function definiteDescriptionAt(doc: DocIndex, at: Pos): string | null {
  const { tokens: t } = doc.body[doc.paragraph(at)]!;
  const k = tokenIndexAt(t, offsetOf(at));
  const words: string[] = [];
  // The head at `k`, its modifiers, then the pointing word at `k + MAX_MODIFIERS + 1` at most.
  for (let j = k; j < t.length && j <= k + MAX_MODIFIERS + 1; j++) {
    const w = t[j]!;
    if (POINTING_BACK.has(w.lower)) return words.length ? words.join(' ') : null;
    if (j > k && !isLowerWord(w.text)) return null;
    words.push(w.lower);
  }
  return null;
}

/** The lowercase words of a description (`pedagang jagung bakar`). */
const descriptionWords = (text: string): string[] =>
  text.toLowerCase().split(SPACE_RUNS).filter(Boolean);
