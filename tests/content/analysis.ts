/**
 * Test helper: builds an engine `Analysis` by hand, locating each quote's text in its paragraph,
 * so highlighter tests do not depend on the engine's current output.
 */
import { SCHEMA_VERSION, type Analysis, type Quote, type Speaker } from '../../core/types';

/** One quote to place: its exact text inside paragraph `paragraph`, and its speakers' names. */
export interface QuoteSpec {
  paragraph: number;
  text: string;
  speakers?: string[];
  /** Which occurrence of `text` in the paragraph (default the first). */
  occurrence?: number;
  cue?: string | null;
  mention?: string | null;
}

/** An Analysis for `paragraphs` (their text) with `specs` as quotes `q1`, `q2`, … */
export function analysisOf(paragraphs: readonly string[], specs: QuoteSpec[]): Analysis {
  const speakers: Speaker[] = [];
  const speakerId = (name: string) => {
    let speaker = speakers.find(s => s.name === name);
    if (!speaker) {
      speaker = { id: `s${speakers.length + 1}`, name, role: null, aliases: [], kind: 'person' };
      speakers.push(speaker);
    }
    return speaker.id;
  };
  const quotes: Quote[] = [];
  const spans: Analysis['spans'] = {};
  specs.forEach((spec, i) => {
    const id = `q${i + 1}`;
    const source = paragraphs[spec.paragraph]!;
    let start = -1;
    for (let n = 0; n <= (spec.occurrence ?? 0); n++) start = source.indexOf(spec.text, start + 1);
    if (start < 0) throw new Error(`"${spec.text}" is not in paragraph ${spec.paragraph}`);
    quotes.push({
      id,
      type: 'direct',
      text: spec.text,
      speakerIds: (spec.speakers ?? []).map(speakerId),
      cue: spec.cue ?? 'kata',
      mention: spec.mention ?? null,
      paragraph: spec.paragraph,
    });
    spans[id] = { paragraph: spec.paragraph, start, end: start + spec.text.length };
  });
  return {
    result: {
      schemaVersion: SCHEMA_VERSION,
      article: { isArticle: true, url: null, title: null, published: null, byline: null },
      speakers,
      quotes,
    },
    spans,
  };
}
