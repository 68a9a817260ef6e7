/**
 * A bare title that no cast role holds (`Dirjen menambahkan`, `kata Sekjen`, `Hakim Ketua meminta`)
 * still means the person the article introduced with it, when the role reader did not tie the
 * role to the name: a role set off by a comma and an academic title (`Direktur Jenderal X, Dr Nama,
 * MSc,`), a rank read as the role (`Kapolres Y Kombes Pol. Nama`), a role followed by a relative
 * clause (`Sekretaris Jenderal (Sekjen) Partai Z yang …, Nama`). The words are read off the text:
 * the person's mention with the words before it back to the start of its sentence (its lead-in),
 * and the title matches when those words hold it — as a run of spelled-out words (`titleTokens`)
 * with a role head among them, or as an office acronym made from a run of them opening with a
 * role head (`Dirjen` from `Direktur Jenderal`, cast/title-acronym.ts): a description that names
 * no office (`ekspor rumput laut itu`) is never a title. The latest such mention before the title wins; a title the article never
 * spelled out before it stays unresolved.
 */
import { offsetOf, paragraphOf, type Entity, type Pos } from '../cast/entity';
import type { CastRecord } from '../cast/mention-record';
import {
  WORD_PIECES,
  acronymFromAny,
  acronymShape,
  officeReadings,
  openingPairs,
  pieceOf,
} from '../cast/title-acronym';
import { isGivenName } from '../../lexicon/name-words';
import { INDEFINITE } from '../../lexicon/pronouns';
import { ROLE_HEAD_SET, ROLE_WORD_SET, SUBORDINATE_OFFICE } from '../../lexicon/roles';
import { isVerbShape } from '../text/affix-shapes';
import { TITLE_SYNONYMS } from '../../lexicon/title-synonyms';
import { titleTokens } from '../names/title-form';
import { partitionPoint } from '../text/partition-point';
import { featureOn } from '../features';
import { keptPerString } from '../text/kept-per-string';
import { isLetterCp, startsUpper } from '../text/chars';
import { SPACE_RUNS } from '../text/string-scans';

/** Longest lead-in read before a name, in characters: a role with its office, place and rank. */
const MAX_LEAD_IN = 200;

/** Words that frame a title without changing whom it means (`sang pelatih`, `Dirjen itu`). */
const FRAME: ReadonlySet<string> = new Set([
  'itu',
  'tersebut',
  'ini',
  'sang',
  'mantan',
  'pak',
  'bu',
]);

/** Marks that end the walk back: the lead-in is the name's own sentence, never a quote. */
const STOPS: ReadonlySet<string> = new Set([';', '"', '“', '”', '‘', '’']);

/**
 * A full stop ends a sentence unless it closes a short abbreviation (`Pol.`, `Dr.`, `H.`, `Moch.`)
 * that ranks and honorifics put inside a lead-in.
 */
function endsSentenceAt(text: string, k: number): boolean {
  const ch = text[k];
  if ((ch !== '.' && ch !== '?' && ch !== '!') || text[k + 1] !== ' ') return false;
  if (ch !== '.') return true;
  let w = k;
  while (w > 0 && isLetterCp(text.charCodeAt(w - 1))) w--;
  return k - w > 4;
}

/**
 * The lead-in of the mention spanning `start`–`end` of `text`: its sentence up to the name's end,
 * from offset `from` at the earliest.
 */
export function leadInWords(text: string, start: number, end: number, from = 0): string {
  let k = start - 1;
  for (; k >= from && start - k <= MAX_LEAD_IN; k--) {
    if (STOPS.has(text[k]!) || endsSentenceAt(text, k)) break;
  }
  return text.slice(k + 1, end);
}

/** A person's mention with its lead-in's words (titleTokens), the name's own from `nameAt` on. */
interface LeadIn {
  at: Pos;
  entity: Entity;
  words: readonly string[];
  nameAt: number;
  /** The lead-in as written, for how an acronym stands in it (writesAcronym). */
  text: string;
  /**
   * The same number for every lead-in written alike with the name at the same word (`text` and
   * `nameAt`): a test of the words alone passes for all of them or for none.
   */
  form: number;
}

