/**
 * What the article says a person is in the description set off right after their name (`Suharto
 * (45), pria asal Wonosari, …`, `Rina, lulusan Universitas X, …`, `Ahmed, a shopkeeper from Y,
 * …`): the appositive, read in names/appositive-after.ts as the cast reads its role there. The
 * cast keeps a role only for an office written before the name, so a description pointing back by
 * origin, schooling, kin or sex (`ujar pria asal Wonosari itu`) has nothing to agree with unless
 * these words are read too (description-agreement.ts, gender.ts).
 */
import { offsetOf, paragraphOf, pos, type Entity } from '../cast/entity';
import type { CastRecord } from '../cast/mention-record';
import { featureOn } from '../features';
import { readAppositive } from '../names/appositive-after';
import { isAlnumOrHyphenCp, runsOf } from '../text/chars';

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
    const a = readAppositive(text, offsetOf(r.end));
    if (!a || a.close !== ',') continue;
    const chunk = a.text;
    if (personStarts.has(pos(para, a.start))) continue;
    let intro = out.get(e);
    if (!intro) out.set(e, (intro = { texts: [], words: [] }));
    if (intro.texts.includes(chunk)) continue;
    intro.texts.push(chunk);
    intro.words.push(runsOf(chunk.toLowerCase(), isAlnumOrHyphenCp));
  }
  return out;
}
