/**
 * A mention that points back (`dia`, `mereka`, `-nya`, `peneliti ini`) asks the discourse model
 * for its antecedent: the candidates with their features (candidates.ts), scored by the weights
 * (antecedent-model.ts). What the mention's own quote tells — a cue that adds to a statement, a
 * cue inserted between commas, a person the quote talks about — goes in as context.
 */
import type { Candidate } from '../candidate';
import { offsetOf, paragraphOf, pos, type Entity, type Pos } from '../cast/entity';
import { ANSWERING_CUES, ASKING_CUES, CONTINUING_CUES, REPLYING_CUES } from '../../lexicon/cues';
import {
  COLLECTIVE_NUMERALS,
  COUNTED_PLURAL,
  FIRST_PERSON_SINGULAR,
  PLURAL,
  SINGULAR,
} from '../../lexicon/pronouns';
import { PRONOUN_GENDER } from '../../lexicon/gender';
import { featureOn } from '../features';
import { endsAfterComma, firstOf, splitOnSpacesAndCommas } from '../text/string-scans';
import { bestCandidate } from './antecedent-model';
import { countedGroup, groupDescription } from '../names/group-description';
import {
  describedNames,
  describedOrigins,
  describedSeats,
  descriptionWords,
  withFits,
} from './description-agreement';
import { definiteOpening, isOriginDescription, isPersonDescription } from './person-description';
import { PERSON_NOUNS } from '../../lexicon/person-nouns';
import type { Gender } from '../../lexicon/gender';
import type { DocIndex } from './doc-index';
import { DEFINITE } from '../../lexicon/pronouns';
import { SPACE_RUNS } from '../text/string-scans';
import { descriptionGender } from './description-gender';
import {
  antecedentCandidates,
  bestAntecedent,
  type AntecedentCandidate,
  type PointingContext,
  type PointingKind,
} from './candidates';
import type { Choice, Decision, ResolveContext } from './resolve-context';

/**
 * The best of the candidates `found` for quote `c`'s mention of `kind`, with the choice recorded
 * in `decisions` (for fitting the weights: every candidate is kept with its features there).
 */
function recorded(
  decisions: Decision[],
  c: Candidate,
  kind: PointingKind,
  found: AntecedentCandidate[],
): AntecedentCandidate | null {
  const best = bestCandidate(found);
  decisions.push({ quote: c, kind, candidates: found, chosen: best });
  return found[best] ?? null;
}

/**
 * True when the candidate breaks agreement (a place, an organisation for `dia`, one person for
 * `mereka`): when nothing else is left, the mention stays unnamed rather than name a wrong one.
 */
const disagrees = (a: AntecedentCandidate): boolean =>
  a.features.place + a.features.organisationForPerson + a.features.numberMismatch > 0 ||
  (a.features.genderMismatch > 0 && featureOn('discourse.genderAgreementRequired'));

/** `X, lanjutnya, harus …`: the cue stands between commas after the statement's opening words. */
function insertedCue(text: string, c: Candidate): boolean {
  if (!c.cue || !featureOn('discourse.statementSubject')) return false;
  // `, lanjutnya,` — or `, he said,`, where the cue's position is the pronoun's before it.
  const k = text.indexOf(c.cue, c.at);
  if (k < 0 || k - c.at > 24) return false;
  const before = text.slice(Math.max(0, k - 24), k);
  return endsAfterComma(before) && closesInsertion(text, k + c.cue.length);
}

/**
 * True when the inserted cue closes at `end` with its comma: right there (`, lanjutnya,`), or
 * after the pronoun it names its speaker by (`, kata dia,`, `, ujar mereka,`).
 */
function closesInsertion(text: string, end: number): boolean {
  if (text[end] === ',') return true;
  if (text[end] !== ' ' || !featureOn('discourse.insertedPronounCue')) return false;
  const comma = text.indexOf(',', end + 1);
  const word = comma > 0 ? text.slice(end + 1, comma).toLowerCase() : '';
  return SINGULAR.has(word) || PLURAL.has(word);
}

