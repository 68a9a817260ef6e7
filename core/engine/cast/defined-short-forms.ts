/**
 * The short forms an article defines in brackets (`Dinas Perindustrian dan Perdagangan
 * (Disperindag)`, `Kepala Dinas Kesehatan (Dinkes) Kota X, Nama`), read back into the roles that
 * use them: a role written with the short form (`Kepala Disperindag Kota X`) is also held by the
 * title spelled out (`kata Kepala Dinas`), as a reader who met the definition understands it.
 * Newsrooms define an office's body once and then write its short form in every role.
 */
import type { Entity } from './entity';
import { abbreviates } from './bracketed-title';
import { acronymOf } from './title-acronym';
import { LIST_ANDS } from '../../lexicon/conjunctions';
import { featureOn } from '../features';
import { isBracketedCapitalised } from '../text/bracketed';
import { SPACE_RUNS } from '../text/string-scans';

/** Words a short form leaves out (`Dinas Perindustrian dan Perdagangan` → Disperindag). */
const LEFT_OUT: ReadonlySet<string> = new Set([...LIST_ANDS, 'of', 'for']);

/** The most words before a bracket a short form may stand for. */
const MAX_DEFINED_WORDS = 8;

/**
 * True when `form` (`Disperindag`, `Dinkes`, `BPBD`) shortens `words` (as written): by the first
 * letters of its words (bracketed-title.ts abbreviates) or by a syllable of each (title-acronym.ts,
 * joiners left out), two words at least.
 */
export function shortens(form: string, words: readonly string[]): boolean {
  if (words.length < 2) return false;
  const lower = words.map(w => w.toLowerCase());
  const letters = form.toLowerCase().replace(/[^a-z]/gu, '');
  if (letters.length < 3 || letters.length > 20) return false;
  if (abbreviates(letters, lower)) return true;
  // A syllable acronym is read off the opening words: each word must give a piece, so one also
  // made of fewer words leaves the last word out (`Dinkes` of `Dinas Kesehatan Kabupaten`).
  const kept = lower.filter(w => !LEFT_OUT.has(w));
  return acronymOf(form, kept) && !acronymOf(form, kept.slice(0, -1));
}

/**
 * The short forms of `all` (a cast's entities) with the words each stands for: an organisation's
 * one-word alias that shortens the opening of its name, and a bracket inside a person's role that shortens the
 * capitalised words right before it (the longest such run).
 */
export function definedShortForms(all: readonly Entity[]): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  if (!featureOn('cast.definedShortForm')) return out;
  const conflicting = new Set<string>();
  const define = (form: string, long: string) => {
    if (out.has(form) && out.get(form) !== long) conflicting.add(form);
    out.set(form, long);
  };
  for (const e of all) {
    if (e.kind === 'organization') {
      const words = e.name.split(SPACE_RUNS).filter(Boolean);
      for (const a of e.aliases) {
        const long = a.includes(' ') ? null : shortenedOpening(a, words);
        if (long) define(a, long);
      }
    } else if (e.role?.includes('('))
      for (const [form, words] of bracketsIn(e.role)) define(form, words);
  }
  // A short form the article defines two ways (two bodies' `DKP`) spells out neither.
  for (const form of conflicting) out.delete(form);
  return out;
}

/**
 * The opening of an organisation's name `words` that `form` shortens, or null: the seat
 * written after the bracket (`Dinas Kelautan dan Perikanan (DKP) Kabupaten X`) is no part of it.
 */
function shortenedOpening(form: string, words: readonly string[]): string | null {
  for (let n = 2; n <= Math.min(words.length, MAX_DEFINED_WORDS); n++)
    if (shortens(form, words.slice(0, n))) return words.slice(0, n).join(' ');
  return null;
}

/** Each `(Form)` of `role` with the longest run of words right before it that it shortens. */
function bracketsIn(role: string): [string, string][] {
  const words = role.split(SPACE_RUNS).filter(Boolean);
  const out: [string, string][] = [];
  words.forEach((w, k) => {
    if (!isBracketedCapitalised(w)) return;
    const form = w.slice(1, -1);
    for (let from = Math.max(0, k - MAX_DEFINED_WORDS); from <= k - 2; from++) {
      const run = words.slice(from, k);
      if (shortens(form, run)) {
        out.push([form, run.join(' ')]);
        return;
      }
    }
  });
  return out;
}

/**
 * `role` with each word that is one of the article's short forms `defined` written out (`Kepala
 * Disperindag Kota X` → `Kepala Dinas Perindustrian dan Perdagangan Kota X`), or null when it uses
 * none (definedShortForms defines none with the feature off). A bracketed form stays as it is: its words are already there.
 */
export function spelledOutRole(
  role: string | null,
  defined: ReadonlyMap<string, string>,
): string | null {
  if (!role || !defined.size) return null;
  let changed = false;
  const words = role.split(SPACE_RUNS).map(w => {
    const long = defined.get(w);
    if (long === undefined) return w;
    changed = true;
    return long;
  });
  return changed ? words.join(' ') : null;
}
