/**
 * Office acronyms built from syllables (`Kadinkes` = KA-DIN-KES, `Kepala Dinas Kesehatan`;
 * `Kades` = `Kepala Desa`; `Kadishub` = `Kepala Dinas Perhubungan`): Indonesian
 * newsrooms name an office by a piece of each of its words, and a later bare mention of the
 * acronym means whoever the article introduced with the spelled-out role. Rather than list every
 * office, an acronym is read against a role: it splits into pieces, one per word of the role's
 * opening words in order, each piece the word's letters in order from its start — past a verbal
 * or nominal prefix (`per-`, `pen-`, `ke-`), as `hub` is taken from `perhubungan` and `dik` from
 * `pendidikan`, or past `per-ke-` (`bun` from `perkebunan`). `Kepala` gives `ka` (the one piece
 * that is no prefix of its word); a joining word (`dan`) gives none (names.acronymAcrossJoins),
 * and the word before it may give its first letter alone (`Kadispora`, names.acronymJoinedInitial).
 */

import type { Entity, Pos } from './entity';
import { ACTING_WORDS } from '../../lexicon/roles';
import { firstByRecency } from './by-recency';
import { featureOn } from '../features';
import { isAlnumOrHyphenCp, runsOf } from '../text/chars';
import { keptPerString } from '../text/kept-per-string';
import { PLAIN_ANDS } from '../../lexicon/conjunctions';
import { PHRASE_PIECES } from '../../lexicon/title-abbreviations';

/** Prefixes a piece may skip in its word (`perhubungan` → `hub`, `pendidikan` → `dik`). */
const PREFIXES: readonly string[] = ['per', 'pen', 'pem', 'peng', 'pe', 'ke'];

/** Pieces that stand for a whole word by convention rather than by its letters. */
export const WORD_PIECES: Readonly<Record<string, string>> = {
  kepala: 'ka',
  wakil: 'wa',
  // `Danpos` = `Komandan Pos`, `Danyon` = `Komandan Batalyon`: the military's commanders.
  komandan: 'dan',
  // `Kasi` = `Kepala Seksi`: the piece skips more letters than a piece may (`s…i`).
  seksi: 'si',
};

/**
 * The conventional piece of word `w` (`kepala` → `ka`), or undefined: own keys only, so a word
 * such as `constructor` never finds an inherited property of the object.
 */
export const pieceOf = (w: string): string | undefined =>
  Object.hasOwn(WORD_PIECES, w) ? WORD_PIECES[w] : undefined;

/** Shortest acronym read this way: shorter ones (`Ka`, `Wa`) are words, not offices. */
const MIN_LENGTH = 5;

/**
 * Where a piece of word `w` may start: at its first letter, or past a prefix (`per|hubungan`), or
 * past `per` and `ke` both (`per|ke|bunan` gives `bun`): a noun made with `per-…-an` from a root
 * that opens with `ke` keeps its root's last syllable in office acronyms (`Kadisbun`, Kepala Dinas
 * Perkebunan).
 */
const stemStarts = (w: string): number[] => {
  const out = [0];
  for (const p of PREFIXES) if (w.startsWith(p) && w.length > p.length + 2) out.push(p.length);
  if (w.startsWith(PER_KE) && w.length > PER_KE.length + 2) out.push(PER_KE.length);
  return out;
};

/** The two prefixes a `per-…-an` noun from a root in `ke` opens with (`perkebunan`). */
const PER_KE = 'perke';

/**
 * The letters an acronym whose first piece comes from word `w` can open with (the letter at a
 * stem start, or its conventional piece's): an index of role words by these finds every role an
 * acronym can be made from without trying the others. Kept per word (shared: never changed by a
 * caller): every role head of every person's lead-in is filed under them.
 */
export const openingLetters: (w: string) => readonly string[] = keptPerString(w => {
  const out = stemStarts(w).map(s => w[s]!);
  const conventional = pieceOf(w);
  if (conventional) out.push(conventional[0]!);
  return out;
});

/**
 * The two letters an acronym whose first piece comes from word `w` can open with: a piece has two
 * letters at least, its second within the three letters after its first (piecesOf skips at most
 * two), or it is the word's conventional piece. A finer index than openingLetters, for the
 * lead-ins of a text of many people: an acronym is tried against far fewer of them. Kept per word.
 */
