/**
 * A role or organisation named by its head alone, in any case (`kata kapolda`, `Pihak rumah sakit
 * menegaskan`): the article's one entity introduced with that head. A person matches when their
 * role opens with the mention's words (`Kapolda Sulawesi Utara Brigjen` for `kapolda`); an
 * organisation when its name does (`Rumah Sakit X` for `pihak rumah sakit`). An indefinite
 * description (`seorang polisi`, `sejumlah pejabat`) never points to anyone, so it stays unnamed.
 */
import { firstByRecency } from './by-recency';
import { piecewiseTitle } from './piecewise-title';
import { DEFINITE, INDEFINITE } from '../../lexicon/pronouns';
import { EN_SUBORDINATE_OPENERS, FORMER_WORDS, SUBORDINATE_OFFICE } from '../../lexicon/roles';
import type { Entity, Pos } from './entity';
import { containsRun } from '../text/token-runs';
import { titleTokens } from '../names/title-form';
import { shortRole } from './bracketed-title';
import { featureOn } from '../features';
import { startsCapLower } from '../text/chars';
import { PLAIN_ANDS } from '../../lexicon/conjunctions';
import { SPACE_RUNS } from '../text/string-scans';

/** Words that frame a head without changing whom it means. */
const FRAME = new Set([...DEFINITE, 'sang', 'mantan']);

/** Lowercase joiners an organisation's initials skip (`Badan Pengawas Obat dan Makanan` → BPOM). */
const INITIAL_JOINERS: ReadonlySet<string> = new Set([...PLAIN_ANDS, 'of', 'for', 'untuk']);

/**
 * Each split of `role` after its head whose rest names an organisation: the head's words, and the
 * rest's capitalised words (two to eight, joiners skipped).
 */
function organisationSplits(role: string): [string[], string[]][] {
  const words = role.split(SPACE_RUNS).filter(Boolean);
  const out: [string[], string[]][] = [];
  for (let h = 1; h <= words.length - 2; h++) {
    const rest = words.slice(h).filter(w => !INITIAL_JOINERS.has(w));
    if (rest.length >= 2 && rest.length <= 8 && rest.every(startsCapLower))
      out.push([words.slice(0, h), rest]);
  }
  return out;
}

/**
 * The role with the organisation it names written by its initials, one form per split after the
 * head (`Ketua Komisi Pemilihan Umum` → `Ketua KPU`, `Gubernur Bank Indonesia` → `Gubernur BI`,
 * `Ketua Umum Partai Amanat Nasional` → `Ketua Umum PAN`). News copy names an office by its
 * spelled-out organisation once and by the acronym later, often without writing it in brackets.
 */
export const initialsForms = (role: string): string[] =>
  organisationSplits(role).map(([head, rest]) => [...head, initialsOf(rest)].join(' '));

/**
 * The role with the initials of its organisation's first words and the seat after them written
 * out (`Ketua Pengadilan Negeri Pontianak` → `Ketua PN Pontianak`: cast.initialsBeforeSeat).
 */
export const seatedInitialsForms = (role: string): string[] =>
  organisationSplits(role).flatMap(([head, rest]) =>
    rest
      .slice(2)
      .map((_, j) => [...head, initialsOf(rest.slice(0, j + 2)), ...rest.slice(j + 2)].join(' ')),
  );

/** The first letters of `words`, joined (`Pengadilan Negeri` → `PN`). */
const initialsOf = (words: readonly string[]): string => words.map(w => w[0]).join('');

/** The forms of a role (titleTokens each): as written, its short form, its initials forms. */
interface RoleForms {
  written: readonly string[];
  short: readonly string[] | null;
  initials: readonly (readonly string[])[];
  /** Its initials forms with the seat written out after them (`Ketua PN Pontianak`). */
  seated: readonly (readonly string[])[];
  /** All of them, in that order: what a lookup gets with every switch on (no list per lookup). */
  all: readonly (readonly string[])[];
}

/**
 * The forms of a cast member's role (RoleForms), read once per role rather than once per lookup
 * (a title is looked up for every mention); the cache is emptied when it grows past a few
 * thousand roles.
 */
