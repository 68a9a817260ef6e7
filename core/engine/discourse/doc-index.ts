/**
 * Where things are in the article, as the discourse model measures distance: which sentence and
 * which body paragraph a position falls in. (How a mention stands in its clause is read once with
 * the mention: cast/sentence-role.ts.)
 */
import type { BodyParagraph } from '../candidate';
import { offsetOf, paragraphOf, pos, type Pos } from '../cast/entity';
import { bodySentences } from '../text/body-sentences';
import { partitionPoint } from '../text/partition-point';
import { SUBJECT_SINGULAR } from '../../lexicon/pronouns';
import { codePointAt, cpLength, isLowerCp, isSpaceCp, isUpperCp } from '../text/chars';

/** Sentence and paragraph numbering of one article body. */
export class DocIndex {
  /** Start of every sentence, in text order. */
  private readonly starts: Pos[] = [];
  /**
   * Paragraph index → ordinal among body paragraphs (an array, not a Map: the discourse model asks
   * it for every mention it looks back over).
   */
  private readonly ordinal: number[] = [];
  /** Each body paragraph's text, by the caller's paragraph index. */
  readonly texts = new Map<number, string>();
  /** pronounOpenings, once read. */
  private pronounStarts: Pos[] | null = null;

  /**
   * The body paragraphs by ordinal (`paragraph(at)`), with the tokens the pipeline read once: a
   * reader looking back over paragraphs walks these instead of tokenizing the text again.
   */
  constructor(readonly body: readonly BodyParagraph[]) {
    body.forEach((p, k) => {
      this.ordinal[p.index] = k;
      this.texts.set(p.index, p.text);
      this.starts.push(pos(p.index, 0));
      const spans = bodySentences(p);
      for (let k = 1; k < spans.length; k++) this.starts.push(pos(p.index, spans[k]!.start));
    });
  }

  /** Number of the sentence holding `at` (0-based over the body). */
  sentence(at: Pos): number {
    return partitionPoint(this.starts, s => s <= at) - 1;
  }

  /**
   * Where the sentence holding `at` ends: the offset in its paragraph where the next sentence
   * starts, or the paragraph's `length` when it is the paragraph's last.
   */
  sentenceEnd(at: Pos, length: number): number {
    const next = this.starts[this.sentence(at) + 1];
    return next !== undefined && paragraphOf(next) === paragraphOf(at) ? offsetOf(next) : length;
  }

  /**
   * Where each sentence that opens with a singular pronoun as its subject starts (`Ia lalu
   * menyinggung …`, `She then …`), in text order; read on first ask. A sentence inside a quotation
   * is no sentence here (bodySentences), and a paragraph opening with a quote mark opens with no word.
   */
  pronounOpenings(): readonly Pos[] {
    if (this.pronounStarts) return this.pronounStarts;
    const out: Pos[] = [];
    for (const s of this.starts) {
      const text = this.texts.get(paragraphOf(s)) ?? '';
      const word = openingCapitalWord(text.slice(offsetOf(s), offsetOf(s) + 12));
      if (word && SUBJECT_SINGULAR.has(word.toLowerCase())) out.push(s);
    }
    return (this.pronounStarts = out);
  }

  /** Ordinal of the body paragraph holding `at`. */
  paragraph(at: Pos): number {
    return this.ordinal[paragraphOf(at)] ?? 0;
  }

  /** Where `written` last starts before offset `before` in paragraph `paragraph` (else `before`). */
  startOf(paragraph: number, written: string, before: number): Pos {
    const k = (this.texts.get(paragraph) ?? '').lastIndexOf(written, before);
    return pos(paragraph, k >= 0 ? k : before);
  }

  /** The caller's index of the paragraph holding `at`. */
  paragraphIndex(at: Pos): number {
    return paragraphOf(at);
  }
}

/** `\w` as `\b` reads it without the `i` flag: an ASCII letter or digit, or `_`. */
const isAsciiWordUnit = (u: number): boolean =>
  (u >= 0x30 && u <= 0x39) || (u >= 0x41 && u <= 0x5a) || (u >= 0x61 && u <= 0x7a) || u === 0x5f;

/**
 * `/^\s*(\p{Lu}\p{Ll}*)\b/u.exec(s)?.[1]`: the capitalised word opening `s`. Code-point tests,
 * not that regex: its Unicode classes cost a compile on every cold start. As the regex
 * backtracks: the whole run of lowercase letters first, then shorter ones, until a word boundary.
 */
export function openingCapitalWord(s: string): string | undefined {
  let i = 0;
  while (i < s.length && isSpaceCp(s.charCodeAt(i))) i++;
  const cp = codePointAt(s, i);
  if (!isUpperCp(cp)) return undefined;
  const ends = [i + cpLength(cp)];
  for (let j = ends[0]!, c = codePointAt(s, j); isLowerCp(c); c = codePointAt(s, j))
    ends.push((j += cpLength(c)));
  for (let k = ends.length - 1; k >= 0; k--) {
    const end = ends[k]!;
    if (isAsciiWordUnit(s.charCodeAt(end - 1)) !== isAsciiWordUnit(s.charCodeAt(end)))
      return s.slice(i, end);
  }
  return undefined;
}
