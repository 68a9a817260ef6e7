/**
 * The role a running-text run carries with it: read from the run with the lowercase role before it
 * (`jaksa Hartono`), set off by commas right after the name (`X, pelatih tim itu, …`), after a
 * naming word or a sport event, and the origin or capacity written after the name.
 */
import { featureOn } from '../features';
import { isCapitalised, tokenize, type Token } from '../text/text';
import { readAppositive } from '../names/appositive-after';
import type { NamedRef } from '../names/name-split';
import { readName } from '../names/name-reading';
import { rolePrefixStart } from '../names/role-prefix';
import { bridgedOffice } from '../names/bridged-office';
import type { ReadingContext } from '../names/reading-context';
import { IDENTIFYING_WORDS, ROLE_HEAD_SET, ROLE_LINKS, THING_ARTICLES } from '../../lexicon/roles';
import { standingOf } from './standing-description';
import { LISTED_COUNTS, PAIR_COUNTS } from '../../lexicon/pronouns';
import { startsLower } from '../text/chars';
import { roleOfDescription } from '../names/role-before-relative';
import { roleBeforeNamingWord } from '../names/role-before-naming';
import { sportEventRole } from '../names/sport-event-role';
import { capacityAfterName } from '../names/capacity-after-name';
import { originAfterName, withOrigin } from '../names/origin-after-name';

/**
 * The reading of the run at tokens [i, end), read with the lowercase role before it (`jaksa
 * Hartono`, `politikus Partai X Budi`) when that role has a head and only adds a role to the same
 * person: the span a cue before or after it reads too (names/role-prefix.ts). The record's span
 * stays the run (where the clause position is read); only its reading holds the role. Lowercase
 * organisation words (`bank X`, `pemerintah X`) stay out of an organisation's name.
 */
export function readRunWithRole(ctx: ReadingContext, i: number, end: number): NamedRef {
  const { toks: t, text, evidence } = ctx;
  const ref = readName(t, i, end, text, evidence);
  const from = rolePrefixStart(t, i);
  if (ref.kind === 'person' && ref.name && !ref.role) {
    const role =
      appositiveAfter(t, end, text, identifiedAt(t, i)) ??
      roleBeforeNamingWord(t, i, text) ??
      sportEventRole(t, i, text);
    if (role) return { ...ref, role };
  }
  if (from === i && ref.kind === 'person' && ref.name) {
    const office = bridgedOffice(t, i, { name: ref.name, role: ref.role }, text);
    if (office) return { ...ref, role: office };
  }
  if (from === i || ref.kind !== 'person' || !ref.name) return ref;
  if (!t.slice(from, i).some(w => ROLE_HEAD_SET.has(w.lower))) return ref;
  const withRole = readName(t, from, end, text, evidence);
  return withRole.kind === 'person' && withRole.name === ref.name ? withRole : ref;
}

/**
 * `Agus Wiratmaja, pelatih tim itu, memuji …`, `Mark Ellison, the team's coach, praised …`: a role
 * set off by commas right after a name is that person's role, so a later bare title (`sang
 * pelatih`, `the coach`) finds its holder. The appositive (names/appositive-after.ts) is a role
 * when a lowercase head opens it (after `the`); null otherwise.
 */
export function appositiveAfter(
  t: readonly Token[],
  end: number,
  text: string,
  identified = false,
): string | null {
  const a = readAppositive(text, t[end - 1]!.end);
  if (!a || a.note || (a.age === 'alone' && !featureOn('cast.ageAloneAppositiveRole'))) return null;
  // `Dewi (39), warga …`: an age between the name and its comma describes the same person, and
  // after it the name and role are a person's introduction, so the role may end its sentence.
  // Each form has its own switch, so either can be measured without the other. An age alone
  // between commas (`Sutrisno, 52 tahun, guru …,`) is the same introduction (its own switch).
  const aged = a.age !== null;
  if (!featureOn(a.age === 'bracketed' ? 'cast.agedAppositiveRole' : 'cast.appositiveRole'))
    return null;
  const standing = standingOf(a.text.split(' '));
  const role = standing ?? roleOfDescription(a.text);
  // A standing names a person whatever follows it, so it may close its sentence too.
  const closes = aged || !!standing || identified || (role !== a.text && relativeClosesSentence());
  if (a.close === '.' && !closes) return null;
  const words = tokenize(role);
  const head = words[0]?.text === 'the' ? 1 : 0;
  const w = words[head]?.text ?? '';
  if (!startsLower(w) || !(standing || ROLE_HEAD_SET.has(w))) return null;
  if (words.length <= head + mostRoleWords(words)) return role;
  return beforeIndefinite(words, head, role);
}