/**
 * True when quote `c` joins in somebody's talk: its cue does (`timpalnya`, `ia menimpali`), or a
 * joining verb follows the cue's speaker in the clause after the quote (`“…,” kata X menimpali`).
 */
function replying(text: string, c: Candidate): boolean {
  if (cueIn(REPLYING_CUES, c.cue)) return true;
  if (c.at < c.end) return false;
  // The cue's clause, read as a subject's predicate is (cast/sentence-role.ts predicateWords).
  const window = text.slice(c.at, c.at + REPLY_REACH);
  const clause = window.slice(0, firstOf(window, '.;:!?“”"')).toLowerCase();
  return splitOnSpacesAndCommas(clause).some(w => REPLYING_CUES.has(w));
}

/**
 * `“Jadi tidak ada kuitansi?” tanya X.` then `“Tidak ada, Pak,” jawabnya`: an answering cue whose
 * quote comes right after a quoted question (the last quote before it, in its own paragraph or
 * closing the one before when the answer opens its paragraph) answers whoever asked it
 * (discourse.answerAfterQuestion). Any other cue is read by answersAskedQuestion.
 */
function answersQuestion(texts: ReadonlyMap<number, string>, c: Candidate): boolean {
  if (!cueIn(ANSWERING_CUES, c.cue)) return answersAskedQuestion(texts, c);
  if (!featureOn('discourse.answerAfterQuestion')) return false;
  // Up to the quote's own opening mark.
  const before = (texts.get(c.paragraph) ?? '').slice(0, Math.max(0, c.start - 1));
  if (hasQuoteMark(before)) return lastQuoteAsks(before);
  // From the paragraph before only when the answer opens its own: narration between (`Saat
  // ditanya …, X menjawab singkat.`) tells who answers, and it may be someone else's question.
  return before.trim() === '' && lastQuoteAsks(texts.get(c.paragraph - 1) ?? '');
}

/**
 * In an exchange under way — `“…,” jawab Y.` ¶ `“Saudara yakin?” tanya X lagi.` ¶ `“Yakin, Pak,”
 * ujarnya.` — a quote that opens its paragraph and asks nothing itself, right after a question put
 * with a cue of asking that itself came right after an answer, answers as the one asked, whatever
 * its cue but one of going on (`lanjutnya`: the asker adds to the question)
 * (discourse.answerAfterAskedQuestion). A question with no answer before it may be rhetorical or
 * put to a crowd, and its asker goes on.
 */
function answersAskedQuestion(texts: ReadonlyMap<number, string>, c: Candidate): boolean {
  if (c.type !== 'direct' || !featureOn('discourse.answerAfterAskedQuestion')) return false;
  // `lanjutnya`, `tambahnya`: the asker goes on after the question.
  if (cueIn(CONTINUING_CUES, c.cue)) return false;
  const text = texts.get(c.paragraph) ?? '';
  if (text.slice(0, Math.max(0, c.start - 1)).trim() !== '') return false;
  if (text.slice(c.start, c.end + 1).includes('?')) return false;
  const question = texts.get(c.paragraph - 1) ?? '';
  return (
    lastQuoteCueIn(ASKING_CUES, question) &&
    lastQuoteAsks(question) &&
    lastQuoteCueIn(ANSWERING_CUES, texts.get(c.paragraph - 2) ?? '')
  );
}

/** True when the cue right after the last quote closing in `text` is one of `roots` (`tanya X`). */
function lastQuoteCueIn(roots: ReadonlySet<string>, text: string): boolean {
  const close = lastQuoteClose(text);
  if (close < 0) return false;
  const cue =
    text
      .slice(close + 1)
      .trim()
      .split(SPACE_RUNS, 1)[0] ?? '';
  return cueIn(roots, cue);
}

