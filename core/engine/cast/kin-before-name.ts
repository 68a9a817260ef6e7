/**
 * A kin or company noun set off by one comma before a person's name is that person's role: `Sang
 * ayah, Wagimin, berharap …`, `Tari dan suaminya, Bambang, …`, `Ibu mereka, Wulan (24), …`,
 * `Kakak kandung korban, Rosita, mengatakan …`. The panel shows the person as the father, the
 * husband, the victim's sister, rather than with no role; the description names how they are
 * related, so it is read whether or not a role head (role-description.ts) stands there.
 */
import { KIN_JOINS, KIN_NOUNS, LISTED_COUNTS } from '../../lexicon/pronouns';
import { ROLE_WORD_SET } from '../../lexicon/roles';
import { featureOn } from '../features';
import { isCapitalised, type Token } from '../text/text';

/** Words after a kin noun that say whose kin: `ibu mereka`, `ayah kami`. */
const KIN_OWNERS: ReadonlySet<string> = new Set(['mereka', 'kami', 'kita']);

/** Words after a kin noun that qualify it: `kakak kandung`, `ayah tiri`. */
const KIN_QUALIFIERS: ReadonlySet<string> = new Set(['kandung', 'tiri', 'angkat']);

/** The kin noun of `w` (`suaminya` → `suami`, `Ayah` → `ayah`), or null. */
function kinOf(w: string, possessed: boolean): string | null {
  const lower = w.toLowerCase();
  const stem = possessed && lower.endsWith('nya') ? lower.slice(0, -3) : lower;
  return (possessed ? stem !== lower : true) && KIN_NOUNS.has(stem) ? stem : null;
}

/**
 * The kin role of the person whose name starts at token `i` after the comma at `i - 1`, or null.
 * `closes` says whether the name closes its apposition (a comma, bracket or stop after it): in
 * `Usai menjenguk ayahnya, Rina mengatakan …` the comma ends an adverbial, not a description.
 */
export function kinBeforeName(
  toks: readonly Token[],
  i: number,
  text: string,
  closes: boolean,
): string | null {
  if (!featureOn('cast.kinBeforeComma') || !closes || toks[i - 1]?.text !== ',') return null;
  const last = toks[i - 2];
  if (!last) return null;
  // `suaminya, X`: the possessed kin noun alone.
  const possessed = kinOf(last.text, true);
  if (possessed) return possessed;
  // `Sang ayah, X`, `ibu mereka, X`, `kakak kandung, X`.
  const prev = toks[i - 3];
  const kin = kinOf(last.text, false);
  if (kin && prev?.lower === 'sang') return kin;
  const before = prev ? kinOf(prev.text, false) : null;
  if (before && (KIN_OWNERS.has(last.lower) || KIN_QUALIFIERS.has(last.lower))) {
    return KIN_QUALIFIERS.has(last.lower) ? `${before} ${last.lower}` : before;
  }
  // `Kakak kandung korban, X`, `ayah Ramelan, X`: whose kin, a role or a name, as written.
  const owner = isCapitalised(last.text) || ROLE_WORD_SET.has(last.lower);
  if (!owner || !prev) return null;
  const q = KIN_QUALIFIERS.has(prev.lower) ? i - 4 : i - 3;
  if (!toks[q] || !kinOf(toks[q]!.text, false)) return null;
  return text.slice(toks[q]!.start, last.end);
}

/**
 * True when the name starting at token `i` is set off after a possessed kin noun joined to the
 * person before it (`Budi dan istrinya, Sari,`, `Budi bersama dua rekannya, Ani,`): the relative
 * acts with that person, so even a lone word there names one. A kin noun opening its sentence
 * (`Cucunya, Fadil, yang membawa …`) only tells whose relative is talked about.
 */
export function joinedKinAt(toks: readonly Token[], i: number): boolean {
  if (!featureOn('cast.kinIntroduces') || toks[i - 1]?.text !== ',') return false;
  const kin = toks[i - 2];
  if (!kin || !kinOf(kin.text, true)) return false;
  const k = LISTED_COUNTS.has(toks[i - 3]?.lower ?? '') ? i - 4 : i - 3;
  return KIN_JOINS.has(toks[k]?.lower ?? '');
}
