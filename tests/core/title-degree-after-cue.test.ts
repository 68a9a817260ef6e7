import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakerWithRole as lastSpeaker } from './summarize';

/** The last quote's speaker, with its role when it has one. */
// Invented sentences: a lowercase medical title with its dot after a cue, and degrees set off by
// commas after the name, are in neither the name nor the quote's boundary.
const DOTTED_TITLE: [string, string[], string][] = [
  [
    '`dr.` after a cue',
    ['“Kasus diare naik pekan ini,” kata dr. Laras Wikantari.'],
    'Laras Wikantari',
  ],
  [
    '`dr.` and a specialist degree set off by commas',
    ['“Kasus diare naik pekan ini,” kata dr. Laras Wikantari, Sp.PD, di Cibening.'],
    'Laras Wikantari',
  ],
  [
    '`dr.`, a degree and a description',
    ['“Imunisasi harus lengkap,” tutur dr. Galih Prasetya, Sp.A, dokter anak di RSUD Cibening.'],
    'Galih Prasetya',
  ],
  [
    '`drg.` after a cue and a date',
    ['“Gigi anak perlu diperiksa,” ujar drg. Kinanti Rahayuning, Senin.'],
    'Kinanti Rahayuning',
  ],
  [
    '`dr.` after a description',
    ['“Kasus diare naik pekan ini,” kata dokter spesialis dr. Laras Wikantari.'],
    'Laras Wikantari [dokter spesialis]',
  ],
  [
    '`Menurut dr.`',
    ['Menurut dr. Laras Wikantari, kasus diare naik pekan ini.'],
    'Laras Wikantari',
  ],
];

const HEAD_SURNAME: [string, string[], string][] = [
  [
    'degrees after a surname that is a head word',
    ['“Putusan itu harus dihormati,” kata pakar hukum Dr. Rudi Hakim SH MH.'],
    'Rudi Hakim [pakar hukum]',
  ],
  [
    'the same with no role',
    ['“Putusan itu harus dihormati,” kata Bayu Hakim SH MH.'],
    'Bayu Hakim',
  ],
];

describe('a lowercase title with its dot after a cue opens the name (names.dottedTitleAfterCue)', () => {
  test.each(DOTTED_TITLE)('%s', (_, paragraphs, expected) =>
    expect(lastSpeaker(...paragraphs)).toEqual(expected),
  );
  test('switched off, nobody is named', () => {
    const off = withFeaturesOff(['names.dottedTitleAfterCue'], () =>
      DOTTED_TITLE.map(([, paragraphs]) => lastSpeaker(...paragraphs)),
    );
    off.forEach((s, k) => expect(s).not.toEqual(DOTTED_TITLE[k]![2]));
  });
});

describe('degrees after a head-word surname close the name (names.degreeAfterHeadSurname)', () => {
  test.each(HEAD_SURNAME)('%s', (_, paragraphs, expected) =>
    expect(lastSpeaker(...paragraphs)).toEqual(expected),
  );
  test('switched off, nobody is named', () => {
    const off = withFeaturesOff(['names.degreeAfterHeadSurname'], () =>
      HEAD_SURNAME.map(([, paragraphs]) => lastSpeaker(...paragraphs)),
    );
    off.forEach((s, k) => expect(s).not.toEqual(HEAD_SURNAME[k]![2]));
  });
  test('an office before a degree-like acronym keeps it (`Ketua MA`: the Supreme Court)', () =>
    expect(lastSpeaker('“Putusan itu final,” kata Ketua MA Hendra Kusuma.')).toEqual(
      'Hendra Kusuma [Ketua MA]',
    ));
});