/**
 * True when `words` hold title `t` in a row, not right after a SUBORDINATE_OFFICE word (when that switch
 * is on): `asisten pelatih X` spells no `pelatih`.
 */
function holdsOffice({ words, nameAt }: LeadIn, t: readonly string[]): boolean {
  const subordinate = featureOn('discourse.subordinateOffice');
  const clause = featureOn('discourse.clauseSubjectTitle');
  outer: for (let i = 0; i + t.length <= words.length; i++) {
    for (let j = 0; j < t.length; j++) if (words[i + j] !== t[j]) continue outer;
    if (subordinate && i > 0 && SUBORDINATE_OFFICE.has(words[i - 1]!)) continue;
    if (clause && verbBetween(words, i + t.length, nameAt)) continue;
    return true;
  }
  return false;
}

/**
 * True when a verb stands among `words[from..to)` (`Sang pelatih mengakui kehadiran X`): the title
 * before it is its clause's subject, somebody other than the name after it. A role word of a
 * verb's shape (`menteri`, `direktur`) is none, and a verb past `yang` is the role's own
 * relative clause.
 */
function verbBetween(words: readonly string[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = bare(words[k]!);
    // A relative clause describes the title's holder (`Sekjen Partai X yang mengusung …, Nama`).
    if (w === 'yang') return false;
    if (isVerbShape(w) && !ROLE_WORD_SET.has(w)) return true;
  }
  return false;
}

/**
 * True when the lead-in `words` (titleTokens) spells title `t` (titleTokens) — a title that holds
 * a role head — or `acronym` made from a run that opens with one.
 */
function spells(lead: LeadIn, t: readonly string[], acronym: string | null): boolean {
  if (t.some(w => ROLE_HEAD_SET.has(w)) && holdsOffice(lead, t)) return true;
  return acronym !== null && madeFromHead(lead.words, acronym);
}

/** True when `acronym` is made from a run of lead-in `words` that opens with a role head. */
function madeFromHead(words: readonly string[], acronym: string): boolean {
  return acronymFromAny(acronym, words, isRoleHead);
}

const isRoleHead = (w: string): boolean => ROLE_HEAD_SET.has(w);

/**
 * Lead-in words (the name's own included) a title's words may lie apart in: a role with its
 * office and place right before the name, not the whole sentence before it.
 */
const ROLE_WINDOW = 12;

/** Punctuation a lead-in word may carry at its end (`X,`). */
const TRAILING_MARKS = ',.:;';

/**
 * True when the last ROLE_WINDOW lead-in `words` hold every word of title `t` (two or more, a role
 * head among them) in any order and apart: `Hakim Ketua` for `Ketua Majelis Hakim`, `pelatih X`
 * for `Pelatih tim putri X`, `Ketua Y` for `Ketua Badan … (Y) Kabupaten Z`.
 */
function holdsApart(words: readonly string[], t: readonly string[]): boolean {
  if (t.length < 2 || !t.some(w => ROLE_HEAD_SET.has(w))) return false;
  // A comma closing the role (`Pelatih tim putri X, Nama`) stays on its word: read past it.
  const near = new Set(words.slice(-ROLE_WINDOW).map(bare));
  return t.every(w => near.has(w));
}

/** True when `phrase` stands word for word, in a row, among the lead-in's `words`. */
function holdsInRow(words: readonly string[], phrase: readonly string[]): boolean {
  for (let i = 0; i + phrase.length <= words.length; i++)
    if (phrase.every((w, k) => bare(words[i + k]!) === w)) return true;
  return false;
}

/** A lead-in word as the index files it: its trailing marks dropped (`ketua,` under `ketua`). */
export function bare(w: string): string {
  // A scan, not `/[,.:;]+$/u`: every word of every lead-in is filed and asked about this way.
  let end = w.length;
  while (end > 0 && TRAILING_MARKS.includes(w[end - 1]!)) end--;
  return end === w.length ? w : w.slice(0, end);
}

