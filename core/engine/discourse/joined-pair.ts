/**
 * Two people one sentence names side by side as one subject, in a shape the cast's list reading
 * (name-list.ts: `X dan Y`, `A, B, dan C`) does not join: a doubles pair written with a slash
 * (`Rina Kartika/Dewi Lestari menang …`), an age or a relation between the two (`Darto (56) dan
 * adiknya, Lukas (49), …`), a role before the second (`Ketua Komisi A dan anggota B`), or one
 * naming its unit with the second set off by commas (`A dan anggota Fraksi Hijau, B,`), also when the
 * first is set off after its own role (`Anggota Fraksi Biru, A, dan rekannya dari Fraksi Hijau, B,`). A later
 * `mereka`, `keduanya` or `they` means both of them, so the pair is a candidate of its own; each
 * member stays a candidate alone as well.
 */
import type { CastMention } from '../cast/cast-mentions';
import { offsetOf, paragraphOf, type Entity } from '../cast/entity';
import { isSubjectRole, type CastRecord } from '../cast/mention-record';
import { isLowerOrHyphenCp, runOf, startsUpper } from '../text/chars';
import { isBareAge } from '../names/age-phrase';
import { featureOn } from '../features';
import { spacesBefore, splitOnSpacesAndCommas } from '../text/string-scans';
import { endsSentence } from '../text/sentence-start';
import { ROLE_HEAD_SET } from '../../lexicon/roles';
import { DAN, LIST_AND_SET } from '../../lexicon/conjunctions';
import { SINGULAR_ID_SET } from '../../lexicon/pronouns';

/**
 * Most lowercase words allowed besides the join: the second person's relation or role to the
 * first (`tetangganya`, `rekannya`, `anggota`, `member`). More reads as a clause between them.
 */
const MAX_BETWEEN_WORDS = 2;

/** Longest gap between the two names, in characters (brackets included). */
const MAX_GAP = 40;

/**
 * True when `gap`, the text between two names, joins them into one subject: a bare slash, or one
 * join word with at most MAX_BETWEEN_WORDS lowercase words and bracketed asides (an age) around it.
 */
export function joinsPair(gap: string): boolean {
  if (gap.length > MAX_GAP) return false;
  if (gap.trim() === '/') return true;
  // An aside in brackets (`(56 tahun)`) says nothing about the join, nor does an age set off by
  // commas (`A, 74, and his wife B`).
  const words = splitOnSpacesAndCommas(withoutAsides(pastCommaAge(gap))).filter(Boolean);
  const joins = words.filter(w => LIST_AND_SET.has(w));
  const rest = words.filter(w => !LIST_AND_SET.has(w));
  // A comma may set off the second name (`dan adiknya, Lukas`), never end the first's clause.
  return (
    joins.length === 1 &&
    words[0] === joins[0] &&
    rest.length <= MAX_BETWEEN_WORDS &&
    rest.every(w => runOf(w, isLowerOrHyphenCp) > 0 && w[0] !== '-')
  );
}

/** Most capitalised words of the unit the second person's role names (`Fraksi Partai Hijau`). */
const MAX_UNIT_WORDS = 4;

/**
 * Most words and characters of such a unit with discourse.longSetOffRolePair on, for any unit: a
 * centre inside a campus runs longer (`Pusat Studi Hukum Universitas X`); with it, a comma may
 * set off the first person too (`Ketua RT, A, dan dosen …, B,`).
 */
const MAX_LONG_UNIT_WORDS = 6;
const MAX_LONG_GAP = 72;

/**
 * True when `gap` joins two people by a role that names its unit and sets the second name off by
 * commas (`A dan anggota Fraksi Hijau, B, menyebut …`): one join word, then up to
 * MAX_BETWEEN_WORDS lowercase role words, then the unit's capitalised words, then the comma.
 */
export function joinsBySetOffRole(gap: string, firstSetOff = false): boolean {
  if (!featureOn('discourse.setOffRolePair')) return false;
  const long = featureOn('discourse.longSetOffRolePair');
  if (gap.length > (long ? MAX_LONG_GAP : MAX_GAP)) return false;
  // The first person set off after their own role (`Ketua RT, A,`) closes with a comma before the
  // join; a comma after any other name ends its clause (`… memeriksa A, dan …`).
  const body = long && firstSetOff ? gap.trimEnd().replace(/^\s*,/, '') : gap.trimEnd();
  if (!body.endsWith(',') || body.indexOf(',') !== body.length - 1) return false;
  const words = splitOnSpacesAndCommas(body).filter(Boolean);
  if (!LIST_AND_SET.has(words[0] ?? '')) return false;
  let k = 1;
  while (k < words.length && k <= MAX_BETWEEN_WORDS && runOf(words[k]!, isLowerOrHyphenCp) > 0) k++;
  const unit = words.length - k;
  const most = long ? MAX_LONG_UNIT_WORDS : MAX_UNIT_WORDS;
  return k > 1 && unit > 0 && unit <= most && words.slice(k).every(startsUpper);
}

