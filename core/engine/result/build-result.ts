/**
 * Turns resolved quotes into the public schema: speaker ids in order of first quote, quote ids in
 * text order, each quote's cue and mention as written, and the span of its text.
 */
import {
  SCHEMA_VERSION,
  type Analysis,
  type ArticleInfo,
  type Quote,
  type Speaker,
} from '../../types';
import type { Entity } from '../cast/entity';
import type { Resolved } from '../discourse/resolve';

/** Builds the Analysis from resolved quotes (already in text order). */
export function buildResult(
  resolved: readonly Resolved[],
  paragraphs: readonly string[],
  article: ArticleInfo,
): Analysis {
  const ids = new Map<Entity, string>();
  const speakers: Speaker[] = [];
  const quotes: Quote[] = [];
  const spans: Analysis['spans'] = {};
  for (const r of resolved) {
    if (r.unsaid) continue;
    for (const e of r.entities) {
      if (ids.has(e)) continue;
      const id = `s${ids.size + 1}`;
      ids.set(e, id);
      speakers.push({
        id,
        name: e.name,
        // A relative’s relation (`suami`), or a role only a clause of its own gives, stands for
        // the role they do not hold.
        role: e.role ?? e.relation ?? e.predicated ?? null,
        aliases: [...e.aliases].filter(a => a !== e.name),
        kind: e.kind,
      });
    }
    const id = `q${quotes.length + 1}`;
    quotes.push({
      id,
      type: r.type,
      text: paragraphs[r.paragraph]!.slice(r.start, r.end),
      speakerIds: r.entities.map(e => ids.get(e)!),
      cue: r.cue,
      mention: r.mention ? r.mention.text : null,
      paragraph: r.paragraph,
    });
    spans[id] = { paragraph: r.paragraph, start: r.start, end: r.end };
  }
  return { result: { schemaVersion: SCHEMA_VERSION, article, speakers, quotes }, spans };
}
