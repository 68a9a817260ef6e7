/**
 * An office named by a list of its fields: `Kementerian Pendidikan, Kebudayaan, Riset, dan
 * Teknologi`, `Menteri Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi Budi Santoso`. The
 * commas and the `dan` list the fields of one office, not people: the run that opens the list holds
 * an office head (FIELD_OFFICE_HEADS) or the head of its holder (FIELD_OFFICE_HOLDERS), at least one
 * field stands between it and `, dan`, and no word of the list is a given name. Read before a
 * subject is split at its `dan` (group-subject.ts) and after a cue (mention-after.ts).
 */
import type { Mention } from './mention';
import { JOINS_PEOPLE, isRunToken, readRun, walkRunBack } from './name-run';
import { splitRun, type NamedRef } from './name-split';
import type { ReadingContext } from './reading-context';
import { FIELD_OFFICE_HEAD_SET, FIELD_OFFICE_HOLDER_SET } from '../../lexicon/office-heads';
import { isGivenName } from '../../lexicon/name-words';
import { featureOn } from '../features';
import type { Token } from '../text/text';

/** Most fields listed between the office's head run and its `, dan`. */
const MAX_FIELDS = 6;
/** Most words of one listed field (`Pembangunan Daerah Tertinggal`). */
const MAX_FIELD_WORDS = 4;

/** True when the run holds an office's or its holder's head. */
const holdsHead = (run: readonly Token[]) =>
  run.some(t => FIELD_OFFICE_HEAD_SET.has(t.lower) || FIELD_OFFICE_HOLDER_SET.has(t.lower));

/**
 * True when the run opening a field list holds the head of a post in a company or a unit
 * (`Area Manager Communication, Relations and CSR PT X`, `Manajer Humas, Hukum dan Umum PT X`):
 * its holder is named after the last field. Only with names.fieldListLooseJoin.
 */
const holdsPost = (run: readonly Token[]) =>
  featureOn('names.fieldListLooseJoin') && run.some(t => POST_HEADS.has(t.lower));

/** Heads of a company or unit post whose fields may be listed (lowercase). */
const POST_HEADS: ReadonlySet<string> = new Set(
  'manajer manager kepala head direktur director ketua kabag kasubag'.split(' '),
);

/** True when a listed field may be one: a few words, none a given name. */
const isField = (run: readonly Token[]) =>
  run.length <= MAX_FIELD_WORDS && !run.some(t => isGivenName(t.text));

/** Most words of the run that opens a list: its office's words and the first field. */
const MAX_HEAD_RUN_WORDS = 8;

/**
 * True when the run opening a list may be its head run. It holds the office's own words before the
 * first field (`Kepala Eksekutif Pengawas Usaha Pertambangan Rakyat, Energi, dan …`, `Direktur Jenderal
 * Pengelolaan Sampah Kementerian Lingkungan, Kehutanan, dan …`), so it runs longer than a field
 * (names.fieldListLongHead); none of its words is a given name.
 */
const isHeadRun = (run: readonly Token[]) =>
  featureOn('names.fieldListLongHead')
    ? run.length <= MAX_HEAD_RUN_WORDS && !run.some(t => isGivenName(t.text))
    : isField(run);

/**
 * A field list's runs: the head run `[from, headEnd)` (the office or its holder's head) and the
 * last field's run `[last, end)`, which may close with the holder's name.
 */
interface FieldList {
  readonly from: number;
  readonly headEnd: number;
  readonly last: number;
  readonly end: number;
}

/**
 * A subject ending at token `k` whose last run starts at `s`, after `, dan`: the office (an
 * organisation, or the person holding it) whose field list runs back to its head, or null.
 */
export function fieldListOfficeBefore(ctx: ReadingContext, s: number, k: number): Mention | null {
  const from = fieldListHead(ctx.toks, s);
  if (from < 0) return null;
  const list = { from, headEnd: readRun(ctx.toks, from), last: s, end: k + 1 };
  const office = readOffice(ctx, list);
  if (office?.kind !== 'named') return office;
  const ref = office.refs[0]!;
  return ref.kind === 'organization'
    ? { ...office, refs: [withShortForm(ctx, list, ref)] }
    : office;
}

/**
 * Where the head run of an office's field list starts, for the last field starting at token `s`
 * after `, dan`; -1 when the words before are no such list.
 */
