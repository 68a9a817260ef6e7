/**
 * Ties each found quote to entities, in text order: names through the cast (short → full),
 * `dia`/`ia`/`beliau`/`-nya` to the previous speaker, `mereka` to the last group, a title to the
 * person holding it, floating quotes to the previous speaker. Unnamed speakers stay unnamed.
 */
import type { Candidate } from '../candidate';
import type { Cast } from '../cast/entities';
import { pos, type Entity } from '../cast/entity';
import { PERSON_NOUNS } from '../../lexicon/pronouns';
import { holderByHead, holdsTitle } from '../cast/role-head';

/**
 * `wanita`, `pria paruh baya`, `perempuan berkerudung`: a person noun with at most two lowercase
 * modifiers (no number, no capital, which would tie it to someone introduced earlier).
 */
function isPersonDescription(title: string): boolean {
  const words = title.split(/\s+/u);
  const head = words[0] === 'seorang' || words[0] === 'sang' ? words.slice(1) : words;
  return (
    head.length >= 1 &&
    head.length <= 3 &&
    PERSON_NOUNS.has(head[0]!) &&
    head.every(w => /^\p{Ll}[\p{Ll}-]*$/u.test(w))
  );
}

/** A candidate with its speakers. */
export interface Resolved extends Candidate {
  entities: Entity[];
}

/** Resolves every candidate; `cands` must be in text order. */
export function resolveAll(cands: readonly Candidate[], cast: Cast): Resolved[] {
  let last: Entity[] | null = null;
  let lastEnd = -1;
  const out: Resolved[] = [];
  for (const c of cands) {
    const m = c.mention;
    let entities: Entity[];
    if (!m) entities = last ?? [];
    else if (m.kind === 'named')
      entities = m.refs.map(r => cast.resolve(r)).filter((e): e is Entity => !!e);
    else if (m.kind === 'pronoun' && m.plural) {
      // `mereka`: a group (named or not) introduced after the last quote wins, then the last
      // speakers if they were a group, then any earlier group; never a single person.
      const recent = cast.lastMention(pos(c.paragraph, Math.min(c.at, c.start)), true, true, true);
      if (recent && recent.at > lastEnd) entities = recent.entities;
      // An organisation that spoke last is a group too (`Pihak rumah sakit … Mereka …`).
      else if (last && (last.length > 1 || last[0]?.kind === 'organization')) entities = last;
      else entities = recent?.entities ?? [];
    } else if (m.kind === 'pronoun' || m.kind === 'nya') {
      // The closest antecedent wins: a person introduced as a subject after the last quote
      // (`Manajer X, Rahmat Hidayat, …. “…,” kata dia`) outranks the previous speaker. `dia`,
      // `ia` and `beliau` mean a person, so an organisation that spoke last is skipped; `-nya`
      // may be an organisation's (`kata KPK … tambahnya`).
      const at = pos(c.paragraph, Math.min(c.at, c.start));
      const recent = cast.lastMention(at, false, true, m.kind === 'nya', true);
      const prev =
        m.kind === 'pronoun' && last?.length && last.every(e => e.kind === 'organization')
          ? null
          : last;
      entities = recent && recent.at > lastEnd ? recent.entities : (prev ?? recent?.entities ?? []);
    } else if (m.kind === 'title') {
      // `Menurut peneliti kesehatan ini, …`: a description closed by a demonstrative that no
      // known role matches points back to the last speaker, or before any quote to the last
      // person named as a subject.
      const byRole = cast.byTitle(m.title) ?? holderByHead(cast.all, m.title);
      // Two holders of one title (`Presiden AS …`, `Presiden Rusia …`): the last speaker wins.
      const lastOne = last?.length === 1 ? last[0]! : null;
      const holder = byRole && lastOne && holdsTitle(lastOne, m.title) ? lastOne : byRole;
      const back = /\b(?:itu|tersebut|ini)$/u.test(m.text);
      const first = back && !holder && !last?.length;
      const recent = first ? cast.lastMention(pos(c.paragraph, c.at), false) : null;
      // `ujar wanita itu`: a person described by sex or age alone was never named.
      const unnamed = back && !holder && isPersonDescription(m.title);
      entities = holder ? [holder] : back && !unnamed ? (recent?.entities ?? last ?? []) : [];
    } else {
      // `kata kapolda`, `Pihak rumah sakit menegaskan`: a bare head in lowercase still means the
      // one entity introduced with it; an indefinite description stays unnamed.
      const holder = m.kind === 'anonymous' ? holderByHead(cast.all, m.text) : null;
      entities = holder ? [holder] : [];
    }
    out.push({ ...c, entities });
    // A statement embedded in another sentence leaves the pronoun state to that sentence.
    if (c.embedded) continue;
    last = entities;
    lastEnd = pos(c.paragraph, Math.max(c.end, c.at));
  }
  // A paragraph of a multi-paragraph quote takes the speaker named at the quote's end.
  for (let i = out.length - 1; i >= 0; i--) {
    const c = out[i]!;
    if (!c.runsOn) continue;
    const next = out.slice(i + 1).find(n => n.type === 'direct' && n.paragraph > c.paragraph);
    if (next) c.entities = next.entities;
  }
  return out;
}
