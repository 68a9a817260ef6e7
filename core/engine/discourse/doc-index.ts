/**
 * Where things are in the article, as the discourse model measures distance: which sentence and
 * which body paragraph a position falls in, and the grammatical role of a name at a position
 * (subject, after a preposition, or anything else), read from the words before it.
 */
import type { BodyParagraph } from '../candidate';
import { pos, type Pos } from '../cast/entity';
import { lowerWordAfterCapitals, sentences } from '../text/text';
import { PREPOSITIONS } from '../../lexicon/prepositions';
import { ROLE_WORD_SET } from '../../lexicon/roles';
import { CUE_ADVERB_SET, PRE_CUE_SET } from '../../lexicon/cues';
import { isAllLower, startsLower } from '../text/chars';
import { NOT_PASSIVE } from '../../lexicon/verb-lookalikes';

/**
 * How a mention stands in its clause: the subject of a reporting verb (`Budi menilai …`), the
 * subject of a passive verb (`Budi ditangkap …`: a person acted upon, talked about), another
 * subject, a name after a preposition, or anything else (an object, a possessor).
 */
export type MentionRole = 'cueSubject' | 'passiveSubject' | 'subject' | 'oblique' | 'object';

/** Sentence and paragraph numbering of one article body. */
export class DocIndex {
  /** Start of every sentence, in text order. */
  private readonly starts: Pos[] = [];
  /** Paragraph index → ordinal among body paragraphs. */
  private readonly ordinal = new Map<number, number>();
  private readonly texts = new Map<number, string>();
  /** Roles already read, by position (negative for a clause-opening mention). */
  private readonly roles = new Map<number, MentionRole>();

  constructor(body: readonly BodyParagraph[]) {
    body.forEach((p, k) => {
      this.ordinal.set(p.index, k);
      this.texts.set(p.index, p.text);
      // A full stop inside a quotation does not end the sentence that quotes it.
      const marks = p.marks.map(m => ({ start: m.open, end: m.after }));
      this.starts.push(pos(p.index, 0));
      for (const s of sentences(p.text, p.from, p.text.length, marks).slice(1))
        this.starts.push(pos(p.index, s.start));
    });
  }

  /** Number of the sentence holding `at` (0-based over the body). */
  sentence(at: Pos): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /** Ordinal of the body paragraph holding `at`. */
  paragraph(at: Pos): number {
    return this.ordinal.get(paragraphOf(at)) ?? 0;
  }

  /** Where `written` last starts before offset `before` in paragraph `paragraph` (else `before`). */
  startOf(paragraph: number, written: string, before: number): Pos {
    const k = (this.texts.get(paragraph) ?? '').lastIndexOf(written, before);
    return pos(paragraph, k >= 0 ? k : before);
  }

  /** The caller's index of the paragraph holding `at`. */
  paragraphIndex(at: Pos): number {
    return paragraphOf(at);
  }

  /**
   * The role of a name starting at `at`: `subject` when the cast read it as opening a clause,
   * `oblique` after a preposition (looking past up to three lowercase role words, `kepada menteri
   * X`), else `object` (a verb's object, a possessor, a person talked about).
   */
  role(at: Pos, subject: boolean): MentionRole {
    const key = subject ? -at - 1 : at;
    let r = this.roles.get(key);
    if (!r) this.roles.set(key, (r = this.readRole(at, subject)));
    return r;
  }

  private readRole(at: Pos, subject: boolean): MentionRole {
    if (subject) return this.subjectKind(at);
    const text = this.texts.get(paragraphOf(at)) ?? '';
    // `…, Menteri X menegaskan.` / `…, Minister X declared.`: a name its reporting verb follows is
    // that verb's subject wherever the clause starts.
    const next = lowerWordAfterCapitals(text.slice(offsetOf(at), offsetOf(at) + 120));
    if (next && PRE_CUE_SET.has(next)) return 'cueSubject';
    const before = text.slice(Math.max(0, offsetOf(at) - 60), offsetOf(at)).split(/\s+/u);
    before.pop(); // the empty string after the last space
    for (let k = 0; k < 4; k++) {
      const w = before.pop();
      if (w === undefined) break;
      // `according to X` introduces a speaker, like `menurut X`.
      if (w === 'to' && before[before.length - 1]?.toLowerCase() === 'according') return 'subject';
      if (PREPOSITIONS.has(w.toLowerCase())) return 'oblique';
      if (!(startsLower(w) && ROLE_WORD_SET.has(w))) break;
    }
    return 'object';
  }

  /**
   * What kind of subject opens at `at`, from its predicate: the first lowercase word after the
   * name (past its capitalised words, an appositive between commas, and adverbs such as `juga`).
   */
  private subjectKind(at: Pos): MentionRole {
    const text = this.texts.get(paragraphOf(at)) ?? '';
    const clause = /^[^.;:!?“”"]*/u.exec(text.slice(offsetOf(at), offsetOf(at) + 160))![0];
    // `Budi Hartanto, pengamat ekonomi dari X, menilai`: the appositive is not the predicate.
    const words = clause
      .replace(/,[^,]*,/u, ' ')
      .split(/[\s,]+/u)
      .filter(Boolean);
    for (const w of words) {
      if (!startsLower(w)) continue;
      if (CUE_ADVERB_SET.has(w)) continue;
      if (PRE_CUE_SET.has(w)) return 'cueSubject';
      // Indonesian `di-`/`ter-` verbs; English words that open alike (`disagreed`) end otherwise.
      if (
        isAllLower(w) &&
        /^(?:di|ter)[^]{3,}$/u.test(w) &&
        !/(?:ed|ing|s)$/u.test(w) &&
        !NOT_PASSIVE.has(w)
      )
        return 'passiveSubject';
      return 'subject';
    }
    return 'subject';
  }
}

const paragraphOf = (at: Pos): number => Math.floor(at / 1_000_000);
const offsetOf = (at: Pos): number => at % 1_000_000;
