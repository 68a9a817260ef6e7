/**
 * Pre-posed cues of a direct quote, read backwards from its opening mark: `X mengatakan, “…”`,
 * `X: “…”`, `Dijelaskan (oleh) X, “…”`, `Menurut X, “…”`.
 */
import { PASSIVE_CUE_SET, PRE_CUE_SET } from '../../lexicon/cues';
import { readsAsStatement, TERM_WORDS } from '../../lexicon/terms';
import type { BodyParagraph, Candidate } from '../candidate';
import { mentionAfter } from '../names/mention-after';
import { NYA_MENTION } from '../names/mention';
import { mentionBefore } from '../names/mention-before';
import { relativeOverInner } from '../names/relative-subject';
import { pastCueAdverbs, skipChannel } from '../names/statement-channel';
import { isRunWord } from '../names/name-run';
import type { MarkedSpan } from './quote-marks';
import { tokenIndexAt } from '../text/text';
import { hasLetter, startsUpper } from '../text/chars';
import { endsSentence, opensSentence } from '../text/sentence-start';
import { featureOn } from '../features';
import { sourceBefore } from './source-before';
import { pastAsides } from '../reported/subject-aside';
import { SPACE_RUNS } from '../text/string-scans';

/** `X mengatakan, “…”` / `X mengatakan “…”` / `X: “…”` within the same sentence. */
export function cueBefore(
  p: BodyParagraph,
  span: MarkedSpan,
  evidence: ReadonlySet<string>,
): Pick<Candidate, 'cue' | 'mention'> | null {
  let i = tokenIndexAt(p.tokens, span.open) - 1;
  let colon = false;
  if (p.tokens[i]?.text === ',' || p.tokens[i]?.text === ':') {
    colon = p.tokens[i]!.text === ':';
    i--;
  }
  const verb = p.tokens[i];
  if (!verb) return null;
  if (PRE_CUE_SET.has(verb.lower)) {
    // `X, Rabu (4/5), mengatakan, “…”`, `X asal Kupang, NTT, mengatakan, “…”`: the asides the
    // reported cue steps over stand here too, and read as the subject they take the quote.
    const asideFrom = featureOn('quotes.asideBeforeCue')
      ? pastAsides(p.tokens, i)
      : pastCueAdverbs(p.tokens, i);
    // `X dalam sambutannya mengatakan, “…”`: the subject stands before the statement's channel.
    const k = featureOn('quotes.channelBeforeCue') ? skipChannel(p.tokens, asideFrom) : asideFrom;
    const read = mentionBefore(p.tokens, k, p.text, evidence);
    // `X yang meninjau lokasi di Sukamaju mengatakan, “…”`: the name inside the relative clause
    // is what it is about, as for the reported cue (pre-cue.ts).
    const mention =
      (read && relativeOverInner(p.tokens, k, p.text, evidence, mentionBefore, read)) ?? read;
    return mention ? { cue: verb.text, mention } : null;
  }
  // `Ditegaskannya, “…”`: a passive cue whose agent is its -nya, opening the sentence.
  const lv = verb.lower;
  if (lv.endsWith('nya') && PASSIVE_CUE_SET.has(lv.slice(0, -3)) && opensSentence(p.tokens, i))
    return { cue: verb.text, mention: NYA_MENTION };
  // `Menurut X, “…”` / `According to her, “…”`: the source opens the sentence.
  const source = featureOn('quotes.sourceBefore') ? sourceBefore(p, i, evidence) : null;
  if (source) return source;
  // `Dijelaskan (oleh) X, “…”` / `Seperti disampaikan X, “…”`: a passive cue opening the sentence.
  const lead = passiveBefore(p, i, evidence);
  if (lead) return lead;
  // `Ia mengatakan hal itu serius, jika tidak, “…”`: the quote closes the sentence a cue opened.
  const content = p.text.slice(span.start, span.end);
  if (
    p.tokens[i + 1]?.text === ',' &&
    !colon &&
    readsAsStatement(p.text.slice(0, span.open), content)
  ) {
    const inner = cueInSentence(p, i, evidence);
    if (inner) return inner;
  }
  if (colon && isRunWord(verb.text)) {
    const mention = mentionBefore(p.tokens, i + 1, p.text, evidence);
    return mention && mention.kind === 'named' ? { cue: null, mention } : null;
  }
  // `X menyebut Y sebagai “…”`, `X menuding pemerintah “…”`: the quoted phrase is X's words.
  return colon ? null : labelCue(p, span, i, evidence);
}

