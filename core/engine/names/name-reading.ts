/**
 * The one reading of a span of words as role and name (name-split.ts). The running text's
 * capitalised runs are read once per article, when its mention records are built
 * (cast/read-mentions.ts), and each reading is kept here by its tokens; a cue reader
 * (mention-before.ts, mention-after.ts, …) asks `readName` for the span it found and gets that
 * record's reading, so a name read at a cue and in the running text is read once, by one model
 * with one set of rules. A span no record covers (words inside quotes, a cue's lowercase
 * description before a run) is read on first use and kept too, so it is also read once.
 */
import type { Token } from '../text/text';
import type { ArticleEvidence } from './name-model';
import { splitRun, type NamedRef } from './name-split';

/** The readings of one article, by paragraph tokens and span. */
class NameReadings {
  private readonly byTokens = new WeakMap<readonly Token[], Map<number, NamedRef>>();
  private readonly runs = new WeakMap<readonly Token[], Map<number, number>>();
  /** The first reading of each span's words as written (the article repeats its names). */
  private readonly byWritten = new Map<string, NamedRef>();
  /** The first words of the persons' names of two words or more read so far. */
  private readonly openers = new Set<string>();

  /** True when a person's name of two words or more read so far opens with `w`. */
  opensName(w: string): boolean {
    return this.openers.has(w);
  }

  /** The reading kept for tokens [from, to) of `toks`, if any. */
  get(toks: readonly Token[], from: number, to: number): NamedRef | undefined {
    return this.byTokens.get(toks)?.get(key(from, to));
  }

  /** Where the running text's capitalised run that ends at token `end` starts, if one does. */
  runStart(toks: readonly Token[], end: number): number | undefined {
    return this.runs.get(toks)?.get(end);
  }

  /** Keeps that the running text reads a capitalised run over tokens [from, end) of `toks`. */
  keepRun(toks: readonly Token[], from: number, end: number): void {
    let ends = this.runs.get(toks);
    if (!ends) this.runs.set(toks, (ends = new Map()));
    ends.set(end, from);
  }

  /** The reading of the first span read whose words were written exactly as `written`, if any. */
  written(written: string): NamedRef | undefined {
    return this.byWritten.get(written);
  }

  /** Keeps `ref` as the reading of a span written as `written`, unless one is kept already. */
  keepWritten(written: string, ref: NamedRef): void {
    if (!this.byWritten.has(written)) this.byWritten.set(written, ref);
  }

  /** Keeps `ref` as the reading of tokens [from, to) of `toks`. */
  keep(toks: readonly Token[], from: number, to: number, ref: NamedRef): void {
    let spans = this.byTokens.get(toks);
    if (!spans) this.byTokens.set(toks, (spans = new Map()));
    spans.set(key(from, to), ref);
    const space = ref.kind === 'person' && ref.name ? ref.name.indexOf(' ') : -1;
    if (space > 0) this.openers.add(ref.name!.slice(0, space));
  }
}

/** One number per span (a paragraph holds far fewer than 2^22 tokens). */
const key = (from: number, to: number) => from * 4194304 + to;

/** Each article's readings, by its evidence object (one per article: cast/prepass.ts). */
const ARTICLES = new WeakMap<ArticleEvidence, NameReadings>();

/** Starts keeping the readings of the article whose evidence is `evidence`. */
export function keepReadings(evidence: ArticleEvidence): void {
  ARTICLES.set(evidence, new NameReadings());
}

/** The readings kept for the article of `evidence`, if it keeps any. */
export const readingsOf = (evidence: ArticleEvidence): NameReadings | undefined =>
  ARTICLES.get(evidence);

/**
 * The role/name reading of tokens [from, to) of `toks` (a paragraph's tokens): the one the
 * article's mention records hold for that span, else read now (and kept, when the article keeps
 * readings).
 */
export function readName(
  toks: readonly Token[],
  from: number,
  to: number,
  text: string,
  evidence: ArticleEvidence,
): NamedRef {
  const readings = ARTICLES.get(evidence);
  if (!readings || from >= to) return splitRun(toks.slice(from, to), text, evidence);
  const kept = readings.get(toks, from, to);
  if (kept) return kept;
  // The split reads only the span's tokens, the text between them and the article's evidence, so
  // the same words written the same way read the same elsewhere in the article: split once. Each
  // span still gets its own object (a copy): the cast keeps the entity of a cue's reading by it.
  const written = text.slice(toks[from]!.start, toks[to - 1]!.end);
  const same = readings.written(written);
  const ref = same ? { ...same } : splitRun(toks.slice(from, to), text, evidence);
  readings.keepWritten(written, ref);
  readings.keep(toks, from, to, ref);
  return ref;
}
