/**
 * What the article says a person is in the description set off right after their name (`Suharto
 * (45), pria asal Wonosari, …`, `Rina, lulusan Universitas X, …`, `Ahmed, a shopkeeper from Y,
 * …`): the appositive, read in names/appositive-after.ts as the cast reads its role there. The
 * cast keeps a role only for an office written before the name, so a description pointing back by
 * origin, schooling, kin or sex (`ujar pria asal Wonosari itu`) has nothing to agree with unless
 * these words are read too (description-agreement.ts, gender.ts).
 */
import { offsetOf, paragraphOf, pos, type Entity, type Pos } from '../cast/entity';
import type { CastRecord } from '../cast/mention-record';
import { featureOn } from '../features';
import { readAppositive, type Appositive } from '../names/appositive-after';
import { isAlnumOrHyphenCp, runsOf } from '../text/chars';
import { isSubjectRole } from '../cast/mention-record';
import { PERSON_NOUN_GENDER, PERSON_NOUNS } from '../../lexicon/person-nouns';
import { descriptionGender } from './description-gender';
import { OCCUPATION_SET, ROLE_HEAD_SET } from '../../lexicon/roles';
import { PREPOSITIONS } from '../../lexicon/prepositions';
import { SPACE_RUNS } from '../text/string-scans';
import type { DocIndex } from './doc-index';
import { definiteOpening } from './person-description';

/** The appositives of one person, as written and as lowercase words. */
export interface Introduction {
  readonly texts: readonly string[];
  readonly words: readonly (readonly string[])[];
  /**
   * Where a sentence opened with a definite description that goes on about the person named as
   * the subject just before (`X menunggui oven. Perempuan berusia 80 tahun itu …`): the writer
   * dwells on them (describedAfterSubject).
   */
  readonly goneOnAt: readonly Pos[];
  /**
   * Where a mention of the person starts that a description headed by a person noun or a trade
   * is set off after (`… dibimbing oleh X, ustazah asal Y.`): the article presents them there
   * (discourse/presented-aside.ts).
   */
  readonly describedAt: readonly Pos[];
}

/**
 * Each person's appositives over the article (empty with `discourse.appositiveWords` off): for
 * every mention of a person, the description set off after it, unless another person's name
 * opens it (`A, B, dan C`: a list, no description).
 */
export function readIntroductions(
  records: readonly CastRecord[],
  texts: ReadonlyMap<number, string>,
  doc?: DocIndex,
): ReadonlyMap<Entity, Introduction> {
  const out = new Map<Entity, Building>();
  if (!featureOn('discourse.appositiveWords')) return out;
  const introOf = (e: Entity): Building => {
    let intro = out.get(e);
    if (!intro) out.set(e, (intro = { texts: [], words: [], goneOnAt: [], describedAt: [] }));
    return intro;
  };
  const add = (e: Entity, chunk: string) => {
    const intro = introOf(e);
    if (intro.texts.includes(chunk)) return;
    intro.texts.push(chunk);
    intro.words.push(runsOf(chunk.toLowerCase(), isAlnumOrHyphenCp));
  };
  const personStarts = new Set(records.filter(r => r.entity?.kind === 'person').map(r => r.at));
  for (const r of records) {
    const e = r.entity;
    if (!e || e.kind !== 'person') continue;
    const para = paragraphOf(r.end);
    const text = texts.get(para) ?? '';
    const origin = predicateOrigin(text.slice(offsetOf(r.end), offsetOf(r.end) + ORIGIN_REACH));
    if (origin) add(e, origin);
    const a = readAppositive(text, offsetOf(r.end));
    if (!a || (a.close !== ',' && !closesSentence(a, r))) continue;
    const chunk = a.text;
    if (personStarts.has(pos(para, a.start))) continue;
    add(e, chunk);
    if (describesPerson(chunk)) introOf(e).describedAt.push(r.at);
  }
  if (doc && featureOn('discourse.definiteDescriptionIntroduces'))
    for (const [e, chunk, at] of describedAfterSubject(records, doc)) {
      add(e, chunk);
      introOf(e).goneOnAt.push(at);
    }
  return out;
}

/** An Introduction while readIntroductions fills it. */
interface Building {
  texts: string[];
  words: string[][];
  goneOnAt: Pos[];
  describedAt: Pos[];
}

/** Heads of a description that tells what a person is (describesPerson). */
const PERSON_HEADS: ReadonlySet<string> = new Set([
  ...PERSON_NOUNS,
  ...PERSON_NOUN_GENDER.keys(),
  ...OCCUPATION_SET,
  ...ROLE_HEAD_SET,
]);

/**
 * True when `description` opens with a noun for a person (`ustazah …`, `mahasiswi …`, `guru
 * …`, `ibu dua anak`): a clause after the comma (`lalu merembet …`, `kemarin`) describes nobody.
 */
function describesPerson(description: string): boolean {
  return PERSON_HEADS.has(description.split(' ', 1)[0]!.toLowerCase());
}

/**
 * `… dibimbing oleh X, ustazah asal Y.`: a description that ends the sentence
 * after a name that is no subject is what the article says that person is, as one closed by a
 * comma is (discourse.sentenceEndingAppositive). After a subject the dot ends a clause of its own
 * (`Pelatihnya Budi, mantan pemain.` is rare; `X, 45.` an age), so only there is it not read.
 */
function closesSentence(a: Appositive, r: CastRecord): boolean {
  return (
    a.close === '.' &&
    !isSubjectRole(r.sentenceRole) &&
    describesPerson(a.text) &&
    featureOn('discourse.sentenceEndingAppositive')
  );
}

/** Most characters after a name read for the origin its clause tells. */
const ORIGIN_REACH = 80;