export const openingPairs: (w: string) => readonly string[] = keptPerString(w => {
  const out = new Set<string>();
  for (const s of stemStarts(w))
    for (let d = 1; d <= 3 && s + d < w.length; d++) out.add(w[s]! + w[s + d]!);
  const conventional = pieceOf(w);
  if (conventional) out.add(conventional.slice(0, 2));
  return [...out];
});

/**
 * Most letters a piece skips between two it takes: two (`dik` from `pendidikan` skips `di`), or,
 * for the second of two words joined by `dan`, three (names.acronymLongSkip): `Kadispora` takes
 * `ora` from `olahraga`, skipping `lah`, as a compound gives its second root's first syllable
 * (`olah|raga`). Three everywhere let `kes` come from `ke(ber)s(ihan)` as well as `kesehatan`.
 */
const maxSkip = (afterJoin: boolean): number =>
  afterJoin && featureOn('names.acronymLongSkip') ? 3 : 2;

/**
 * Where in acronym `a` a piece of word `w` that starts at `a[i]` may end (each possible end).
 * `initial`: the word's (or its stem's) first letter alone is a piece too; `afterJoin`: the word
 * follows a joining `dan` (maxSkip).
 */
function piecesOf(a: string, i: number, w: string, initial = false, afterJoin = false): number[] {
  const out: number[] = [];
  const conventional = pieceOf(w);
  if (conventional && a.startsWith(conventional, i)) out.push(i + conventional.length);
  const skip = maxSkip(afterJoin);
  for (const s of stemStarts(w)) {
    // The piece opens with the word's (or its stem's) first letter, then takes letters in order.
    if (w[s] !== a[i]) continue;
    let k = i + 1;
    let j = s + 1;
    // Each longer piece is a candidate end: `din` or `dinas` from `dinas`.
    while (k <= a.length) {
      if (k - i >= 2 || initial) out.push(k);
      if (k === a.length) break;
      const at = w.indexOf(a[k]!, j);
      if (at < 0 || at - j > skip) break;
      j = at + 1;
      k++;
    }
  }
  return out;
}

/** `title` lowercased when it has an office acronym's shape (MIN_LENGTH ASCII letters or more), else null. */
export function acronymShape(title: string): string | null {
  if (title.length < MIN_LENGTH) return null;
  const a = title.toLowerCase();
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i);
    if (c < 0x61 || c > 0x7a) return null;
  }
  return a;
}

/**
 * True when lowercase `a` is made of pieces of the words of `roleWords` from index `from` on (the
 * opening words of that stretch), two at least. `from` instead of a slice: a lead-in is tried from
 * each of its role heads.
 */
function madeOf(a: string, roleWords: readonly string[], from = 0): boolean {
  // Depth-first over (position in the acronym, word index); small: an acronym has a few pieces.
  const walk = (i: number, word: number): boolean => {
    if (i === a.length) return word - from >= 2;
    const w = roleWords[word];
    if (!w) return false;
    // `Kepala Dinas Pertanian dan Perkebunan` → `Kadistanbun`: a joining word gives no piece.
    if (word > from && PLAIN_ANDS.includes(w) && featureOn('names.acronymAcrossJoins'))
      return walk(i, word + 1);
    const joined = PLAIN_ANDS.includes(roleWords[word - 1] ?? '');
    for (const end of piecesOf(a, i, w, beforeJoin(roleWords, word), joined))
      if (walk(end, word + 1)) return true;
    return false;
  };
  return walk(0, from);
}

/**
 * `Kepala Dinas Pemuda dan Olahraga` → `Kadispora` (KA-DIS-P-ORA): the first of two words joined
 * by `dan` may give its first letter alone (names.acronymJoinedInitial).
 */
const beforeJoin = (roleWords: readonly string[], word: number): boolean =>
  PLAIN_ANDS.includes(roleWords[word + 1] ?? '') && featureOn('names.acronymJoinedInitial');

/** Most words one acronym is made from (`Kepala Dinas Pertanian dan Perkebunan`). */
const MAX_ACRONYM_WORDS = 5;

/**
 * Where the run of `roleWords` that lowercase `a` is made of, from index `from`, ends (exclusive):
 * the shortest such run of two words or more, or -1 (cast/piecewise-title.ts).
 */