export function fieldListHead(toks: readonly Token[], s: number): number {
  if (!featureOn('names.fieldListOffice') || !JOINS_PEOPLE.has(toks[s - 1]?.text ?? '')) return -1;
  // `Desa, Pembangunan Daerah Tertinggal dan Transmigrasi`, `Communication, Relations and CSR`:
  // without the comma before `dan`, the field before it must itself follow a comma.
  const serial = toks[s - 2]?.text === ',';
  if (!serial && !(featureOn('names.fieldListLooseJoin') && isRunToken(toks[s - 2]))) return -1;
  let j = serial ? s - 3 : s - 2;
  for (let n = 0; n <= MAX_FIELDS && isRunToken(toks[j]); n++) {
    const st = walkRunBack(toks, j);
    const run = toks.slice(st, j + 1);
    if (holdsHead(run) || (n > 0 && holdsPost(run))) return n > 0 && isHeadRun(run) ? st : -1;
    if (!isField(run) || toks[st - 1]?.text !== ',') return -1;
    j = st - 2;
  }
  return -1;
}

/**
 * After a cue, the run `[i, runEnd)` opening a field list (`kata Menteri Desa, …, dan Transmigrasi
 * Budi`, `kata Kepala Dinas Pemuda, Olahraga, dan Pariwisata X, Rina`): the office or its holder,
 * named in the last field's run or set off by a comma after it; null when there is no such list.
 */
export function fieldListOfficeAfter(
  ctx: ReadingContext,
  i: number,
  runEnd: number,
): Mention | null {
  const { toks } = ctx;
  if (!featureOn('names.fieldListOffice') || toks[runEnd]?.text !== ',') return null;
  const head = toks.slice(i, runEnd);
  if (!holdsHead(head) || !isHeadRun(head)) return null;
  let j = runEnd;
  for (let n = 0; n <= MAX_FIELDS && toks[j]?.text === ','; n++) {
    if (toks[j + 1]?.text === 'dan') {
      const last = j + 2;
      const end = readRun(toks, last);
      if (n === 0 || end <= last) return null;
      const office = readOffice(ctx, { from: i, headEnd: runEnd, last, end });
      return office ?? holderAfterComma(ctx, i, end);
    }
    if (!isRunToken(toks[j + 1])) return null;
    const e = readRun(toks, j + 1);
    if (!isField(toks.slice(j + 1, e))) return null;
    j = e;
  }
  return null;
}

/**
 * In the running text, the run `[i, runEnd)` opening a field list whose last field names its holder
 * or closes the office (`Kepala Dinas Pemuda, Olahraga dan Pariwisata Kota X Rina Kartika menyambut
 * …`, `Dinas Koperasi, Perdagangan, dan Perindustrian menggelar …`): the one reading of the whole
 * list and where it ends. Without it each field was a run of its own, the head run read as a
 * person called by the first field (`Pemuda`, role `Kepala Dinas`) whom a later `Ia` meant, and the
 * holder's role was the last field alone. The serial comma before `dan` is optional here as in
 * fieldListHead (names.fieldListLooseJoin). Null when the runs are no such list, or the list's
 * holder is set off by a comma after it (the comma reading, cast.fieldListRoleBeforeComma, has it).
 */
export function fieldListOfficeFrom(
  ctx: ReadingContext,
  i: number,
  runEnd: number,
): { end: number; ref: NamedRef } | null {
  if (!featureOn('cast.fieldListInText') || !featureOn('names.fieldListOffice')) return null;
  const { toks } = ctx;
  if (toks[runEnd]?.text !== ',' || !holdsHead(toks.slice(i, runEnd))) return null;
  if (!isHeadRun(toks.slice(i, runEnd))) return null;
  let j = runEnd;
  for (let n = 0; n <= MAX_FIELDS && toks[j]?.text === ','; n++) {
    const serial = toks[j + 1]?.text === 'dan';
    const at = serial ? j + 2 : j + 1;
    if (!isRunToken(toks[at])) return null;
    const e = readRun(toks, at);
    if (serial)
      return n > 0 ? officeRead(ctx, { from: i, headEnd: runEnd, last: at, end: e }) : null;
    // `…, Olahraga dan Pariwisata …`: the last field after `dan` with no comma before it, which
    // the run may have read into itself (`Perumahan dan Tata Ruang …`).
    let d = at;
    while (d < e && toks[d]!.text !== 'dan') d++;
    if (!isField(toks.slice(at, d))) return null;
    const loose = featureOn('names.fieldListLooseJoin') && toks[d]?.text === 'dan';
    if (loose && isRunToken(toks[d + 1])) {
      const end = d < e ? e : readRun(toks, d + 1);
      return officeRead(ctx, { from: i, headEnd: runEnd, last: d + 1, end });
    }
    j = e;
  }
  return null;
}

