/**
 * The engine's public output: JSON schema version 1.
 *
 * This shape is a public interface (the CLI prints it, the panel renders it, the eval scorer reads it).
 * Add optional fields only; never rename or remove one without bumping `schemaVersion`.
 */

export const SCHEMA_VERSION = 1 as const;

/** What the engine knows about the page or text it read. */
export interface ArticleInfo {
  /** False for pages that are not a single news article (home, index, tag pages…). */
  isArticle: boolean;
  url: string | null;
  title: string | null;
  /** ISO 8601 when the page says so (JSON-LD), otherwise the date line as printed. */
  published: string | null;
  /** "Rep: …/ Red: …" as printed, or the JSON-LD author. */
  byline: string | null;
}

export type SpeakerKind = 'person' | 'organization';

/** One person or organisation that is quoted, with the fullest name the article gives. */
export interface Speaker {
  id: string;
  /** Canonical name: no role, rank or honorific (`Xi Jinping`, not `Presiden China Xi Jinping`). */
  name: string;
  /** Role as introduced (`Presiden China`), or null. */
  role: string | null;
  /** Other forms the article uses for the same speaker (`Xi`, `Jokowi`). */
  aliases: string[];
  kind: SpeakerKind;
}

export type QuoteType = 'direct' | 'indirect';

/** One contiguous quoted span: a direct quote between marks, or a reported clause. */
export interface Quote {
  id: string;
  type: QuoteType;
  /** Between the marks, without them and without a trailing comma; or the reported clause. */
  text: string;
  /** Several for a group (`kata Xi dan Putin`); empty for an unnamed speaker (`kata seorang warga`). */
  speakerIds: string[];
  /** The cue word as written (`kata`, `ujarnya`, `mengatakan`, `menurut`), or null for a floating quote. */
  cue: string | null;
  /** The words that named the speaker at this quote (`Xi`, `dia`, `mereka`, `-nya`), or null. */
  mention: string | null;
  /** 0-based index of the paragraph the quote is in (see `analyzeParagraphs`). */
  paragraph: number;
}

/** The whole result, as the CLI prints it and the panel receives it. */
export interface AnalysisResult {
  schemaVersion: typeof SCHEMA_VERSION;
  article: ArticleInfo;
  speakers: Speaker[];
  quotes: Quote[];
}

/**
 * Where a quote's text lies: character offsets into its paragraph's text. Not part of the JSON
 * schema; the content script uses it to wrap the text in place.
 */
export interface TextSpan {
  paragraph: number;
  start: number;
  end: number;
}

/** The engine's full answer: the public result plus the location of every quote. */
export interface Analysis {
  result: AnalysisResult;
  /** Keyed by quote id. `paragraphs[span.paragraph].slice(span.start, span.end)` is the quote's text. */
  spans: Record<string, TextSpan>;
}
