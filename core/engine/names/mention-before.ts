/**
 * Reads the subject that names a speaker before a pre-posed cue (`Menteri X mengatakan`,
 * `Ia menilai`, `Seorang pejabat PBB mengatakan`).
 */
import { DEFINITE, NYA_WORDS, PLURAL, SINGULAR, SPOKESPERSON_HEADS } from '../../lexicon/pronouns';
import { affiliatedBefore } from './affiliated-subject';
import { anonymousBefore, describedBefore } from './described-subject';
import { demoteMember, demoteSpokesperson, type Mention } from './mention';
import { isRunWord, JOINS_PEOPLE, PARTICLES, readRun } from './name-run';
import { roleBeforeName } from './name-split';
import { readName, readingsOf } from './name-reading';
import { orgPhraseBefore } from './org-phrase';
import { rolePrefixStart } from './role-prefix';
import { spokenThrough } from './spoken-through';
import type { Token } from '../text/text';

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
  if (toks[k]?.text === ',' && isRunWord(toks[k - 1]?.text ?? '')) k--;
  const prev = toks[k];
  if (!prev) return null;
  const lw = prev.text.toLowerCase();
  if (SINGULAR.has(lw)) return { kind: 'pronoun', plural: false, text: prev.text };
  if (PLURAL.has(lw)) return { kind: 'pronoun', plural: true, text: prev.text };
  // `Pihaknya menegaskan`, `Dirinya menilai`: a -nya word as the subject points back like `-nya`.
  if (NYA_WORDS.has(lw)) return { kind: 'nya', text: prev.text };
  if (DEFINITE.has(lw)) return describedBefore(toks, k, text);
  // Walk back to the start of the capitalised run.
  let s = k;
  for (;;) {
    if (s > 0 && readRun(toks, s - 1) > k) s--;
    else if (s > 1 && toks[s - 1]!.text === 'dan' && readRun(toks, s - 2) > k) s -= 2;
    // `Salim bin Hamid menyatakan`: a particle joins the name on both sides.
    else if (s > 1 && PARTICLES.has(toks[s - 1]!.text) && readRun(toks, s - 2) > k) s -= 2;
    else break;
  }
  // The running text's run ending here (`Direktur PT X M. Yusuf`, `Kepala Badan X (BX) Rudi`):
  // its start, where walking back stops at an initial's dot or a bracketed acronym.
  const recorded = readingsOf(evidence)?.runStart(toks, k + 1);
  if (recorded !== undefined && recorded < s) s = recorded;
  if (readRun(toks, s) <= k) return anonymousBefore(toks, k, text);
  // `Komunitas intelijen AS menyimpulkan`: the acronym closes a lowercase organisation phrase.
  const org = orgPhraseBefore(toks, s, k, text);
  if (org) return org;
  // A lowercase role right before the run (`jaksa Hartono`, `warga Homs Abu Karim`).
  let r = rolePrefixStart(toks, s);
  // `Juru bicara dari kementerian X mengatakan`: the spokesperson head is the subject.
  if (
    toks[r - 1]?.text === 'dari' &&
    SPOKESPERSON_HEADS.has(toks[r - 2]?.text.toLowerCase() ?? '')
  ) {
    r -= 2;
    if (toks[r - 1]?.text.toLowerCase() === 'juru') r--;
  }
  const affiliated = affiliatedBefore(toks, r, k, text, evidence);
  if (affiliated) return affiliated;
  const spanText = text.slice(toks[r]!.start, toks[k]!.end);
  // `Xi dan Putin menilai`: a group.
  if (JOINS_PEOPLE.has(toks[s - 1]?.text ?? '') && isRunWord(toks[s - 2]?.text ?? '')) {
    let s2 = s - 2;
    while (s2 > 0 && readRun(toks, s2 - 1) >= s - 1) s2--;
    const a = readName(toks, s2, s - 1, text, evidence);
    const b = readName(toks, r, k + 1, text, evidence);
    if (a.name && b.name)
      return { kind: 'named', refs: [a, b], text: text.slice(toks[s2]!.start, toks[k]!.end) };
  }
  let ref = readName(toks, r, k + 1, text, evidence);
  // `Melalui juru bicaranya Rudi, Kementerian X mengatakan`: the person speaks for it.
  const through = spokenThrough(toks, r, k, ref, text, evidence);
  if (through) return through;
  // `Kepala Biro Humas Koperasi X, Rudi Hartawan mengatakan`: the role opens the sentence, before a comma.
  if (ref.name && !ref.role && toks[r - 1]?.text === ',' && isRunWord(toks[r - 2]?.text ?? '')) {
    let s0 = r - 2;
    while (s0 > 0 && readRun(toks, s0 - 1) > r - 2) s0--;
    const opens = s0 === 0 || /^[.!?”"]$/u.test(toks[s0 - 1]!.text);
    const role = opens ? roleBeforeName(toks.slice(s0, r - 1), text, evidence) : null;
    if (role) ref = { ...ref, role };
  }
  if (!ref.name && toks[r - 1]?.text === ',' && isRunWord(toks[r - 2]?.text ?? '')) {
    // `Omar Siddiq, Asisten Direktur Masjid Kota Leeds mengatakan`: name, then its role.
    let s0 = r - 2;
    while (s0 > 0 && readRun(toks, s0 - 1) > r - 2) s0--;
    const named = readName(toks, s0, r - 1, text, evidence);
    if (named.name && named.kind === 'person') {
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
  return demoteSpokesperson(demoteMember(readBefore(toks, i, text, evidence)));
}
