import { describe, expect, test } from 'vitest';
import { withFeaturesOff, type FeatureName } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/**
 * Two readings of a run by the kinds of its words: a person's head word inside a name that a
 * given name opens (`Rudi Imam Santoso`), and an institution's branch named by its unit and seat
 * (`BPJS Kesehatan Cabang Cibening`). Invented lines; each speaker as `name|kind|role`.
 */
const speakersOf = (line: string) =>
  analyzeBody(line).speakers.map(s => `${s.name}|${s.kind}|${s.role ?? ''}`);
const SAID = 'mengatakan pendaftaran peserta baru dibuka pekan depan.';

describe('each reading, and the run without it', () => {
  test.each([
    [
      'names.model.headInsideName',
      `Kepala Seksi Haji Kemenag Cibening, Rudi Imam Santoso, ${SAID}`,
      'Rudi Imam Santoso|person|Kepala Seksi Haji Kemenag Cibening',
    ],
    [
      'names.model.headInsideName',
      `Ketua panitia, H. Andi Hakim Pratama, ${SAID}`,
      'Andi Hakim Pratama|person|Ketua panitia',
    ],
    [
      'names.model.branchOffice',
      `BPJS Kesehatan Cabang Cibening ${SAID}`,
      'BPJS Kesehatan Cabang Cibening|organization|',
    ],
    [
      'names.model.branchOffice',
      `BPJS Ketenagakerjaan Kantor Cabang Cibening ${SAID}`,
      'BPJS Ketenagakerjaan Kantor Cabang Cibening|organization|',
    ],
  ] as [FeatureName, string, string][])('%s: %s', (feature, line, speaker) => {
    expect(speakersOf(line)).toEqual([speaker]);
    expect(withFeaturesOff([feature], () => speakersOf(line))).not.toEqual([speaker]);
  });
});

describe('near misses keep their reading', () => {
  test.each([
    // A head word opening the run is a title.
    [`Hakim Rudi Santoso ${SAID}`, 'Rudi Santoso|person|Hakim'],
    // A person holding an office at the branch is the speaker, the branch their role.
    [
      `Kepala BPJS Kesehatan Cabang Cibening, Rina Kartika, ${SAID}`,
      'Rina Kartika|person|Kepala BPJS Kesehatan Cabang Cibening',
    ],
  ])('%s', (line, speaker) => expect(speakersOf(line)).toEqual([speaker]));
});