/**
 * True when `gap` joins two people each set off by commas after their own role, the second's
 * written capitalised (`Ketua Umum X, A, dan Sekretaris Jenderal, B,`): a comma closing the first,
 * one join word, then the role's words — a role head first, every word capitalised — and the
 * comma that sets off the second name.
 */
function joinsByCapitalRole(gap: string): boolean {
  if (gap.length > MAX_GAP || !featureOn('discourse.capitalRolePair')) return false;
  const body = gap.trim();
  if (!body.startsWith(',') || !body.endsWith(',')) return false;
  const words = splitOnSpacesAndCommas(body.slice(1, -1)).filter(Boolean);
  if (words.length < 2 || words.length > MAX_UNIT_WORDS + 1 || !LIST_AND_SET.has(words[0]!))
    return false;
  const role = words.slice(1);
  return ROLE_HEAD_SET.has(role[0]!.toLowerCase()) && role.every(startsUpper);
}

/** Longest gap, in characters, with a description of the first person set off inside it. */
const MAX_DESCRIBED_GAP = 120;
/** Most words of that description (`nelayan asal Desa X`). */
const MAX_DESCRIPTION_WORDS = 8;

/**
 * True when `gap` sets off a description of the first person and then joins the second by a
 * relation, set off in turn (`A (61), perajin gerabah di Kampung X, dan adiknya, B (55), menyebut …`): a
 * comma, a description opening in lowercase, a comma, one join word with at most
 * MAX_BETWEEN_WORDS lowercase words, and the comma before the second name
 * (discourse.describedPair).
 */
function joinsPastDescription(gap: string): boolean {
  if (gap.length > MAX_DESCRIBED_GAP || !featureOn('discourse.describedPair')) return false;
  const body = withoutAsides(gap).trim();
  if (!body.startsWith(',') || !body.endsWith(',')) return false;
  const parts = body.slice(1, -1).split(',');
  // `nelayan asal Desa X, Kecamatan Y,`: the places the description ends with, set off in turn.
  const places = parts.slice(1, -1);
  if (parts.length < 2 || !places.every(capitalisedPlace)) return false;
  const described = splitOnSpacesAndCommas(parts[0]!).filter(Boolean);
  const joined = splitOnSpacesAndCommas(parts[parts.length - 1]!).filter(Boolean);
  if (!described.length || described.length > MAX_DESCRIPTION_WORDS) return false;
  if (runOf(described[0]!, isLowerOrHyphenCp) === 0 || !LIST_AND_SET.has(joined[0] ?? ''))
    return false;
  const rest = joined.slice(1);
  return rest.length <= MAX_BETWEEN_WORDS && rest.every(w => runOf(w, isLowerOrHyphenCp) > 0);
}

/** Most words of one place set off inside a description (`Kecamatan Tanjung Sari`). */
const MAX_PLACE_PART_WORDS = 3;

/** True when `part` is a short capitalised place (`Kecamatan X`, `Jawa Barat`). */
function capitalisedPlace(part: string): boolean {
  const words = splitOnSpacesAndCommas(part).filter(Boolean);
  return words.length > 0 && words.length <= MAX_PLACE_PART_WORDS && words.every(startsUpper);
}

/**
 * `, 74, and his wife `: the gap past an age the first name sets off by commas, as English copy
 * writes it (discourse.englishAgedPair); the gap unchanged otherwise.
 */
function pastCommaAge(gap: string): string {
  const first = gap.indexOf(',');
  const second = gap.indexOf(',', first + 1);
  if (gap.slice(0, first).trim() || second < 0) return gap;
  const aged = isBareAge(gap.slice(first + 1, second).trim());
  return aged && featureOn('discourse.englishAgedPair') ? gap.slice(second + 1) : gap;
}

/**
 * `gap.replace(/\([^()]*\)/gu, ' ')` as a scan (a cold first analysis compiles no regex for it):
 * each innermost bracketed aside becomes one space; a bracket left open stays as written.
 */
export function withoutAsides(gap: string): string {
  let out = '';
  let open = -1;
  for (const ch of gap) {
    if (ch === ')' && open >= 0) {
      out = out.slice(0, open) + ' ';
      open = -1;
      continue;
    }
    if (ch === '(') open = out.length;
    out += ch;
  }
  return out;
}

