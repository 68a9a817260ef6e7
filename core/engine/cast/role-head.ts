/**
 * A role or organisation named by its head alone, in any case (`kata kapolda`, `Pihak rumah sakit
 * menegaskan`): the article's one entity introduced with that head. A person matches when their
 * role opens with the mention's words (`Kapolda Sulawesi Utara Brigjen` for `kapolda`); an
 * organisation when its name does (`Rumah Sakit X` for `pihak rumah sakit`). An indefinite
 * description (`seorang polisi`, `sejumlah pejabat`) never points to anyone, so it stays unnamed.
 */
import { INDEFINITE } from '../../lexicon/pronouns';
import type { Entity, Pos } from './entity';
import { containsRun } from '../text/token-runs';
import { titleTokens } from '../names/title-form';

/** Words that frame a head without changing whom it means. */
const FRAME = new Set(['itu', 'tersebut', 'ini', 'sang', 'mantan']);

/** True when `hay` opens with `needle`. */
const opens = (hay: readonly string[], needle: readonly string[]) =>
  needle.length > 0 && needle.every((w, k) => hay[k] === w);

/**
 * `all` in the order a title at `at` looks for its holder: those introduced before it, the latest
 * first, then those the article introduces later, the latest first.
 */
export function byRecency<E extends Entity>(all: readonly E[], at: Pos): E[] {
  const latestFirst = [...all].sort((a, b) => b.introducedAt - a.introducedAt);
  return [
    ...latestFirst.filter(e => e.introducedAt <= at),
    ...latestFirst.filter(e => e.introducedAt > at),
  ];
}

/**
 * The person whose role contains `title` (`Kapolri` in `Kapolri Jenderal Pol`), the one
 * introduced latest before `at` first (byRecency).
 */
export function byTitleIn<E extends Entity>(all: readonly E[], title: string, at: Pos): E | null {
  const t = titleTokens(title).filter(w => !FRAME.has(w));
  if (!t.length) return null;
  for (const e of byRecency(all, at)) if (e.role && containsRun(titleTokens(e.role), t)) return e;
  return null;
}

/**
 * The entity of `all` whose role (a person) or name (an organisation) opens with the words of
 * `text`, the one introduced latest before `at` first, or null. `pihak` (the side of) before an
 * organisation's head means the organisation.
 */
export function holderByHead(all: readonly Entity[], text: string, at: Pos): Entity | null {
  let t = titleTokens(text).filter(w => !FRAME.has(w));
  if (t[0] === 'pihak' && t.length > 1) t = t.slice(1);
  if (!t.length || t.some(w => INDEFINITE.has(w))) return null;
  for (const e of byRecency(all, at)) {
    const words = e.kind === 'organization' ? e.tokens : e.role ? titleTokens(e.role) : [];
    if (opens(words, t)) return e;
  }
  return null;
}

/**
 * True when `e`'s role holds the title `text` (`Presiden` in `Presiden AS`): with several holders
 * of one title (two presidents), the last speaker among them is the one meant.
 */
export function holdsTitle(e: Entity, text: string): boolean {
  const t = titleTokens(text).filter(w => !FRAME.has(w));
  return !!e.role && t.length > 0 && containsRun(titleTokens(e.role), t);
}
