/**
 * The second reading of read-mentions.ts: the speaker mention at each quote's cue, as a record
 * (mention-record.ts) placed where the cue's paragraph writes it, nearest the cue.
 */
import type { BodyParagraph, Candidate } from '../candidate';
import { featureOn } from '../features';
import type { Mention } from '../names/mention';
import type { NamedRef } from '../names/name-split';
import { pos } from './entity';
import { NO_GROUP, type MentionKind, type MentionRecord } from './mention-record';

/**
 * The speaker mentions read at the quotes' cues, in the candidates' order: a name (each of its
 * refs), a pronoun, a `-nya`, a title or an unnamed description, as the subject of the reporting
 * clause.
 */
export function cueMentions(
  body: readonly BodyParagraph[],
  cands: readonly Candidate[],
): MentionRecord[] {
  const texts = new Map(body.map(p => [p.index, p.text]));
  // Written forms a paragraph never holds (`-nya`): found once each, as the search for one reads
  // the whole paragraph.
  const absent = new Set<string>();
  const out: MentionRecord[] = [];
  for (const c of cands) {
    const m = c.mention;
    if (!m) continue;
    const text = texts.get(c.paragraph) ?? '';
    // A cue after its quote (`“…,” kata Budi.`) names its speaker after the quote: searched from
    // the cue, not from the quote's start, which is nearer to the name's earlier full form
    // (`Budi Santoso, memuji … “…,” kata Budi`) and read that as the cue's short one.
    const after = c.at >= c.end && featureOn('cast.mentionFromCueAfter');
    const near = after ? c.at : Math.min(c.at, c.start);
    const key = `${c.paragraph}\u0000${m.text}`;
    let k = absent.has(key) ? -1 : nearest(text, m.text, near);
    if (k < 0) {
      absent.add(key);
      k = near;
    }
    const span = {
      at: pos(c.paragraph, k),
      end: pos(c.paragraph, k + m.text.length),
      text: m.text,
    };
    if (m.kind !== 'named') {
      out.push(cueRecord(span, cueKind(m), null, isPlural(m)));
      continue;
    }
    for (const ref of m.refs) out.push(cueRecord(span, ref.kind, ref, m.refs.length > 1));
  }
  return out;
}

/**
 * A record read at a cue: the subject of its reporting clause, with the cue's reading. One
 * literal, field by field, like textMentions' records (an object spread per record was the
 * costliest line of reading a long text).
 */
function cueRecord(
  span: Pick<MentionRecord, 'at' | 'end' | 'text'>,
  kind: MentionKind,
  ref: NamedRef | null,
  plural: boolean,
): MentionRecord {
  return {
    at: span.at,
    end: span.end,
    text: span.text,
    sentenceRole: 'cueSubject',
    link: 'none',
    atCue: true,
    opensClause: false,
    speakerLike: true,
    groupWith: NO_GROUP,
    nickname: false,
    kind,
    ref,
    cueRef: ref,
    plural,
  };
}

/** The record kind of a mention that names nobody directly. */
const cueKind = (m: Exclude<Mention, { kind: 'named' }>): MentionKind =>
  m.kind === 'anonymous' ? 'unnamed' : m.kind;

const isPlural = (m: Mention): boolean => m.kind === 'pronoun' && m.plural;

/**
 * The offset of `written` in `text` nearest to `near` (the cue), on a tie the one before; -1 when
 * the text never writes it. Searched in windows doubling around the cue on both sides at once: a
 * side stops at its first find, or once the other side found one closer than its window, so the
 * cost is the distance to the nearest occurrence, not the paragraph's length, and a 2 MB line of
 * cues stays linear. Only a text without `written` is read whole (cueMentions remembers those).
 */
export function nearest(text: string, written: string, near: number): number {
  if (!written || near < 0 || near > text.length) return nearestPlain(text, written, near);
  let before = -1;
  let after = -1;
  let beforeDone = false;
  let afterDone = false;
  for (let r = 256; !(beforeDone && afterDone); r *= 2) {
    if (!beforeDone) {
      const lo = Math.max(0, near - r);
      const k = text.slice(lo, near + written.length).lastIndexOf(written);
      if (k >= 0) before = lo + k;
      beforeDone = k >= 0 || lo === 0 || (after >= 0 && r >= after - near);
    }
    if (!afterDone) {
      const hi = Math.min(text.length, near + r + written.length);
      const k = text.slice(near, hi).indexOf(written);
      if (k >= 0) after = near + k;
      afterDone = k >= 0 || hi === text.length || (before >= 0 && r >= near - before);
    }
  }
  if (before < 0) return after;
  return after >= 0 && after - near < near - before ? after : before;
}

/** `nearest` by one search each way over the whole text (the reference, and its edge cases). */
export function nearestPlain(text: string, written: string, near: number): number {
  const before = text.lastIndexOf(written, near);
  const after = text.indexOf(written, near);
  if (before < 0) return after;
  return after >= 0 && after - near < near - before ? after : before;
}
