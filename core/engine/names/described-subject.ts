/**
 * Subjects without a name before a pre-posed cue: a role description closed by a demonstrative
 * that points back to a known speaker (`Peneliti asal Jepang ini menyebut`), and an unnamed
 * subject opened by an indefinite or group word (`Seorang pejabat PBB mengatakan`). Split from
 * mention-before.ts, which reads the named subjects.
 */
import {
  DEFINITE,
  GROUP_HEADS,
  INDEFINITE,
  INDEFINITE_OPENERS,
  KIN_NOUNS,
  LISTED_COUNTS,
  MEMBER_NOUNS,
  NAMING_WORDS,
} from '../../lexicon/pronouns';
import { PERSON_NOUNS } from '../../lexicon/person-nouns';
import { ADVERBIAL_SUBORDINATORS, ORIGIN_WORDS, PREPOSITIONS } from '../../lexicon/prepositions';
import { featureOn } from '../features';
import { sentenceStart } from '../text/sentence-start';
import { isGivenName, isInnerName } from '../../lexicon/name-words';
import { HONORIFIC_SET } from '../../lexicon/honorifics';
import { isBracketedAge } from './age-phrase';
import { IDENTIFYING_WORDS, ORG_HEAD_SET, ROLE_HEAD_SET, ROLE_WORD_SET } from '../../lexicon/roles';
import { joinsUnitField } from './department';
import type { Mention } from './mention';
import { isLowerWord, type Token } from '../text/text';
import { isDigits, startsAlnum, startsUpper } from '../text/chars';
import { isBracketedAcronym } from '../text/bracketed';
import { SPACE_RUNS, isOneOf } from '../text/string-scans';

/**
 * `Peneliti asal Jepang ini menyebut`, `Penanggung Jawab Acara 212 itu mengatakan`: a role
 * description closed by a demonstrative (token `k`) refers back to a known speaker, as a title.
 */
export function describedBefore(toks: readonly Token[], k: number, text: string): Mention | null {
  // The words around the description only (joinsUnitField reads at most five on either side):
  // the whole paragraph for every demonstrative made a long line quadratic.
  const base = Math.max(0, k - 20);
  const near = toks.slice(base, k + 6).map(t => t.text);
  const region = regionSetOff(toks, k);
  let s = region;
  while (s > 0 && k - s < 12) {
    const w = toks[s - 1]!.text;
    // `Guru Besar Fakultas Kelautan dan Pesisir (FKP) Universitas X itu`: a bracketed acronym and a
    // `dan` joining a unit's field words continue the description.
    const inside = isBracketedAcronym(w) || joinsUnitField(near, s - 1 - base);
    if (startsUpper(w) || isDigits(w) || ROLE_WORD_SET.has(w) || w === 'asal' || inside) s--;
    else break;
  }
  // `Bekas ketua panitia lomba desa itu mengaku`: a description opening the sentence may
  // hold any common words between its role head and the demonstrative — up to the region set
  // off before it, if any (`Atlet kelahiran Tondano, Minahasa Raya, itu`).
  const opening = describedOpening(toks, region);
  if (opening >= 0 && opening < s) s = opening;
  const words = toks.slice(s, k).map(t => t.lower);
  if (s === opening && demonstrativeOfObject(words))
    return { kind: 'anonymous', text: text.slice(toks[s]!.start, toks[k]!.end) };
  // `Kementerian itu juga meminta`: an organisation head describes the organisation named before.
  // `Perempuan asal Ende itu mengatakan`, `Pria yang akrab disapa X itu menyebut`: a person noun
  // opening the sentence heads a description of someone introduced (title-speaker.ts leaves
  // one told by sex or age alone, `Perempuan paruh baya itu`, unnamed).
  const personHead = s === opening && PERSON_NOUNS.has(words[0] ?? '');
  const described =
    words.some(w => ROLE_HEAD_SET.has(w) || ORG_HEAD_SET.has(w)) ||
    (personHead && featureOn('names.personDescription'));
  if (!described) return null;
  return {
    kind: 'title',
    title: text.slice(toks[s]!.start, toks[k - 1]!.end),
    text: text.slice(toks[s]!.start, toks[k]!.end),
  };
}

/**
 * Where a description closed by the demonstrative at `k` opens its sentence, or -1: a few words
 * (`Bekas ketua panitia lomba desa itu`), or, when a person noun or a role head opens it with a
 * relative clause, as many as an unnamed subject's (`Perempuan yang menjahit kebaya sejak kelas
 * enam SD itu`, `Sopir yang tiap pagi mengantar anak-anak ke Gunung Kidul itu`;
 * names.describedRelativeSubject).
 */
