/**
 * A quote written without a cue and then credited in the passive (`“…” Hal itu disampaikan Budi
 * Santoso, …`, `“…” Demikian dikatakan Budi …`): its speaker is the agent of that reporting verb,
 * named after it in the same sentence — not the previous speaker the quote would otherwise go on
 * from.
 */
import type { DocIndex } from './doc-index';
import type { CastMention } from '../cast/cast-mentions';
import type { Entity, Pos } from '../cast/entity';
import { offsetOf, paragraphOf, pos } from '../cast/entity';
import { DELIVERING_PASSIVE_SET, PASSIVE_CUE_SET } from '../../lexicon/cues';
import { CREDITING_OPENERS, DEFINITE, STATEMENT_REFERENCES } from '../../lexicon/pronouns';
import { featureOn } from '../features';
import { isAlnumOrHyphenCp, runsOf } from '../text/chars';
import { partitionPoint } from '../text/partition-point';

/** How far after the quote the agent may be named (characters): one short crediting sentence. */
const REACH = 120;

/**
 * The person named as the agent of a passive reporting verb between `end` (the quote's end) and
 * the end of that sentence, or null. `mentions` are in text order; `texts` the paragraphs' texts.
 */
export function agentAfter(
  end: Pos,
  mentions: readonly CastMention[],
  texts: ReadonlyMap<number, string>,
): Entity | null {
  return featureOn('discourse.agentAfter')
    ? agentFrom(end, mentions, texts, PASSIVE_CUE_SET)
    : null;
}

/**
 * `“…” ¶ Hal itu disampaikan Kapolres X kepada wartawan, Senin.`: other outlets often credit a quote
 * that closes its paragraph without a cue in the next paragraph, whose first sentence opens with
 * a reference to the statement (`Hal itu`, `Pernyataan tersebut`, `Demikian`) and names its agent
 * after a passive reporting verb. The person so named, or null.
 */
export function agentNextParagraph(
  end: Pos,
  mentions: readonly CastMention[],
  doc: DocIndex,
): Entity | null {
  if (!featureOn('discourse.agentNextParagraph')) return null;
  const { texts } = doc;
  const para = paragraphOf(end);
  // The quote closes its paragraph: nothing but closing marks after it.
  if (/[\p{L}\p{N}]/u.test((texts.get(para) ?? '').slice(offsetOf(end)))) return null;
  const nextPara = doc.nextParagraph(para);
  const next = nextPara === undefined ? undefined : texts.get(nextPara);
  if (!next) return null;
  return opensCredit(next) ? agentFrom(pos(nextPara!, 0), mentions, texts, PASSIVE_CUE_SET) : null;
}

/** True when `text` opens with a reference to a statement (`Hal itu`, `Pernyataan tersebut`, `Demikian`). */
function opensCredit(text: string): boolean {
  const [first = '', second = ''] = runsOf(text.slice(0, 40).toLowerCase(), isAlnumOrHyphenCp);
  return CREDITING_OPENERS.has(first) || (STATEMENT_REFERENCES.has(first) && DEFINITE.has(second));
}

/**
 * `Kepala Dinas X menyatakan … . Pernyataan itu disampaikan Kadis Budi kepada wartawan.`: a
 * statement whose title or description names nobody the article introduced yet is credited by the
 * next sentence, which opens with a reference to it (`Hal itu`, `Pernyataan tersebut`, `Demikian`)
 * and names its agent after a passive reporting verb. The person so named, or null; looked for
 * only when the statement's own mention found nobody (resolve.ts).
 */
export function agentNextSentence(
  end: Pos,
  mentions: readonly CastMention[],
  texts: ReadonlyMap<number, string>,
): Entity | null {
  if (!featureOn('discourse.agentNextSentence')) return null;
  const para = paragraphOf(end);
  const text = texts.get(para) ?? '';
  // The statement's sentence ends right after it: only a closing mark before its full stop.
  const stop = /^[^\p{L}\p{N}]*?[.!?]\s+/u.exec(text.slice(offsetOf(end)));
  if (!stop) return null;
  const next = offsetOf(end) + stop[0].length;
  // An agent who answers or owns up to it (`Hal itu diakui X`) is somebody else.
  return opensCredit(text.slice(next))
    ? agentFrom(pos(para, next), mentions, texts, DELIVERING_PASSIVE_SET)
    : null;
}

/** The agent of a passive reporting verb of `cues` named after `end` in the same sentence, or null. */
function agentFrom(
  end: Pos,
  mentions: readonly CastMention[],
  texts: ReadonlyMap<number, string>,
  cues: ReadonlySet<string>,
): Entity | null {
  const para = paragraphOf(end);
  const text = texts.get(para) ?? '';
  const from = offsetOf(end);
  for (let i = partitionPoint(mentions, m => m.at < end); i < mentions.length; i++) {
    const m = mentions[i]!;
    if (paragraphOf(m.at) !== para || offsetOf(m.at) - from > REACH) return null;
    if (m.entities.length !== 1 || m.entities[0]!.kind !== 'person') continue;
    // `Hal itu disampaikan kepada X`: the one told, not the one telling.
    if (m.role === 'oblique') return null;
    const between = text.slice(from, offsetOf(m.at));
    // The crediting sentence follows the quote directly: no full stop in between.
    if (/[.!?]\s/u.test(between)) return null;
    return runsOf(between.toLowerCase(), isAlnumOrHyphenCp).some(w => cues.has(w))
      ? m.entities[0]!
      : null;
  }
  return null;
}
