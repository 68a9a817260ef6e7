/**
 * The engine in one pass: body paragraphs → the article's evidence → direct and reported quotes →
 * every mention read once → the cast, built once and frozen → speakers → schema result. Pure and deterministic; inputs are never mutated.
 */
import type { Analysis, ArticleInfo } from '../types';
import { buildResult } from './result/build-result';
import type { BodyParagraph, Candidate } from './candidate';
import { findDirect } from './quotes/direct-quotes';
import { collectEvidence } from './cast/prepass';
import { textMentions } from './cast/read-mentions';
import { oneReadingPerSpan } from './cast/one-reading-per-span';
import { cueMentions } from './cast/cue-mentions';
import { buildCast } from './cast/build-cast';
import { usePositionsFor } from './cast/entity';
import type { Cast } from './cast/cast';
import { findReported } from './reported/reported-speech';
import { resolveAll, type Decision } from './discourse/resolve';
import { overlapsAny } from './text/text';
import { endsClosed } from './text/string-scans';

/**
 * Runs the whole pipeline over prepared body paragraphs. `decisions`, when given, receives each
 * choice of the discourse model (for fitting its weights; the product never passes it).
 */
export function analyzeBody(
  paragraphs: readonly string[],
  body: readonly BodyParagraph[],
  article: ArticleInfo,
  decisions?: Decision[],
): Analysis {
  const { cands, cast } = readArticle(body);
  return buildResult(resolveAll(cands, cast, body, decisions), paragraphs, article);
}

/**
 * Everything read from the body before any speaker is chosen: the quotes found (text order) and
 * the cast, built once from every mention and frozen.
 */
export function readArticle(body: readonly BodyParagraph[]): { cands: Candidate[]; cast: Cast } {
  usePositionsFor(body);
  const evidence = collectEvidence(body);
  // The running text's mentions first: the cue readers below look their names up (name-reading.ts).
  const text = textMentions(body, evidence);
  const cands: Candidate[] = [];
  body.forEach((p, k) => {
    const direct = findDirect(p, body[k + 1] ?? null, evidence);
    const found = findReported(p, evidence);
    // Most paragraphs hold no direct quote: no overlap to drop then.
    if (!direct.length) return void cands.push(...found.sort(byStart));
    const overlapsDirect = overlapsAny(direct);
    const reported = found.filter(r => !overlapsDirect(r.start, r.end));
    cands.push(...[...direct, ...reported].sort(byStart));
  });
  dropCutOff(body, cands);
  // Every mention read once (running text and cues), the cast built from them once, then frozen.
  const cast = buildCast(oneReadingPerSpan(text, cueMentions(body, cands)), evidence);
  return { cands, cast };
}

/** Text order of the quotes of one paragraph. */
const byStart = (a: Candidate, b: Candidate): number => a.start - b.start;

/** A reported sentence cut off by the end of the text is skipped (GUIDELINES). */
function dropCutOff(body: readonly BodyParagraph[], cands: Candidate[]): void {
  const last = body[body.length - 1];
  if (!last || endsClosed(last.text)) return;
  const end = last.text.trimEnd().length;
  for (let i = cands.length - 1; i >= 0; i--) {
    const c = cands[i]!;
    if (c.paragraph === last.index && c.type === 'indirect' && c.end >= end - 1) cands.splice(i, 1);
  }
}
