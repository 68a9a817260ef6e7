/**
 * A kin or company noun set off by one comma before a person's name is that person's role: `Sang
 * ayah, Wagimin, berharap …`, `Tari dan suaminya, Bambang, …`, `Ibu mereka, Wulan (24), …`,
 * `Kakak kandung korban, Rosita, mengatakan …`. The panel shows the person as the father, the
 * husband, the victim's sister, rather than with no role; the description names how they are
 * related, so it is read whether or not a role head (role-description.ts) stands there.
 */
import {
  DECEASED_WORDS,
  KIN_JOINS,
  KIN_NOUNS,
  LISTED_COUNTS,
  SINGULAR,
} from '../../lexicon/pronouns';
import {
  DESCRIPTION_JOINTS,
  FORMER_WORDS,
  ROLE_HEAD_SET,
  ROLE_WORD_SET,
} from '../../lexicon/roles';
import { featureOn } from '../features';
import { HONORIFIC_SET } from '../../lexicon/honorifics';
import { isCapitalised, type Token } from '../text/text';
import { isRunToken, walkRunBack } from '../names/name-run';
import { isDigits, startsLetter } from '../text/chars';
import { isVerbShape } from '../text/affix-shapes';
import { PREPOSITIONS } from '../../lexicon/prepositions';

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
  // `suaminya, X`: the possessed kin noun alone; `Budi dan istrinya, X`: with whose kin.
  const possessed = kinOf(last.text, true);
  if (possessed) return withJoinedOwner(possessed, toks, i, text);
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

/** The most words of a joined owner's name (`Budi Santoso dan istrinya, X`). */
const MAX_JOINED_OWNER = 4;

/**
 * `Budi Santoso dan istrinya, Sari, …`, `Rina bersama suaminya, Joko, …`: the possessed kin noun
 * at `i - 2` is the kin of the person named right before the joining word, so the relation the
 * panel shows says whose (`istri Budi Santoso`), not `istri` alone (cast.kinOwnerJoined). A
 * pronoun (`Ia dan istrinya`) or no name run there leaves `kin` as it is.
 */
function withJoinedOwner(kin: string, toks: readonly Token[], i: number, text: string): string {
  if (!featureOn('cast.kinOwnerJoined')) return kin;
  const k = LISTED_COUNTS.has(toks[i - 3]?.lower ?? '') ? i - 4 : i - 3;
  if (!KIN_JOINS.has(toks[k]?.lower ?? '')) return kin;
  // The owner is the name run ending before the join, read as names are read everywhere: a
  // capitalised sentence opener (`Kini`, `Sementara`, `Bahkan`) is no word of it.
  if (!isRunToken(toks[k - 1])) return kin;
  const from = Math.max(walkRunBack(toks, k - 1), k - MAX_JOINED_OWNER);
  // A pronoun or a title opening the sentence is no owner's name (`Ia dan istrinya`).
  const owner = toks.slice(from, k);
  if (owner.some(w => SINGULAR.has(w.lower) || HONORIFIC_SET.has(w.lower))) return kin;
  return `${kin} ${text.slice(owner[0]!.start, owner[owner.length - 1]!.end)}`;
}

/** The most tokens of a kin phrase before the name's comma (`Istri almarhum Ketua RT 05 X`). */
const MAX_KIN_PHRASE = 12;

/** True for a word of a role run an owner's office is written with (`Ketua`, `RT`, `05`, `PT`). */
const inOffice = (t: Token): boolean =>
  isCapitalised(t.text) || isDigits(t.text) || ROLE_WORD_SET.has(t.lower);

/**
 * `Istri almarhum Kepala Desa X, Rina`, `Anak mantan Bupati Y, Rina`, `Putri Gubernur Z, Rina`: a
 * kin noun (with a deceased or former word after it) right before an office that runs to the
 * name's comma makes the office its owner's: the office is the other person's, and the person is
 * related to them. Returns the phrase from the kin noun to the comma, or null
 * (cast.kinOwnsRoleRun).
 */
