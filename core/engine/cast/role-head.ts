/**
 * A role or organisation named by its head alone, in any case (`kata kapolda`, `Pihak rumah sakit
 * menegaskan`): the article's one entity introduced with that head. A person matches when their
 * role opens with the mention's words (`Kapolda Sulawesi Utara Brigjen` for `kapolda`); an
 * organisation when its name does (`Rumah Sakit X` for `pihak rumah sakit`). An indefinite
 * description (`seorang polisi`, `sejumlah pejabat`) never points to anyone, so it stays unnamed.
 */
import { INDEFINITE } from '../../lexicon/pronouns';
import type { Entity } from './entity';
import { containsRun } from '../text/token-runs';
import { titleTokens } from '../names/title-form';

/** Words that frame a head without changing whom it means. */
const FRAME = new Set(['itu', 'tersebut', 'ini', 'sang', 'mantan']);

/** True when `hay` opens with `needle`. */
const opens = (hay: readonly string[], needle: readonly string[]) =>
  needle.length > 0 && needle.every((w, k) => hay[k] === w);

/**
 * The latest entity of `all` whose role (a person) or name (an organisation) opens with the words
 * of `text`, or null. `pihak` (the side of) before an organisation's head means the organisation.
 */
export function holderByHead(all: readonly Entity[], text: string): Entity | null {
  let t = titleTokens(text).filter(w => !FRAME.has(w));
  if (t[0] === 'pihak' && t.length > 1) t = t.slice(1);
  if (!t.length || t.some(w => INDEFINITE.has(w))) return null;
  for (let i = all.length - 1; i >= 0; i--) {
    const e = all[i]!;
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