const ROLE_FORMS = new Map<string, RoleForms>();
function everyRoleForm(role: string): RoleForms {
  // Its forms spell military commands out or not (titleTokens, discourse.commandUnits): kept apart
  // so an ablation run does not reuse the forms read with the switch on.
  const key = featureOn('discourse.commandUnits') ? role : `\u0000${role}`;
  let forms = ROLE_FORMS.get(key);
  if (!forms) {
    if (ROLE_FORMS.size >= 4096) ROLE_FORMS.clear();
    const shortForm = shortRole(role);
    const written = titleTokens(role);
    const short = shortForm ? titleTokens(shortForm) : null;
    const initials = initialsForms(role).map(titleTokens);
    const seated = seatedInitialsForms(role).map(titleTokens);
    const all = [written, ...(short ? [short] : []), ...initials, ...seated];
    forms = { written, short, initials, seated, all };
    ROLE_FORMS.set(key, forms);
  }
  return forms;
}
function roleForms(role: string): readonly (readonly string[])[] {
  const forms = everyRoleForm(role);
  // The switches are asked per lookup, not baked into the cache, so an ablation run after a run
  // with them on (the same process) does not reuse those forms.
  const short = featureOn('cast.shortRole');
  const initials = featureOn('cast.initialsRole');
  const seated = featureOn('cast.initialsBeforeSeat');
  if (short && initials && seated) return forms.all;
  return [
    forms.written,
    ...(short && forms.short ? [forms.short] : []),
    ...(initials ? forms.initials : []),
    ...(initials && seated ? forms.seated : []),
  ];
}

/**
 * Every word of every form of `role`, the short one too whatever the switch says: a title lookup
 * (byTitleIn) only ever matches a holder whose role has the title's first word among these, so
 * an index filed under them holds every entity it could answer.
 */
export const roleWordsOf = (role: string): ReadonlySet<string> =>
  new Set(everyRoleForm(role).all.flat());

/**
 * The forms of the roles person `e` holds: its role's, and those of its role with the article's
 * short forms spelled out (`spelledRole`, defined-short-forms.ts), when it has one.
 */
function entityRoleForms(e: Entity): readonly (readonly string[])[] {
  if (!e.role) return [];
  return e.spelledRole ? [...roleForms(e.role), ...roleForms(e.spelledRole)] : roleForms(e.role);
}

/** True when one of the forms of `e`'s roles holds the words `t` in a row. */
const roleHolds = (e: Entity, t: readonly string[]) =>
  entityRoleForms(e).some(form => containsRun(form, t) || piecewiseTitle(form, t));

/** True when `hay` opens with `needle`. */
const opens = (hay: readonly string[], needle: readonly string[]) =>
  needle.length > 0 && needle.every((w, k) => hay[k] === w);

/**
 * The person whose role contains `title` (`Kapolri` in `Kapolri Jenderal Pol`), the one
 * introduced latest before `at` first (firstByRecency). With `index` (a frozen cast's), only the
 * entities whose role holds the title's first word are tested: the same answer without a scan of
 * the whole cast per title.
 */
export function byTitleIn<E extends Entity>(
  all: readonly E[],
  title: string,
  at: Pos,
  index?: RoleWordIndex<E>,
): E | null {
  const t = titleTokens(title).filter(w => !FRAME.has(w));
  if (!t.length) return null;
  const among = index ? indexedOrAll(index, all, t[0]!) : all;
  const holds = (e: E) => !!e.role && roleHolds(e, t);
  // `kata mantan menteri itu`: the former holder the article wrote so, before the current one.
  const former = formerTitle(title)
    ? firstByRecency(among, at, e => holds(e) && formerRole(e.role!))
    : null;
  // `kata Rektor` after `Rektor X` and `Wakil Rektor Y`: the rector, not the later deputy.
  const own = featureOn('cast.deputyNotTitle')
    ? firstByRecency(among, at, e => holds(e) && !deputyOnly(e, t))
    : null;
  return former ?? own ?? firstByRecency(among, at, holds);
}

/**
 * The entities whose role holds `first`, the title's first word; when none does, every entity
 * (cast.abbreviatedTitleHead): a head written short (`Kasi PZW` for `Kepala Seksi
 * Penyelenggaraan Zakat dan Wakaf`) is no word of any role, and only the piecewise reading
 * (piecewise-title.ts) finds its holder.
 */
function indexedOrAll<E extends Entity>(
  index: RoleWordIndex<E>,
  all: readonly E[],
  first: string,
): readonly E[] {
  const found = index.withRoleWord(first);
  return found.length || !featureOn('cast.abbreviatedTitleHead') ? found : all;
}

/** onlySubordinate, when `cast.deputyNotTitle` is on and title `t` is not itself a deputy's. */
const deputyOnly = (e: Entity, t: readonly string[]): boolean =>
  featureOn('cast.deputyNotTitle') && !subordinateTitle(t[0]!) && onlySubordinate(e, t);

/** A title that is itself a deputy's (`Wakil Rektor`, and with cast.englishDeputyRole `Deputy …`). */
const subordinateTitle = (w: string): boolean =>
  SUBORDINATE_OFFICE.has(w) ||
  (EN_SUBORDINATE_OPENERS.has(w) && featureOn('cast.englishDeputyRole'));