/**
 * `X, murid kelas lima sebuah SD swasta di ujung gang.`: an appositive too long for a role
 * that goes on into an unnamed place or institution (`sebuah`, `suatu`, after a link word or
 * not) is the person's role up to it (cast.roleBeforeIndefinite); null when there is no such cut.
 */
function beforeIndefinite(words: readonly Token[], head: number, role: string): string | null {
  if (!featureOn('cast.roleBeforeIndefinite')) return null;
  const a = words.findIndex(w => THING_ARTICLES.has(w.text));
  if (a < 0) return null;
  const cut = ROLE_LINKS.has(words[a - 1]?.text ?? '') ? a - 1 : a;
  if (cut <= head || cut > head + mostRoleWords(words)) return null;
  return role.slice(0, words[cut - 1]!.end);
}

/**
 * `Rina dan Dodi, dua siswa kelas empat, terlihat gembira`, `A dan B, keduanya warga Desa X.`: the
 * role a count opens in the appositive after a pair's last name (read from offset `from`), without
 * the count; null when the appositive opens with no count or no role head follows it
 * (cast.pairCountedAppositive).
 */
export function countedAppositive(text: string, from: number): string | null {
  if (!featureOn('cast.pairCountedAppositive')) return null;
  const a = readAppositive(text, from);
  if (!a || a.note) return null;
  const words = a.text.split(' ');
  const count = words[0]!.toLowerCase();
  if (!LISTED_COUNTS.has(count) && !PAIR_COUNTS.has(count)) return null;
  const role = roleOfDescription(words.slice(1).join(' '));
  const n = role.split(' ');
  return ROLE_HEAD_SET.has(n[0]!) && n.length <= 7 ? role : null;
}

/**
 * True when the run at token `i` is presented by a word identifying it (`Pelanggan setianya adalah
 * X, sopir angkot di Terminal Y.`, `Dialah X, …`): the description set off after the name is then
 * that person's, and may close the sentence as one after an age may (cast.identifiedAppositiveAtEnd).
 */
export function identifiedAt(t: readonly Token[], i: number): boolean {
  if (!featureOn('cast.identifiedAppositiveAtEnd')) return false;
  return IDENTIFYING_WORDS.has(t[i - 1]?.lower ?? '') || IDENTIFYING_WORDS.has(t[i]?.lower ?? '');
}

/** The most words of an appositive role: seven, or eight when it says where (cast.placedLongAppositive). */
function mostRoleWords(words: readonly Token[]): number {
  return featureOn('cast.placedLongAppositive') && placeLinked(words) ? 8 : 7;
}

/**
 * True when a link word (`di`, `dari`, `asal`, `untuk`, `pada`) in role `words` opens a capitalised
 * place or institution (`perawat puskesmas pembantu di Desa X`, `anggota dewan dari daerah pemilihan
 * Y`, a few lowercase words between): those words say where the role is held, and with them a
 * role runs a word longer than an office alone.
 */
function placeLinked(words: readonly Token[]): boolean {
  for (let k = 1; k < words.length - 1; k++) {
    if (!PLACE_LINK_WORDS.has(words[k]!.text)) continue;
    for (let j = k + 1; j < Math.min(words.length, k + 4); j++)
      if (isCapitalised(words[j]!.text)) return true;
  }
  return false;
}

/** Link words that open where a role is held (roles.ts ROLE_LINKS, and `asal`). */
const PLACE_LINK_WORDS: ReadonlySet<string> = new Set([...ROLE_LINKS, 'asal']);

/**
 * `… kepada Dewi Lestari, penari asal Solo yang kini tinggal di Bandung.`: a role cut before its
 * relative clause may close the sentence, since the clause describes the person just named (a
 * list or a clause after a framing comma has no such `yang`), as a bracketed age makes it one.
 */
function relativeClosesSentence(): boolean {
  return featureOn('cast.relativeAppositiveAtEnd');
}

/**
 * `ref` with the origin written after its name (`Abdul (71) asal Desa X`) added to its role, or
 * for a person with no role, the capacity they speak in (`Rina selaku kuasa hukum korban
 * mengatakan`) as the role.
 */
export function withOriginAfter(
  ref: NamedRef,
  t: readonly Token[],
  end: number,
  text: string,
): NamedRef {
  if (ref.kind !== 'person' || !ref.name) return ref;
  const origin = originAfterName(t, end, text);
  if (origin) return { ...ref, role: withOrigin(ref.role, origin) };
  const capacity = ref.role ? null : capacityAfterName(t, end, text);
  return capacity ? { ...ref, role: capacity } : ref;
}
