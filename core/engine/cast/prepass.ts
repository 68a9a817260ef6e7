/**
 * A first read of the whole body, before any quote or mention is read: which single names the
 * article uses for speakers and which words it uses alone as places (evidence for the name/role
 * split). The mentions themselves are read in read-mentions.ts, the cast built in build-cast.ts.
 */
import { CUE_ADVERB_SET, PRE_CUE_SET, tokenCueLength } from '../../lexicon/cues';
import type { BodyParagraph } from '../candidate';
import { isRoleWord, isRunToken, readRun } from '../names/name-run';
import type { ArticleEvidence } from '../names/name-model';
import { keepReadings, readingsOf } from '../names/name-reading';
import { isClubWord, isGivenName } from '../../lexicon/name-words';
import { startsLower, startsUpper } from '../text/chars';
import { AREA_HEAD_SET } from '../../lexicon/facilities';
import { ORIGIN_WORDS, PREPOSITIONS } from '../../lexicon/prepositions';
import { DEFINITE } from '../../lexicon/pronouns';
import { featureOn } from '../features';
import type { Token } from '../text/text';
import { pos } from './entity';

/**
 * Words after which a lone capitalised word is a place (`di Cibinong`, `warga Sorong`), and the
 * origin words (`asal X`, `kelahiran X`: lexicon/prepositions.ts ORIGIN_WORDS).
 */
const PLACE_BEFORE: ReadonlySet<string> = new Set([
  ...'di ke warga kota kabupaten provinsi kecamatan'.split(' '),
  ...ORIGIN_WORDS,
]);

/**
 * `warga Desa Ungasan,`, `di Kelurahan Cibening.`: a capitalised area head (lexicon/facilities.ts)
 * before one word names that place (names.model.areaHeadPlace), so the word alone after an office
 * (`kata Perbekel Ungasan itu`) is the seat of the office, no person. Not after an office's own
 * capitalised word (`Wali Kota Ujang`, `Kepala Desa Budi`): there a name may follow the head.
 */
const areaHeadOpens = (t: readonly Token[], i: number): boolean =>
  AREA_HEAD_SET.has(t[i]!.lower) &&
  startsUpper(t[i]!.text) &&
  !(i > 0 && startsUpper(t[i - 1]!.text) && isRoleWord(t[i - 1]!.text)) &&
  featureOn('names.model.areaHeadPlace');

/**
 * The article's evidence about its own words: single capitalised words used alone next to a cue
 * (`kata Dewi`, `Bayu memperkirakan`), which are names, and words used alone after `di`/`ke`/
 * `warga` (`di Cibinong`), which are places (`places`).
 */