/**
 * The pairs among the running text's `records` (text order, each with the entity the cast gave
 * it), as mentions at the second name: two people in a row in one paragraph, each one person, not
 * already listed together, the text between them joining them (joinsPair). The pair stands in its
 * clause as its first member does. A lone name the running text gives before the cue that makes
 * it an entity (`Darto (56) dan adiknya, Lukas, …` … `kata Darto`) has no entity on its record:
 * `named` finds it by the name as written.
 */
export function joinedPairs(
  records: readonly CastRecord[],
  texts: ReadonlyMap<number, string>,
  named: (name: string) => Entity | null,
): CastMention[] {
  const out: CastMention[] = [];
  const entity = (r: CastRecord) => r.entity ?? (r.ref?.name ? named(r.ref.name) : null);
  let prev: CastRecord | null = null;
  // The last person before `r`: the unit a set-off role names (`anggota Fraksi Hijau,`) may be a
  // record of its own between the two.
  let prevPerson: CastRecord | null = null;
  // The last person standing as a clause's subject: whom `Ia` opening a sentence means.
  let prevSubject: CastRecord | null = null;
  for (const r of records) {
    const p = prev;
    const q = prevPerson;
    const s = prevSubject;
    prev = r;
    if (r.kind === 'person') prevPerson = r;
    if (r.kind === 'person' && isSubjectRole(r.sentenceRole)) prevSubject = r;
    // Records read only at a cue follow the running text's: a pair is two in a row in the text.
    if (!q || r.at <= q.end || r.groupWith.length || r.kind !== 'person') continue;
    const para = paragraphOf(r.at);
    if (paragraphOf(q.end) !== para) continue;
    const paragraph = texts.get(para) ?? '';
    const gap = paragraph.slice(offsetOf(q.end), offsetOf(r.at));
    if (s && paragraphOf(s.end) === para && pronounJoinedBefore(paragraph, offsetOf(r.at))) {
      pushPair(out, entity(s), entity(r), r.at, true, 'subject');
      continue;
    }
    // With another record between (the first's role, an organisation) only a role joins them.
    const setOff = paragraph[spacesBefore(paragraph, offsetOf(q.at)) - 1] === ',';
    const byRole =
      joinsBySetOffRole(gap, setOff) || joinsByCapitalRole(gap) || joinsPastDescription(gap);
    if (!(byRole || (p === q && joinsPair(gap)))) continue;
    pushPair(out, entity(q), entity(r), r.at, q.opensClause, q.sentenceRole);
  }
  return out;
}

/** Files the pair of people `a` and `b` as one mention at `at`, standing in its clause as `role`. */
function pushPair(
  out: CastMention[],
  a: Entity | null,
  b: Entity | null,
  at: number,
  subject: boolean,
  role: CastMention['role'],
): void {
  if (!a || !b || a === b || a.kind !== 'person' || b.kind !== 'person') return;
  out.push({ at, entities: [a, b], subject, role, paired: true });
}

/**
 * `… tiba sambil menggendong cucunya. Ia dan Wartinah ikut menunggu …`: a singular pronoun opening its
 * sentence, joined by `dan` to the name at offset `at` of `para`, pairs that name with the person
 * the pronoun means, the last person standing as a clause's subject before it in the paragraph
 * (not one the subject was with or spoke to), so a later `mereka` or `keduanya` means both
 * (discourse.pronounPair).
 */
function pronounJoinedBefore(para: string, at: number): boolean {
  if (!featureOn('discourse.pronounPair')) return false;
  const from = Math.max(0, at - PRONOUN_PAIR_REACH);
  const before = para.slice(from, at).trimEnd();
  if (!before.endsWith(` ${DAN}`)) return false;
  const head = before.slice(0, -DAN.length - 1).trimEnd();
  const space = head.lastIndexOf(' ');
  const pronoun = head.slice(space + 1);
  if (!SINGULAR_ID_SET.has(pronoun.toLowerCase()) || !startsUpper(pronoun)) return false;
  // The pronoun opens its sentence: the paragraph's start, or a sentence's end mark before it
  // (a closing quote mark too: `…,” katanya.” Ia dan X …`).
  const mark = head.slice(0, space + 1).trimEnd();
  return mark === '' ? from === 0 : endsSentence(mark[mark.length - 1]!);
}

/** How far before a name `Ia dan` is looked for (`Ia dan ` with spaces to spare). */
const PRONOUN_PAIR_REACH = 16;