/**
 * `X berasal dari Wamena …`, `Y lahir di Kupang …`: where a person comes from told by the clause
 * right after their name, as `asal Wamena` (the words a description by origin writes, `guru asal
 * Wamena itu`); only capitalised place words, up to the first word that is not one
 * (discourse.predicateOrigin).
 */
const PREDICATE_ORIGIN =
  /^\s+(?:berasal dari|asal|lahir di|kelahiran)\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)/u;

/** `asal` and the place the clause after a name tells its person comes from, or null. */
function predicateOrigin(after: string): string | null {
  if (!featureOn('discourse.predicateOrigin')) return null;
  const m = PREDICATE_ORIGIN.exec(after);
  return m ? `asal ${m[1]!}` : null;
}

/** Heads of a description that goes on about a person: a person noun or a trade (`Nelayan`). */
const DESCRIBING_HEADS: ReadonlySet<string> = new Set([...PERSON_NOUNS, ...OCCUPATION_SET]);
/** Most sentences back from a description to the subject it goes on about. */
const SENTENCES_BACK = 2;

/**
 * `Sutrisno (50) masih dirawat. Petani asal Desa X itu adalah …`: a sentence opening with a
 * definite description goes on about the person the text was about (person-description.ts), so
 * the description is what the writer says that person is, as an appositive would be: the subject
 * of one of the two sentences before, when no other person is named from that subject on and the
 * description's head noun is not used in between (`… bertemu seorang petani. Petani itu …`).
 */
function describedAfterSubject(
  records: readonly CastRecord[],
  doc: DocIndex,
): [Entity, string, Pos][] {
  const found: [Entity, string, Pos][] = [];
  const starts = doc.sentenceStarts();
  let k = 0;
  starts.forEach((start, n) => {
    while (k < records.length && records[k]!.at < start) k++;
    const text = doc.texts.get(paragraphOf(start)) ?? '';
    const opening = text.slice(offsetOf(start), offsetOf(start) + 160);
    const phrase =
      definiteOpening(opening, DESCRIBING_HEADS) ??
      definiteOpening(afterFrontedAdjunct(opening), DESCRIBING_HEADS);
    // `Pria yang ditangkap itu …`: a passive relative clause tells what was done to somebody,
    // often the person the subject before acted on, not what that subject is.
    if (!phrase || passiveRelative(phrase)) return;
    const person = subjectBefore(records, k, doc, n, phrase);
    if (!person) return;
    const head =
      phrase.split(' ')[phrase.startsWith('Sang ') || phrase.startsWith('sang ') ? 1 : 0]!;
    if (doc.wordBetween(person.at, start, head.toLowerCase())) return;
    found.push([person.entity!, phrase, start]);
  });
  return found;
}

/** Most words of an adjunct fronted before a sentence's subject (`Dari kursi rotannya,`). */
const MAX_ADJUNCT_WORDS = 6;

/**
 * `Dari kursi rotannya, perempuan itu …`: the sentence after a short adjunct opened by a
 * preposition and closed by a comma (discourse.describedAfterAdjunct), or '' when it has none.
 */
function afterFrontedAdjunct(opening: string): string {
  if (!featureOn('discourse.describedAfterAdjunct')) return '';
  const comma = opening.indexOf(',');
  if (comma < 0) return '';
  const adjunct = opening.slice(0, comma).split(SPACE_RUNS);
  if (adjunct.length > MAX_ADJUNCT_WORDS || !PREPOSITIONS.has(adjunct[0]!.toLowerCase())) return '';
  return opening.slice(comma + 1);
}

/** True when `phrase` holds `yang di…`, a relative clause in the passive (`yang ditangkap`). */
function passiveRelative(phrase: string): boolean {
  const words = phrase.split(' ');
  const k = words.indexOf('yang');
  const verb = k >= 0 ? (words[k + 1] ?? '') : '';
  return verb.startsWith('di') && verb.length > 4;
}

/**
 * The record of the one person named as a subject in the `SENTENCES_BACK` sentences before
 * sentence `n` (records before index `k`), when no other person is named from it on; `phrase`
 * is the description that goes on about them.
 */
function subjectBefore(
  records: readonly CastRecord[],
  k: number,
  doc: DocIndex,
  n: number,
  phrase: string,
): CastRecord | null {
  let person: CastRecord | null = null;
  for (let i = k - 1; i >= 0; i--) {
    const r = records[i]!;
    if (n - doc.sentence(r.at) > SENTENCES_BACK) break;
    const e = r.entity;
    if (!e || e.kind !== 'person') continue;
    if (person && person.entity !== e) return null;
    person = r;
    // `Ibunda X, Y, duduk …`: people named before the subject (whose kin it is) are not named
    // from it on (discourse.subjectAfterOthers), when the kin word tells no other sex than the
    // description (`Suami X, Y, hilang. Perempuan itu …` goes on about X).
    if (
      isSubjectRole(r.sentenceRole) &&
      featureOn('discourse.subjectAfterOthers') &&
      kinAgrees(doc, r, phrase)
    )
      break;
  }
  return person && isSubjectRole(person.sentenceRole) ? person : null;
}

/**
 * True when the kin word opening the sentence of subject `r` (`Ibunda X, Y, …`, `Suami X, Y, …`)
 * tells no sex other than the one description `phrase` tells.
 */
function kinAgrees(doc: DocIndex, r: CastRecord, phrase: string): boolean {
  const text = doc.texts.get(paragraphOf(r.at)) ?? '';
  const opening = text.slice(doc.sentenceStart(r.at), offsetOf(r.at)).trim();
  const kin = PERSON_NOUN_GENDER.get(opening.split(SPACE_RUNS, 1)[0]!.toLowerCase());
  const sex = descriptionGender(phrase, false);
  return !kin || !sex || kin === sex;
}
