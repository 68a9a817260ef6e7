/** The shared scorer's `--json` output, and its numbers under the flat keys eval-floor.json uses. */

interface Prf {
  p: number;
  r: number;
  f1: number;
}
interface TypeScore {
  lenient: Prf;
  strict: Prf;
  speakerAccuracy: number;
  endToEnd: Prf;
}
export interface ScoreJson {
  direct: TypeScore;
  indirect: TypeScore;
  speakerList: Prf;
  directSpeakerAccuracyByMention: Record<string, { n: number; accuracy: number }>;
}

export function flatten(s: ScoreJson): Record<string, number> {
  const out: Record<string, number> = {
    'direct.lenient.f1': s.direct.lenient.f1,
    'direct.lenient.p': s.direct.lenient.p,
    'direct.speakerAccuracy': s.direct.speakerAccuracy,
    'direct.endToEnd.f1': s.direct.endToEnd.f1,
    'indirect.lenient.f1': s.indirect.lenient.f1,
    'indirect.lenient.p': s.indirect.lenient.p,
    'indirect.speakerAccuracy': s.indirect.speakerAccuracy,
    'speakerList.f1': s.speakerList.f1,
  };
  // Kinds with fewer than 5 quotes say little on their own (the targets use n ≥ 5 too).
  const byMention = Object.values(s.directSpeakerAccuracyByMention).filter(m => m.n >= 5);
  out['direct.minMentionAccuracy'] = byMention.length
    ? Math.min(...byMention.map(m => m.accuracy))
    : 0;
  return out;
}
