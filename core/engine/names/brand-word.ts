/**
 * A brand written in camel case (`BayarCepat`, `KirimAja`, `TokoKita`): two words run together,
 * the second capitalised. Apps, platforms and start-ups name themselves this way; people's names
 * do not, so such a word before a name (`CEO BayarCepat Rudi Hartono`) is the company the role is
 * held at, never the name's first word. The few surname prefixes written this way (`McKay`,
 * `MacArthur`, `DiPasquale`, `VanDyke`) are short or listed, and stay name words.
 */

import { NAME_PREFIXES } from '../../lexicon/name-prefixes';
import { isLowerCp, isUpperCp } from '../text/chars';

/** True when `w` is one camel-case brand word: lowercase then capital after a 3-letter start. */
export function isBrandWord(w: string): boolean {
  if (w.length < 6 || !isUpperCp(w.charCodeAt(0))) return false;
  for (let i = 3; i < w.length - 1; i++) {
    if (!isUpperCp(w.charCodeAt(i)) || !isLowerCp(w.charCodeAt(i - 1))) continue;
    if (!isLowerCp(w.charCodeAt(i + 1))) return false;
    return !NAME_PREFIXES.has(w.slice(0, i).toLowerCase());
  }
  return false;
}
