/**
 * Who the article tells is a man or a woman, so that English `he`/`she` agrees with its antecedent
 * (the model's `genderMismatch`). Read off the text only, each person's evidence counted over all
 * their mentions:
 * - a title before the name (`Mr`, `Ms`, `Pak`, `Bu`, `Hj`; lexicon/gender.ts);
 * - a role noun that tells it (`spokeswoman`, `chairman`), in the role or in the description the
 *   person's sentence opens with (`The mother of the victim, Rina Hale, …`, `Her son, Budi, …`);
 * - the first possessive or reflexive English pronoun after the person opens a clause, in the same
 *   sentence, before any other person is named or a quote opens (`Rina Hale said her team …`);
 * - the name itself, where it holds a word that tells (`Ni Luh …`, `… binti …`, `… Br …`).
 * A person with evidence both ways, or none, has no gender here and agrees with either pronoun.
 */
import type { CastMention } from '../cast/cast-mentions';
import { offsetOf, paragraphOf, pos, type Entity } from '../cast/entity';
import { isSubjectRole } from '../cast/mention-record';
import {
  BALINESE_ARTICLE_GENDER,
  NAME_PARTICLE_GENDER,
  PRONOUN_GENDER,
  ROLE_GENDER,
  SUBJECT_PRONOUN_GENDER,
  TITLE_GENDER,
  type Gender,
} from '../../lexicon/gender';
import type { DocIndex } from './doc-index';
import { descriptionGender } from './description-gender';
import type { Introduction } from './introduction';
import { featureOn } from '../features';
import { balineseOpeningLength } from '../../lexicon/balinese-names';
import {
  cpLength,
  dropFinalDot,
  isAlnumCp,
  isAlnumMarkCp,
  isHighSurrogate,
  isLetterCp,
  isLowSurrogate,
  leadingRun,
  runsOf,
  trailingRun,
} from '../text/chars';

/** How many words a mention's title and name may span (`Ms Rina Hale`, `Mr R. J. Baker`). */
const NAME_WORDS = 6;
/** How far after a name its pronoun is looked for, in characters. */
const PRONOUN_REACH = 160;

/** `[\p{L}\p{M}\p{N}'’-]`: a character of a word after its first. */
const isWordCp = (cp: number): boolean =>
  isAlnumMarkCp(cp) || cp === 0x27 || cp === 0x2019 || cp === 0x2d;

/**
 * The first word at or after offset `from` (start and end), or null: a letter or digit, then
 * letters, marks, digits, apostrophes and hyphens, as the global regex
 * `[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*` found it. Code-point tests, not that regex: its Unicode
 * classes cost a compile on every cold start.
 */
export function wordFrom(text: string, from: number): [number, number] | null {
  // As a `/u` regex does, an offset inside a surrogate pair starts at the pair.
  const inPair =
    isLowSurrogate(text.charCodeAt(from)) && isHighSurrogate(text.charCodeAt(from - 1));
  for (let i = inPair ? from - 1 : from; i < text.length;) {
    const cp = text.codePointAt(i)!;
    if (isAlnumCp(cp))
      return [i, i + cpLength(cp) + leadingRun(text.slice(i + cpLength(cp)), isWordCp)];
    i += cpLength(cp);
  }
  return null;
}

/** The word ending right before offset `at` (a title before a mention read from its name). */
export function wordBefore(text: string, at: number): string {
  // `/([\p{L}]+)\.?$/u` on the trimmed text: the letters before one closing dot.
  const k = dropFinalDot(text.slice(Math.max(0, at - 12), at).trimEnd());
  return k.slice(trailingRun(k, isLetterCp)).toLowerCase();
}

/** Votes for each gender, per person. */
type Tally = Map<Entity, { male: number; female: number }>;

const vote = (t: Tally, e: Entity, g: Gender | undefined): void => {
  if (!g) return;
  let v = t.get(e);
  if (!v) t.set(e, (v = { male: 0, female: 0 }));
  v[g]++;
};

/**
 * The mention's title (a gendered word before its first name word) and where its name ends
 * (-1: no name word found near it).
 */
function readMention(text: string, at: number, e: Entity): { title?: Gender; nameEnd: number } {
  let title = TITLE_GENDER.get(wordBefore(text, at));
  let nameEnd = -1;
  // Up to NAME_WORDS words read one by one, and no further than the first after the name: this
  // runs for every person mention of the article (a list of the words made first was most of it).
  for (let n = 0, w = wordFrom(text, at); w && n < NAME_WORDS; w = wordFrom(text, w[1]), n++) {
    const lower = text.slice(w[0], w[1]).toLowerCase();
    if (e.tokens.includes(lower)) nameEnd = w[1];
    else if (nameEnd < 0) title = TITLE_GENDER.get(lower) ?? title;
    else break;
  }
  // A mention that is no name (`Pedagang beras H X` read for the trader `Pedagang` means) has
  // another person's title in the words after it.
  if (nameEnd < 0 && featureOn('discourse.genderTitleNamed'))
    title = TITLE_GENDER.get(wordBefore(text, at));
  return title ? { title, nameEnd } : { nameEnd };
}

/**
 * The gender the first English pronoun after a subject's name tells, in its sentence before the
 * next person mention (`stopAt`) or quote mark: only a possessive or reflexive one tells it; a
 * subject pronoun first (`X, he said, …`) may be somebody else's, and ends the look.
 */
