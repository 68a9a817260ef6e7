/**
 * Derives the shipped word lexicons (core/lexicon/generated/*.ts) from named public data, so no
 * place or name list is typed by hand. Pure functions over the sources' text; build.ts reads the
 * files and writes the output, and tests/core/generated-lexicons.test.ts re-derives it in memory
 * to check the committed files are up to date.
 *
 * Sources:
 * - `idn-area-data` (npm, v4; data under the ODbL 1.0, code MIT): provinces, regencies/cities and
 *   districts (kecamatan). Villages are left out: many are named like people.
 * - IndoNLU NER corpora (MIT): NERP (lowercase Indonesian news, PPL/PLC/IND/EVT/FNB tags) and
 *   NERGrit (cased, PERSON/PLACE/ORGANISATION), train splits only: the valid splits stay unseen,
 *   so `npm run lexicon:holdout` (holdout.ts) can score the name model on them.
 */

import { hasClubShape } from '../../core/lexicon/club-shape';
import {
  doubledConsonants,
  isAbstractNounShape,
  isAgentNounShape,
  isSuffixedVerbShape,
} from '../../core/engine/text/affix-shapes';

/** Per lowercase token: how often the corpora tag it as each kind. */
export interface TokenCounts {
  /** First token of a person's name. */
  perFirst: number;
  /** A later token of a person's name. */
  perInner: number;
  place: number;
  org: number;
  /** Outside any entity. */
  other: number;
}

/** Tags of both corpora mapped to our four kinds (events and food count as `other`). */
function kindOf(tag: string): 'perFirst' | 'perInner' | 'place' | 'org' | 'other' {
  if (tag === 'B-PPL' || tag === 'B-PERSON') return 'perFirst';
  if (tag === 'I-PPL' || tag === 'I-PERSON') return 'perInner';
  if (/^[BI]-(?:PLC|PLACE)$/u.test(tag)) return 'place';
  if (/^[BI]-(?:IND|ORGANISATION)$/u.test(tag)) return 'org';
  return 'other';
}