/** The indices in any of `lists` (each ascending), ascending and once each. */
function union(lists: readonly (readonly number[])[]): readonly number[] {
  const some = lists.filter(l => l.length);
  if (some.length <= 1) return some[0] ?? [];
  return [...new Set(some.flat())].sort((x, y) => x - y);
}

/**
 * The indices in every one of `lists` (each ascending), ascending: the shortest list is walked and
 * each of its indices searched for in the others (a text of many people files few lead-ins under
 * a name word, many under an office's letters).
 */
function intersection(lists: readonly (readonly number[])[]): readonly number[] {
  if (lists.length <= 1) return lists[0] ?? [];
  const shortest = lists.reduce((a, b) => (b.length < a.length ? b : a));
  return shortest.filter(k => lists.every(l => l === shortest || holdsIndex(l, k)));
}

/** True when the ascending list `l` holds `k`. */
function holdsIndex(l: readonly number[], k: number): boolean {
  const i = partitionPoint(l, x => x < k);
  return l[i] === k;
}

/** Files index `k` under `key`, once (indices come in ascending order). */
function fileUnder(index: Map<string, number[]>, key: string, k: number): void {
  const list = index.get(key);
  if (!list) index.set(key, [k]);
  else if (list[list.length - 1] !== k) list.push(k);
}

/**
 * True when `word` stands in lead-in `text` as an acronym the article defines or uses as a role
 * word: in brackets (`Atase Perdagangan (Atdag) KBRI X`), or opening the capitalised run that
 * ends in the name (`Dirpolairud Polda Y Kombes Nama`). A word followed by `dan`, a comma or any
 * lowercase word is somebody else (`Sarmini dan Budi Hartono`), not an office.
 */
function standsAsAcronym(text: string, word: string): boolean {
  const lower = text.toLowerCase();
  if (lower.includes(`(${word})`)) return true;
  // `(Kasiops Balwil)`: the office's acronym opening a bracket that goes on with its
  // organisation's, which the article then drops (`kata Kasiops`).
  if (featureOn('discourse.bracketOpeningAcronym') && lower.includes(`(${word} `)) return true;
  const k = lower.search(standingWord(word));
  if (k < 0) return false;
  return text.slice(k).trim().split(SPACE_RUNS).every(startsUpper);
}

/**
 * `word` standing alone (`(^|\s)word\s`), compiled once per word and kept: it was a new RegExp per
 * lead-in tested, each compiled anew (no `g` flag, so the shared regex keeps no state).
 */
const standingWord = keptPerString(word => new RegExp(`(^|\\s)${word}\\s`, 'u'));

/**
 * True when the lead-in writes office acronym `a` (lowercase) before the name (standsAsAcronym):
 * as a word of the role, or as a head's conventional piece (`ka` for `kepala`) and the office's
 * own bracketed acronym written after that head (`Kepala Dinas … (Disdukcapil)` → `Kadisdukcapil`).
 */
function writesAcronym({ words, entity, text }: LeadIn, a: string): boolean {
  // A record may span the role with the name (nameAt 0 then): every word but the name's is read.
  for (let k = 0; k < words.length - entity.tokens.length; k++) {
    const w = bare(words[k]!);
    if (w === a && standsAsAcronym(text, a)) return true;
    for (let h = 0; h < k; h++) {
      const piece = pieceOf(words[h]!);
      if (piece && a === piece + w && text.toLowerCase().includes(`(${w})`)) return true;
    }
  }
  return false;
}

/**
 * The people's mentions of one article with their lead-ins (titleTokens), read on the first title
 * that needs them and kept for the rest of the article, with an index of which lead-ins hold each
 * word: a title is tested only against the lead-ins that can spell it, not against every mention of
 * the article (a long text of many people made that titles × mentions).
 */
