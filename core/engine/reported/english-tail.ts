/**
 * English reported speech closed by its speaker and cue, without marks: `The clinic will open
 * three wards, Health Minister X declared.`, `…, he said on Monday.`, `…, officials said.`,
 * `…, the Foreign Ministry said.` The clause is the sentence before the comma that opens the
 * speaker; only an adjunct (`on Monday`) may follow the cue.
 */
import { EN_POST_CUES, EN_TOLD_ADDRESSEES } from '../../lexicon/cues-en';
import { EN_TELL_CUE_SET } from '../../lexicon/cues';
import { mentionBefore } from '../names/mention-before';
import { EN_ADJUNCT, hit, wordCount, type Hit } from './reported-clause';
import type { RuleInput } from './reported-rule';
import { trimRange } from '../text/text';
import { featureOn } from '../features';
import type { Token } from '../text/text';

const TAIL_CUES: ReadonlySet<string> = new Set(EN_POST_CUES);

/** `…, X said.` at the cue token `i`, or null. */
export function englishTail(input: RuleInput, i: number): Hit | null {
  return TAIL_CUES.has(input.toks[i]!.text) ? englishTailAt(input, i) : null;
}

/**
 * englishTail at a closing cue: a function of its own behind its test, so that an article without
 * one compiles only the test (engine README: guards before bodies).
 */
function englishTailAt(input: RuleInput, i: number): Hit | null {
  const { p, toks, s, ev } = input;
  const t = toks[i]!;
  // The cue ends the sentence, or an adjunct of time or place does (`said on Monday.`), or a
  // participle does; a telling cue's addressee may come first (`told reporters.`).
  const after = pastAddressee(toks, i);
  const next = toks[after];
  if (
    next &&
    next.start < s.end &&
    !EN_ADJUNCT.has(next.text) &&
    next.text !== '.' &&
    !participleAfter(toks, after)
  )
    return null;
  const mention = mentionBefore(toks, i, p.text, ev);
  // `…, Minister X declared.`, `…, he said.`, `…, the minister said.`, `…, officials said.`
  const described = mention?.kind === 'title' && /^the /iu.test(mention.text);
  const unnamed = mention?.kind === 'anonymous';
  if (
    !mention ||
    (mention.kind !== 'named' && mention.kind !== 'pronoun' && !described && !unnamed)
  )
    return null;
  const at = p.text.lastIndexOf(mention.text, t.start);
  // The speaker opens after a comma; that comma closes the reported clause.
  const comma = withoutArticle(p.text.slice(s.start, at).trimEnd());
  if (at < s.start || !comma.endsWith(',')) return null;
  const end = s.start + comma.length - 1;
  // A direct quote before the comma is attributed by quotes/, not reported here.
  if (p.marks.some(m => m.open < end && m.after > s.start)) return null;
  if (wordCount(p.text, s.start, end, 3) < 3) return null;
  return hit(p, trimRange(p.text, s.start, end), t, mention, at);
}

/**
 * `…, she told reporters.`, `…, he told the court on Monday, adding …`: after a telling cue at
 * `i` (EN_TELL_CUES), the addressee it names before its clause when that comes bare — the press, a
 * chamber, a court (EN_TOLD_ADDRESSEES, `the` before it too) — is the cue's own, so the tail is
 * read on after it (reported.englishTailParticiple). The index of the token after the addressee,
 * or after the cue when there is none.
 */
function pastAddressee(toks: readonly Token[], i: number): number {
  if (!EN_TELL_CUE_SET.has(toks[i]!.text)) return i + 1;
  const j = toks[i + 1]?.lower === 'the' ? i + 2 : i + 1;
  if (!EN_TOLD_ADDRESSEES.has(toks[j]?.lower ?? '')) return i + 1;
  return featureOn('reported.englishTailParticiple') ? j + 1 : i + 1;
}

/**
 * `…, she said, pointing to a chart`, `…, he said, adding that …`: a comma and a lowercase
 * participle after the cue open what the speaker did while saying it, so the clause before still
 * ends at the speaker's comma (reported.englishTailParticiple). Only `-ing` words: a comma and
 * anything else (`…, he said, but …`) may carry on the reported sentence.
 */
function participleAfter(toks: readonly Token[], k: number): boolean {
  if (toks[k]?.text !== ',') return false;
  const w = toks[k + 1]?.text ?? '';
  return /^[a-z]{2,}ing$/u.test(w) && featureOn('reported.englishTailParticiple');
}

/**
 * An institution named after the comma keeps its article outside the name (`…, the Foreign
 * Ministry said.`): the comma before `the` closes the clause.
 */
function withoutArticle(before: string): string {
  if (!featureOn('reported.englishTailArticle') || !/(?:^|\s)the$/iu.test(before)) return before;
  return before.slice(0, -3).trimEnd();
}