export function acronymSpan(a: string, roleWords: readonly string[], from: number): number {
  const last = Math.min(roleWords.length, from + MAX_ACRONYM_WORDS);
  for (let end = from + 2; end <= last; end++)
    if (madeOf(a, roleWords.slice(0, end), from)) return end;
  return -1;
}

/**
 * True when `acronym` (one word, `Kadinkes`) is made of pieces of the opening words of `roleWords`
 * (lowercase, `kepala dinas kesehatan kabupaten x`), two words at least.
 */
export function acronymOf(acronym: string, roleWords: readonly string[]): boolean {
  const a = acronymShape(acronym);
  return a !== null && madeOf(a, roleWords);
}

/**
 * True when `acronym` is made from a run of `words` that opens with a word `opens` accepts (a
 * role head), the run's words taken from there on: each start tried in turn, the acronym's shape
 * read once. The words are tried as written, then with the phrases offices shorten as one piece
 * folded (`Kepala Seksi Pidana Khusus` for `Kasipidsus`; names.phrasePieces).
 */
export function acronymFromAny(
  acronym: string,
  words: readonly string[],
  opens: (w: string) => boolean,
): boolean {
  const a = acronymShape(acronym);
  if (a === null) return false;
  if (madeFromRun(a, words, opens)) return true;
  if (!featureOn('names.phrasePieces') || !words.some(w => PHRASE_OPENERS.has(w))) return false;
  return madeFromRun(a, foldPhrases(words), opens);
}

/** True when `a` (an acronym's shape) is made from a run of `words` opening where `opens` accepts. */
function madeFromRun(a: string, words: readonly string[], opens: (w: string) => boolean): boolean {
  for (let j = 0; j + 1 < words.length; j++)
    if (opens(words[j]!) && madeOf(a, words, j)) return true;
  return false;
}

/** The first words of PHRASE_PIECES: a lead-in without one has nothing to fold. */
const PHRASE_OPENERS: ReadonlySet<string> = new Set(PHRASE_PIECES.map(([first]) => first));

/**
 * A role's lowercase words (`Kepala Dinas Kesehatan (Kadinkes) X` → `kepala dinas kesehatan …`),
 * with the phrases offices shorten as one piece folded to it (`tenaga kerja` → `naker`:
 * lexicon/title-abbreviations.ts PHRASE_PIECES; names.phrasePieces).
 */
const roleWords = (role: string): readonly string[] =>
  featureOn('names.phrasePieces') ? foldedWords(role) : plainWords(role);

const plainWords: (role: string) => readonly string[] = keptPerString(role =>
  runsOf(role.toLowerCase(), isAlnumOrHyphenCp),
);
const foldedWords: (role: string) => readonly string[] = keptPerString(role =>
  foldPhrases(plainWords(role)),
);

/** `words` with each phrase of PHRASE_PIECES replaced by its piece, as one word. */
function foldPhrases(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < words.length; k++) {
    const fold = PHRASE_PIECES.find(([a, b]) => words[k] === a && words[k + 1] === b);
    if (fold) k++;
    out.push(fold ? fold[2] : words[k]!);
  }
  return out;
}

/**
 * True when acronym `a` is made from `e`'s role, or from its role with the article's short forms
 * spelled out (`Kepala DKP X` read as `Kepala Dinas Kelautan dan Perikanan X` gives `Kadis`;
 * defined-short-forms.ts).
 */
const roleOf = (e: Entity, a: string): boolean =>
  (!!e.role && madeOf(a, roleWords(e.role))) ||
  (!!e.spelledRole && madeOf(a, roleWords(e.spelledRole)));

/**
 * The people of a cast with a role, filed by the letters an acronym made from their role can open
 * with (openingLetters of its first word), each list in the cast's order: an acronym is tried only
 * against the roles it can be made from, not against the whole cast (a long text of many people
 * made that titles × people). Filed on the first acronym asked about.
 */
export class AcronymIndex {
  private byInitial: Map<string, Entity[]> | null = null;
  /** Per acronym (acronymShape): the people whose role it is made from, in the cast's order. */
  private readonly made = new Map<string, readonly Entity[]>();
  constructor(private readonly all: readonly Entity[]) {}

