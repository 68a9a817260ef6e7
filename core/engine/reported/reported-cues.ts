/**
 * The cue patterns of reported speech, one function each; every one returns a hit with its
 * clause or null, and is tried at each token outside quote marks.
 */
import {
  EN_TELL_CUE_SET,
  OPENING_CUES,
  POST_CUE_SET,
  PASSIVE_CUE_SET,
  SOURCE_FRAME,
  SOURCE_NOUN_SET,
  tokenCueLength,
} from '../../lexicon/cues';
import { PLURAL, SINGULAR } from '../../lexicon/pronouns';
import { NYA_MENTION, type Mention } from '../names/mention';
import { mentionAfter } from '../names/mention-after';
import { isMediaMention } from '../cast/non-speaker';
import { ADJUNCT, clause, opensWithWeekday, EN_ADJUNCT, hit, type Hit } from './reported-clause';
import { clauseOf, mentionEnd, tokenPast, type RuleInput } from './reported-rule';
import { isLowerWord, trimRange, type Token } from '../text/text';
import { closesQuote } from '../quotes/quote-marks';
import { EN_CLAUSE_WORDS, EN_VIEW_FRAME } from '../../lexicon/cues-en';
import { appositiveName, unnamedSource } from './according-to';
import { englishDescriptionAfter } from '../names/english-description';
import { isDocumentMention, titledDocument } from './document-source';
import { featureOn } from '../features';
import { englishClauseBefore } from './english-mid-clause';
import { pastAppositiveRole } from './appositive-role';
import { pastRegion } from './origin-aside';
import { SPACE_RUNS } from '../text/string-scans';

const EN_CLAUSE_WORD_SET: ReadonlySet<string> = new Set(EN_CLAUSE_WORDS);

/**
 * `X, the minister, said the port would open in June`: a "speaker" after the cue whose lowercase
 * words hold a modal, an auxiliary or a preposition is the said clause, read as a role before a
 * capitalised word (`June`); the cue is then the pre-posed one of the subject before it.
 */
function clauseAsSpeaker(m: Mention): boolean {
  if (m.kind !== 'named') return false;
  return m.text.split(SPACE_RUNS).some(w => EN_CLAUSE_WORD_SET.has(w));
}

/**
 * `Menurut X, …` / `menurutnya …` / `menurut dia, …` / `according to X, …`; not `menurut data …`.
 */
export function menurut(input: RuleInput, i: number): Hit | null {
  const { p, toks, s } = input;
  const t = toks[i]!;
  const lw = t.lower;
  if (lw === SOURCE_FRAME.nya) {
    const c = clause(p, toks, i + 1, s);
    return c ? hit(p, c, t, NYA_MENTION, t.start) : null;
  }
  // `according to X, …` (English section) reads exactly like `menurut X, …`.
  const [according, to] = SOURCE_FRAME.english;
  const english = lw === according && toks[i + 1]?.lower === to;
  if (!english && lw !== SOURCE_FRAME.word) return null;
  if (afterQuote(toks, i)) return null;
  return menurutAt(input, english ? i + 1 : i, english);
}

/**
 * `“…,” menurut seorang perawat, …`: the frame right after a quote's closing mark and its comma
 * credits that quote (its cue, quotes/direct-quotes.ts); the words after the source are its
 * description, not a clause it reports (reported.frameAfterQuote).
 */
function afterQuote(toks: readonly Token[], i: number): boolean {
  if (!featureOn('reported.frameAfterQuote')) return false;
  const k = toks[i - 1]?.text === ',' ? i - 2 : i - 1;
  return k >= 0 && closesQuote(toks[k]!.text);
}

/**
 * menurut past its test, `i` at `menurut` (or at `to` of `according to`): a function of its own,
 * since the rule is tried at every token and most articles have no such cue (engine README: guards before bodies).
 */
function menurutAt(input: RuleInput, i: number, english: boolean): Hit | null {
  const { p, toks, s, ev } = input;
  const t = toks[english ? i - 1 : i]!;
  const next = toks[i + 1];
  if (!next || SOURCE_NOUN_SET.has(next.lower)) return null;
  const nl = next.lower;
  let mention: Mention | null;
  let end = i + 2;
  if (SINGULAR.has(nl) || PLURAL.has(nl))
    mention = { kind: 'pronoun', plural: PLURAL.has(nl), text: next.text };
  else {
    // `according to the ambassador, …`: a `the` description points back, as before a cue.
    mention =
      (english ? englishDescriptionAfter(toks, i + 1, p.text) : null) ??
      mentionAfter(toks, i + 1, p.text, ev);
    const source = !mention && english ? unnamedSource(toks, i + 1, p.text, s) : null;
    if (source) ({ mention, end } = source);
    if (!mention) return null; // `menurut sumber …` stays, unnamed
    if (isMediaMention(mention, p.text, next.start)) return null; // `menurut harian X`: a source
    // `according to the Regional Nutrition Survey`: a document's title, no speaker.
    if (english && titledDocument(mention)) return null;
    if (!source) end = tokenPast(toks, end, mentionEnd(p.text, mention, next.start));
    const named =
      english && mention.kind !== 'named' ? appositiveName(toks, end, p.text, ev) : null;
    if (named) ({ mention, end } = named);
    else if (mention.kind === 'named') end = pastAppositiveRole(toks, end, s);
    end = pastRegion(toks, end);
  }
  const c = clauseOf(input, end);
  if (c) return hit(p, c, t, mention, t.start);
  // Sentence-final `…, menurut X.`: the clause is the sentence before the comma.
  const comma = toks[i - (english ? 2 : 1)];
  const tail = toks[end];
  if (comma?.text !== ',' || comma.start < s.start || (tail && tail.start < s.end - 1)) return null;
  const before = trimRange(p.text, s.start, comma.start);
  return before.end > before.start ? hit(p, before, t, mention, s.start) : null;
}