/** Counts each lowercase alphabetic token of `conll` texts (one `token\ttag` per line). */
export function countTokens(conll: readonly string[]): Map<string, TokenCounts> {
  const out = new Map<string, TokenCounts>();
  for (const text of conll)
    for (const line of text.split('\n')) {
      const [tok, tag] = line.split('\t');
      if (!tok || !tag) continue;
      const w = tok.toLowerCase();
      if (!/^\p{L}[\p{L}'-]*$/u.test(w)) continue;
      let c = out.get(w);
      if (!c) out.set(w, (c = { perFirst: 0, perInner: 0, place: 0, org: 0, other: 0 }));
      c[kindOf(tag.trim())]++;
    }
  return out;
}

/** Entity counts at or above this are kept; rarer tokens are noise and cost bytes. */
export const MIN_ENTITY_COUNT = 2;

/** The word classes that ship, each a sorted list of lowercase words. */
export interface NameClasses {
  /** Words that mostly open a person's name (`budi`, `ahmad`, `imam`). */
  personFirst: string[];
  /** Words that mostly continue one (`santoso`, `ali`). */
  personInner: string[];
  /** Words that mostly name organisations or teams (`united`, `airlines`). */
  org: string[];
}

/**
 * Each token tagged as an entity at least MIN_ENTITY_COUNT times goes to the class that dominates
 * its tags: a person class when person tags outnumber place and organisation tags together and
 * are at least half its untagged uses (so common words stay out), likewise an organisation.
 */
export function nameClasses(counts: ReadonlyMap<string, TokenCounts>): NameClasses {
  const out: NameClasses = { personFirst: [], personInner: [], org: [] };
  for (const [w, c] of counts) {
    const per = c.perFirst + c.perInner;
    if (per + c.place + c.org < MIN_ENTITY_COUNT) continue;
    if (per >= 2 && per >= c.place + c.org && 2 * per >= c.other)
      (c.perFirst >= c.perInner ? out.personFirst : out.personInner).push(w);
    else if (c.org >= 2 && c.org > per + c.place && 2 * c.org >= c.other) out.org.push(w);
  }
  for (const list of Object.values(out)) list.sort();
  return out;
}

/**
 * Indonesian football clubs are named after their association, `Persatuan Sepak Bola Indonesia` +
 * a place, so their names share the opening `Pers` + vowel; so do common nouns (`persen`,
 * `persatuan`) and ordinary given names (`Persada`). The corpora decide which such words name
 * organisations: tagged as one at least once, at least as often as a person or a place together,
 * and not more often untagged (`persis`, `exactly`, is mostly a common word). No count floor:
 * each club is mentioned rarely, and one organisation tag with no other use is evidence enough.
 */
export function clubWords(counts: ReadonlyMap<string, TokenCounts>): string[] {
  const out: string[] = [];
  for (const [w, c] of counts)
    if (
      hasClubShape(w) &&
      c.org >= 1 &&
      c.org >= c.perFirst + c.perInner + c.place &&
      c.org >= c.other
    )
      out.push(w);
  return out.sort();
}

/** CSV rows of `code,…,name` as names (the last field; the data has no quoted commas). */
function csvNames(csv: string): string[] {
  return csv
    .split('\n')
    .slice(1)
    .map(l => l.trim().split(',').pop() ?? '')
    .filter(Boolean);
}

/** `Kabupaten Aceh Selatan` → `aceh selatan`; `Kota Adm. Jakarta Pusat` → `jakarta pusat`. */
export function placeName(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/^(?:kabupaten|kota)(?:\s+adm\.|\s+administrasi)?\s+/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * Place words: every word of a province, regency/city or district name, unless the NER corpora
 * use it as a person's name at least as often as a place (`Sari`, `Jaya`, `Agung` are given names
 * too) or mostly as an untagged common word (`Baru`, `Air`), plus words the corpora tag as places far more often than anything else (foreign places).
 */
export function placeWords(
  areaCsvs: readonly string[],
  counts: ReadonlyMap<string, TokenCounts>,
): string[] {
  const out = new Set<string>();
  const personLike = (w: string) => {
    const c = counts.get(w);
    return !!c && c.perFirst + c.perInner >= Math.max(1, c.place);
  };
  // `Baru`, `Air`, `Aman`: a district word the news uses mostly untagged is a common word.
  const commonWord = (w: string) => {
    const c = counts.get(w);
    return !!c && c.other >= 10 && 2 * c.place < c.other;
  };
  for (const csv of areaCsvs)
    for (const name of csvNames(csv))
      for (const w of placeName(name).split(' '))
        if (/^\p{L}[\p{L}'-]{2,}$/u.test(w) && !personLike(w) && !commonWord(w)) out.add(w);
  for (const [w, c] of counts) {
    const entity = c.perFirst + c.perInner + c.place + c.org;
    if (c.place >= 3 && c.place >= 0.8 * entity && c.place >= c.other && !personLike(w)) out.add(w);
  }
  return [...out].sort();
}

/**
 * Regency and city names of two words or more whose words are not all place words (`Kubu Raya`,
 * `Tanah Datar`, `Lima Puluh Kota`): the whole name is a place though no word of it alone is one.
 * Each name's words joined by `_` (a list entry holds no space). Districts are left out: many of
 * their two-word names read as a person's (`Andam Dewi`).
 */
export function areaPhrases(regencyCsv: string, places: readonly string[]): string[] {
  const known = new Set(places);
  const out = new Set<string>();
  for (const name of csvNames(regencyCsv)) {
    const words = placeName(name).split(' ');
    if (
      words.length >= 2 &&
      words.every(w => /^\p{L}+$/u.test(w)) &&
      !words.every(w => known.has(w))
    )
      out.add(words.join('_'));
  }
  return [...out].sort();
}

/** A string literal split over lines of at most 96 characters, for a readable generated file. */
function literal(body: string): string {
  const chunks: string[] = [];
  for (let i = 0; i < body.length; i += 96) chunks.push(body.slice(i, i + 96));
  return chunks.map(c => `  ${JSON.stringify(c)}`).join(' +\n') || '  ""';
}

/** The TypeScript module text that ships word lists (`export const NAME = '…'`, space-separated). */
export function moduleText(header: string, lists: Record<string, readonly string[]>): string {
  const comment = header
    .trim()
    .split('\n')
    .map(l => (l ? `// ${l}` : '//'))
    .join('\n');
  const exports = Object.entries(lists).map(
    ([name, words]) => `export const ${name} =\n${literal(words.join(' '))};\n`,
  );
  return `${comment}\n// Generated by \`npm run lexicon\` (scripts/lexicon); do not edit by hand.\n\n${exports.join('\n')}`;
}

/**
 * Every word of every area name, villages included (`Sukamaju`, `Cikarang`, `Tegalrejo`): the place
 * side of the word-shape model below. Villages are fine here: the model learns how place names are
 * spelled, not which words are places.
 */
export function areaWordTypes(areaCsvs: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const csv of areaCsvs)
    for (const name of csvNames(csv))
      for (const w of placeName(name).split(' ')) if (/^[a-z][a-z'-]{2,}$/u.test(w)) out.add(w);
  return out;
}

/** Words the NER corpora tag inside a person's name at least once (either position), lowercase. */
export function personWordTypes(counts: ReadonlyMap<string, TokenCounts>): Set<string> {
  const out = new Set<string>();
  for (const [w, c] of counts)
    if (c.perFirst + c.perInner > 0 && /^[a-z][a-z'-]{2,}$/u.test(w)) out.add(w);
  return out;
}

/** A word's letter trigrams, its start and end marked (`^su suk uka … ju$`), each once. */
export function trigrams(w: string): Set<string> {
  const s = `^${w}$`;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= s.length; i++) out.add(s.slice(i, i + 3));
  return out;
}

/** Trigrams seen in fewer word types than this (both sides together) carry no weight and do not ship. */
export const SHAPE_MIN_TYPES = 20;
/** A trigram ships when its log-odds reach this size: weaker ones cost bytes and say little. */
export const SHAPE_MIN_LOG_ODDS = 0.5;
/** The log-odds are shipped in steps of this size (level k means k × SHAPE_STEP). */
export const SHAPE_STEP = 0.5;
/** Levels are capped at ± this many steps, so no one trigram decides a word alone. */
export const SHAPE_MAX_LEVEL = 4;

/**
 * The word-shape model: per letter trigram, the log-odds that a word holding it is a place's
 * rather than a person's, from word types only on one side (`placeTypes` minus `personTypes` and
 * the other way round), in steps of SHAPE_STEP, pruned as the constants above say. Returned per
 * level (non-zero, from -SHAPE_MAX_LEVEL to +SHAPE_MAX_LEVEL), each a sorted list of trigrams.
 * Indonesian village names are built from a few dozen place morphemes (`suka-`, `ci-`, `-rejo`,
 * `-jaya`, `tanjung`), and Javanese and Arabic given names end otherwise (`-no`, `-to`, `-man`,
 * `-il`), so a word no lexicon knows is still recognisably one or the other: `npm run
 * lexicon:holdout` scores the model on word types it was not fitted on.
 */
export function shapeLevels(
  placeTypes: ReadonlySet<string>,
  personTypes: ReadonlySet<string>,
): Map<number, string[]> {
  const places = [...placeTypes].filter(w => !personTypes.has(w));
  const people = [...personTypes].filter(w => !placeTypes.has(w));
  const count = (ws: readonly string[]) => {
    const c = new Map<string, number>();
    for (const w of ws) for (const g of trigrams(w)) c.set(g, (c.get(g) ?? 0) + 1);
    return c;
  };
  const cp = count(places);
  const cq = count(people);
  const out = new Map<number, string[]>();
  for (const g of new Set([...cp.keys(), ...cq.keys()])) {
    const a = cp.get(g) ?? 0;
    const b = cq.get(g) ?? 0;
    if (a + b < SHAPE_MIN_TYPES) continue;
    const r = Math.log((a + 0.5) / (places.length + 1)) - Math.log((b + 0.5) / (people.length + 1));
    const level = Math.max(-SHAPE_MAX_LEVEL, Math.min(SHAPE_MAX_LEVEL, Math.round(r / SHAPE_STEP)));
    if (Math.abs(r) < SHAPE_MIN_LOG_ODDS || level === 0) continue;
    out.set(level, [...(out.get(level) ?? []), g]);
  }
  for (const list of out.values()) list.sort();
  return new Map([...out].sort(([a], [b]) => a - b));
}

/** A place word whose entity tags are at least this share a person's may be a given name too. */
export const PLACE_PERSON_SHARE = 0.15;

/** The share of a word's entity tags that are a person's (0 for a word never tagged). */
export function personShare(c: TokenCounts | undefined): number {
  if (!c) return 0;
  const per = c.perFirst + c.perInner;
  return per / Math.max(1, per + c.place + c.org);
}

/**
 * The consonant letters Indonesian derivation doubles: each consonant doubled in some word of the
 * corpora with a derived shape (`ke-…-an`, `pe(N)-…`, `meN-/ber-/ter-…-an`, seven letters or more)
 * that they leave untagged more often than they tag it (a common word, not a name). `penggunaan`
 * doubles g (a nasal before g), `menaikkan` k (a stem's k before `-kan`); a surname that only looks
 * derived doubles others (`Kellerman`).
 */
export function derivationDoubles(counts: ReadonlyMap<string, TokenCounts>): string[] {
  const out = new Set<string>();
  for (const [w, c] of counts) {
    if (w.length < 7 || !/^[a-z]+$/u.test(w)) continue;
    if (!(isAbstractNounShape(w) || isAgentNounShape(w) || isSuffixedVerbShape(w))) continue;
    if (c.other <= c.perFirst + c.perInner + c.place + c.org) continue;
    for (const c of doubledConsonants(w)) out.add(c);
  }
  return [...out].sort();
}

/**
 * Words ending in `-nya` (seven letters or more) that the corpora tag inside a person's name at
 * all (`nyonya`, an honorific). Every other such word is a possessed noun or a sentence adverb
 * (`Akhirnya`, `Bedanya`, `Adiknya`), never a name word: of the corpora's thousands of `-nya`
 * tokens, these are the only ones ever tagged in a person's name.
 */
export function nyaPersonWords(counts: ReadonlyMap<string, TokenCounts>): string[] {
  const out: string[] = [];
  for (const [w, c] of counts)
    if (w.length >= 7 && w.endsWith('nya') && c.perFirst + c.perInner > 0) out.push(w);
  return out.sort();
}

/** How many tokens of `-nya` words (seven letters or more) the corpora hold, tagged or not. */
export function nyaTokenCount(counts: ReadonlyMap<string, TokenCounts>): number {
  let n = 0;
  for (const [w, c] of counts)
    if (w.length >= 7 && w.endsWith('nya'))
      n += c.perFirst + c.perInner + c.place + c.org + c.other;
  return n;
}