function pronounAfter(text: string, from: number, stopAt: number): Gender | undefined {
  const end = Math.min(stopAt, from + PRONOUN_REACH);
  // The words read one by one up to the first pronoun (at most 40), not listed first: this runs
  // after every person's subject mention of the article.
  for (let n = 0, w = wordFrom(text, from); w && n < 40; w = wordFrom(text, w[1]), n++) {
    const wordEnd = w[1];
    if (wordEnd > end) break;
    const lower = text.slice(w[0], wordEnd).toLowerCase();
    if (!PRONOUN_GENDER.has(lower)) continue;
    if (/[.!?“”"]/u.test(text.slice(from, wordEnd))) return undefined;
    return SUBJECT_PRONOUN_GENDER.get(lower);
  }
  return undefined;
}

/** Quotation marks: a sentence holding a quote may have another speaker in it. */
const QUOTE_MARKS = /[“”"]/u;

/**
 * `X said … . He added …`: the subject pronoun opening the sentence after a subject's, with no
 * person named and no quote in between, goes on about that subject and tells their sex
 * (discourse.nextSentencePronounGender). Written capitalised, as a sentence opens.
 */
function openingPronoun(text: string, from: number): Gender | undefined {
  if (!featureOn('discourse.nextSentencePronounGender')) return undefined;
  const w = wordFrom(text, from);
  if (!w) return undefined;
  const word = text.slice(w[0], w[1]);
  return word === 'He' ? 'male' : word === 'She' ? 'female' : undefined;
}

/**
 * The sex a person's name tells by its own words (discourse.nameParticleGender): a Balinese name's
 * article (`Ni Kadek Sari` a woman, `I Made Arta` a man) or a particle inside it (`bin`, `binti`,
 * Batak `Br`); undefined for any other name. `tokens` are the name's lowercase words.
 */
function nameGender(tokens: readonly string[]): Gender | undefined {
  if (!featureOn('discourse.nameParticleGender')) return undefined;
  if (balineseOpeningLength(tokens) > 0) return BALINESE_ARTICLE_GENDER.get(tokens[0]!);
  for (const w of tokens.slice(1, -1)) {
    const g = NAME_PARTICLE_GENDER.get(dropFinalDot(w));
    if (g) return g;
  }
  return undefined;
}

/** The gender of the first word of `words` that tells one (`spokeswoman for …`, `The mother of …`). */
function wordsGender(words: string): Gender | undefined {
  for (const w of runsOf(words.toLowerCase(), isLetterCp)) {
    const g = ROLE_GENDER.get(w);
    if (g) return g;
  }
  return undefined;
}

/**
 * The votes the words a person is described by cast for each gender (the one reader of a
 * mention's described sex): with `roles`, an English role or kin noun anywhere in them
 * (`spokeswoman for …`, `The mother of the victim`); with `nouns`, the person noun heading them or
 * right after their head (`ibu dua anak`, `relawan perempuan`: description-gender.ts).
 */
function voteWords(
  t: Tally,
  e: Entity,
  words: string | null | undefined,
  roles: boolean,
  nouns: boolean,
): void {
  if (!words) return;
  if (roles) vote(t, e, wordsGender(words));
  if (nouns) vote(t, e, descriptionGender(words, false) ?? undefined);
}

/**
 * Each person's gender as the article tells it (a person it does not tell is absent); with
 * `introductions`, also by the person noun heading a description set off after a name (`X, ibu
 * dua anak, …`) or before it (`Ayahnya, X, …`, `Seorang relawan perempuan, X, …`).
 */
export function readGenders(
  mentions: readonly CastMention[],
  doc: DocIndex,
  introductions?: ReadonlyMap<Entity, Introduction>,
): ReadonlyMap<Entity, Gender> {
  const tally: Tally = new Map();
  const roles = new Set<Entity>();
  const nouns = featureOn('discourse.appositiveGender');
  if (nouns && introductions)
    for (const [e, intro] of introductions)
      for (const t of intro.texts) voteWords(tally, e, t, false, true);
  mentions.forEach((m, i) => {
    if (m.entities.length !== 1 || m.entities[0]!.kind !== 'person') return;
    const e = m.entities[0]!;
    if (!roles.has(e)) {
      roles.add(e);
      // `Rina, ibu dua anak, …`: the cast kept the description set off after the name as a role.
      voteWords(tally, e, e.role, true, nouns);
      vote(tally, e, nameGender(e.tokens));
    }
    // `The mother of the victim, Rina Hale, …`: the description the name is set off after is the
    // person's, though the cast keeps no role for it.
    voteWords(tally, e, m.leadIn, featureOn('discourse.leadInGender'), nouns);
    const para = paragraphOf(m.at);
    const text = doc.texts.get(para) ?? '';
    const { title, nameEnd } = readMention(text, offsetOf(m.at), e);
    vote(tally, e, title);
    if (nameEnd < 0 || !(isSubjectRole(m.role) || m.subject)) return;
    const next = mentions[i + 1];
    const nextAt = next && paragraphOf(next.at) === para ? offsetOf(next.at) : text.length;
    const sentenceEnd = doc.sentenceEnd(pos(para, nameEnd), text.length);
    vote(tally, e, pronounAfter(text, nameEnd, Math.min(nextAt, sentenceEnd)));
    // Only the sentence's first person: one named after it (`X said officers questioned Y.`) is
    // inside what X reported, not whom the next `He` goes on about.
    const prev = mentions[i - 1];
    const first =
      !prev ||
      doc.sentence(prev.at) !== doc.sentence(m.at) ||
      !prev.entities.some(p => p.kind === 'person');
    if (first && nextAt > sentenceEnd && !QUOTE_MARKS.test(text.slice(offsetOf(m.at), sentenceEnd)))
      vote(tally, e, openingPronoun(text, sentenceEnd));
  });
  const out = new Map<Entity, Gender>();
  for (const [e, v] of tally)
    if (v.male !== v.female) out.set(e, v.male > v.female ? 'male' : 'female');
  return out;
}
