/**
 * Reads the words that name a speaker next to a cue: after a post-posed cue (`kata Xi`,
 * `ujar dia`, `kata seorang warga`) or before a pre-posed one (`Menteri X mengatakan`).
 */
import { DEFINITE, FIRST_PERSON, INDEFINITE, PLURAL, SINGULAR } from '../lexicon/pronouns';
import { ROLE_HEAD_SET, ROLE_WORD_SET } from '../lexicon/roles';
import { isRunWord, readRun, splitRun, type NamedRef } from './name-shape';
import { isLowerWord, type Token } from './text';

/** How a speaker is named at one quote. */
export type Mention =
  | { kind: 'named'; refs: NamedRef[]; text: string }
  | { kind: 'pronoun'; plural: boolean; text: string }
  | { kind: 'nya'; text: string }
  /** A role without a name (`kata Kapolri`, `papar mantan Dirjen itu`). */
  | { kind: 'title'; title: string; text: string }
  | { kind: 'anonymous'; text: string };

/** Words that end a lowercase description after a cue (`kata seorang warga di lokasi`). */
const DESCRIPTION_STOP = new Set(
  'di saat ketika dalam kepada usai seusai seperti pada melalui dikutip sambil setelah sebelum ketika dan yang via lewat menanggapi menjawab menambahkan'.split(
    ' ',
  ),
);

