/**
 * The last step of reading the mentions: a span read both in the running text (read-mentions.ts)
 * and at a cue (cue-mentions.ts) becomes one record, so the cast meets each mention once.
 */
import { featureOn } from '../features';
import type { NamedRef } from '../names/name-split';
import { partitionPoint } from '../text/partition-point';
import { SPACE_RUNS } from '../text/string-scans';
import type { MentionRecord } from './mention-record';
import { pointsBack } from './pointed-office';

/**
 * The running text's records with each span read at a cue too replaced by one record: the cue's
 * reading (it knows where the speaker phrase starts and ends) with the running text's place in the
 * clause and in the cast. Cue records no running-text record overlaps stay as they are, after.
 */
export function oneReadingPerSpan(
  text: readonly MentionRecord[],
  cue: readonly MentionRecord[],
): MentionRecord[] {
  const out = [...text];
  const rest: MentionRecord[] = [];
  for (const c of cue) {
    const k = c.ref?.name ? sameSpan(out, c) : -1;
    if (k < 0) {
      rest.push(c);
      continue;
    }
    const t = out[k]!;
    out[k] = {
      ...c,
      ref: agreedReading(c.ref!, t.ref!),
      link: t.link,
      opensClause: t.opensClause,
      speakerLike: t.speakerLike,
      groupWith: t.groupWith,
      nickname: t.nickname,
      predicateRole: t.predicateRole ?? null,
    };
  }
  return [...out, ...rest];
}

/**
 * One reading of a span read both at a cue and in the running text: the cue's name (it knows where
 * the speaker phrase starts), with the role and alias the running text read before it when the
 * cue read none or only its end (`Direktur Jenderal Pajak (Dirjen Pajak) X Y mengatakan`, whose
 * cue reading starts after the bracket).
 */
function agreedReading(cue: NamedRef, text: NamedRef): NamedRef {
  const same = !!text.name && !!cue.name && text.name.endsWith(cue.name);
  if (!same) return cue;
  // A role the cue read only the end of (`Riau Irjen`) is the running text's fuller one.
  // So is the office a pointing role (`X, kepala kantor tersebut,`) means (cast.pointedOfficeAfterName).
  const fuller =
    !cue.role || (!!text.role && (text.role.endsWith(cue.role) || pointsBack(cue.role)));
  const merged = { ...cue, role: fuller ? text.role : cue.role, alias: cue.alias ?? text.alias };
  // `Sang ayah, X, berharap …`: how the running text relates X is kept when the cue reads X too.
  const relation = featureOn('cast.relationAtCue') ? (cue.relation ?? text.relation) : null;
  return relation ? { ...merged, relation } : merged;
}

/** The running-text record that reads the same name as cue record `c`, or -1. */
function sameSpan(text: readonly MentionRecord[], c: MentionRecord): number {
  // Records are in text order and never overlap: the first one ending after the cue's start.
  const lo = partitionPoint(text, t => t.end <= c.at);
  const last = c.ref!.name!.split(SPACE_RUNS).pop()!;
  for (let k = lo; k < text.length && text[k]!.at < c.end; k++) {
    const t = text[k]!;
    if (!t.atCue && t.ref?.name && t.text.includes(last)) return k;
  }
  return -1;
}