export class IntroducedTitles {
  private read: LeadIn[] | null = null;
  /** Per word (bare): the indices of the lead-ins holding it, ascending. */
  private readonly byWord = new Map<string, number[]>();
  /**
   * Per pair of letters: the indices of the lead-ins with a role head (not their last word) that
   * an office acronym opening with those two letters can be made from (openingPairs), ascending.
   */
  private readonly byOpening = new Map<string, number[]>();
  /** Per title (its words; `#` first when read as an acronym too): the mentions that spell it. */
  private readonly spelled = new Map<string, { ats: Pos[]; entities: Entity[] }>();

  constructor(
    private readonly records: readonly CastRecord[],
    private readonly texts: ReadonlyMap<number, string>,
  ) {}

  private leadIns() {
    if (!this.read) {
      this.read = [];
      const forms = new Map<string, number>();
      let prevEnd: Pos = -1;
      for (const r of this.records) {
        if (r.kind !== 'person' || r.entity?.kind !== 'person') continue;
        const text = this.texts.get(paragraphOf(r.at)) ?? '';
        // Another person named earlier in the sentence keeps their role: `Kapolda X Budi dan
        // Wakapolda Sari` gives Sari only the words after Budi.
        const from = paragraphOf(prevEnd) === paragraphOf(r.at) ? offsetOf(prevEnd) : 0;
        const lead = leadInWords(text, offsetOf(r.at), offsetOf(r.end), from);
        const words = titleTokens(lead);
        const nameWords = titleTokens(text.slice(offsetOf(r.at), offsetOf(r.end))).length;
        const nameAt = words.length - nameWords;
        const written = `${nameAt} ${lead}`;
        let form = forms.get(written);
        if (form === undefined) forms.set(written, (form = forms.size));
        this.file(this.read.length, words);
        this.read.push({ at: r.at, entity: r.entity, words, nameAt, text: lead, form });
        prevEnd = r.end;
      }
    }
    return this.read;
  }

  /** Files lead-in `k` under each of its words, once per word. */
  private file(k: number, words: readonly string[]): void {
    words.forEach((w, j) => {
      fileUnder(this.byWord, bare(w), k);
      // spells() reads an acronym from a role head with a word after it.
      if (j + 1 < words.length && ROLE_HEAD_SET.has(w))
        for (const c of openingPairs(w)) fileUnder(this.byOpening, c, k);
    });
  }

  /** The indices of the lead-ins holding any of `words` (bare), ascending. */
  private holding(words: readonly string[]): readonly number[] {
    this.leadIns();
    return union(words.map(w => this.byWord.get(bare(w)) ?? []));
  }

  /**
   * The person whose latest mention before `at` has a lead-in spelling `title`, or null (also when
   * the feature is off, or the title is indefinite: `seorang hakim` is nobody introduced).
   */
  holder(title: string, at: Pos): Entity | null {
    if (!featureOn('discourse.introducedTitle')) return null;
    const t = titleTokens(title).filter(w => !FRAME.has(w));
    if (!t.length || t.some(w => INDEFINITE.has(w))) return null;
    // An acronym is read only where office acronyms are (the `discourse.titleAcronym` switch).
    const acronym = t.length === 1 && featureOn('discourse.titleAcronym') ? t[0]! : null;
    // Each title's matches are found once, in text order: the same titles recur through a long
    // text. Only a lead-in holding the title's first word spells it in a row (and only a title
    // with a role head is spelled at all); an acronym can be made only after a role head.
    const key = `${acronym === null ? '' : '#'}${t.join(' ')}`;
    const spelled = this.latest(
      key,
      at,
      lead => spells(lead, t, acronym),
      () => {
        const inRow = t.some(w => ROLE_HEAD_SET.has(w)) ? this.holding([t[0]!]) : [];
        const a = acronym === null ? null : acronymShape(acronym);
        if (a === null) return inRow;
        return union([inRow, this.byOpening.get(a.slice(0, 2)) ?? []]);
      },
      true,
    );
    if (spelled) return spelled;
    return (
      // `Plt Kakanwil`, `Kabid Humas`, `Kasi Intel`: acronym pieces over the title's words.
      (t.length > 1
        ? this.officeHolder(
            title.split(SPACE_RUNS).filter(w => !FRAME.has(w.toLowerCase())),
            null,
            at,
          )
        : null) ??
      (featureOn('discourse.titleSynonyms') ? this.synonym(t, at) : null) ??
      (featureOn('discourse.titleWordsApart') ? this.apart(t, at) : null)
    );
  }