/**
 * `…, kata X, …` (clause after) or `…, kata X.` (clause before), without marks; also the passive
 * `…, dikatakan (oleh) X.`
 */
export function midCue(input: RuleInput, i: number): Hit | null {
  if (input.toks[i - 1]?.text !== ',') return null;
  const t = input.toks[i]!;
  const cue = PASSIVE_CUE_SET.has(t.lower) || tokenCueLength(t.text) === t.text.length;
  return cue ? midCueAt(input, i) : null;
}

/**
 * midCue at a cue word after a comma: a function of its own behind its test, so that an article without one
 * compiles only the test (engine README: guards before bodies).
 */
function midCueAt(input: RuleInput, i: number): Hit | null {
  const { p, toks, s, ev } = input;
  const t = toks[i]!;
  const lw = t.lower;
  // A passive cue (`…, dikatakan (oleh) X.`) takes its speaker after an optional `oleh`.
  const passive = PASSIVE_CUE_SET.has(lw);
  // After a comma a cue is written in lowercase; `…, Said Budiman, …` is a given name.
  if (!isLowerWord(t.text)) return null;
  if (toks[i - 1]!.start < s.start) return null;
  // `X, the minister, told reporters in Dhaka that …`: after a telling cue comes its addressee,
  // never an inverted speaker.
  if (EN_TELL_CUE_SET.has(t.text) && featureOn('reported.tellNotInverted')) return null;
  const from = passive && toks[i + 1]?.text === 'oleh' ? i + 2 : i + 1;
  const nya = lw.endsWith('nya') && POST_CUE_SET.has(lw.slice(0, -3));
  const mention: Mention | null = nya ? NYA_MENTION : mentionAfter(toks, from, p.text, ev);
  if (!mention || clauseAsSpeaker(mention) || isDocumentMention(mention, false)) return null;
  const k = tokenPast(toks, from, nya ? t.end : mentionEnd(p.text, mention, t.end));
  if (toks[k]?.text === ',') {
    const c = clauseOf(input, k);
    if (c && !opensWithWeekday(p.text.slice(c.start))) {
      // `The city had opened 15 shelters, X added, each run by volunteers.`: the clause before.
      const before = englishClauseBefore(p.text, toks, s, t, toks[i - 1]!.start, c);
      if (before) return hit(p, before, t, mention, s.start);
      return hit(p, c, t, mention, toks[i - 1]!.start);
    }
  }
  // Sentence-final `…, kata X.` / `…, kata X di Jakarta, Senin (3/4).`: the clause is the
  // sentence before the cue; only adjuncts (place, time) may follow the speaker.
  const tail = toks[k];
  if (
    tail &&
    tail.start < s.end - 1 &&
    tail.text !== ',' &&
    !ADJUNCT.has(tail.lower) &&
    !EN_ADJUNCT.has(tail.text)
  ) {
    return null;
  }
  return hit(p, trimRange(p.text, s.start, toks[i - 1]!.start), t, mention, s.start);
}

/**
 * `Kata dia, …` / `Kata Budi, …` opening a sentence: the cue, its speaker and a comma, then the
 * clause — the sentence-initial order of `…, kata dia.` (a pronoun, or a name read as after any cue).
 */
export function openingCue(input: RuleInput, i: number): Hit | null {
  const { toks, s } = input;
  const t = toks[i]!;
  if (t.start !== s.start || !OPENING_CUES.has(t.lower)) return null;
  return openingCueAt(input, i);
}

/** openingCue past its test (engine README: guards before bodies). */
function openingCueAt(input: RuleInput, i: number): Hit | null {
  const { p, toks, ev } = input;
  const t = toks[i]!;
  const next = toks[i + 1];
  if (!next) return null;
  // The speaker after the cue, read as after any post-posed cue (`dia` and `mereka` included).
  const mention = mentionAfter(toks, i + 1, p.text, ev);
  if (!mention || isDocumentMention(mention, false)) return null;
  const k = tokenPast(toks, i + 1, mentionEnd(p.text, mention, next.start));
  if (toks[k]?.text !== ',') return null;
  const c = clauseOf(input, k);
  return c ? hit(p, c, t, mention, t.start) : null;
}

/**
 * `In her view, …` / `In their opinion, …` opening a sentence: the possessive is the speaker, a
 * pronoun pointing back as in `according to her, …`; the clause follows the comma.
 */
export function viewFrame(input: RuleInput, i: number): Hit | null {
  const { p, toks, s } = input;
  const t = toks[i]!;
  if (t.start !== s.start || t.lower !== EN_VIEW_FRAME.opener) return null;
  const owner = toks[i + 1];
  const plural = EN_VIEW_FRAME.possessives.get(owner?.lower ?? '');
  if (plural === undefined || !EN_VIEW_FRAME.nouns.has(toks[i + 2]?.lower ?? '')) return null;
  if (toks[i + 3]?.text !== ',') return null;
  const c = clauseOf(input, i + 3);
  return c ? hit(p, c, t, { kind: 'pronoun', plural, text: owner!.text }, t.start) : null;
}