function describedOpening(toks: readonly Token[], k: number): number {
  const opening = sentenceOpening(toks, k);
  if (opening < 0) {
    const fronted = afterFrontedAdjunct(toks, k);
    if (fronted >= 0) return fronted;
  }
  if (opening >= 0 || !featureOn('names.describedRelativeSubject')) return opening;
  const long = sentenceOpening(toks, k, MAX_RELATIVE_SUBJECT);
  if (long < 0) return -1;
  const first = toks[long]!.lower;
  const head = PERSON_NOUNS.has(first) || ROLE_HEAD_SET.has(first);
  const rel = toks.slice(long + 1, k).findIndex(t => t.lower === 'yang');
  return head && rel >= 0 && rel < MAX_HEAD ? long : -1;
}

/**
 * `Usai latihan, bek berusia 24 tahun itu menyebut …`, `Di tempat yang sama, pria asal
 * Solo itu menilai …`: a description opening its clause after a short adjunct fronted before the
 * subject (a preposition or an adverbial subordinator first, its comma closing it) opens as one opening the
 * sentence does (names.describedAfterAdjunct). Where the description starts, or -1.
 */
function afterFrontedAdjunct(toks: readonly Token[], k: number): number {
  if (!featureOn('names.describedAfterAdjunct')) return -1;
  const s = wordsBack(toks, k);
  if (s === k || toks[s - 1]?.text !== ',') return -1;
  const adjunct = sentenceOpening(toks, s - 1, MAX_ADJUNCT);
  if (adjunct < 0) return -1;
  const first = toks[adjunct]!.lower;
  return PREPOSITIONS.has(first) || ADVERBIAL_SUBORDINATORS.has(first) ? s : -1;
}

/** Most words of an adjunct fronted before a subject (`Dalam kesempatan yang sama`). */
const MAX_ADJUNCT = 5;

/**
 * `Pemain asal Ambon, Maluku, itu mengakui`, `Pemain kelahiran Ambon, Maluku, itu`: a short
 * capitalised region set off by commas right before the demonstrative at `k` belongs to the
 * description's origin, however that is written; the index the description is read back from
 * (the first comma), or `k` when there is none (names.regionBeforeDemonstrative).
 */
function regionSetOff(toks: readonly Token[], k: number): number {
  if (toks[k - 1]?.text !== ',' || !featureOn('names.regionBeforeDemonstrative')) return k;
  let j = k - 2;
  while (j >= 0 && k - 2 - j < REGION_MAX_WORDS && startsUpper(toks[j]!.text)) j--;
  if (j === k - 2 || toks[j]?.text !== ',' || !startsUpper(toks[j - 1]?.text ?? '')) return k;
  return j;
}

/** Most words of a region set off after a place (a province's name runs to three). */
const REGION_MAX_WORDS = 3;

/**
 * `Guru Besar Fakultas X (FX) Universitas Lembah Hijau itu`: a role ending in an organisation
 * head and closed by a demonstrative describes the last speaker; the words after the head name
 * the organisation, not a person (the pre-pass registers no one for them).
 */
export function namesInstitution(role: string | null, next: string | undefined): boolean {
  if (next !== 'itu' && next !== 'tersebut') return false;
  const words = role?.toLowerCase().split(SPACE_RUNS) ?? [];
  return ORG_HEAD_SET.has(words.at(-1) ?? '');
}

/**
 * Where the words before token `k` start a sentence (at most `max` words back, and with `brackets`
 * over bracketed acronyms too), or -1.
 */
function sentenceOpening(toks: readonly Token[], k: number, max = 8, brackets = false): number {
  const s = wordsBack(toks, k, max, brackets);
  const prev = toks[s - 1]?.text;
  return s < k && (prev === undefined || isOneOf(prev, '.!?')) ? s : -1;
}

/**
 * Where the words right before token `k` start: back over words (at most `max`, and with
 * `brackets` over bracketed acronyms too) to the first mark or the paragraph's start.
 */
function wordsBack(toks: readonly Token[], k: number, max = 8, brackets = false): number {
  let s = k;
  const steps = (w: string): boolean => startsAlnum(w) || (brackets && isBracketedAcronym(w));
  while (s > 0 && k - s < max && steps(toks[s - 1]!.text)) s--;
  return s;
}