/** True when the last quote closing in `text` is a question (`?”`, `?"`). */
export function lastQuoteAsks(text: string): boolean {
  const close = lastQuoteClose(text);
  return close > 0 && text[close - 1] === '?';
}

/** Where the last closing quote mark in `text` stands (`”` or `"`), or -1. */
const lastQuoteClose = (text: string): number =>
  Math.max(text.lastIndexOf('”'), text.lastIndexOf('"'));

/** True when `text` holds a quote mark (a quote of its own stands between). */
const hasQuoteMark = (text: string): boolean => /[“”"]/u.test(text);

/** How far after the cue a joining verb is looked for (`kata pria berusia 56 tahun itu menimpali`). */
const REPLY_REACH = 80;

/** True when `cue`, or its root before `-nya`, is in `roots` (`tambahnya`, `menambahkan`). */
export function cueIn(roots: ReadonlySet<string>, cue: string | null): boolean {
  const w = cue?.toLowerCase() ?? '';
  return roots.has(w) || (w.endsWith('nya') && roots.has(w.slice(0, -3)));
}

/**
 * How many people a plural mention counts: `keduanya` two, `ketiganya` three (COUNTED_PLURAL is
 * in that order from two); `mereka` and `they` count none and are taken as two.
 */
function countedMembers(mention: string): number {
  const k = COUNTED_PLURAL.indexOf(mention.toLowerCase());
  const n = COLLECTIVE_NUMERALS.indexOf(collectiveOpener(mention));
  // `tiga bersaudara itu`, `the trio`: a group description counts its own (group-description.ts).
  return k >= 0 ? k + 2 : n >= 0 ? n + 2 : groupDescription(mention) || 2;
}

/** The first word of `mention`, lowercased, when it is a collective numeral (`kedua petani itu`). */
export function collectiveOpener(mention: string): string {
  const first = mention
    .slice(0, mention.indexOf(' ') + 1)
    .trim()
    .toLowerCase();
  return COLLECTIVE_NUMERALS.includes(first) ? first : '';
}

/**
 * The discourse model's choice for a mention of `kind` at `from` in quote `c`; `accept`, when
 * given, may still turn the best candidate down (the mention then stays unnamed).
 */
export function pointBack(
  ctx: ResolveContext,
  c: Candidate,
  kind: PointingKind,
  from: Pos,
  accept: (a: AntecedentCandidate) => boolean = () => true,
): Choice {
  const { doc } = ctx;
  const context = pointingContext(ctx, c, kind);
  const a = ctx.decisions
    ? recorded(ctx.decisions, c, kind, antecedentCandidates(from, kind, ctx, context))
    : bestAntecedent(from, kind, ctx, context);
  return a && !(featureOn('discourse.agreementRequired') && disagrees(a)) && accept(a)
    ? { entities: a.entities, antecedent: { paragraph: doc.paragraphIndex(a.latest), via: a.via } }
    : { entities: [] };
}

/**
 * `Suaminya, Y, baru tahu … . Ibu dua anak itu kini … . “…,” ucapnya`: the sentence right before a
 * `-nya` quote in its paragraph opens with a definite description of a person by sex (`ibu`,
 * `ayah`, `pria`), which goes on about someone known (person-description.ts); the `-nya` is that
 * person's, so it tells their sex (discourse.nyaAfterDefiniteDescription).
 */
function definiteSubjectSex(doc: DocIndex, c: Candidate): Gender | null {
  if (!featureOn('discourse.nyaAfterDefiniteDescription')) return null;
  const quote = pos(c.paragraph, c.start);
  const starts = doc.sentenceStarts();
  let n = doc.sentence(quote);
  // The sentence before the quote's own when the quote (or its opening mark) opens one.
  while (n >= 0 && starts[n]! >= quote - 1) n--;
  const s = starts[n];
  if (s === undefined || paragraphOf(s) !== c.paragraph || s >= quote) return null;
  const text = doc.texts.get(c.paragraph) ?? '';
  const phrase = definiteOpening(text.slice(offsetOf(s), c.start), PERSON_NOUNS);
  return phrase ? descriptionGender(phrase, false) : null;
}

/** What quote `c`'s own mention of `kind` and its cue tell the model (PointingContext). */
export function pointingContext(
  ctx: ResolveContext,
  c: Candidate,
  kind: PointingKind,
): PointingContext {
  const { texts, words } = ctx;
  // A person the quote names by a word of their name is talked about in it.
  const inQuote = words.within(c.paragraph, c.start, c.end);
  const quoted = (es: readonly Entity[]): boolean =>
    es.some(e => e.kind === 'person' && e.tokens.some(inQuote));
  const insertedAt = insertedCue(texts.get(c.paragraph) ?? '', c) ? pos(c.paragraph, c.at) : -1;
  const gender =
    kind === 'person'
      ? (PRONOUN_GENDER.get(c.mention?.text.toLowerCase() ?? '') ?? null)
      : kind === 'description' && featureOn('discourse.descriptionGender')
        ? descriptionGender(c.mention?.text)
        : kind === 'nya'
          ? definiteSubjectSex(ctx.doc, c)
          : null;
  const members = kind === 'group' ? countedMembers(c.mention?.text ?? '') : 2;
  const mentioned = c.mention?.text ?? '';
  const counted =
    kind === 'group' &&
    (COUNTED_PLURAL.includes(mentioned.toLowerCase()) ||
      collectiveOpener(mentioned) !== '' ||
      countedGroup(mentioned));
  const text = kind === 'description' ? (c.mention?.text ?? '') : '';
  const described = text ? withFits(descriptionWords(text)) : [];
  const names = text ? describedNames(text) : [];
  const byOrigin = c.mention?.kind === 'title' && originDescribed(c.mention.title, c.mention.text);
  return {
    continuing: cueIn(CONTINUING_CUES, c.cue),
    replying: replying(texts.get(c.paragraph) ?? '', c) || answersQuestion(texts, c),
    quoted,
    insertedAt,
    gender,
    members,
    counted,
    described,
    describedNames: names,
    describedSeats: text ? describedSeats(text) : [],
    describedOrigins: text ? describedOrigins(text) : [],
    // Only at a quote's cue (`“…,” ujar pria 41 tahun itu`): a description opening a clause of its
    // own (`Perempuan paruh baya itu mengatakan …`) may bring in somebody new; one by origin
    // closed by a demonstrative points back at any cue.
    personDescribed:
      featureOn('discourse.describedSubject') &&
      (byOrigin ||
        (c.type === 'direct' &&
          c.mention?.kind === 'title' &&
          isPersonDescription(c.mention.title))),
    originOnly: byOrigin,
    speaksAsOne: kind === 'nya' && c.type === 'direct' && speaksAsOne(texts, c),
  };
}

/**
 * True when direct quote `c` says `saya` or `aku` (lexicon/pronouns.ts FIRST_PERSON_SINGULAR),
 * with discourse.speaksAsOne on: one person speaks it.
 */
function speaksAsOne(texts: ReadonlyMap<number, string>, c: Candidate): boolean {
  if (!featureOn('discourse.speaksAsOne')) return false;
  const quote = (texts.get(c.paragraph) ?? '').slice(c.start, c.end).toLowerCase();
  return quote.split(NON_LETTERS).some(w => FIRST_PERSON_SINGULAR.has(w));
}

/** Runs of anything but letters: what parts a quote into its words. */
const NON_LETTERS = /[^\p{L}]+/u;

/**
 * A description by origin closed by a demonstrative (`Mahasiswa asal X itu menilai …`, `kata pemain
 * asal X itu`): at any cue, since the demonstrative points back to someone already brought in.
 */
const originDescribed = (title: string, text: string): boolean =>
  isOriginDescription(title) && DEFINITE.has(lastWord(text));

const lastWord = (text: string): string => text.trim().split(SPACE_RUNS).pop()!.toLowerCase();