export function kinOwnedRole(toks: readonly Token[], i: number, text: string): string | null {
  if (!featureOn('cast.kinOwnsRoleRun') || toks[i - 1]?.text !== ',') return null;
  for (let k = i - 3; k >= 0 && i - k <= MAX_KIN_PHRASE; k--) {
    const office = toks[k + 1]!;
    const qualified = DECEASED_WORDS.has(office.lower) || FORMER_WORDS.has(office.lower);
    const head = qualified ? toks[k + 2] : office;
    // `Bapak Bupati X, Rudi`: a kin noun that is also a form of address is the holder's title.
    const kin = kinOf(toks[k]!.text, false);
    if (kin && !HONORIFIC_SET.has(kin) && head && ROLE_HEAD_SET.has(head.lower))
      return text.slice(toks[k]!.start, toks[i - 2]!.end);
    if (!inOffice(toks[k + 1]!) && !qualified) return null;
  }
  return null;
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

/** The most words of a kin phrase read back from the name's comma (`Rekan satu timnya`). */
const MAX_KIN_WORDS = 4;

/** Words closing a kin phrase that say only whose or which (`putri sulung mereka`, `Orang tua lain`). */
const KIN_PHRASE_TAILS: ReadonlySet<string> = new Set([...KIN_OWNERS, 'lain', 'lainnya']);

/**
 * `Ibundanya, X`, `Ibunda Budi, X (44)`, `Putri sulungnya, X`, `Istri almarhum Sugeng, X`, `Ayah
 * almarhumah, X`, `putri sulung mereka, X`, `Rekan satu timnya, X`, `Orang tua lain, X`: a kin or
 * company noun opening the words before the name's comma, with up to three words after it that say
 * whose kin, which one or what company (lowercase words no verb or joint, an owner's name), is how
 * the person is related, whatever those words are (cast.kinPhraseBeforeComma; it replaced a reader
 * of two shapes, a birth order and a deceased owner). kinBeforeName reads the shapes with an owner
 * joined before; this one reads the phrase as written, without a closing `-nya` (whose owner the
 * cast resolves, cast.kinOwner) or a closing word that only says whose or which (`mereka`, `lain`).
 * Null when no kin noun opens it.
 */
export function kinPhraseBeforeName(
  toks: readonly Token[],
  i: number,
  text: string,
  closes: boolean,
): string | null {
  if (!closes || toks[i - 1]?.text !== ',') return null;
  if (!featureOn('cast.kinBeforeComma') || !featureOn('cast.kinPhraseBeforeComma')) return null;
  for (let q = i - 2; q >= 0 && i - 2 - q < MAX_KIN_WORDS; q--) {
    const w = toks[q]!;
    if (!startsLetter(w.text)) return null;
    const kin = kinOf(w.text, q === i - 2) ?? kinOf(w.text, false) ?? twoWordKin(toks, q);
    // `Bapak Bupati X, Rudi`: a kin noun that is also a form of address, before a capitalised
    // word, is the title of the office after it (kinOwnedRole), no kin.
    if (kin && HONORIFIC_SET.has(kin) && isCapitalised(toks[q + 1]?.text ?? '')) return null;
    if (kin && roleHeadBefore(toks, kinStart(toks, q))) return null;
    if (kin) return kinPhrase(toks, kinStart(toks, q), i, text);
    if (q < i - 2 && !inKinPhrase(w)) return null;
  }
  return null;
}

/** Most lowercase words between a role head and a kin noun modifying its description. */
const MAX_ROLE_TO_KIN = 3;

/**
 * `Pelatih tunggal putri, X`, `kapten tim putra, Y`: a role head before the kin noun, with only
 * lowercase words of the description between (no joint, no preposition), opens a role the kin
 * noun modifies (women's singles, the men's team), no kin phrase (cast.kinInRole).
 */
function roleHeadBefore(toks: readonly Token[], k: number): boolean {
  if (!featureOn('cast.kinInRole')) return false;
  for (let j = k - 1; j >= 0 && k - j <= MAX_ROLE_TO_KIN; j--) {
    const w = toks[j]!;
    if (ROLE_HEAD_SET.has(w.lower)) return true;
    if (!startsLetter(w.text) || isCapitalised(w.text)) return false;
    if (DESCRIPTION_JOINTS.has(w.lower) || PREPOSITIONS.has(w.lower) || isVerbShape(w.lower))
      return false;
  }
  return false;
}

/** Where the kin noun at `q` starts: one word back for `orang tua`. */
const kinStart = (toks: readonly Token[], q: number): number =>
  toks[q]!.lower === 'tua' && toks[q - 1]?.lower === 'orang' ? q - 1 : q;

/** `orang tua` written as two words, read at its second (`tua`). */
function twoWordKin(toks: readonly Token[], q: number): string | null {
  return toks[q]!.lower === 'tua' && toks[q - 1]?.lower === 'orang' ? 'orang tua' : null;
}

/**
 * A word that may stand in a kin phrase after its noun: an owner's name, a word marking the owner
 * deceased (`mendiang` has a verb's shape), or a lowercase noun.
 */
function inKinPhrase(w: Token): boolean {
  if (isCapitalised(w.text) || DECEASED_WORDS.has(w.lower)) return true;
  return !isVerbShape(w.lower) && !DESCRIPTION_JOINTS.has(w.lower) && !PREPOSITIONS.has(w.lower);
}

/**
 * The phrase from `q` to the comma at `i - 1`, its closing `-nya` or whose-word left out. With no
 * owner's name in it, it is written as the other kin readings write a kin noun, in lowercase
 * (`Putri sulungnya` → `putri sulung`); an owner's name keeps it as written (`Ibunda Budi`).
 */
function kinPhrase(toks: readonly Token[], q: number, i: number, text: string): string {
  let last = i - 2;
  if (last > q && KIN_PHRASE_TAILS.has(toks[last]!.lower)) last--;
  let phrase = text.slice(toks[q]!.start, toks[last]!.end);
  const lower = toks[last]!.lower;
  if (lower.endsWith('nya') && !isCapitalised(toks[last]!.text) && lower.length > 5)
    phrase = phrase.slice(0, -3);
  const named = toks.slice(q + 1, last + 1).some(w => isCapitalised(w.text));
  return named ? phrase : phrase.toLowerCase();
}
