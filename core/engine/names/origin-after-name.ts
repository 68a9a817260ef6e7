/**
 * `Salah seorang pedagang, Rosidah Lubis (58) asal Kabupaten Cibening, menolak …`, `Sumi (60) asal
 * Desa Sukamaju mengatakan …`: where a person comes from, written right after the name (past an
 * age in brackets) with `asal`, describes that person as a role does, and a role read before the
 * name goes on with it (`pedagang asal Kabupaten Cibening`). Feature pages introduce ordinary people
 * this way, and the panel showed them with no role or only half of it.
 */
import { featureOn } from '../features';
import type { Token } from '../text/text';
import { isBracketedAge } from './age-phrase';
import { isRunToken, readRun } from './name-run';

/** The origin phrase (`asal Kabupaten Cibening`) after the name ending at token `end`, or null. */
export function originAfterName(t: readonly Token[], end: number, text: string): string | null {
  if (!featureOn('names.originAfterName')) return null;
  const k = isBracketedAge(t[end]?.text ?? '') ? end + 1 : end;
  if (t[k]?.text !== 'asal' || !isRunToken(t[k + 1])) return null;
  const stop = readRun(t, k + 1);
  // Only a place a comma or a stop closes (`asal Desa Y,`): without one the person's name may
  // follow the place in the same run (`politikus asal Cibening Rudi Hartawan mengatakan`).
  if (stop === k + 1 || !CLOSERS.has(t[stop]?.text ?? '')) return null;
  return text.slice(t[k]!.start, t[stop - 1]!.end);
}

/** Tokens that close the place after `asal`. */
const CLOSERS: ReadonlySet<string> = new Set([',', '.', ';']);

/** `role` with the origin after it (`jamaah` + `asal X`), or the origin alone. */
export function withOrigin(role: string | null, origin: string): string {
  return role && !role.includes(origin) ? `${role} ${origin}` : (role ?? origin);
}