  /**
   * The person an office acronym the cast took for a one-word name (entity `named`, `kata
   * Kasatlantas`) means: the one whose latest mention before `at` has a lead-in writing it
   * (writesAcronym) or spelling it out (`Kepala Satuan Lalu Lintas`, as for a title). Words after
   * the acronym (`Kadinkes Y`) must stand in that lead-in too. Null when the feature is off.
   */
  acronymNamed(named: Entity, at: Pos): Entity | null {
    if (!featureOn('discourse.acronymNamed')) return null;
    return this.acronymWords(
      named.tokens.map(w => w.toLowerCase()),
      named,
      at,
    );
  }

  /**
   * `Kepala Kanpra menambahkan`, where the cast took an organisation's bracketed acronym for a
   * one-word name and the role head before it for its role: the person whose lead-in wrote that
   * acronym in brackets (`Kepala Kantor Penanggulangan dan Rehabilitasi (Kanpra) X, Nama,`) and
   * holds the role's words too. Null when the feature is off or nobody's lead-in writes it.
   */
  bracketedOffice(named: Entity, at: Pos): Entity | null {
    if (!featureOn('discourse.bracketedOffice') || !named.role) return null;
    const a = named.name.toLowerCase();
    if (!acronymShape(a) || isGivenName(a)) return null;
    const role = named.role.split(SPACE_RUNS).map(w => w.toLowerCase());
    // Written in brackets only: spelling it out from role words is officeHolder's reading.
    const test = (lead: LeadIn): boolean =>
      lead.entity !== named &&
      role.every(w => lead.words.some(v => bare(v) === w)) &&
      writesAcronym(lead, a);
    const key = `(${named.name}\u0000${[a, ...role].join(' ')}`;
    return this.latest(key, at, test, () =>
      intersection([this.holding([a]), ...role.map(w => this.byWord.get(w) ?? [])]),
    );
  }

  /**
   * The person an office written in acronym pieces across its words means (officeReadings: `Plt
   * Kakanwil`, `Kalaksa BPBD`, `Kasi Intel`, `Dirjen Hubdat`), read as acronymNamed reads one
   * word; `words` are the title's or a role and one-word name's (`Kasi` and `Intel`, which the
   * cast took for a person), `named` that person when there is one. Null when the feature is off.
   */
  officeHolder(words: readonly string[], named: Entity | null, at: Pos): Entity | null {
    if (!featureOn('discourse.officeAcronymWords')) return null;
    for (const reading of officeReadings(words.map(w => w.toLowerCase()))) {
      // Pieces only: a role word spelled as itself (`Hakim Ketua`) is titleWordsApart's reading.
      const holder = this.acronymWords(reading, named, at, false);
      if (holder) return holder;
    }
    return null;
  }

