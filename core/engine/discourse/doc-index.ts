/**
 * Where things are in the article, as the discourse model measures distance: which sentence and
 * which body paragraph a position falls in. (How a mention stands in its clause is read once with
 * the mention: cast/sentence-role.ts.)
 */
import type { BodyParagraph } from '../candidate';
import { offsetOf, paragraphOf, pos, type Pos } from '../cast/entity';
import { bodySentences } from '../text/body-sentences';
import { partitionPoint } from '../text/partition-point';
import { featureOn } from '../features';
import { isAlnumOrHyphenCp, runsOf } from '../text/chars';

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

  /** Where every sentence of the body starts, in text order (a sentence's number indexes it). */
  sentenceStarts(): readonly Pos[] {
    return this.starts;
  }

  /** Number of the sentence holding `at` (0-based over the body). */
  sentence(at: Pos): number {
    return partitionPoint(this.starts, s => s <= at) - 1;
  }

  /** Where the sentence holding `at` starts: its offset in its paragraph. */
  sentenceStart(at: Pos): number {
    const start = this.starts[this.sentence(at)];
    return start !== undefined && paragraphOf(start) === paragraphOf(at) ? offsetOf(start) : 0;
  }

  /**
   * Where the sentence holding `at` ends: the offset in its paragraph where the next sentence
   * starts, or the paragraph's `length` when it is the paragraph's last.
   */
  sentenceEnd(at: Pos, length: number): number {
    const next = this.starts[this.sentence(at) + 1];
    return next !== undefined && paragraphOf(next) === paragraphOf(at) ? offsetOf(next) : length;
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

  /**
   * How many body paragraphs lie from the one holding `a` to the one holding `b` (0: the same,
   * 1: the next). Counted over body paragraphs, not the caller's line numbers: a skipped clutter
   * line (`Baca Juga`, a related headline) or a blank line between two paragraphs puts nothing
   * between them for a reader.
   */
  paragraphsApart(a: Pos, b: Pos): number {
    if (!featureOn('discourse.bodyParagraphDistance')) return paragraphOf(b) - paragraphOf(a);
    return this.paragraph(b) - this.paragraph(a);
  }

  /**
   * The caller's index of the body paragraph after the one numbered `index`, or undefined at the
   * end: the next paragraph a reader sees, past skipped page lines (paragraphsApart).
   */
  nextParagraph(index: number): number | undefined {
    if (!featureOn('discourse.bodyParagraphDistance'))
      return this.texts.has(index + 1) ? index + 1 : undefined;
    const k = this.ordinal[index];
    return k === undefined ? undefined : this.body[k + 1]?.index;
  }

  /** The caller's index of the paragraph holding `at`. */
  paragraphIndex(at: Pos): number {
    return paragraphOf(at);
  }

  /**
   * True when `word` (lowercase) stands as a word of the text between `from` and `to`, over
   * paragraph ends: the one reading of "written since" (introduction.ts, title-speaker.ts).
   */
  wordBetween(from: Pos, to: Pos, word: string): boolean {
    for (let p = paragraphOf(from); p <= paragraphOf(to); p++) {
      const text = this.texts.get(p);
      if (text === undefined) continue;
      const a = p === paragraphOf(from) ? offsetOf(from) : 0;
      const b = p === paragraphOf(to) ? offsetOf(to) : text.length;
      if (runsOf(text.slice(a, b).toLowerCase(), isAlnumOrHyphenCp).includes(word)) return true;
    }
    return false;
  }
}
