/**
 * What the article says a person is in the description set off right after their name (`Suharto
 * (45), pria asal Wonosari, …`, `Rina, lulusan Universitas X, …`, `Ahmed, a shopkeeper from Y,
 * …`): the appositive. The cast keeps a role only for an office written before the name, so a
 * description pointing back by origin, schooling, kin or sex (`ujar pria asal Wonosari itu`) has
 * nothing to agree with unless these words are read too (description-agreement.ts, gender.ts).
 */
import { offsetOf, paragraphOf, pos, type Entity } from '../cast/entity';
import type { CastRecord } from '../cast/mention-record';
import { featureOn } from '../features';
import { isAlnumOrHyphenCp, runsOf } from '../text/chars';
import { isAbbreviation } from '../text/text';

/** Most characters read as one appositive. */
const REACH = 80;

/** `45`, `45 tahun`, `45 years old`: an age alone, after which the description may go on. */
const AGE_ONLY = /^\d{1,3}(?:\s+(?:tahun|years?(?:\s+old)?))?$/iu;

/** Most words read as one appositive: a longer run is a clause (`Menurut X, pembeli kini …`). */
const MOST_WORDS = 8;

/**
 * The description set off by commas right after a name ending at `from` in `text` (after an
 * optional bracketed note, `X (45), …`): up to its closing comma, which a clause after a framing
 * comma (`Menurut X, pembeli kini mengurangi belanja.`) does not have; an age alone there (`X,
 * 45, a farmer, …`) is stepped over to the description after it. Null when there is none.
 */
export function appositiveAfter(text: string, from: number): string | null {
  let rest = text.slice(from, from + REACH + 40);
  rest = rest.replace(/^\s*\([^()]{0,40}\)/u, '');
  if (!rest.startsWith(',')) return null;
  for (let k = 0; k < 2; k++) {
    rest = rest.slice(1).trimStart();
    const end = appositiveEnd(rest);
    const chunk = (end < 0 ? rest : rest.slice(0, end)).trim();
    if (!chunk || chunk.length > REACH || chunk.split(/\s+/u).length > MOST_WORDS) return null;
    // A comma inside a number (`Rp 12,5 juta`) closes nothing.
    if (end < 0 || rest[end] !== ',' || /\d/u.test(rest[end + 1] ?? '')) return null;
    if (!AGE_ONLY.test(chunk)) return chunk;
    rest = rest.slice(end);
  }
  return null;
}

/** Where the appositive opening `rest` ends: a stop mark, but no abbreviation's dot (`Jl.`). */
function appositiveEnd(rest: string): number {
  const stop = /[,.;:!?()“”"]|\s[-–—]\s/gu;
  for (let m = stop.exec(rest); m; m = stop.exec(rest)) {
    if (m[0] !== '.' || !featureOn('cast.abbreviationInRole')) return m.index;
    const word = /[\p{L}]+$/u.exec(rest.slice(0, m.index))?.[0] ?? '';
    if (!isAbbreviation(word)) return m.index;
  }
  return -1;
}

/** The appositives of one person, as written and as lowercase words. */
export interface Introduction {
  readonly texts: readonly string[];
  readonly words: readonly (readonly string[])[];
}

/**
 * Each person's appositives over the article (empty with `discourse.appositiveWords` off): for
 * every mention of a person, the description set off after it, unless another person's name
 * opens it (`A, B, dan C`: a list, no description).
 */
export function readIntroductions(
  records: readonly CastRecord[],
  texts: ReadonlyMap<number, string>,
): ReadonlyMap<Entity, Introduction> {
  const out = new Map<Entity, { texts: string[]; words: string[][] }>();
  if (!featureOn('discourse.appositiveWords')) return out;
  const personStarts = new Set(records.filter(r => r.entity?.kind === 'person').map(r => r.at));
  for (const r of records) {
    const e = r.entity;
    if (!e || e.kind !== 'person') continue;
    const para = paragraphOf(r.end);
    const text = texts.get(para) ?? '';
    const chunk = appositiveAfter(text, offsetOf(r.end));
    if (!chunk) continue;
    if (personStarts.has(pos(para, text.indexOf(chunk, offsetOf(r.end))))) continue;
    let intro = out.get(e);
    if (!intro) out.set(e, (intro = { texts: [], words: [] }));
    if (intro.texts.includes(chunk)) continue;
    intro.texts.push(chunk);
    intro.words.push(runsOf(chunk.toLowerCase(), isAlnumOrHyphenCp));
  }
  return out;
}