/** `Seorang pejabat PBB mengatakan`: a lowercase subject opened by an indefinite word. */
export function anonymousBefore(toks: readonly Token[], k: number, text: string): Mention | null {
  const opening = unnamedRelativeOpening(toks, k);
  if (opening >= 0)
    return { kind: 'anonymous', text: text.slice(toks[opening]!.start, toks[k]!.end) };
  let s = k;
  while (s > 0 && toks[s - 1]!.text !== ',' && startsAlnum(toks[s - 1]!.text) && k - s < 8) s--;
  const words = toks.slice(s, k + 1).map(t => t.lower);
  // `tim kuasa hukumnya`, `sang penanya`: a group noun opening the clause is unnamed too.
  const idx = words.findIndex(
    (w, n) => INDEFINITE.has(w) || ((n === 0 || words[n - 1] === 'sang') && GROUP_HEADS.has(w)),
  );
  if (idx < 0) return null;
  const last = words[words.length - 1]!;
  if (DEFINITE.has(last))
    return {
      kind: 'title',
      title: text.slice(toks[s + idx]!.start, toks[k - 1]!.end),
      text: text.slice(toks[s + idx]!.start, toks[k]!.end),
    };
  return { kind: 'anonymous', text: text.slice(toks[s + idx]!.start, toks[k]!.end) };
}

/**
 * True when the demonstrative after `words` (a sentence's opening words) closes the object of a
 * preposition inside an indefinite subject (`Seorang pedagang di depan pasar tersebut mengatakan`,
 * `Salah seorang warga di sekitar sungai itu menuturkan`): an indefinite head is never the one a
 * demonstrative points back to, so the subject stays unnamed, not a description of somebody known.
 */
function demonstrativeOfObject(words: readonly string[]): boolean {
  if (modifierBeforeDemonstrative(words)) return true;
  if (!featureOn('names.indefiniteWithPlace') || !INDEFINITE.has(words[0] ?? '')) return false;
  return words.slice(1).some(w => PREPOSITIONS.has(w));
}

/**
 * `Seorang anggota koperasi itu mengatakan`, `Salah seorang pedagang pasar tersebut mengaku`: after
 * the determiner that brings in one new person (`seorang`, `salah seorang`) and its head noun, a
 * word before the demonstrative is the head's modifier, which the demonstrative closes (that
 * cooperative, that market); the person is still the new, unnamed one (discourse.unnamedPredicate).
 */
function modifierBeforeDemonstrative(words: readonly string[]): boolean {
  const head = words[0] === 'seorang' ? 1 : words[0] === 'salah' && words[1] === 'seorang' ? 2 : -1;
  return head > 0 && words.length > head + 1 && featureOn('discourse.unnamedPredicate');
}

/**
 * `Seorang sopir yang biasa mangkal di depan toko X mengatakan …`: a run right before the cue (tokens `s`
 * to `k`) that stands inside the relative clause of an unnamed subject opening the sentence is no
 * subject; the unnamed one is (names.relativeClauseRun). Null when the run opens the subject.
 */
export function unnamedAroundRun(
  toks: readonly Token[],
  s: number,
  k: number,
  text: string,
): Mention | null {
  // A lowercase word right before the run (`toko X`, `dari X`) makes it an object or a possessor
  // inside the clause; a naming or identifying word (`bernama X`, `yaitu X`) gives the subject's
  // own name. Asked first: this runs before nearly every named subject at a cue.
  const prev = toks[s - 1];
  if (!prev || !isLowerWord(prev.text) || NAMING_WORDS.has(prev.lower)) return null;
  if (IDENTIFYING_WORDS.has(prev.lower) || !featureOn('names.relativeClauseRun')) return null;
  const opening = unnamedRelativeOpening(toks, k);
  if (opening < 0) return null;
  // The clause's `yang` before the run.
  let yang = false;
  for (let j = opening; j < s && !yang; j++) yang = toks[j]!.lower === 'yang';
  return yang ? { kind: 'anonymous', text: text.slice(toks[opening]!.start, toks[k]!.end) } : null;
}

/** Most tokens from an unnamed subject's opening to the origin run before the cue. */
const MAX_ORIGIN_SUBJECT = 14;

/**
 * `Seorang pembeli, pedagang sayur asal X, mengatakan …`: a run right after an origin word (`asal`)
 * before the cue, in a sentence opened by an unnamed subject (`seorang`, `salah seorang`,
 * `sejumlah`, `beberapa`) with its lowercase description set off, is where that person comes from:
 * the subject is the unnamed one, never the place, unless a name word the corpora know follows the
 * place in the run (`asal Malaysia Ahmad Faizal`: the person named) (names.unnamedWithOrigin).
 * Null otherwise.
 */