/** What may follow a quoted label: the end of its sentence or clause, or of the paragraph. */
const LABEL_END = /^\s*(?:[.!?,;:)]|$)/u;

/**
 * `X menyebut Y sebagai “…”`, `X menuding pemerintah “…”`: a quoted phrase of two words or more
 * that a reporting verb earlier in the sentence gives its object reproduces the subject's words,
 * so it is a direct quote of the verb's subject. A one-word phrase, a title-case one and one
 * after a term word (`program “…”`) are terms, and so is one the clause runs on after (`menilai
 * gaya “wastra lambat” seperti itu membuat …`): a label closes its clause.
 */
function labelCue(
  p: BodyParagraph,
  span: MarkedSpan,
  last: number,
  evidence: ReadonlySet<string>,
): Pick<Candidate, 'cue' | 'mention'> | null {
  const words = p.text
    .slice(span.start, span.end)
    .split(SPACE_RUNS)
    .filter(w => hasLetter(w));
  if (words.length < 2 || words.every(w => startsUpper(w))) return null;
  if (TERM_WORDS.has(p.tokens[last]?.lower ?? '')) return null;
  if (featureOn('quotes.labelClosesClause') && !LABEL_END.test(p.text.slice(span.after)))
    return null;
  // The object between the verb and the mark is a short phrase.
  for (let k = last - 1; k >= 0 && last - k <= 6; k--) {
    const t = p.tokens[k]!;
    // A mark inside a reported clause (`mengatakan bahwa ia “…”`) is part of that clause.
    if (/^[.!?:;,"”“]$/u.test(t.text) || t.text === 'bahwa') return null;
    if (!PRE_CUE_SET.has(t.lower)) continue;
    const mention = mentionBefore(p.tokens, k, p.text, evidence);
    return mention ? { cue: t.text, mention } : null;
  }
  return null;
}

/**
 * A pre-posed cue earlier in the same sentence, its clause running up to the comma before the
 * mark: the quote finishes what the cue's subject said, so it takes that subject.
 */
function cueInSentence(
  p: BodyParagraph,
  last: number,
  evidence: ReadonlySet<string>,
): Pick<Candidate, 'cue' | 'mention'> | null {
  for (let k = last - 1; k >= 0 && last - k <= 30; k--) {
    const t = p.tokens[k]!;
    if (/^[.!?:;"”“]$/u.test(t.text)) return null;
    if (!PRE_CUE_SET.has(t.lower)) continue;
    const s = pastCueAdverbs(p.tokens, k);
    // A cue word with no subject before it is part of the clause (`itu mendesak`): read on.
    const mention = mentionBefore(p.tokens, s, p.text, evidence);
    if (mention) return { cue: t.text, mention };
  }
  return null;
}

/** A passive cue at the sentence start whose speaker ends at token `last` (just before the mark). */
function passiveBefore(
  p: BodyParagraph,
  last: number,
  evidence: ReadonlySet<string>,
): Pick<Candidate, 'cue' | 'mention'> | null {
  for (let k = last - 1; k >= 0 && last - k <= 10; k--) {
    const t = p.tokens[k]!;
    if (endsSentence(t.text)) return null;
    if (!PASSIVE_CUE_SET.has(t.lower)) continue;
    const opens =
      opensSentence(p.tokens, k) ||
      (/^(?:Seperti|Sebagaimana)$/u.test(p.tokens[k - 1]!.text) && opensSentence(p.tokens, k - 1));
    if (!opens) return null;
    const from = p.tokens[k + 1]?.text === 'oleh' ? k + 2 : k + 1;
    const mention = mentionAfter(p.tokens, from, p.text, evidence);
    if (!mention) return null;
    const end = p.text.indexOf(mention.text, t.end) + mention.text.length;
    return end === p.tokens[last]!.end ? { cue: t.text, mention } : null;
  }
  return null;
}
