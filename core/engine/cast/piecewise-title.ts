/**
 * A title written with pieces of its role, word by word (`Kadis Sosial Kalbar` for `Kepala Dinas
 * Sosial dan Pemberdayaan Masyarakat Provinsi Kalimantan Barat`, `Kadis PUPR Ende` for `Kepala
 * Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Ende`): each word of the title, in order, is a
 * word of the role, an acronym of a run of its words (title-acronym.ts), or their initials, and
 * past the title's first two words the role may hold words the title leaves out (`dan
 * Pemberdayaan Masyarakat`). Both sides are read in
 * their spelled-out form (names/title-form.ts), so `Kadis` is `kepala dinas` already
 * (cast.piecewiseTitle).
 */
import { acronymSpan } from './title-acronym';
import { PLAIN_ANDS } from '../../lexicon/conjunctions';
import { TITLE_OFFICE_WORDS } from '../../lexicon/title-abbreviations';
import { featureOn } from '../features';

/** Most role words a title may leave out between two of its words (`Pemberdayaan Masyarakat`). */
const MAX_LEFT_OUT = 3;
/** Most role words one title word's initials stand for (`PUPR`). */
const MAX_INITIALS = 4;

/**
 * True when title words `title` (two or more, one of them no role word) are pieces of role words
 * `role` in order, the first at the role's first word.
 */
export function piecewiseTitle(role: readonly string[], title: readonly string[]): boolean {
  if (title.length < 2 || !featureOn('cast.piecewiseTitle')) return false;
  if (title.every(w => role.includes(w))) return false;
  const walk = (i: number, j: number): boolean => {
    if (i === title.length) return true;
    // The head and the title's next word stand together in the role (`Kadis PUPR` is no
    // `Kepala Bidang Bina Marga Dinas PUPR`); role words may be left out after that.
    // `Kepala Kemenag` for `Kepala Kantor Kementerian Agama …`: the office's own word may be left
    // out right after the head (cast.officeWordLeftOut).
    const from = i === 1 && skipsOfficeWord(role, j) ? j + 1 : j;
    const last = i <= 1 ? from : Math.min(role.length - 1, j + MAX_LEFT_OUT);
    for (let start = j; start <= last; start++)
      for (const end of spans(title[i]!, role, start)) if (walk(i + 1, end)) return true;
    return false;
  };
  return walk(0, 0);
}

/** True when role word `j` is an office word a title may leave out, and the switch is on. */
const skipsOfficeWord = (role: readonly string[], j: number): boolean =>
  TITLE_OFFICE_WORDS.has(role[j] ?? '') && featureOn('cast.officeWordLeftOut');

/** Where the role words that title word `w` stands for, from index `start`, may end. */
function spans(w: string, role: readonly string[], start: number): number[] {
  const out: number[] = [];
  if (role[start] === w) out.push(start + 1);
  const acronym = acronymSpan(w, role, start);
  if (acronym > 0) out.push(acronym);
  const initials = initialsSpan(w, role, start);
  if (initials > 0) out.push(initials);
  return out;
}

/**
 * Where the run of role words from `start` whose first letters spell `w` (two or more, a joining
 * `dan` between them giving none) ends, or -1.
 */
function initialsSpan(w: string, role: readonly string[], start: number): number {
  if (w.length < 2 || w.length > MAX_INITIALS) return -1;
  let k = 0;
  let j = start;
  while (k < w.length && j < role.length) {
    if (k > 0 && PLAIN_ANDS.includes(role[j]!)) j++;
    if (role[j]?.[0] !== w[k]) return -1;
    k++;
    j++;
  }
  return k === w.length ? j : -1;
}
