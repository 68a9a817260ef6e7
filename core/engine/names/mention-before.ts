/**
 * Reads the subject that names a speaker before a pre-posed cue (`Menteri X mengatakan`,
 * `Ia menilai`, `Seorang pejabat PBB mengatakan`).
 */
import { DEFINITE, NYA_WORDS, PLURAL, SINGULAR, SPOKESPERSON_HEADS } from '../../lexicon/pronouns';
import { affiliatedBefore } from './affiliated-subject';
import { anonymousBefore, describedBefore } from './described-subject';
import { nameBeforeDegrees } from './degrees-after';
import { demoteMember, demoteSpokesperson, type Mention } from './mention';
import { isRunWord, JOINS_PEOPLE, PARTICLES, readRun } from './name-run';
import { roleBeforeName, type NamedRef } from './name-split';
import { withSharedRole } from './shared-role';
import { readName, readingsOf } from './name-reading';
import { hardNonName, namesPerson } from './name-model';
import { orgPhraseBefore } from './org-phrase';
import { englishDescriptionBefore } from './english-description';
import { englishOrgJoin } from './english-org';
import { rolePrefixStart } from './role-prefix';
import { spokenThrough } from './spoken-through';
import { subjectBeforeRelative } from './relative-subject';
import { isClauseStop, isLowerWord, type Token } from '../text/text';
import { startsCapLower } from '../text/chars';
import { featureOn } from '../features';
import { PREPOSITIONS } from '../../lexicon/prepositions';
import { isGivenName, isInnerName } from '../../lexicon/name-words';

