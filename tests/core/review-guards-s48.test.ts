import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';

/**
 * Invented sentences on which a reviewer showed a new reading of this session going wrong, each
 * with the speakers a careful reader gives every quote ('' for an unnamed one). Kept so the
 * readings' mends hold.
 */
const ROWS: readonly (readonly [paragraphs: readonly string[], speakers: readonly string[]])[] = [
  // names.kinObjectApposition: a first person the lexicons do not know, with an honorific or a role.
  [
    ['Jonris Simatupang, paman korban, Tumpal, mengatakan pencarian dilanjutkan besok.'],
    ['Jonris Simatupang'],
  ],
  [
    [
      'Di dermaga, Ustaz Hasbullah, ayah salah seorang nelayan, Arif, mengatakan pencarian dilanjutkan besok.',
    ],
    ['Hasbullah'],
  ],
  [
    [
      'Kepala Desa Pasar Baru Jonris Simatupang, paman korban, Tumpal, mengatakan pencarian dilanjutkan besok.',
    ],
    ['Jonris Simatupang'],
  ],
  // ... and no first person at all: a role and a place, a channel, an outlet.
  [
    ['Kapolsek Cibeber, rekan korban, Dedi Supriatna, mengatakan pencarian dilanjutkan besok.'],
    ['Dedi Supriatna'],
  ],
  [
    ['Melalui WhatsApp, ayah korban, Dedi Supriatna, mengatakan pencarian dilanjutkan besok.'],
    ['Dedi Supriatna'],
  ],
  [
    ['Kepada Antara, ayah korban, Dedi Supriatna, mengatakan pencarian dilanjutkan besok.'],
    ['Dedi Supriatna'],
  ],
  // names.unnamedWithOrigin: a place whose words spell given names.
  [
    [
      'Seorang pedagang, pekerja migran asal Sri Lanka, mengatakan air sumur di rumahnya sudah kering.',
    ],
    [''],
  ],
  // names.churchOfficeTitles: after a church's acronym `St.` is the elder's office.
  [
    [
      'Ketua panitia Jonaedi Purba dan Sintua HKBP St. Jonris Simatupang mengatakan ibadah dimulai pukul sembilan.',
      '"Kami ingin membantu," kata St. Jonris.',
    ],
    ['Jonaedi Purba + Jonris Simatupang', 'Jonris Simatupang'],
  ],
  // reported.englishTitledDocument: a report by a person is no titled document.
  [
    [
      'Fewer children are underweight, according to the report by health office head Sekarwangi Purba.',
    ],
    ['Sekarwangi Purba'],
  ],
  // names.unnamedKinOf: `ibu` is also a woman, and an age makes the name the subject's own.
  [['Seorang ibu Wartinah (45) mengatakan dapurnya terendam sejak subuh.'], ['Wartinah']],
  // quotes.englishOneDescription: a report is no one; quotes.englishRelativeAside: a club name inside the description.
  [
    [
      'Captain Jonaedi Tumangger said the squad trained twice.',
      '"Ticket sales doubled," one report said.',
    ],
    ['Jonaedi Tumangger'],
  ],
  [
    [
      'Captain Jonaedi Tumangger said the squad trained twice.',
      '"We can win," one Persikab fan, who came by bus from Ende, said.',
    ],
    ['Jonaedi Tumangger', ''],
  ],
];

describe('review guards of session 48', () => {
  test.each(ROWS)('%s', (paragraphs, speakers) =>
    expect(analyzeBody(...paragraphs).quotes.map(q => q.speakers.join(' + '))).toEqual(speakers),
  );
});
