/**
 * `kata Buya`, `ujar Romo`, `tutur Ustaz`: a religious title or a form of address alone at a cue
 * (lexicon/honorifics.ts) names no office, so no role holds it. It means the person the article
 * last wrote with that title before their name (`Buya H. Syafruddin Datuk Rajo Mudo`), before the
 * cue (discourse.honorificTitle).
 */
import { DATUK_FORMS, HONORIFIC_SET, PROFESSION_TITLES } from '../../lexicon/honorifics';
import { offsetOf, paragraphOf, type Entity, type Pos } from '../cast/entity';
import type { CastRecord } from '../cast/mention-record';
import { featureOn } from '../features';
import { dropFinalDot } from '../text/chars';
import { SPACE_RUNS } from '../text/string-scans';

/** The person last written with the honorific `title` before `at`, or null. */
export function honorificHolder(
  records: readonly CastRecord[],
  title: string,
  at: Pos,
): Entity | null {
  const word = dropFinalDot(title.trim().toLowerCase());
  if (word.includes(' ') || !HONORIFIC_SET.has(word) || !featureOn('discourse.honorificTitle'))
    return null;
  let best: CastRecord | null = null;
  for (const r of records)
    if (
      r.at < at &&
      (!best || r.at > best.at) &&
      r.entity?.kind === 'person' &&
      writtenBefore(r.text, word, r.entity.name)
    )
      best = r;
  return best?.entity ?? null;
}

/**
 * `kata dokter itu`, `ujar dokter muda itu` after `… dipimpin dr. X, …`: the person last written,
 * before `at`, right after a title that tells the profession `title` names (lexicon/honorifics.ts
 * PROFESSION_TITLES; discourse.professionTitle), the last speaker `last` first when written so;
 * or null.
 */
export function professionHolder(
  records: readonly CastRecord[],
  texts: ReadonlyMap<number, string>,
  title: string,
  at: Pos,
  last: Entity | null = null,
): Entity | null {
  const written = professionOf(title);
  if (!written || !featureOn('discourse.professionTitle')) return null;
  let best: CastRecord | null = null;
  for (const r of records) {
    if (r.at >= at || r.entity?.kind !== 'person') continue;
    const before = (texts.get(paragraphOf(r.at)) ?? '').slice(0, offsetOf(r.at));
    if (!written.some(w => titleEnds(before, w) || titleInside(r.text, w, r.entity!.name)))
      continue;
    // The last speaker written with the title is the one meant, as for a role (role-head.ts).
    if (r.entity === last) return last;
    if (!best || r.at > best.at) best = r;
  }
  return best?.entity ?? null;
}

/**
 * The titles the profession a description names is written with: its first two words when they
 * name one (`dokter gigi itu` → `drg`), else its head (`dokter muda itu`, `dokter penyakit dalam di
 * RSUD X itu` → `dr`); else none.
 */
function professionOf(title: string): readonly string[] | undefined {
  const words = title.trim().toLowerCase().split(SPACE_RUNS);
  return PROFESSION_TITLES.get(words.slice(0, 2).join(' ')) ?? PROFESSION_TITLES.get(words[0]!);
}

/**
 * True when a mention's own text writes title `w` as written (case kept, the dot dropped) before
 * the name's first word (`Kepala Puskesmas X, dr. Rina Sari` read whole at a cue).
 */
function titleInside(text: string, w: string, name: string): boolean {
  return titleBeforeName(
    text.split(SPACE_RUNS).map(dropFinalDot),
    w,
    name.split(SPACE_RUNS, 1)[0]!,
  );
}

/** True when `words` hold `title` before `first`, the name's first word (as written in both). */
function titleBeforeName(words: readonly string[], title: string, first: string): boolean {
  const h = words.indexOf(title);
  return h >= 0 && words.indexOf(first, h + 1) > h;
}

/** True when `before` ends with title `w` as written, with or without its dot, and a space. */
function titleEnds(before: string, w: string): boolean {
  const t = before.trimEnd();
  if (t.length === before.length) return false;
  const bare = t.endsWith('.') ? t.slice(0, -1) : t;
  return bare.endsWith(w) && !/\p{L}/u.test(bare.charAt(bare.length - w.length - 1));
}

/**
 * True when the record's text writes the honorific `word` before the name's first word (`Ketua
 * MUI Buya H. Hasan Basri`): lowercase, dots dropped, word by word.
 */
function writtenBefore(text: string, word: string, name: string): boolean {
  const words = text.split(SPACE_RUNS).map(w => dropFinalDot(w.toLowerCase()));
  const first = name.split(SPACE_RUNS, 1)[0]!.toLowerCase();
  return titleBeforeName(words, word, first) || gelarAfter(words, word, first);
}

/**
 * `H. Sukamto Dt. Rajo Bungsu` … `kata Datuk`: a Minang customary title is written after the
 * given name, in any of its spellings (lexicon/honorifics.ts DATUK_FORMS), and the article may
 * then call the man by the title alone (discourse.gelarTitle).
 */
function gelarAfter(words: readonly string[], word: string, first: string): boolean {
  if (!DATUK_FORMS.has(word) || !featureOn('discourse.gelarTitle')) return false;
  const f = words.indexOf(first);
  return f >= 0 && words.some((w, k) => k > f && DATUK_FORMS.has(w));
}