  /**
   * The people whose role acronym `a` (acronymShape) is made from, in the cast's order: found once
   * per acronym (the cast is frozen), not tried again against every role at each of its mentions
   * (the same offices recur through a long text).
   */
  madeFrom(a: string): readonly Entity[] {
    let found = this.made.get(a);
    if (!found) {
      found = this.opening(a[0]!).filter(e => e.kind === 'person' && roleOf(e, a));
      this.made.set(a, found);
    }
    return found;
  }

  /** The people whose role an acronym opening with `letter` may be made from. */
  opening(letter: string): readonly Entity[] {
    if (!this.byInitial) {
      this.byInitial = new Map();
      for (const e of this.all) {
        const first = e.kind === 'person' && e.role ? roleWords(e.role)[0] : undefined;
        if (first === undefined) continue;
        for (const c of new Set(openingLetters(first))) {
          const list = this.byInitial.get(c);
          if (list) list.push(e);
          else this.byInitial.set(c, [e]);
        }
      }
    }
    return this.byInitial.get(letter) ?? [];
  }
}

/**
 * The person a one-word office acronym at `at` means (`kata Kadinkes`): the one whose role it is
 * made from (acronymOf), introduced latest before `at` first; null when no role fits, or when the
 * feature is off. Cast.byTitle asks it when no role holds the title's words; the shape is tested
 * once, before the cast is (only the people `index` files under the acronym's first letter).
 */
export function byAcronym(index: AcronymIndex, title: string, at: Pos): Entity | null {
  if (!featureOn('discourse.titleAcronym')) return null;
  const a = acronymShape(title);
  if (a === null) return null;
  return firstByRecency(index.madeFrom(a), at, () => true);
}

/**
 * The person a title ending in an organisation's acronym means (`ujar Juru Bicara Kemenkes`
 * after `Juru Bicara Kementerian Kesehatan Y`): the one whose role holds the title's
 * other words in a row with the acronym made of pieces of the words after them (madeOf),
 * introduced latest before `at` first (cast.titleAcronymTail). News copy spells a body out once,
 * then writes it by its syllable acronym inside the office's title. The frozen cast passes `kept`,
 * so a title is tried against the roles once, not at each of its mentions.
 */
export function byAcronymTail(
  all: readonly Entity[],
  title: string,
  at: Pos,
  kept?: Map<string, readonly Entity[]>,
): Entity | null {
  if (!featureOn('cast.titleAcronymTail')) return null;
  let holders = kept?.get(title);
  if (!holders) {
    holders = tailHolders(all, title);
    kept?.set(title, holders);
  }
  return holders.length ? firstByRecency(holders, at, () => true) : null;
}

/** The people of `all` (in its order) whose role a title ending in an acronym names (byAcronymTail). */
function tailHolders(all: readonly Entity[], title: string): readonly Entity[] {
  const t = roleWords(title);
  const a = t.length >= 2 ? acronymShape(t[t.length - 1]!) : null;
  if (a === null) return [];
  const lead = t.slice(0, -1);
  return all.filter(
    e =>
      e.kind === 'person' &&
      ((!!e.role && tailOf(roleWords(e.role), lead, a)) ||
        (!!e.spelledRole && tailOf(roleWords(e.spelledRole), lead, a))),
  );
}

/** True when `words` hold `lead` in a row, then words acronym `a` is made of. */
function tailOf(words: readonly string[], lead: readonly string[], a: string): boolean {
  for (let i = 0; i + lead.length < words.length; i++)
    if (lead.every((w, k) => words[i + k] === w) && madeOf(a, words, i + lead.length)) return true;
  return false;
}

/**
 * The ways the words of a title (lowercase) can name an office by acronym, each an acronym and
 * the words that must stand beside it in the office's introduction: without the acting words
 * (`plt kakanwil` → `kakanwil`); an acronym and the office's own words (`kalaksa bpbd`, the
 * `Kepala Pelaksana` of the BPBD); and the pieces spread over the words (`kasi intel` →
 * `kasiintel`, `Kepala Seksi Intelijen`; `dirjen hubdat`). A title of one word yields itself.
 */
export function officeReadings(title: readonly string[]): readonly (readonly string[])[] {
  const words = title.filter(w => !ACTING_WORDS.has(w));
  if (words.length <= 1) return words.length ? [words] : [];
  const joined = words.join('');
  return [words, [joined]].filter(([a = '']) => acronymShape(a) !== null);
}
