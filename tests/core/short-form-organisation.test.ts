import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/**
 * An organisation introduced with its short form in brackets, whatever its first word, is one
 * organisation; a person with a nickname or initials in brackets stays a person. Invented lines;
 * each speaker as `name|kind`.
 */
const speakersOf = (line: string) => analyzeBody(line).speakers.map(s => `${s.name}|${s.kind}`);
const SAID = 'menilai penanganan banjir masih lamban.';

describe('a run with no person in it, introduced by its short form', () => {
  test.each([
    [`Gerakan Pemantau Anggaran (Gepa) Jawa Barat ${SAID}`, 'Gerakan Pemantau Anggaran Jawa Barat'],
    [`Gerakan Peduli Sungai (GPS) Jawa Tengah ${SAID}`, 'Gerakan Peduli Sungai Jawa Tengah'],
    [`Wahana Pecinta Alam Cibening (WPAC) ${SAID}`, 'Wahana Pecinta Alam Cibening'],
  ])('%s', (line, name) => {
    expect(speakersOf(line)).toEqual([`${name}|organization`]);
    const off = withFeaturesOff(['names.shortFormOrganisation'], () => speakersOf(line));
    expect(off).not.toEqual([`${name}|organization`]);
  });
});

describe('a person with a bracket stays a person', () => {
  test.each([
    [`Hendro Wiyono (Hewi) ${SAID}`, ['Hendro Wiyono|person']],
    [`Darsono Wiyono (DW) ${SAID}`, ['Darsono Wiyono|person']],
    [
      `Ketua Forum Pemantau Anggaran (Forpa) Jawa Barat, Rudi Hartono, ${SAID}`,
      ['Rudi Hartono|person'],
    ],
  ])('%s', (line, speakers) => expect(speakersOf(line)).toEqual(speakers));
});
