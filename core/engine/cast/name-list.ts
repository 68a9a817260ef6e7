/**
 * People named in one list (`A, B, dan C`; `A, B serta C`): a later `mereka` or `ketiganya` means
 * every one of them, not only the two `dan` joins. Runs set off by single commas form a chain; a
 * run joined to its chain by `dan` (or `, dan`) closes the list. A chain with anything but people
 * in it (`Budi Santoso, Ketua RT Maju, dan …`, places, organisations) is no list of people: only
 * the pair `dan` joins stays together, as before. A name right after a sentence's opening
 * function word (`Menurut A, B dan C …`, `Selain A, B dan C …`) closes that opening phrase with its
 * comma: it is no member.
 */
import type { Token } from '../text/text';
import { isRunToken, joinsPeople, readRun } from '../names/name-run';
import { featureOn } from '../features';
import { LIST_JOINS } from './sentence-role';
import { ORIGIN_PREPOSITIONS, PREPOSITIONS } from '../../lexicon/prepositions';
import { LEAD_ENDS, opensSentence } from '../text/sentence-start';
import { isBareAge, isBracketedAge } from '../names/age-phrase';

/**
 * Words that open a sentence with a phrase its comma closes (`Menurut A, …`, `Selain A, …`,
 * `Bagi A, …`, `According to A, …`): the name in it is no member of a list after that comma.
 */
const FRONTING: ReadonlySet<string> = new Set(['menurut', 'selain', 'according', ...PREPOSITIONS]);

/** True when the run at token `i` follows only a fronting word opening its sentence. */
function fronted(t: readonly Token[], i: number): boolean {
  let k = i - 1;
  if (t[k]?.lower === 'to') k--;
  const w = t[k];
  return !!w && FRONTING.has(w.lower) && opensSentence(t, k, LEAD_ENDS);
}

/** True when only an origin word (`dari`, `asal`) stands between a name ending at `end` and `start`. */
const originAfter = (t: readonly Token[], end: number, start: number): boolean =>
  start === end + 1 && ORIGIN_PREPOSITIONS.has(t[end]!.lower) && featureOn('cast.originInList');

/**
 * Where a listed run ending at token `end` (exclusive) really ends: past a bracketed age written
 * after the name (`A (31), B (28), dan C (25)`), which belongs to that member (cast.agedListMembers).
 */
function pastAge(t: readonly Token[], end: number): number {
  if (commaAgeAt(t, end)) return end + 2;
  return isBracketedAge(t[end]?.text ?? '') && featureOn('cast.agedListMembers') ? end + 1 : end;
}

/**
 * `Budi Santoso, 70, and Rina, 66,`: an age set off by commas right after a name ending at token
 * `end` (exclusive), as English copy writes it; the member ends at its closing comma
 * (cast.englishAgedMembers).
 */
function commaAgeAt(t: readonly Token[], end: number): boolean {
  const age = t[end + 1]?.text ?? '';
  if (t[end]?.text !== ',' || t[end + 2]?.text !== ',') return false;
  return isBareAge(age) && featureOn('cast.englishAgedMembers');
}

/**
 * Where a listed person's notes end after the name ending at token `end` (exclusive): a bracketed
 * age, then the origin the name reader gave the person (`A (25) asal Bekasi, B …`), both the
 * member's own (cast.originInList).
 */
function pastNotes(t: readonly Token[], end: number): number {
  const aged = pastAge(t, end);
  if (!ORIGIN_PREPOSITIONS.has(t[aged]?.lower ?? '') || !isRunToken(t[aged + 1])) return aged;
  return featureOn('cast.originInList') ? readRun(t, aged + 1) : aged;
}

/** One capitalised run of the running text, by token range, with its record's index. */
export interface ListedRun {
  start: number;
  end: number;
  record: number;
  /** The run reads as one person's name. */
  person: boolean;
}

/** The runs of one paragraph, read in order, and the lists they form. */
export class NameList {
  /** The runs set off by single commas that end at the latest run. */
  private chain: ListedRun[] = [];
  /** The chain's first run follows a fronting word (`Menurut A, B dan C`): it is no member. */
  private frontedChain = false;
  /**
   * Where the origin set after the chain's last person ends (`A dari Desa X`: the end of `Desa
   * X`), or -1: a `dan` after it joins the next person to that person (cast.originInList).
   */
  private originEnd = -1;

  /**
   * The earlier runs the run starting at token `i` is listed with (empty: none), in text order;
   * `person`: whether that run names a person.
   */
  joinedBy(t: readonly Token[], i: number, person: boolean): readonly ListedRun[] {
    const last = this.chain[this.chain.length - 1];
    const join = t[i - 1]?.lower ?? '';
    if (!last || !LIST_JOINS.has(join)) return [];
    // `A dari Desa X dan B dari Desa Y`: each person with the place they come from.
    if (this.originEnd === i - 1 && person && joinsPeople(t[i - 1]!.text)) return [last];
    const members = this.frontedChain ? this.chain.slice(1) : this.chain;
    const list = featureOn('cast.nameList') && person && members.length >= 2;
    const people = list && members.every(r => r.person) ? members : null;
    const lastEnd = this.memberEnd(t, last);
    // A pair is joined by `dan`/`and` only, as the name reader joins it.
    if (lastEnd === i - 1) return people ?? (joinsPeople(t[i - 1]!.text) ? [last] : []);
    // `A, B, dan C`: the comma before `dan` closes a list of three or more; `A, 70, and B`: the
    // comma closing the first member's age joins a pair.
    if (lastEnd === i - 2 && t[i - 2]!.text === ',') {
      const aged = commaAgeAt(t, last.end) && joinsPeople(t[i - 1]!.text);
      return people ?? (aged ? [last] : []);
    }
    return [];
  }

  /**
   * Where the listed person `last` (the chain's last run) really ends: past the origin set after
   * it (`A (25) asal Bekasi, B …`: cast.originInList) or past a bracketed age after the name.
   */
  private memberEnd(t: readonly Token[], last: ListedRun): number {
    return this.originEnd >= 0 && featureOn('cast.originInList')
      ? this.originEnd
      : pastNotes(t, last.end);
  }

  /** Files the run just read: it goes on the chain when a single comma joins it to the last. */
  add(t: readonly Token[], run: ListedRun): void {
    const last = this.chain[this.chain.length - 1];
    const comma =
      last && this.memberEnd(t, last) === run.start - 1 && t[run.start - 1]!.text === ',';
    this.originEnd =
      last?.person && !run.person && originAfter(t, pastAge(t, last.end), run.start) ? run.end : -1;
    if (this.originEnd >= 0) return;
    if (comma) this.chain.push(run);
    else {
      this.chain = [run];
      this.frontedChain = fronted(t, run.start);
    }
  }
}
