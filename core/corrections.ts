/**
 * The reader's own corrections of who said a quote: applied on top of the engine's result (panel,
 * copy, export and marks all read the corrected result), and exported in the gold format of the
 * evaluation set (shared/eval/GUIDELINES.md), so a reader's fixes can become test data.
 *
 * Pure: storage lives in utils/corrections.ts.
 */
import { quoteSpeakers } from './summary';
import type { AnalysisResult, Quote, Speaker, SpeakerKind } from './types';

/** A speaker as a correction remembers it: enough to rebuild gold data without the page. */
export interface CorrectedSpeaker {
  name: string;
  role: string | null;
  aliases: string[];
  kind: SpeakerKind;
}

/** One quote given to other speakers (none: an unnamed speaker) by the reader. */
export interface Correction {
  /** The quote as the engine found it; matched again by text and paragraph, not only by id. */
  quoteId: string;
  text: string;
  paragraph: number;
  type: Quote['type'];
  cue: string | null;
  mention: string | null;
  /** The engine's speaker names for the quote, before the correction. */
  was: string[];
  /** The reader's choice; empty for "unnamed". */
  speakers: CorrectedSpeaker[];
  /** ISO 8601, when the reader made it. */
  at: string;
}

/** The result with `corrections` applied, and which quote ids the reader changed. */
export interface CorrectedResult {
  result: AnalysisResult;
  corrected: Set<string>;
}

/** The quote a correction is about: same text and paragraph (ids may change between versions). */
function findQuote(result: AnalysisResult, correction: Correction): Quote | undefined {
  return (
    result.quotes.find(q => q.id === correction.quoteId && q.text === correction.text) ??
    result.quotes.find(q => q.text === correction.text && q.paragraph === correction.paragraph)
  );
}

/** The speaker of `result` with this name, or null when the article has none by that name. */
function speakerNamed(result: AnalysisResult, name: string): Speaker | undefined {
  return result.speakers.find(speaker => speaker.name === name);
}

/**
 * Applies the corrections (later ones win) that still match a quote of `result`. A corrected
 * speaker the article no longer lists is left out rather than invented.
 */
export function applyCorrections(
  result: AnalysisResult,
  corrections: readonly Correction[],
): CorrectedResult {
  const byQuote = new Map<string, string[]>();
  for (const correction of corrections) {
    const quote = findQuote(result, correction);
    if (!quote) continue;
    const ids = correction.speakers
      .map(speaker => speakerNamed(result, speaker.name)?.id)
      .filter((id): id is string => id !== undefined);
    byQuote.set(quote.id, ids);
  }
  if (byQuote.size === 0) return { result, corrected: new Set() };
  const quotes = result.quotes.map(quote =>
    byQuote.has(quote.id) ? { ...quote, speakerIds: byQuote.get(quote.id)! } : quote,
  );
  return { result: { ...result, quotes }, corrected: new Set(byQuote.keys()) };
}

/** A correction that gives `quote` (of the engine's `result`) to `speakerIds` (empty: unnamed). */
export function makeCorrection(
  result: AnalysisResult,
  quote: Quote,
  speakerIds: readonly string[],
  at: Date = new Date(),
): Correction {
  const names = (ids: readonly string[]) => quoteSpeakers({ speakerIds: ids }, result);
  return {
    quoteId: quote.id,
    text: quote.text,
    paragraph: quote.paragraph,
    type: quote.type,
    cue: quote.cue,
    mention: quote.mention,
    was: names(quote.speakerIds).map(s => s.name),
    speakers: names(speakerIds).map(({ name, role, aliases, kind }) => ({
      name,
      role,
      aliases,
      kind,
    })),
    at: at.toISOString(),
  };
}

/** The gold file's `mention` kinds (GUIDELINES.md, "mention"). */
export type GoldMention =
  | 'full'
  | 'short'
  | 'title'
  | 'nya'
  | 'pronoun'
  | 'group'
  | 'continuation'
  | 'preposed'
  | 'anonymous'
  | 'other';

/** One article in the gold format, holding only the quotes the reader corrected. */
export interface GoldArticle {
  url: string;
  speakers: {
    name: string;
    accept: string[];
    aliases: string[];
    role: string | null;
    kind: SpeakerKind;
  }[];
  quotes: {
    type: Quote['type'];
    text: string;
    speakers: string[];
    mention: GoldMention;
    cue: string | null;
    anonymous?: string;
  }[];
}

/** Indonesian pronouns as mentions (GUIDELINES.md: `pronoun`). */
const PRONOUNS = /^(dia|ia|beliau|mereka|keduanya)$/i;

/** The gold `mention` kind of the engine's mention words, for the reader's speakers. */
function goldMention(correction: Correction): GoldMention {
  const mention = correction.mention?.trim() ?? '';
  if (correction.speakers.length === 0) return 'anonymous';
  if (correction.speakers.length > 1) return 'group';
  if (!mention) return correction.cue ? 'other' : 'continuation';
  if (/^-?nya$/i.test(mention)) return 'nya';
  if (PRONOUNS.test(mention)) return 'pronoun';
  const speaker = correction.speakers[0]!;
  if (mention === speaker.name) return 'full';
  if (speaker.aliases.includes(mention) || speaker.name.split(' ').includes(mention))
    return 'short';
  return 'other';
}

/** GUIDELINES.md's `anonymous`: the describing words, or `unknown`. */
function describedBy(mention: string | null): string {
  const words = mention?.trim() ?? '';
  return !words || /^-?nya$/i.test(words) || PRONOUNS.test(words) ? 'unknown' : words;
}

/** All corrections of one article as a gold-format object (only the corrected quotes). */
export function correctionsToGold(url: string, corrections: readonly Correction[]): GoldArticle {
  const speakers = new Map<string, GoldArticle['speakers'][number]>();
  const ordered = [...corrections].sort((a, b) => a.paragraph - b.paragraph);
  const quotes = ordered.map(correction => {
    for (const s of correction.speakers) {
      speakers.set(s.name, {
        name: s.name,
        accept: [],
        aliases: s.aliases,
        role: s.role,
        kind: s.kind,
      });
    }
    const names = correction.speakers.map(s => s.name);
    return {
      type: correction.type,
      text: correction.text,
      speakers: names,
      mention: goldMention(correction),
      cue: correction.cue,
      // The words that describe the unnamed speaker (`seorang warga`); a pronoun describes no one.
      ...(names.length === 0 && { anonymous: describedBy(correction.mention) }),
    };
  });
  return { url, speakers: [...speakers.values()], quotes };
}