export function collectEvidence(body: readonly BodyParagraph[]): ArticleEvidence & Set<string> {
  const out = new Set<string>();
  const places = new Set<string>();
  for (const p of body) {
    const t = p.tokens;
    for (let i = 0; i < t.length; i++) {
      const w = t[i]!.text;
      const lw = t[i]!.lower;
      // `asal X` (`kelahiran X`) always names a place, even glued to a name (`politisi asal X
      // Rudi Hartawan`). Asked only after a place word: this runs for every token.
      if (
        (PLACE_BEFORE.has(w) || areaHeadOpens(t, i)) &&
        isRunToken(t[i + 1]) &&
        (ORIGIN_WORDS.has(w) || !isRunToken(t[i + 2]))
      ) {
        places.add(t[i + 1]!.text);
        if (ORIGIN_WORDS.has(w)) originRun(t, i + 1, places);
      }
      if (w === 'di') townAfterVenue(t, i, places);
      // The next token first: most words are followed by no capitalised one, and asking every
      // token's cue length was a memo lookup per word of the article.
      if (
        isRunToken(t[i + 1]) &&
        (tokenCueLength(w) > 0 || lw === 'menurut') &&
        readRun(t, i + 1) === i + 2
      ) {
        out.add(t[i + 1]!.text);
      }
      if (PRE_CUE_SET.has(w)) {
        let k = i - 1;
        while (k >= 0 && CUE_ADVERB_SET.has(t[k]!.text)) k--;
        if (
          k >= 0 &&
          isRunToken(t[k]) &&
          !isRunToken(t[k - 1]) &&
          !placeAfter(t[k - 1]) &&
          !seatAfterBracket(t, k)
        )
          out.add(t[k]!.text);
      }
    }
  }
  // A role word used alone is a title (`kata Kapolda`), unless it is also a given name (`Imam`).
  for (const w of out) if (isRoleWord(w) && !isGivenName(w)) out.delete(w);
  // `… lewat rilis, Persebaya menyatakan`: a club the corpora know speaks as a team, never as a
  // person's name used alone, so it never joins a name read after it (names.evidence.clubNoName).
  if (featureOn('names.evidence.clubNoName')) for (const w of out) if (isClubWord(w)) out.delete(w);
  for (const w of out) places.delete(w);
  const evidence = Object.assign(out, {
    places,
    writesLowercase: lowercaseWords(body),
    ...wordStats(body),
    ...articleRuns(body),
    opensName: (w: string) => !!readingsOf(evidence)?.opensName(w),
  });
  // Filled when the running text's mentions are read (read-mentions.ts), asked by cue readers.
  keepReadings(evidence);
  return evidence;
}

/**
 * `pemain asal Puncak Jaya, Papua Tengah,`: the whole capitalised run after an origin word, when a
 * comma, a stop or a demonstrative closes it (not glued to a name, `asal X Rudi Hartawan mengaku`,
 * nor the conjunction, `asal X tampil`), is the place as the article writes it, so that name is
 * never a person (names.originRunPlace).
 */
function originRun(t: readonly Token[], from: number, places: Set<string>): void {
  const end = readRun(t, from);
  if (end - from < 2 || !featureOn('names.originRunPlace')) return;
  // Closed by a comma, a stop or a demonstrative (`pemain asal X itu`): after a verb it is the
  // conjunction `asal` (`… asal Budi Santoso memberi izin`), a person's clause, no origin.
  const after = t[end];
  if (after && after.text !== ',' && after.text !== '.' && !DEFINITE.has(after.lower)) return;
  places.add(
    t
      .slice(from, end)
      .map(k => k.text)
      .join(' '),
  );
}

/**
 * `Kejaksaan Negeri (Kejari) Cibening menyatakan …`, `Dinas Kesehatan (Dinkes) Cibening menyebut …`:
 * a lone word right after a bracketed acronym that closes a capitalised run is the seat of the
 * body the run names, the run's last word, not a name used alone: the evidence side of the seat the
 * name reader finds after such a bracket (names.model.seatAfterBracket).
 */
function seatAfterBracket(t: readonly Token[], k: number): boolean {
  const bracket = t[k - 1]?.text ?? '';
  if (!bracket.startsWith('(') || !bracket.endsWith(')')) return false;
  return isRunToken(t[k - 2]) && featureOn('names.model.seatAfterBracket');
}

/**
 * `di Mapolres Lembah Hijau, Cibinong.`, `di Pendopo Kabupaten, Cibinong, Senin`: a lone word set
 * off by a comma right after the place a `di` opens (the venue), and closing the clause, is the
 * venue's town, a place as much as the word after `di` (names.placeAfterSpeaker).
 */
function townAfterVenue(t: readonly Token[], i: number, places: Set<string>): void {
  if (!isRunToken(t[i + 1]) || !featureOn('names.placeAfterSpeaker')) return;
  const venueEnd = readRun(t, i + 1);
  if (t[venueEnd]?.text !== ',' || !isRunToken(t[venueEnd + 1])) return;
  if (readRun(t, venueEnd + 1) !== venueEnd + 2) return;
  const after = t[venueEnd + 2]?.text;
  if (after === undefined || after === ',' || after === '.') places.add(t[venueEnd + 1]!.text);
}