export function unnamedWithOrigin(
  toks: readonly Token[],
  s: number,
  k: number,
  text: string,
): Mention | null {
  if (!ORIGIN_WORDS.has(toks[s - 1]?.lower ?? '') || !featureOn('names.unnamedWithOrigin'))
    return null;
  const o = sentenceStart(toks, s - 1);
  if (s - o > MAX_ORIGIN_SUBJECT || !INDEFINITE_OPENERS.has(toks[o]!.lower)) return null;
  // Lowercase words and the comma setting the description off, no name between (`Seorang
  // pedagang, Rina, warga asal X` names her).
  const between = toks.slice(o + 1, s);
  if (!between.some(t => t.text === ',')) return null;
  // `asal Malaysia Ahmad Faizal`: a given name after the place's first word, with a word after
  // it, names the person, who speaks (`asal Sri Lanka`, `asal Kota Agung` are places).
  for (let j = s + 1; j < k; j++)
    if (isGivenName(toks[j]!.text) || isInnerName(toks[j]!.text)) return null;
  if (!between.every(t => t.text === ',' || isLowerWord(t.text))) return null;
  return { kind: 'anonymous', text: text.slice(toks[o]!.start, toks[k]!.end) };
}

/**
 * `Seorang tetangga Wartinah mengatakan …`, `Salah seorang kerabat X menyebut …`: an unnamed person
 * described by their relation to the run after a kin noun is the subject; the name is whose
 * neighbour or relative they are (names.unnamedKinOf). Null otherwise.
 */
export function unnamedKinOf(
  toks: readonly Token[],
  s: number,
  k: number,
  text: string,
): Mention | null {
  const kin = toks[s - 1];
  if (!kin || !isLowerWord(kin.text) || !KIN_NOUNS.has(kin.lower)) return null;
  // `Seorang ibu Wartinah (45)`: `ibu`, `bapak` also say a woman, a man, and an age after the
  // name makes it the subject's own.
  if (HONORIFIC_SET.has(kin.lower) || isBracketedAge(toks[k + 1]?.text ?? '')) return null;
  // `seorang`, `salah seorang`, `salah satu`, `sejumlah`, `beberapa` right before the kin noun.
  const o = toks[s - 3]?.lower === 'salah' ? s - 3 : s - 2;
  if (!INDEFINITE_OPENERS.has(toks[o]?.lower ?? '') || !featureOn('names.unnamedKinOf'))
    return null;
  return { kind: 'anonymous', text: text.slice(toks[o]!.start, toks[k]!.end) };
}

/** Most words of an unnamed subject with its relative clause, from the sentence start to the cue. */
const MAX_RELATIVE_SUBJECT = 16;
/** Most words of the head before the relative clause of an unnamed subject. */
const MAX_HEAD = 9;

/**
 * `Seorang penjual yang sudah berdagang di los itu sejak masih remaja menuturkan …`, `Dua nelayan
 * yang sudah turun ke laut selama tiga dekade mengaku …`: the sentence opens with an unnamed subject (an
 * indefinite word, or a count before a person or member noun) whose relative clause runs up to
 * the cue ending at token `k`; the whole stretch is the subject, however long the clause. Where
 * it starts, or -1.
 */
function unnamedRelativeOpening(toks: readonly Token[], k: number): number {
  if (!featureOn('names.unnamedRelativeSubject')) return -1;
  // `Seorang relawan dari Palang Merah (PMR) yang …`: a bracketed acronym in the head.
  const brackets = featureOn('names.relativeSubjectAsides');
  const s = sentenceOpening(toks, k, MAX_RELATIVE_SUBJECT, brackets);
  if (s < 0) return -1;
  const words = toks.slice(s, k + 1).map(t => t.lower);
  const rel = words.indexOf('yang');
  const [first = '', second = ''] = words;
  const unnamed =
    INDEFINITE.has(first) ||
    (LISTED_COUNTS.has(first) && (PERSON_NOUNS.has(second) || MEMBER_NOUNS.has(second)));
  // The head before `yang` is a few words (`seorang ibu rumah tangga asal X`), its clause the rest;
  // a bracketed acronym there adds no word (it repeats the name before it).
  const acronyms = brackets ? words.slice(0, rel).filter(w => w.startsWith('(')).length : 0;
  return unnamed && rel > 0 && rel - acronyms <= MAX_HEAD && rel < words.length - 1 ? s : -1;
}
