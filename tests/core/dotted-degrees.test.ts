import { describe, expect, test } from 'vitest';
import { speakerRoles } from './summarize';
import { withFeaturesOff } from '../../core/engine/features';
import { isDegree } from '../../core/lexicon/honorifics';

/**
 * A degree written with dots right after a name, with no comma before it, closes the name; the
 * tokenizer splits it at its dots, so it is read as the text writes it.
 */
const DOTTED: readonly (readonly [line: string, name: string, role: string])[] = [
  [
    'Analis kebijakan publik Wiryo Pranoto M.Si menilai aturan baru itu sulit diterapkan.',
    'Wiryo Pranoto',
    'Analis kebijakan publik',
  ],
  [
    'Dokter spesialis penyakit dalam Ratna Widyaningsih Sp.PD menyarankan pasien banyak minum air.',
    'Ratna Widyaningsih',
    'Dokter spesialis penyakit dalam',
  ],
];

describe('a dotted degree set off by commas after a role and a name is no name', () => {
  const line = 'Dokter Tono Wibisono, Sp.PD, menilai pasien perlu istirahat total.';
  test('the name before it speaks', () =>
    expect(speakerRoles(line)).toEqual([['Tono Wibisono', 'Dokter']]));
  test('without the features the degree was read as the name', () =>
    withFeaturesOff(['names.dottedDegreeInRun', 'names.degreeRunAlone'], () =>
      expect(speakerRoles(line).map(([n]) => n)).toEqual(['Sp.PD']),
    ));
});

describe('a dotted degree after a name closes it', () => {
  test.each(DOTTED)('%s', (line, name, role) => expect(speakerRoles(line)).toEqual([[name, role]]));
  test.each(DOTTED)('without the feature the degree stayed in the name: %s', (line, name) =>
    withFeaturesOff(['names.dottedDegreeInRun'], () =>
      expect(speakerRoles(line).map(([n]) => n)).not.toEqual([name]),
    ),
  );
});

/**
 * A degree whose last dotted part is a letter the run reader never takes alone (`Sp.A`: `A`;
 * `S.Pd.I`: `I`), ending the sentence or before a cue: the part stays in the run
 * (names.dottedDegreeEnd), so the degree closes the name.
 */
const LETTER_END: readonly (readonly [line: string, name: string, role: string])[] = [
  [
    '“Anak-anak harus segera divaksin,” kata dokter anak Yudi Permana Sp.A.',
    'Yudi Permana',
    'dokter anak',
  ],
  [
    'Kepala sekolah Marlina Tobing S.Pd.I mengatakan kelas tambahan dibuka sore hari.',
    'Marlina Tobing',
    'Kepala sekolah',
  ],
];

describe('a dotted degree ending in a letter the run reader never takes alone', () => {
  test.each(LETTER_END)('%s', (line, name, role) =>
    expect(speakerRoles(line)).toEqual([[name, role]]),
  );
  test.each(LETTER_END)(
    'without the feature the name was not read as written: %s',
    (line, name, role) =>
      withFeaturesOff(['names.dottedDegreeEnd'], () =>
        expect(speakerRoles(line)).not.toEqual([[name, role]]),
      ),
  );
});

describe("a consultant's subspecialty after a specialist degree is part of the degree", () => {
  test.each([
    ['SpPD-KGH', true],
    ['Sp.THT-KL', true],
    ['SpA-KIC', true],
    ['SpPD', true],
    // Not a consultant's field: a hyphenated word or a field that does not open with K.
    ['SpPD-Gizi', false],
    ['Sp-KGH', false],
    ['Surya-Kencana', false],
  ])('%s', (w, degree) => expect(isDegree(w)).toBe(degree));
  test('closes the name before the cue', () =>
    expect(
      speakerRoles(
        'Direktur RSUD Cempaka Putih Raya Handoko Suryadi SpPD-KGH mengatakan mesin cuci darah baru tiba.',
      ),
    ).toEqual([['Handoko Suryadi', 'Direktur RSUD Cempaka Putih Raya']]));
});

describe('the public administration degrees close a name set off by commas', () => {
  test.each([
    [
      'Kepala Dinas Perdagangan Kabupaten Ende, Jonaedi Tumangger, S.Sos, M.AP, menjelaskan aturan itu disusun tahun depan.',
    ],
    ['Camat Lubai, Kusnandar Purba, S.AP, mengatakan jalan sudah diperbaiki.'],
  ])('%s', line => {
    expect(speakerRoles(line).map(([n]) => n)).toEqual([
      line.includes('Jonaedi') ? 'Jonaedi Tumangger' : 'Kusnandar Purba',
    ]);
    expect(isDegree('M.AP') && isDegree('S.AP')).toBe(true);
  });
});