/**
 * True when `before` is a preposition, so the lone word after it before a cue is where the subject
 * is (`warga di Cibinong mengatakan`, `the Consulate in Perth said`), not a name used alone.
 */
function placeAfter(before: Token | undefined): boolean {
  return (
    !!before && PREPOSITIONS.has(before.lower) && featureOn('names.evidence.placeAfterPreposition')
  );
}

/**
 * Whether the article writes a phrase as one whole capitalised run (its words joined by a space,
 * dots left out: `runAlone`), or as the end, two words or more, of one (`Lambang Rai` in `Pelabuhan
 * Cokorda Lambang Rai`: `endsRun`). The runs are read on the first question, once per article, for
 * both; the endings on the first question about them.
 */
function articleRuns(
  body: readonly BodyParagraph[],
): Required<Pick<ArticleEvidence, 'runAlone' | 'endsRun'>> {
  let runs: Set<string> | null = null;
  let endings: Set<string> | null = null;
  const all = () => (runs ??= readRuns(body));
  return {
    runAlone: phrase => all().has(phrase),
    endsRun: phrase => (endings ??= tailsOf(all())).has(phrase),
  };
}

function readRuns(body: readonly BodyParagraph[]): Set<string> {
  const runs = new Set<string>();
  for (const p of body) {
    const t = p.tokens;
    for (let i = 0; i < t.length; i++) {
      if (!isRunToken(t[i])) continue;
      const end = readRun(t, i);
      if (end === i) continue;
      // The run's words joined by a space, dots left out, without an array per run.
      let phrase: string | null = null;
      for (let k = i; k < end; k++) {
        const w = t[k]!.text;
        if (w !== '.') phrase = phrase === null ? w : `${phrase} ${w}`;
      }
      runs.add(phrase ?? '');
      i = end - 1;
    }
  }
  return runs;
}

/** Every ending of two words or more of each run. */
function tailsOf(runs: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const run of runs) {
    let at = run.indexOf(' ');
    while (at >= 0) {
      const tail = run.slice(at + 1);
      if (tail.includes(' ')) out.add(tail);
      at = run.indexOf(' ', at + 1);
    }
    if (run.includes(' ')) out.add(run);
  }
  return out;
}

/** Where the article first writes each word (lowercase key, a text position), and how often. */
interface WordStats {
  first: Map<string, number>;
  count: Map<string, number>;
}

/**
 * The article's word statistics, read in one walk over its tokens on the first question either
 * asks: where a word is first written (firstWritten) and how many times (timesWritten).
 */
function wordStats(body: readonly BodyParagraph[]): {
  firstWritten: (lw: string) => number;
  timesWritten: (lw: string) => number;
} {
  let stats: WordStats | null = null;
  const read = (): WordStats => {
    if (stats) return stats;
    const first = new Map<string, number>();
    const count = new Map<string, number>();
    for (const p of body)
      for (const t of p.tokens) {
        if (!first.has(t.lower)) first.set(t.lower, pos(p.index, t.start));
        count.set(t.lower, (count.get(t.lower) ?? 0) + 1);
      }
    return (stats = { first, count });
  };
  return {
    firstWritten: lw => read().first.get(lw) ?? -1,
    timesWritten: lw => read().count.get(lw) ?? 0,
  };
}

/** Whether the article writes a word in lowercase; the word set is built on the first question. */
function lowercaseWords(body: readonly BodyParagraph[]): (lw: string) => boolean {
  let words: Set<string> | null = null;
  return lw => {
    words ??= lowercaseSet(body);
    return words.has(lw);
  };
}

/** The body's lowercase words, added one by one (two arrays per paragraph cost more than the Set). */
function lowercaseSet(body: readonly BodyParagraph[]): Set<string> {
  const words = new Set<string>();
  for (const p of body) for (const t of p.tokens) if (startsLower(t.text)) words.add(t.text);
  return words;
}