/** readOffice's one reading of the list `[from, end)`, with where it ends. */
function officeRead(ctx: ReadingContext, list: FieldList): { end: number; ref: NamedRef } | null {
  const { last, end } = list;
  if (end <= last) return null;
  const office = readOffice(ctx, list);
  const ref = office?.kind === 'named' ? office.refs[0] : undefined;
  if (!ref) return null;
  // `Kasubdit A, B, dan C Polda Nusa Raya, AKBP Hendra …`: a holder set off by the comma
  // after the list is the person (the comma reading gives the list as the role:
  // cast.fieldListRoleBeforeComma), whatever the list's last words read as.
  if (personAfterComma(ctx, end)) return null;
  if (ref.kind === 'person') return { end, ref };
  return { end, ref: withShortForm(ctx, list, ref) };
}

/**
 * `Kementerian A, B, dan C (KABC)`: the short form closing the list is the organisation's alias,
 * as other organisations' brackets are (name-split.ts shortFormOrganisation), so a later `KABC`
 * alone is the same body. `ref` unchanged when no bracket closes the list.
 */
function withShortForm({ toks, text }: ReadingContext, list: FieldList, ref: NamedRef): NamedRef {
  const { from, last, end } = list;
  const close = toks[end - 1]!.text;
  if (!close.startsWith('(') || !close.endsWith(')') || end - 1 <= last) return ref;
  const name = text.slice(toks[from]!.start, toks[end - 2]!.end);
  return { ...ref, name, alias: close.slice(1, -1) };
}

/** True when a comma at token `end` sets off a run read as a person's name (a rank may open it). */
function personAfterComma({ toks, text, evidence }: ReadingContext, end: number): boolean {
  if (toks[end]?.text !== ',' || !isRunToken(toks[end + 1])) return false;
  const named = splitRun(toks.slice(end + 1, readRun(toks, end + 1)), text, evidence);
  return named.kind === 'person' && !!named.name;
}

/**
 * The office whose head run is `[from, headEnd)` and last field run `[last, end)`: read as one run
 * (`Menteri Desa Transmigrasi Budi Santoso`), a person's name closing it is its holder and the
 * list before the name the role; else, headed by an office, the organisation itself. Null when the
 * list names an office-holder but no one.
 */
function readOffice(
  { toks, text, evidence }: ReadingContext,
  { from, headEnd, last, end }: FieldList,
): Mention | null {
  const ref = splitRun([...toks.slice(from, headEnd), ...toks.slice(last, end)], text, evidence);
  const written = text.slice(toks[from]!.start, toks[end - 1]!.end);
  const nameAt = ref.kind === 'person' && ref.name ? text.indexOf(ref.name, toks[last]!.end) : -1;
  if (nameAt > 0 && nameAt <= toks[end - 1]!.start) {
    const role = text.slice(toks[from]!.start, nameAt).trim();
    return { kind: 'named', refs: [{ ...ref, role }], text: written };
  }
  if (!FIELD_OFFICE_HEAD_SET.has(toks[from]!.lower)) return null;
  return {
    kind: 'named',
    refs: [{ name: written, role: null, kind: 'organization', alias: null }],
    text: written,
  };
}

/**
 * `…, dan Pariwisata Kabupaten X, Rina Kartika`: the holder named after the comma that closes the
 * office's list `[i, end)`, the list being the role; null when no person's name follows.
 */
function holderAfterComma(
  { toks, text, evidence }: ReadingContext,
  i: number,
  end: number,
): Mention | null {
  if (toks[end]?.text !== ',' || !isRunToken(toks[end + 1])) return null;
  const nameEnd = readRun(toks, end + 1);
  const named = splitRun(toks.slice(end + 1, nameEnd), text, evidence);
  if (named.kind !== 'person' || !named.name || named.role) return null;
  const role = text.slice(toks[i]!.start, toks[end - 1]!.end);
  return {
    kind: 'named',
    refs: [{ ...named, role }],
    text: text.slice(toks[i]!.start, toks[nameEnd - 1]!.end),
  };
}