/** Parses the speaker after a post-posed cue, from token `i`. */
export function mentionAfter(
  toks: readonly Token[],
  i: number,
  text: string,
  evidence: ReadonlySet<string>,
): Mention | null {
  const first = toks[i];
  if (!first) return null;
  const lw = first.text.toLowerCase();
  if (SINGULAR.has(lw) || FIRST_PERSON.has(lw))
    return { kind: 'pronoun', plural: false, text: first.text };
  if (PLURAL.has(lw)) return { kind: 'pronoun', plural: true, text: first.text };
  // A lowercase description: `seorang warga`, `juru bicara Kemenlu X`, `mantan Dirjen itu`.
  let j = i;
  while (
    j < toks.length &&
    isLowerWord(toks[j]!.text) &&
    !DESCRIPTION_STOP.has(toks[j]!.text) &&
    j - i < 6
  )
    j++;
  const lower = toks.slice(i, j);
  const runEnd = readRun(toks, j);
  if (runEnd === j && !lower.length) return null;
  const run = toks.slice(j, runEnd);
  const after = toks[runEnd]?.text.toLowerCase() ?? '';
  const spanText = (a: number, b: number) => text.slice(toks[a]!.start, toks[b - 1]!.end);
  if (DEFINITE.has(after))
    return { kind: 'title', title: spanText(i, runEnd), text: spanText(i, runEnd + 1) };
  if (!run.length) {
    const words = lower.map(t => t.text);
    if (DEFINITE.has(words[words.length - 1] ?? ''))
      return { kind: 'title', title: spanText(i, j - 1), text: spanText(i, j) };
    if (words.some(w => INDEFINITE.has(w) || ROLE_WORD_SET.has(w)))
      return { kind: 'anonymous', text: spanText(i, j) };
    return null;
  }
  // `X dan Y`: a group, each member parsed on its own.
  if (toks[runEnd]?.text === 'dan' && isRunWord(toks[runEnd + 1]?.text ?? '')) {
    const end2 = readRun(toks, runEnd + 1);
    const a = splitRun([...lower, ...run], text, evidence);
    const b = splitRun(toks.slice(runEnd + 1, end2), text, evidence);
    if (a.name && b.name) return { kind: 'named', refs: [a, b], text: spanText(i, end2) };
  }
  // `Pimpinan Redaksi (Pemred) Republika, Irfan Junaidi` / `Jubir Pemerintah untuk Penanganan
  // Covid-19, Achmad Yurianto`: a role (possibly with lowercase links), a comma, then the name.
  const head = splitRun([...lower, ...run], text, evidence);
  if (!head.name || ROLE_HEAD_SET.has((lower[0] ?? run[0])!.text.toLowerCase())) {
    let c = runEnd;
    while (
      c < toks.length &&
      c - runEnd < 6 &&
      toks[c]!.text !== ',' &&
      /^[\p{L}\p{N}(]/u.test(toks[c]!.text)
    )
      c++;
    if (toks[c]?.text === ',' && isRunWord(toks[c + 1]?.text ?? '')) {
      const end2 = readRun(toks, c + 1);
      const named = splitRun(toks.slice(c + 1, end2), text, evidence);
      if (named.name && named.kind === 'person' && !named.role) {
        const role = text.slice(toks[i]!.start, toks[c - 1]!.end);
        return { kind: 'named', refs: [{ ...named, role }], text: spanText(i, end2) };
      }
    }
  }
  const ref = splitRun([...lower, ...run], text, evidence);
  if (!ref.name)
    return { kind: 'title', title: ref.role ?? spanText(i, runEnd), text: spanText(i, runEnd) };
  return { kind: 'named', refs: [ref], text: spanText(i, runEnd) };
}

/**
 * Parses the subject that ends right before token `i` (the cue verb), stepping back over a
 * comma after an appositive name (`Ketua Umum PP Muhammadiyah, Haedar Nashir, meminta`).
 */
export function mentionBefore(
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
  if (lw === 'pihaknya' || lw === 'beliau') return { kind: 'nya', text: prev.text };
  // Walk back to the start of the capitalised run.
  let s = k;
  for (;;) {
    if (s > 0 && readRun(toks, s - 1) > k) s--;
    else if (s > 1 && toks[s - 1]!.text === 'dan' && readRun(toks, s - 2) > k) s -= 2;
    else break;
  }
  if (readRun(toks, s) <= k) return anonymousBefore(toks, k, text);
  // A lowercase role right before the run (`jaksa Ardito`, `warga Aleppo Abu Youssef`).
  let r = s;
  while (
    r > 0 &&
    isLowerWord(toks[r - 1]!.text) &&
    (ROLE_WORD_SET.has(toks[r - 1]!.text) || INDEFINITE.has(toks[r - 1]!.text)) &&
    s - r < 4
  )
    r--;
  // `politisi asal Sumbar Fadli Zon`: the word after `asal` is a place, not part of the name.
  if (toks[r - 1]?.text === 'asal' && k > s + 1) r = s + 1;
  const run = toks.slice(r, k + 1);
  const spanText = text.slice(toks[r]!.start, toks[k]!.end);
  // `Xi dan Putin menilai`: a group.
  if (toks[s - 1]?.text === 'dan' && isRunWord(toks[s - 2]?.text ?? '')) {
    let s2 = s - 2;
    while (s2 > 0 && readRun(toks, s2 - 1) >= s - 1) s2--;
    const a = splitRun(toks.slice(s2, s - 1), text, evidence);
    const b = splitRun(run, text, evidence);
    if (a.name && b.name)
      return { kind: 'named', refs: [a, b], text: text.slice(toks[s2]!.start, toks[k]!.end) };
  }
  let ref = splitRun(run, text, evidence);
  // `Kepala Protokoler Parlemen Palestina, Majed Nazebda mengatakan`: the role sits before a comma.
  if (ref.name && !ref.role && toks[r - 1]?.text === ',' && isRunWord(toks[r - 2]?.text ?? '')) {
    let s0 = r - 2;
    while (s0 > 0 && readRun(toks, s0 - 1) > r - 2) s0--;
    const head = splitRun(toks.slice(s0, r - 1), text, evidence);
    if (!head.name && head.role) ref = { ...ref, role: head.role };
  }
  if (!ref.name && toks[r - 1]?.text === ',' && isRunWord(toks[r - 2]?.text ?? '')) {
    // `Shaynul Khan, Asisten Direktur Masjid East London mengatakan`: name, then its role.
    let s0 = r - 2;
    while (s0 > 0 && readRun(toks, s0 - 1) > r - 2) s0--;
    const named = splitRun(toks.slice(s0, r - 1), text, evidence);
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

/** `Seorang pejabat PBB mengatakan`: a lowercase subject opened by an indefinite word. */
function anonymousBefore(toks: readonly Token[], k: number, text: string): Mention | null {
  let s = k;
  while (
    s > 0 &&
    toks[s - 1]!.text !== ',' &&
    /^[\p{L}\p{N}]/u.test(toks[s - 1]!.text) &&
    k - s < 8
  )
    s--;
  const words = toks.slice(s, k + 1).map(t => t.text.toLowerCase());
  const idx = words.findIndex(w => INDEFINITE.has(w));
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