  /**
   * The person whose latest mention before `at` has a lead-in writing or spelling out acronym `a`
   * (lowercase) with every word of `rest` standing in it too; never `named` itself. `asWord`: a
   * lead-in holding `a` itself (a role word, a word opening the run before the name) spells it
   * too; else only pieces of a run opening with a role head do.
   */
  private acronymWords(
    words: readonly string[],
    named: Entity | null,
    at: Pos,
    asWord = true,
  ): Entity | null {
    const [a = '', ...rest] = words;
    if (!acronymShape(a) || isGivenName(a)) return null;
    const test = (lead: LeadIn): boolean =>
      lead.entity !== named &&
      rest.every(w => lead.words.some(v => bare(v) === w)) &&
      (asWord ? writesAcronym(lead, a) || spells(lead, [a], a) : madeFromHead(lead.words, a));
    // Only a lead-in holding the acronym (written, or a role head spelling it), the word after a
    // conventional piece (`ka` + `dinkes`), or a role head it can open with (byOpening) can pass,
    // and only one holding every word of `rest` (filed under it: a word with a trailing mark is
    // filed under none, and passes in none).
    const pieces = Object.values(WORD_PIECES).filter(p => a.startsWith(p));
    // The memo's key holds everything the test reads: the words, whether the acronym may stand as
    // a word, and the entity left out (one key for all of them reused the first answer).
    const key = `@${asWord ? 'w' : 'p'}${named?.name ?? ''}\u0000${[a, ...rest].join(' ')}`;
    return this.latest(key, at, test, () =>
      intersection([
        union([
          this.holding([a, ...pieces.map(p => a.slice(p.length))]),
          this.byOpening.get(a.slice(0, 2)) ?? [],
        ]),
        ...rest.map(w => this.byWord.get(w) ?? []),
      ]),
    );
  }

  /**
   * The person whose latest mention before `at` has a lead-in holding another word for title `t`
   * (TITLE_SYNONYMS: `prof` for `profesor`, `pelatih` for `arsitek`), when none spells `t` itself.
   */
  private synonym(t: readonly string[], at: Pos): Entity | null {
    // `kiai sepuh itu`: a head the lexicon knows, with a lowercase modifier it does not.
    const others =
      TITLE_SYNONYMS[t.join(' ')] ?? (t.length === 2 ? TITLE_SYNONYMS[t[0]!] : undefined);
    if (!others) return null;
    // A synonym of several words (`kuasa hukum` for `pengacara`) stands in a row.
    const phrases = others.map(o => o.split(' '));
    const holds = ({ words }: LeadIn) => phrases.some(p => holdsInRow(words, p));
    return this.latest(
      `=${t.join(' ')}`,
      at,
      holds,
      () => this.holding(phrases.map(p => p[0]!)),
      true,
    );
  }

  /**
   * The person whose latest mention before `at` has a role holding the words of `t` apart
   * (holdsApart), when none holds them in a row.
   */
  private apart(t: readonly string[], at: Pos): Entity | null {
    // Every word of `t` must be among the lead-in's: those holding its first are the only ones.
    return this.latest(
      `~${t.join(' ')}`,
      at,
      ({ words }) => holdsApart(words, t),
      () => this.holding([t[0]!]),
      true,
    );
  }

  /**
   * The entity of the latest mention before `at` whose lead-in words pass `test`; the mentions
   * that pass are found once per `key`, in text order, among the lead-ins `can` names (indices,
   * ascending: every lead-in that can pass is among them; every lead-in when not given).
   * `byForm`: the test reads only the lead-in's words and where the name starts, so it is asked
   * once per form (LeadIn.form) — an article repeats its people's introductions word for word.
   */
  private latest(
    key: string,
    at: Pos,
    test: (lead: LeadIn) => boolean,
    can?: () => Iterable<number>,
    byForm = false,
  ): Entity | null {
    let hits = this.spelled.get(key);
    if (!hits) {
      hits = { ats: [], entities: [] };
      const leads = this.leadIns();
      const passed = byForm ? new Map<number, boolean>() : null;
      for (const k of can ? can() : leads.keys()) {
        const m = leads[k]!;
        let pass = passed?.get(m.form);
        if (pass === undefined) {
          pass = test(m);
          passed?.set(m.form, pass);
        }
        if (!pass) continue;
        hits.ats.push(m.at);
        hits.entities.push(m.entity);
      }
      this.spelled.set(key, hits);
    }
    const k = partitionPoint(hits.ats, p => p < at);
    return k > 0 ? hits.entities[k - 1]! : null;
  }
}
