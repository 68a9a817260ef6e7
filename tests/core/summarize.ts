/**
 * Test helper: a readable summary of an Analysis (speaker names instead of ids), so expectations
 * read like the article.
 */
import { analyzeParagraphs, emptyArticleInfo } from '../../core/analyze';
import type { Analysis } from '../../core/types';
import { readArticle } from '../../core/engine/pipeline';
import { bodyParagraphs } from '../../core/engine/text/paragraphs';

/** One quote as tests assert it. */
export interface QuoteSummary {
  type: 'direct' | 'indirect';
  text: string;
  speakers: string[];
  cue: string | null;
  mention: string | null;
}

/** Speakers and quotes of an analysis, by name. */
export function summarize({ result }: Analysis) {
  const byId = new Map(result.speakers.map(s => [s.id, s.name]));
  return {
    article: result.article,
    speakers: result.speakers.map(({ name, role, kind, aliases }) => ({
      name,
      role,
      kind,
      aliases,
    })),
    quotes: result.quotes.map((q): QuoteSummary => ({
      type: q.type,
      text: q.text,
      speakers: q.speakerIds.map(id => byId.get(id)!),
      cue: q.cue,
      mention: q.mention,
    })),
  };
}

/** The summary of the engine run over `paragraphs` as an article body (the rule tests' one call). */
export function analyzeBody(...paragraphs: string[]) {
  return summarize(analyzeParagraphs(paragraphs, emptyArticleInfo()));
}

/**
 * Each speaker of invented paragraphs as `[name, role]`, in the order the summary lists them: the
 * rule tests' one reading of who was found with which role.
 */
export function speakerRoles(...paragraphs: string[]) {
  return analyzeBody(...paragraphs).speakers.map(s => [s.name, s.role] as const);
}

/** The names of the cast's people read from invented paragraphs: the name model's one reading. */
export const castPeople = (...paragraphs: string[]): string[] =>
  readArticle(bodyParagraphs(paragraphs, 0))
    .cast.all.filter(e => e.kind === 'person')
    .map(e => e.name);

/** Each indirect quote of invented paragraphs as `text → speakers`: the reported-speech tests' reading. */
export const indirectQuotes = (...paragraphs: string[]): string[] =>
  analyzeBody(...paragraphs)
    .quotes.filter(q => q.type === 'indirect')
    .map(q => `${q.text} → ${q.speakers.join(' + ')}`);

/** The speakers of the last quote of invented paragraphs. */
export function lastSpeakers(...paragraphs: string[]): string[] {
  const { quotes } = analyzeBody(...paragraphs);
  return quotes[quotes.length - 1]!.speakers;
}

/** The speakers of the last quote of invented paragraphs, with its first speaker's role: `Name [Role]`. */
export function lastSpeakerWithRole(...paragraphs: string[]): string {
  const { quotes, speakers } = analyzeBody(...paragraphs);
  const name = quotes.at(-1)?.speakers.join(' + ') ?? '';
  const role = speakers.find(s => s.name === name)?.role;
  return role ? `${name} [${role}]` : name;
}

/**
 * The role of the speaker whose name holds `word`, after the invented `intro` and a quote `said`
 * credited to that word (`“…,” kata <word>.`); undefined when no such speaker is found.
 */
export function roleCreditedTo(
  word: string,
  intro: string,
  said: string,
): string | null | undefined {
  const credit = `“${said},” kata ${word}.`;
  const found = analyzeBody(intro, credit).speakers.find(s => s.name.split(' ').includes(word));
  return found?.role;
}