/**
 * True when every form of `role` holds `t` only right after a word that makes the office
 * somebody else's (`Wakil Rektor Bidang Akademik` for `Rektor`; lexicon/roles.ts
 * `SUBORDINATE_OFFICE`): the deputy, whom a bare title means only when nobody holds it itself.
 */
function onlySubordinate(e: Entity, t: readonly string[]): boolean {
  for (const form of entityRoleForms(e))
    for (let i = 0; i + t.length <= form.length; i++)
      if (opens(form.slice(i), t) && !(i > 0 && subordinateBefore(form, i))) return false;
  return true;
}

/**
 * True when the office at `form[i]` is somebody else's: a subordinate word right before it
 * (`Wakil Rektor`), or, in English, one opening the whole role (`Deputy Youth and Sports
 * Minister`; cast.englishDeputyRole).
 */
function subordinateBefore(form: readonly string[], i: number): boolean {
  if (SUBORDINATE_OFFICE.has(form[i - 1]!)) return true;
  if (!featureOn('cast.englishDeputyRole')) return false;
  return EN_SUBORDINATE_OPENERS.has(form[i - 1]!) || EN_SUBORDINATE_OPENERS.has(form[0]!);
}

/** True when `title` tells a former office (`mantan menteri`, `eks Kapolda`), and the switch is on. */
const formerTitle = (title: string): boolean =>
  featureOn('cast.formerTitle') && titleTokens(title).some(w => FORMER_WORDS.has(w));

/** True when `role` is written as a former office (`Mantan Menteri Pertanian`). */
const formerRole = (role: string): boolean => titleTokens(role).some(w => FORMER_WORDS.has(w));

/**
 * The entities whose role holds a word, in the cast's order (a superset is fine: byTitleIn tests
 * each): the frozen cast's HeadIndex, or the builder's while the cast is being built.
 */
export interface RoleWordIndex<E extends Entity> {
  withRoleWord(word: string): readonly E[];
}

/** A person's role words (each form), or an organisation's name words: what a bare head opens with. */
const headWords = (e: Entity): readonly (readonly string[])[] =>
  e.kind === 'organization' ? [e.tokens] : entityRoleForms(e);

/**
 * The entity of `all` whose role (a person) or name (an organisation) opens with the words of
 * `text`, the one introduced latest before `at` first, or null. `pihak` (the side of) before an
 * organisation's head means the organisation. With `index`, only the entities opening with the
 * head's first word are tested (the same answer).
 */
export function holderByHead<E extends Entity>(
  all: readonly E[],
  text: string,
  at: Pos,
  index?: HeadIndex<E>,
): E | null {
  let t = titleTokens(text).filter(w => !FRAME.has(w));
  if (t[0] === 'pihak' && t.length > 1) t = t.slice(1);
  if (!t.length || t.some(w => INDEFINITE.has(w))) return null;
  const among = index ? index.openingWith(t[0]!) : all;
  return firstByRecency(among, at, e => headWords(e).some(h => opens(h, t)));
}

/**
 * The entities of a cast that no longer changes, filed by the words a title lookup tests first:
 * every word of a person's role, and the first of its head words (headWords). Each list keeps the
 * cast's order, so firstByRecency breaks ties as over the whole cast.
 */
export class HeadIndex<E extends Entity> implements RoleWordIndex<E> {
  private readonly byRoleWord = new Map<string, E[]>();
  private readonly byFirstWord = new Map<string, E[]>();

  constructor(all: readonly E[]) {
    for (const e of all) {
      if (e.role) for (const w of new Set(entityRoleForms(e).flat())) file(this.byRoleWord, w, e);
      for (const first of new Set(headWords(e).map(h => h[0])))
        if (first !== undefined) file(this.byFirstWord, first, e);
    }
  }

  /** The entities whose role holds `word`. */
  withRoleWord(word: string): readonly E[] {
    return this.byRoleWord.get(word) ?? [];
  }

  /** The entities whose head words open with `word`. */
  openingWith(word: string): readonly E[] {
    return this.byFirstWord.get(word) ?? [];
  }
}

function file<E>(map: Map<string, E[]>, word: string, e: E): void {
  const list = map.get(word);
  if (list) list.push(e);
  else map.set(word, [e]);
}

/**
 * True when `e`'s role holds the title `text` (`Presiden` in `Presiden AS`): with several holders
 * of one title (two presidents), the last speaker among them is the one meant.
 */
export function holdsTitle(e: Entity, text: string): boolean {
  const t = titleTokens(text).filter(w => !FRAME.has(w));
  if (!e.role || !t.length || !roleHolds(e, t)) return false;
  // A deputy (`Wakil Rektor …`) holds `Rektor` only in a lookup that finds nobody holding it itself.
  if (deputyOnly(e, t)) return false;
  // A former office (`mantan menteri itu`) is not held by its current holder.
  return !formerTitle(text) || formerRole(e.role);
}
