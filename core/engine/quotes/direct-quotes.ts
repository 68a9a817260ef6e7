/**
 * Direct quotes: a marked span plus its cue, either post-posed (`“…,” kata X`), inverted
 * (`“…,” tekad Wulan`), pre-posed (`X mengatakan, “…”`, `X: “…”`) or none (a floating quote that
 * continues the previous speaker); the second half of a quote its cue interrupts (`“…,” ujar X,
 * “…”`) takes that cue (interrupted-quote.ts). Marked spans that are nobody's statement are dropped.
 */
import { properlyDescribedOrg } from '../names/english-description';
import { POST_CUE_SET, PRE_CUE_SET, SOURCE_FRAME, tokenCueLength } from '../../lexicon/cues';
import { EN_ARTICLES, PLURAL, SINGULAR } from '../../lexicon/pronouns';
import { NYA_MENTION, organisationPronoun } from '../names/mention';
import { readsAsStatement } from '../../lexicon/terms';
import { nicknameInName } from './nickname-in-name';
import { ROLE_WORD_SET } from '../../lexicon/roles';
import type { BodyParagraph, Candidate } from '../candidate';
import { isRunToken, isRunWord, readRun } from '../names/name-run';
import type { Mention } from '../names/mention';
import { mentionAfter } from '../names/mention-after';
import { demikianCue } from '../names/statement-source';
import { cueBefore } from './direct-cue-before';
import { englishSubjectThenCue } from './english-subject-cue';
import { englishAnonymousBefore } from '../names/english-anonymous-aside';
import { englishPartialQuote } from './english-partial';
import { featureOn } from '../features';
import { isLowerWord, tokenIndexAt, trimRange, type Token } from '../text/text';
import { EN_INDEFINITE_ARTICLES } from '../../lexicon/cues-en';
import { SOURCE_NOUN_SET } from '../../lexicon/cues';
import { hasLetter, startsAlnum, startsUpper } from '../text/chars';
import { isOneOf, SPACE_RUNS } from '../text/string-scans';
import type { MarkedSpan } from './quote-marks';
import { interruptedHalf, type Attributed } from './interrupted-quote';

/** Words right after a closing mark that are not an inverted cue (`“…,” dan …`). */
const NOT_INVERTED = new Set(
  'dan yang di ke dari namun tetapi sedangkan serta atau lalu kemudian sementara sambil seperti karena itu ini adalah ialah pada untuk dengan bagi hingga'.split(
    ' ',
  ),
);

/** Finds the direct quotes of one paragraph. `next` is the following body paragraph, if any. */
export function findDirect(
  p: BodyParagraph,
  next: BodyParagraph | null,
  evidence: ReadonlySet<string>,
): Candidate[] {
  const out: Candidate[] = [];
  let prev: Attributed | null = null;
  for (const span of p.marks) {
    if (span.open < p.from) continue;
    const range = trimRange(p.text, span.start, span.end);
    if (range.end - range.start < 2) continue;
    if (featureOn('quotes.nicknameInName') && nicknameInName(p.text, span)) continue;
    const content = p.text.slice(range.start, range.end);
    const found = attribution(p, next, span, content, evidence, prev);
    if (found) out.push({ type: 'direct', paragraph: p.index, ...range, ...found });
    prev = found ? { span, found } : null;
  }
  return out;
}

/**
 * The cue, speaker and anchor of the quote in `span`: a cue after it, a cue before it, none (a
 * quote running on, or a floating statement), or null when the span is nobody's statement.
 */
function attribution(
  p: BodyParagraph,
  next: BodyParagraph | null,
  span: MarkedSpan,
  content: string,
  evidence: ReadonlySet<string>,
  prev: Attributed | null,
): Pick<Candidate, 'cue' | 'mention' | 'at' | 'runsOn'> | null {
  if (!span.closed) return runOnAttribution(p, next, span, evidence);
  return cueAfter(p, span, evidence) ?? attributionBefore(p, span, content, evidence, prev);
}

/*
 * The two readings below are functions of their own, not inline, so that the first analysis of an
 * article whose quotes all close with a cue after them compiles neither (engine README: guards before bodies).
 */

/**
 * A quote not closed in its paragraph runs on only when the next paragraph opens with a mark;
 * otherwise it is unbalanced or cut off.
 */
