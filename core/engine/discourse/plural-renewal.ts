/**
 * `Sepulang melaut, keduanya menjemur jaring.`, `Esoknya, ketiga nelayan itu berangkat lagi.`: a
 * counted plural or a counted description as the subject of a clause in the running text speaks
 * of people as a group, so it keeps them the topic a later `kata mereka` means though they spoke
 * some paragraphs before it (candidates.ts, draftLastPeople; discourse.pluralRenewal). A bare
 * `Mereka …` may mean a crowd the text just brought in (`Relawan berdatangan. Mereka …`): no
 * renewal.
 */
import type { BodyParagraph } from '../candidate';
import type { Token } from '../text/text';
import { pos, type Pos } from '../cast/entity';
import { COLLECTIVE_NUMERALS, DEFINITE } from '../../lexicon/pronouns';
import { groupDescription } from '../names/group-description';
import { CLAUSE_BREAKS } from '../text/sentence-start';
import { startsLower } from '../text/chars';
import { featureOn } from '../features';

/** A plural subject of the running text: its body paragraph (an ordinal), where, and its count. */
export interface Renewal {
  para: number;
  at: Pos;
  /** How many people it counts (`keduanya` 2, `ketiga nelayan` 3). */
  count: number;
}

/**
 * The latest plural subject of the running text (no quote) from body paragraph `para` back to
 * `para - back`, opening a clause before a lowercase word, or null; in `para` itself only before
 * offset `before` (the plural mention being resolved).
 */
export function pluralRenewal(
  body: readonly BodyParagraph[],
  para: number,
  back: number,
  before: number,
): Renewal | null {
  if (!featureOn('discourse.pluralRenewal')) return null;
  for (let k = para; k >= 0 && para - k <= back; k--) {
    const p = body[k];
    if (!p) continue;
    const end = k === para ? before : Infinity;
    for (let i = p.tokens.length - 1; i >= 0; i--) {
      const t = p.tokens[i]!;
      const count = t.start < end && !quoted(p, t) ? pluralCount(p.tokens, i) : -1;
      if (count >= 0) return { para: k, at: pos(p.index, t.start), count };
    }
  }
  return null;
}

/**
 * The count of the counted plural opening a clause at token `i` before a lowercase word: N for
 * a collective numeral with or without `-nya` (`ketiga nelayan itu`, `keduanya`); -1 when there is
 * none.
 */
function pluralCount(toks: readonly Token[], i: number): number {
  const prev = toks[i - 1]?.text;
  const next = toks[i + 1]?.text;
  if (!(prev === undefined || CLAUSE_BREAKS.has(prev)) || !next || !startsLower(next)) return -1;
  const w = toks[i]!.lower;
  const numeral = COLLECTIVE_NUMERALS.indexOf(w.endsWith('nya') ? w.slice(0, -3) : w);
  if (numeral >= 0) return numeral + 2;
  return describedGroupCount(toks, i);
}

/** Most words of a group description opening a clause, its demonstrative included. */
const MAX_DESCRIPTION_TOKENS = 7;

/**
 * `Sesudah itu, ibu dan anak itu pulang.`, `Pasangan suami istri itu kini …`: a
 * pair or a band described by kin or person nouns and closed by a demonstrative, opening a clause
 * before a lowercase word, is a plural subject as `keduanya` is (names/group-description.ts;
 * discourse.describedGroupRenewal): its count, or -1.
 */
function describedGroupCount(toks: readonly Token[], i: number): number {
  if (!featureOn('discourse.describedGroupRenewal')) return -1;
  for (let j = i + 1; j < toks.length && j - i < MAX_DESCRIPTION_TOKENS; j++) {
    const w = toks[j]!;
    if (!startsLower(w.text)) return -1;
    if (!DEFINITE.has(w.lower)) continue;
    if (!startsLower(toks[j + 1]?.text ?? '')) return -1;
    const words = toks.slice(i, j + 1).map(x => x.text);
    const count = groupDescription(words.join(' '));
    return count > 0 ? count : -1;
  }
  return -1;
}

/** True when token `t` lies inside one of the paragraph's quotes. */
const quoted = (p: BodyParagraph, t: Token): boolean =>
  p.marks.some(m => t.start >= m.start && t.start < m.end);
