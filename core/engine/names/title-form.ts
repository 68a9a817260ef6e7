/**
 * One spelled-out form for a title, so an abbreviation and its expansion match (`Kapolda Jawa
 * Tengah` = `Kepala Kepolisian Daerah Provinsi Jawa Tengah`): lowercase words, each abbreviation
 * of title-abbreviations.ts expanded, multi-word spellings folded, optional words dropped.
 */
import {
  COMMAND_UNITS,
  TITLE_ABBREVIATIONS,
  TITLE_FOLDS,
  TITLE_OPTIONAL,
} from '../../lexicon/title-abbreviations';
import { nameTokens } from '../text/token-runs';
import { keptPerString } from '../text/kept-per-string';
import { featureOn } from '../features';

const EXPAND = new Map(Object.entries(TITLE_ABBREVIATIONS));
/** EXPAND with the military commands spelled out too (`Komandan Korem` = `Danrem`). */
const EXPAND_COMMANDS = new Map([...EXPAND, ...Object.entries(COMMAND_UNITS)]);

/**
 * How many titles `titleTokens` keeps: every person mention's lead-in and name are read so (and
 * every title looked up), and an article repeats them; a long text of many people stays under it.
 */
const TITLES_KEPT = 1 << 14;

/**
 * The lowercase words of `title` in their spelled-out form, kept per string (shared: never
 * changed by a caller): the lead-ins of a long text's mentions repeat, and reading each again was
 * the largest share of building its title index (2 MB single line: 0.4 s of a 10 s profile).
 */
const withCommands = keptPerString(t => spelledOut(t, EXPAND_COMMANDS), TITLES_KEPT);
const withoutCommands = keptPerString(t => spelledOut(t, EXPAND), TITLES_KEPT);
/** Kept apart per switch, so an ablation run never reads a form kept with the other setting. */
export const titleTokens = (title: string): readonly string[] =>
  featureOn('discourse.commandUnits') ? withCommands(title) : withoutCommands(title);

function spelledOut(title: string, expand: ReadonlyMap<string, string>): readonly string[] {
  const out: string[] = [];
  // `Menteri Perdagangan (Mendag)`: the short form the article defines in brackets is one of the
  // title's words, so `kata Mendag` later finds the person who holds it.
  for (const w of nameTokens(title.replaceAll('(', ' ').replaceAll(')', ' '))) {
    if (TITLE_OPTIONAL.has(w)) continue;
    out.push(...(expand.get(w) ?? w).split(' '));
  }
  let s = ` ${out.join(' ')} `;
  for (const [long, short] of TITLE_FOLDS) s = s.split(` ${long} `).join(` ${short} `);
  return s.split(' ').filter(Boolean);
}