function runOnAttribution(
  p: BodyParagraph,
  next: BodyParagraph | null,
  span: MarkedSpan,
  evidence: ReadonlySet<string>,
): Pick<Candidate, 'cue' | 'mention' | 'at' | 'runsOn'> | null {
  if (!next || !/^\s*(?:''|[“”"«„‘'])/u.test(next.text.slice(next.from))) return null;
  // `X mengatakan, “… ¶ “…”`: a cue before the first part names who goes on speaking, so the
  // next part, cued or not, has somebody to go on from.
  const pre = featureOn('quotes.runOnCueBefore') ? cueBefore(p, span, evidence) : null;
  return pre
    ? { ...pre, at: span.open, runsOn: true }
    : { cue: null, mention: null, at: span.open, runsOn: true };
}

/** A closed quote without a cue after it: an interrupted half, a cue before it, or none. */
function attributionBefore(
  p: BodyParagraph,
  span: MarkedSpan,
  content: string,
  evidence: ReadonlySet<string>,
  prev: Attributed | null,
): Pick<Candidate, 'cue' | 'mention' | 'at' | 'runsOn'> | null {
  const noCue = { cue: null, mention: null, at: span.open };
  // `“…,” ujar X, “…”`: the second half of a quote its cue interrupts.
  const half = interruptedHalf(p.text, prev, span);
  if (half) return half;
  const pre = cueBefore(p, span, evidence);
  if (pre) return { ...pre, at: span.open };
  const partial = englishPartialQuote(p, span, content, evidence);
  if (partial) return { ...partial, at: span.open };
  return isFloatingStatement(p, span, content) ? noCue : null;
}

/** `“…,” kata X` / `“…,” ujarnya` / `“…,” tekad Wulan`. */
function cueAfter(
  p: BodyParagraph,
  span: MarkedSpan,
  evidence: ReadonlySet<string>,
): Pick<Candidate, 'cue' | 'mention' | 'at'> | null {
  let i = tokenIndexAt(p.tokens, span.after);
  if (p.tokens[i]?.text === ',') i++;
  const t = p.tokens[i];
  if (!t || t.start - span.after > 3) return null;
  const lw = t.lower;
  if (tokenCueLength(t.text) === t.text.length) {
    const root = lw.endsWith('nya') && POST_CUE_SET.has(lw.slice(0, -3)) ? lw.slice(0, -3) : lw;
    const mention: Mention | null =
      root !== lw ? NYA_MENTION : mentionAfter(p.tokens, i + 1, p.text, evidence);
    return { cue: t.text, mention, at: t.start };
  }
  // `“…,” menurut seorang perawat`: the source frame after the quote is its cue.
  if (lw === SOURCE_FRAME.word && featureOn('reported.frameAfterQuote')) {
    const mention = mentionAfter(p.tokens, i + 1, p.text, evidence);
    if (mention) return { cue: t.text, mention, at: t.start };
  }
  // `“…,” she said`, `“…,” ia menambahkan`, `“…,” Baker said`: the subject before its verb.
  const subjectFirst =
    subjectThenCue(p, i, evidence) ??
    descriptionThenCue(p, i) ??
    englishSubjectThenCue(p, i, evidence) ??
    anonymousAsideThenCue(p, i) ??
    namedRelativeThenCue(p, i, evidence);
  return subjectFirst ?? unlistedCueAfter(p, span, i, evidence);
}

/**
 * cueAfter's last readers, at token `i` after the quote `span`: `demikian` and an inverted cue
 * outside the lexicon. A function of its own, since most quotes are settled before it: an article
 * whose quotes all are compiles none of it (engine README: guards before bodies).
 */
function unlistedCueAfter(
  p: BodyParagraph,
  span: MarkedSpan,
  i: number,
  evidence: ReadonlySet<string>,
): Pick<Candidate, 'cue' | 'mention' | 'at'> | null {
  const t = p.tokens[i]!;
  const lw = t.lower;
  // `“…,” demikian pernyataan resmi Kemenlu`: the statement's author.
  const author = demikianCue(p.tokens, i);
  if (author !== null) {
    const mention = mentionAfter(p.tokens, author, p.text, evidence);
    if (mention) return { cue: t.text, mention, at: t.start };
  }
  // Inverted cue outside the lexicon: a lowercase verb then a name or pronoun, after `,”`.
  const lastChar = p.text.slice(span.start, span.end).trimEnd().slice(-1);
  if (
    !isOneOf(lastChar, ',?!') ||
    !isLowerWord(t.text) ||
    NOT_INVERTED.has(lw) ||
    PRE_CUE_SET.has(lw)
  )
    return null;
  if (lw.endsWith('nya') && lw.length > 5)
    return { cue: t.text, mention: NYA_MENTION, at: t.start };
  const next = p.tokens[i + 1];
  if (!next || !(isRunWord(next.text) || /^(?:dia|ia|beliau|mereka)$/u.test(next.text)))
    return null;
  const mention = mentionAfter(p.tokens, i + 1, p.text, evidence);
  return mention ? { cue: t.text, mention, at: t.start } : null;
}

/**
 * After a quote's closing mark, a pronoun or a name and then a reporting verb (`“…,” she said`,
 * `“…,” ia menambahkan`, `“…,” Baker said`): the speaker is named before the cue, as in English
 * and in Indonesian written with the subject first.
 */
function subjectThenCue(
  p: BodyParagraph,
  i: number,
  evidence: ReadonlySet<string>,
): Pick<Candidate, 'cue' | 'mention' | 'at'> | null {
  const t = p.tokens;
  const lw = t[i]!.lower;
  const pronoun = SINGULAR.has(lw) || PLURAL.has(lw) || organisationPronoun(lw);
  // `“…,” former minister Budi Santoso said`: lowercase role words may open the subject.
  let j = i;
  while (!pronoun && j - i < 4 && isLowerWord(t[j]?.text ?? '') && ROLE_WORD_SET.has(t[j]!.text))
    j++;
  const end = pronoun ? i + 1 : isRunToken(t[j]) ? readRun(t, j) : i;
  // `“…,” Colonel Budi Santoso, said on Monday`: a stray comma between a name and its verb.
  const v =
    !pronoun && end > i && t[end]?.text === ',' && isLowerWord(t[end + 1]?.text ?? '')
      ? end + 1
      : end;
  const verb = t[v]?.lower ?? '';
  if (end === i || !(POST_CUE_SET.has(verb) || PRE_CUE_SET.has(verb))) return null;
  const mention: Mention | null = pronoun
    ? { kind: 'pronoun', plural: PLURAL.has(lw), text: t[i]!.text }
    : mentionAfter(t, i, p.text, evidence);
  return mention ? { cue: t[v]!.text, mention, at: t[i]!.start } : null;
}

/** How many words a description before its cue may have (`the Malaysian foreign minister`). */
const DESCRIPTION_WORDS = 6;

/**
 * `“…,” the 31-year-old said`, `“…,” the Egyptian minister said`, `“…,” a farmer from X told
 * Republika`: an English description, then its cue. `the …` describes somebody introduced before
 * (resolved like `kata mantan menteri itu`); `a …` is somebody the article never names.
 */
function descriptionThenCue(
  p: BodyParagraph,
  i: number,
): Pick<Candidate, 'cue' | 'mention' | 'at'> | null {
  const t = p.tokens;
  const article = t[i]!.lower;
  // `“…,” one supporter said`: `one` opens an unnamed description as `a` does.
  const one = article === 'one' && featureOn('quotes.englishOneDescription');
  if (!EN_ARTICLES.has(article) && !one) return null;
  // `“…,” one report said`: a document, no one.
  if (one && SOURCE_NOUN_SET.has(t[i + 1]?.lower ?? '')) return null;
  for (let k = i + 1; k <= i + DESCRIPTION_WORDS && k < t.length; k++) {
    const w = t[k]!.text;
    const lw = w.toLowerCase();
    if (k > i + 1 && (POST_CUE_SET.has(lw) || PRE_CUE_SET.has(lw)) && isLowerWord(w)) {
      const text = p.text.slice(t[i]!.start, t[k - 1]!.end);
      const title = p.text.slice(t[i + 1]!.start, t[k - 1]!.end);
      const mention: Mention =
        article === 'the'
          ? (properlyDescribedOrg(t, i, k - 1, p.text) ?? { kind: 'title', title, text })
          : { kind: 'anonymous', text };
      return { cue: w, mention, at: t[i]!.start };
    }
    if (!startsAlnum(w)) return null;
  }
  return null;
}

/** The most tokens of a description and its anonymity aside before the cue. */
const ASIDE_SUBJECT_TOKENS = 20;

/**
 * `“…,” another driver, who declined to be named, said from his cabin`: after the closing mark,
 * an English description set off before an aside that withholds the name (names/
 * english-anonymous-aside.ts), then its cue. The speaker is unnamed, not the one heard before.
 */
function anonymousAsideThenCue(
  p: BodyParagraph,
  i: number,
): Pick<Candidate, 'cue' | 'mention' | 'at'> | null {
  const t = p.tokens;
  if (!featureOn('quotes.anonymousAsideBeforeCue') || !isLowerWord(t[i]!.text)) return null;
  const v = cueAfterAside(t, i, i + 2);
  if (v < 0) return null;
  const m = englishAnonymousBefore(t, v - 1, p.text) ?? relativeAside(t, i, v - 1, p.text);
  return m && p.text.startsWith(m.text, t[i]!.start)
    ? { cue: t[v]!.text, mention: m, at: t[i]!.start }
    : null;
}

/**
 * The first cue right after a comma, from token `from` on, within ASIDE_SUBJECT_TOKENS of the
 * subject opening at `i` and with only words and commas before it (the aside the subject sets
 * off), or -1.
 */
function cueAfterAside(t: readonly Token[], i: number, from: number): number {
  for (let v = from; v < t.length && v - i <= ASIDE_SUBJECT_TOKENS; v++) {
    const w = t[v]!;
    if (w.text !== ',' && !startsAlnum(w.text)) return -1;
    if (t[v - 1]!.text !== ',' || !isLowerWord(w.text)) continue;
    if (POST_CUE_SET.has(w.lower) || PRE_CUE_SET.has(w.lower)) return v;
  }
  return -1;
}

/**
 * `“…,” Budi Santoso, who scored twice, said`: a name right after the closing mark, then a
 * relative clause set off by commas, then the cue: the name is the speaker
 * (quotes.englishRelativeAside).
 */
function namedRelativeThenCue(
  p: BodyParagraph,
  i: number,
  evidence: ReadonlySet<string>,
): Pick<Candidate, 'cue' | 'mention' | 'at'> | null {
  const t = p.tokens;
  if (!isRunToken(t[i]) || !featureOn('quotes.englishRelativeAside')) return null;
  const e = readRun(t, i);
  if (t[e]?.text !== ',' || t[e + 1]?.lower !== 'who') return null;
  const v = cueAfterAside(t, i, e + 2);
  const mention = v < 0 ? null : mentionAfter(t, i, p.text, evidence);
  return mention ? { cue: t[v]!.text, mention, at: t[i]!.start } : null;
}

/** English indefinites that open an unnamed person's description (`a`, `an`, `one`, `another`). */
const EN_UNNAMED_OPENERS: ReadonlySet<string> = new Set([...EN_INDEFINITE_ARTICLES, 'another']);

/**
 * `“…,” one fan, who travelled from X to see the match, told Republika`: an indefinite
 * description at `i` whose relative clause is set off by commas up to the comma at `c` before the
 * cue describes somebody the article never names, whatever the clause says
 * (quotes.englishRelativeAside). Null otherwise.
 */
function relativeAside(t: readonly Token[], i: number, c: number, text: string): Mention | null {
  if (!EN_UNNAMED_OPENERS.has(t[i]!.lower) || !featureOn('quotes.englishRelativeAside'))
    return null;
  // The description's words (`one Persib supporter`), nothing set off among them, then `, who`.
  let who = i + 1;
  while (who < c && startsAlnum(t[who]!.text)) who++;
  if (who === i + 1 || t[who]?.text !== ',' || t[who + 1]?.lower !== 'who') return null;
  return { kind: 'anonymous', text: text.slice(t[i]!.start, t[c]!.start).trimEnd() };
}

/** A quote without cue counts only when it reads as a whole statement, not a term or title. */
function isFloatingStatement(p: BodyParagraph, span: MarkedSpan, content: string): boolean {
  const before = p.text.slice(p.from, span.open).trimEnd();
  if (before && !isOneOf(before.slice(-1), '.!?:')) return false;
  return readsAsStatement(before, content) || askedAlone(p, span, before, content);
}

/**
 * `“Pasokannya dari mana?”` as a paragraph of its own: a short question that fills its paragraph
 * is a turn of an exchange, however few its words (quotes.turnAlone). Not an exclamation (`“Hidup
 * buruh!”` may be a crowd's chant) nor words all capitalised (a title that asks).
 */
function askedAlone(p: BodyParagraph, span: MarkedSpan, before: string, content: string): boolean {
  if (before || p.text.slice(span.after).trim() || !featureOn('quotes.turnAlone')) return false;
  if (!p.text.slice(span.start, span.end).trimEnd().endsWith('?')) return false;
  const words = content.split(SPACE_RUNS).filter(hasLetter);
  return words.length > 0 && words.length < 4 && !words.every(startsUpper);
}
