/**
 * `Dinas Seni dan Budaya menyatakan …`, `kata Balai Benih dan Pupuk`: a government
 * body named by its fields joins them with `dan`, and the cue reader, taking `dan` between two
 * capitalised runs for a pair of speakers, gave the body's last field to a person (`Budaya`).
 * When a cue's subject is read as an office named by its fields (lexicon/office-heads.ts
 * FIELD_OFFICE_HEADS, the heads `dan` joins fields under; not a seat-named body such as `Polres X`,
 * beside which `dan` names a person: `Menurut Polres X dan Sukiman`) and one word the given-name lists do not know, joined by `dan`, it is the one body (the
 * article's own evidence is no help: the cue reader's reading put the word there). A person's name after `dan` (`Balai Ternak dan Rina`) keeps the pair.
 */
import { FIELD_OFFICE_HEAD_SET } from '../../lexicon/office-heads';
import type { NamedRef } from '../names/name-split';
import { isGivenName, isInnerName } from '../../lexicon/name-words';
import { featureOn } from '../features';
import type { MentionRecord } from './mention-record';

/**
 * For each cue mention read as a body and a lone field word (records `k` and `k + 1`, one span):
 * the body's record index mapped to its whole name's reading, the field word's to null.
 */
export function fieldsJoinedAtCue(records: readonly MentionRecord[]): Map<number, NamedRef | null> {
  const out = new Map<number, NamedRef | null>();
  if (!featureOn('cast.fieldAfterDan')) return out;
  for (let k = 0; k + 1 < records.length; k++) {
    const a = records[k]!;
    const b = records[k + 1]!;
    if (!a.atCue || !b.atCue || a.at !== b.at || a.end !== b.end) continue;
    const joined = joinedBody(a.ref, b.ref, a.text);
    if (!joined) continue;
    out.set(k, joined);
    out.set(k + 1, null);
  }
  return out;
}

/** The body `org dan word` when `written` spells it, or null. */
function joinedBody(
  org: NamedRef | null,
  other: NamedRef | null,
  written: string,
): NamedRef | null {
  if (org?.kind !== 'organization' || !org.name || !other?.name) return null;
  const word = other.name;
  if (other.kind !== 'person' || other.role || word.includes(' ')) return null;
  const head = org.name.split(' ', 1)[0]!.toLowerCase();
  if (!FIELD_OFFICE_HEAD_SET.has(head) || isGivenName(word) || isInnerName(word)) return null;
  const name = `${org.name} dan ${word}`;
  return written.includes(name) ? { ...org, name } : null;
}