/** True when token `s` opens its sentence. */
const opensSentence = (toks: readonly Token[], s: number) =>
  s === 0 || /^[.!?”"]$/u.test(toks[s - 1]!.text);

/**
 * `Kepala Biro Humas Koperasi X, Rudi Hartawan …`: the role that opens the sentence and ends at the
 * comma right before the name starting at token `r`, and where it starts; null when there is none.
 */
function openingRole(
  toks: readonly Token[],
  r: number,
  text: string,
  evidence: ReadonlySet<string>,
): { role: string; start: number } | null {
  if (toks[r - 1]?.text !== ',' || !isRunWord(toks[r - 2]?.text ?? '')) return null;
  let s0 = r - 2;
  while (s0 > 0 && readRun(toks, s0 - 1) > r - 2) s0--;
  const role = opensSentence(toks, s0)
    ? roleBeforeName(toks.slice(s0, r - 1), text, evidence)
    : null;
  return role ? { role, start: s0 } : null;
}

/**
 * `Xi dan Putin menilai`, `Budi, Rina, dan Andi menilai`: a group whose last member's run starts
 * at token `s` (its mention at `r`) and ends at `k`. `Ketua Partai X, Budi, dan Sekjen Rina
 * menilai`: the first member is a role-name appositive, its role opening the sentence. Null when
 * no `dan` joins two named people.
 */
function groupBefore(
  toks: readonly Token[],
  s: number,
  r: number,
  k: number,
  text: string,
  evidence: ReadonlySet<string>,
): Mention | null {
  const pause = toks[s - 2]?.text === ',' ? 1 : 0;
  if (!JOINS_PEOPLE.has(toks[s - 1]?.text ?? '') || !isRunWord(toks[s - 2 - pause]?.text ?? ''))
    return null;
  const last = readName(toks, r, k + 1, text, evidence);
  if (!last.name) return null;
  const members: NamedRef[] = [];
  let end = s - 1 - pause;
  let from = end;
  for (;;) {
    let s2 = end - 1;
    while (s2 > 0 && readRun(toks, s2 - 1) >= end) s2--;
    let ref = readName(toks, s2, end, text, evidence);
    // A member before a listing comma must be a person's name (`Budi, Rina, dan Andi`).
    if (!ref.name || (members.length && ref.kind !== 'person')) break;
    from = s2;
    const opening = pause ? openingRole(toks, s2, text, evidence) : null;
    if (opening && !ref.role) ref = { ...ref, role: opening.role };
    if (opening) from = opening.start;
    members.unshift(ref);
    if (opening || toks[s2 - 1]?.text !== ',' || !isRunWord(toks[s2 - 2]?.text ?? '')) break;
    end = s2 - 1;
  }
  // Members listed with commas open the sentence; `Di Cibening, Budi dan Rina` lists two.
  if (members.length > 1 && !opensSentence(toks, from)) {
    members.splice(0, members.length - 1);
    from = s - 1 - pause;
    while (from > 0 && readRun(toks, from - 1) >= s - 1 - pause) from--;
  }
  if (!members.length) return null;
  const [a, b] = withSharedRole(members[members.length - 1]!, last);
  return {
    kind: 'named',
    refs: [...members.slice(0, -1), a, b],
    text: text.slice(toks[from]!.start, toks[k]!.end),
  };
}

/** Words that put a run in a place or affiliation adjunct: the prepositions, and `asal` ("from"). */
const ADJUNCT_OPENERS: ReadonlySet<string> = new Set([...PREPOSITIONS, 'asal']);

/**
 * `Seorang pengguna aplikasi X di Cibening mengaku`, `Seorang pedagang asal Cibening mengaku`: a run
 * after a preposition inside a subject an indefinite word opens is that unnamed person's place or
 * affiliation, not the speaker, unless a name lexicon knows one of its words as a person's
 * (`Seorang warga bersama Budi Santoso mengatakan`).
 */
function unnamedAroundPlace(
  toks: readonly Token[],
  s: number,
  k: number,
  text: string,
): Mention | null {
  if (!featureOn('names.unnamedPlace') || !ADJUNCT_OPENERS.has(toks[s - 1]?.text ?? ''))
    return null;
  for (let j = s; j <= k; j++)
    if (isGivenName(toks[j]!.text) || isInnerName(toks[j]!.text)) return null;
  const unnamed = anonymousBefore(toks, k, text);
  return unnamed?.kind === 'anonymous' ? unnamed : null;
}

/**
 * Parses the subject that ends right before token `i` (the cue verb), stepping back over a
 * comma after an appositive name (`Ketua Umum PP Persis, Ahmad Fauzan, meminta`).
 */
function readBefore(
  toks: readonly Token[],
  i: number,
  text: string,
  evidence: ReadonlySet<string>,
): Mention | null {
  let k = i - 1;
  const named = toks[k]?.text === ',' ? nameBeforeDegrees(toks, k, text) : k;
  if (named < k) k = named;
  else if (toks[k]?.text === ',' && isRunWord(toks[k - 1]?.text ?? '')) k--;
  const prev = toks[k];
  if (!prev) return null;
  const lw = prev.lower;
  if (SINGULAR.has(lw)) return { kind: 'pronoun', plural: false, text: prev.text };
  if (PLURAL.has(lw)) return { kind: 'pronoun', plural: true, text: prev.text };
  // `Pihaknya menegaskan`, `Dirinya menilai`: a -nya word as the subject points back like `-nya`.
  if (NYA_WORDS.has(lw)) return { kind: 'nya', text: prev.text };
  if (DEFINITE.has(lw)) return describedBefore(toks, k, text);
  // `The ministry also said`, `the world number 11 said`: an English description points back.
  const described = englishDescriptionBefore(toks, k, text);
  if (described) return described;
  // Walk back to the start of the capitalised run.
  let s = k;
  for (;;) {
    if (s > 0 && readRun(toks, s - 1) > k) s--;
    else if (s > 1 && toks[s - 1]!.text === 'dan' && readRun(toks, s - 2) > k) s -= 2;
    // `Salim bin Hamid menyatakan`: a particle joins the name on both sides.
    else if (s > 1 && PARTICLES.has(toks[s - 1]!.text) && readRun(toks, s - 2) > k) s -= 2;
    // `Office for the Protection of … said`: the joiners of an English organisation's name.
    else if (s > 2 && englishOrgJoin(toks, s - 2) === 2 && readRun(toks, s - 3) > k) s -= 3;
    else if (s > 1 && englishOrgJoin(toks, s - 1) === 1 && readRun(toks, s - 2) > k) s -= 2;
    else break;
  }
  // The running text's run ending here (`Direktur PT X M. Yusuf`, `Kepala Badan X (BX) Rudi`):
  // its start, where walking back stops at an initial's dot or a bracketed acronym.
  const recorded = readingsOf(evidence)?.runStart(toks, k + 1);
  if (recorded !== undefined && recorded < s) s = recorded;
  // `When asked about …, X said`: a lone word that opens clauses (`When`, `Namun`) is no subject.
  const lone = toks[k]!.text;
  if (s === k && startsCapLower(lone) && hardNonName(lone) === 'function') return null;
  if (readRun(toks, s) <= k) return anonymousBefore(toks, k, text);
  // `Komunitas intelijen AS menyimpulkan`: the acronym closes a lowercase organisation phrase.
  const org = orgPhraseBefore(toks, s, k, text);
  if (org) return org;
  // A lowercase role right before the run (`jaksa Hartono`, `warga Homs Abu Karim`).
  let r = rolePrefixStart(toks, s);
  const unnamed = unnamedAroundPlace(toks, s, k, text);
  if (unnamed) return unnamed;
  // `Juru bicara dari kementerian X mengatakan`: the spokesperson head is the subject.
  if (toks[r - 1]?.text === 'dari' && SPOKESPERSON_HEADS.has(toks[r - 2]?.lower ?? '')) {
    r -= 2;
    if (toks[r - 1]?.lower === 'juru') r--;
  }
  const affiliated = affiliatedBefore(toks, r, k, text, evidence);
  if (affiliated) return affiliated;
  const spanText = text.slice(toks[r]!.start, toks[k]!.end);
  const group = groupBefore(toks, s, r, k, text, evidence);
  if (group) return group;
  let ref = readName(toks, r, k + 1, text, evidence);
  // `Melalui juru bicaranya Rudi, Kementerian X mengatakan`: the person speaks for it.
  const through = spokenThrough(toks, r, k, ref, text, evidence);
  if (through) return through;
  // `Kepala Biro Humas Koperasi X, Rudi Hartawan mengatakan`: the role opens the sentence, before a comma.
  if (ref.name && !ref.role) {
    const role = openingRole(toks, r, text, evidence)?.role;
    if (role) ref = { ...ref, role };
  }
  if (toks[r - 1]?.text === ',' && isRunWord(toks[r - 2]?.text ?? '')) {
    // `Omar Siddiq, Asisten Direktur Masjid Kota Leeds mengatakan`: name, then its role. A run
    // that opens with a role head and whose "name" no lexicon knows (`Budi Santoso, Ketua Partai
    // Maju, mengatakan`: `Maju` is the party's) is that role too, when a person's name comes first.
    const appositive = !!ref.name && !!roleBeforeName(toks.slice(r, k + 1), text, evidence);
    let s0 = r - 2;
    while (s0 > 0 && readRun(toks, s0 - 1) > r - 2) s0--;
    const named = readName(toks, s0, r - 1, text, evidence);
    const person = named.name && named.kind === 'person';
    if (person && (!ref.name || (appositive && namesPerson(named.name!, evidence)))) {
      const role = named.role ?? spanText;
      return {
        kind: 'named',
        refs: [{ ...named, role }],
        text: text.slice(toks[s0]!.start, toks[k]!.end),
      };
    }
  }
  if (!ref.name) return { kind: 'title', title: ref.role ?? spanText, text: spanText };
  return { kind: 'named', refs: [ref], text: spanText };
}

/** Parses the subject that ends right before token `i` (the cue verb); a member of an organisation or crowd is unnamed. */
export function mentionBefore(
  toks: readonly Token[],
  i: number,
  text: string,
  evidence: ReadonlySet<string>,
): Mention | null {
  const m = demoteSpokesperson(demoteMember(readBefore(toks, i, text, evidence)));
  if (toks[i - 1]?.text !== ',' || m?.kind === 'pronoun' || m?.kind === 'nya') return m;
  return describedName(toks, i, text, evidence, m) ?? relativeHead(toks, i, text, evidence, m) ?? m;
}

/** The first token of `m`, read before the comma at token `i - 1`; -1 when it is not found. */
function startOf(toks: readonly Token[], i: number, text: string, m: Mention): number {
  const at = toks[i - 2] ? toks[i - 2]!.end - m.text.length : -1;
  for (let j = i - 2; j >= 0 && toks[j]!.start >= at; j--) if (toks[j]!.start === at) return j;
  return -1;
}

/** One person named by `m`, or null. */
const personOf = (m: Mention | null): NamedRef | null =>
  m?.kind === 'named' && m.refs.length === 1 && m.refs[0]!.kind === 'person' && m.refs[0]!.name
    ? m.refs[0]!
    : null;

/**
 * `Dewi Anggraeni (45), warga Desa X, mengatakan`, `Budi, pengamat politik, menilai`: a
 * description closed by commas after a name describes that person, who is the subject. Null when
 * `m` is no description or no name comes before it.
 */
function describedName(
  toks: readonly Token[],
  i: number,
  text: string,
  evidence: ReadonlySet<string>,
  m: Mention | null,
): Mention | null {
  const described = m?.kind === 'anonymous' || m?.kind === 'title' ? m : null;
  const s0 = described ? startOf(toks, i, text, described) : -1;
  if (!described || s0 < 2 || toks[s0 - 1]!.text !== ',')
    return describingClause(toks, i, text, evidence);
  // An age or a bracketed note after the name (`Dewi (45)`) stays out of it.
  const last = toks[s0 - 2]!.text.startsWith('(') ? s0 - 3 : s0 - 2;
  if (!isRunWord(toks[last]?.text ?? '')) return null;
  return personDescribed(toks, last + 1, i, text, evidence, described.text);
}

/**
 * The person whose name ends before token `end`, described by what follows it up to the cue's
 * comma (token i − 2): the mention spans name and description, and the description is the role
 * when the name's own reading has none. Null when the run there names no person.
 */
function personDescribed(
  toks: readonly Token[],
  end: number,
  i: number,
  text: string,
  evidence: ReadonlySet<string>,
  description: string,
): Mention | null {
  const named = readBefore(toks, end, text, evidence);
  const ref = personOf(named);
  if (!ref || !named) return null;
  const from = text.lastIndexOf(named.text, toks[end - 1]!.end);
  const role = ref.role ?? description;
  return { kind: 'named', refs: [{ ...ref, role }], text: text.slice(from, toks[i - 2]!.end) };
}

/** Words that open a clause after a name's comma, not a description of the name. */
const NOT_DESCRIPTION: ReadonlySet<string> = new Set(['yang', 'dengan', 'who', 'which']);

/** Longest description, in tokens, read between a name's comma and the cue's. */
const MAX_DESCRIPTION = 12;

/**
 * `Budi Santoso, a senior economist at the Institute, said`: a description opening in lowercase
 * after a name's comma and closed by the cue's comma describes that name; a run inside it is not
 * the subject.
 */
function describingClause(
  toks: readonly Token[],
  i: number,
  text: string,
  evidence: ReadonlySet<string>,
): Mention | null {
  let c = i - 2;
  while (c > 1 && i - c <= MAX_DESCRIPTION && !isClauseStop(toks[c]!.text)) c--;
  if (toks[c]?.text !== ',' || !isLowerWord(toks[c + 1]?.text ?? '')) return null;
  // `, yang akrab disapa Bobi,` / `, dengan sapaan akrab Bobi,`: a relative or alias clause, read
  // by relativeHead and the alias readers.
  if (NOT_DESCRIPTION.has(toks[c + 1]!.text)) return null;
  if (!isRunWord(toks[c - 1]?.text ?? '')) return null;
  const description = text.slice(toks[c + 1]!.start, toks[i - 2]!.end);
  return personDescribed(toks, c, i, text, evidence, description);
}

/** A relative clause between commas after the subject, before the cue's comma. */
const COMMA_CLAUSE = { max: 16, commaBefore: true } as const;

/**
 * `Said, yang biasa menunggu di Terminal Lama, mengatakan`: a relative clause between commas
 * describes the name before it, which is the subject; a run inside the clause (`Terminal Lama`) is
 * not. Read only when `m` is no person's name opening the subject.
 */
function relativeHead(
  toks: readonly Token[],
  i: number,
  text: string,
  evidence: ReadonlySet<string>,
  m: Mention | null,
): Mention | null {
  if (m) {
    const s0 = startOf(toks, i, text, m);
    if (s0 < 1 || !isLowerWord(toks[s0 - 1]!.text)) return null;
  }
  const named = subjectBeforeRelative(toks, i, text, evidence, readBefore, COMMA_CLAUSE);
  return personOf(named) ? named : null;
}
