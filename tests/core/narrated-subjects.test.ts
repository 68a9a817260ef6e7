import { describe, expect, test } from 'vitest';
import { withFeaturesOff, type FeatureName } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

const OFFICIAL =
  'Kepala Dinas Perdagangan Kota Sukamaju, Hasan Basri, mengatakan stok cukup. "Kami sudah mengirim beras," kata Hasan.';

// Each row: the feature, who the last quote's speakers are, and the paragraphs (the official's
// first unless the row says otherwise: `OFFICIAL` in its list).
const ROWS: [FeatureName, string[], ...string[]][] = [
  // discourse.leadingNegation: a name before a negation or degree word and a verb leads its
  // sentence, so it is the new topic the next `katanya` means, not the official.
  [
    'discourse.leadingNegation',
    ['Sumarni'],
    'Pedagang cabai Sumarni tak terlalu berharap pada operasi pasar. "Kalau barang banyak, harga turun," katanya.',
  ],
  [
    'discourse.leadingNegation',
    ['Kardi'],
    'Petani jagung Kardi tidak menghadiri pertemuan itu. "Kami tidak diundang," ujarnya.',
  ],
  // names.demonstrativeClosesDescription: a description after a cue ends at its demonstrative,
  // whatever word of manner follows, so it still points back to the woman just presented.
  [
    'names.demonstrativeClosesDescription',
    ['Sumarni'],
    'Sumarni (61), pedagang cabai, mengeluhkan harga yang terus naik.',
    OFFICIAL,
    '"Kami cuma minta dihargai," kata perempuan 61 tahun itu pelan.',
  ],
  [
    'names.demonstrativeClosesDescription',
    ['Ponirah'],
    'Ponirah (58), buruh cuci, mengeluhkan harga yang terus naik.',
    OFFICIAL,
    '"Uangnya tidak cukup," ujar perempuan 58 tahun itu lirih.',
  ],
  // cast.pairDescribed: two lone words joined by `dan` with a description of people set off after
  // them are two persons, whom the `mereka` after them means.
  [
    'cast.pairDescribed',
    ['Fajar', 'Rizal'],
    'Rizal dan Fajar, dua pelajar SMP asal Kecamatan Sukamaju, datang bersama teman sekelasnya. "Awalnya diajak guru, tapi seru juga," kata mereka.',
  ],
  [
    'cast.pairDescribed',
    ['Jaka', 'Udin'],
    'Udin dan Jaka, warga Dusun Krajan, ikut antre sejak subuh. "Kami butuh beras murah," ujar mereka.',
  ],
  // discourse.countedNarrated: a counted plural takes in a person narrated as a subject beside
  // the one heard from in its own paragraph.
  [
    'discourse.countedNarrated',
    ['Bambang Sutejo', 'Hasan Basri'],
    'Di sampingnya, Bambang Sutejo mengangguk dan menyalami pedagang. "Kami berdua sepakat," ujar keduanya.',
  ],
];

// Rows a rule must leave as they are with its switch off: the feature, the last quote's speakers,
// the paragraphs (the official's first, as above).
const KEEPS: [FeatureName, string[], ...string[]][] = [
  // discourse.countedNarrated: a person narrated beside them only fills up the count, so two
  // speakers heard in turn stay the pair when an officer then walks up to them.
  [
    'discourse.countedNarrated',
    ['Sugeng Riyadi', 'Wati Lestari'],
    '"Kami cuma mau pulang," kata Sugeng Riyadi.',
    '"Sama, kami juga," kata Wati Lestari.',
    'Kapolsek Sukamaju AKP Darto Wibisono kemudian menemui keduanya di pos jaga. "Kami tidak bersalah," ujar keduanya.',
  ],
  // cast.pairDescribed: a count of anything but people (`dua aplikator`) describes no persons,
  // so the two app names are no speakers `mereka` could mean.
  [
    'cast.pairDescribed',
    [],
    'Ojekku dan Antarin, dua aplikator ojek daring, menaikkan tarif pekan ini. "Kenaikan ini wajar," kata mereka.',
  ],
];

const sorted = (names: string[]) => [...names].sort();
/** The last quote's speakers, sorted; the official's paragraph first unless `paragraphs` holds it. */
const speakersOf = (paragraphs: string[]) =>
  sorted(lastSpeakers(...(paragraphs.includes(OFFICIAL) ? paragraphs : [OFFICIAL, ...paragraphs])));

describe('people narrated as subjects before a pointing mention', () => {
  test.each(ROWS)('%s: %s', (_feature, who, ...paragraphs) => {
    expect(speakersOf(paragraphs)).toEqual(who);
  });

  test.each(ROWS)('switched off %s: %s', (feature, who, ...paragraphs) => {
    const off = withFeaturesOff([feature], () => speakersOf(paragraphs));
    expect(off).not.toEqual(who);
  });

  test.each(KEEPS)('%s keeps: %s', (feature, who, ...paragraphs) => {
    expect(speakersOf(paragraphs)).toEqual(who);
    expect(withFeaturesOff([feature], () => speakersOf(paragraphs))).toEqual(who);
  });
});
