import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody, speakerRoles } from './summarize';

// After a title form in brackets, the office's seat may run to two words; an honorific or a
// Balinese article further on opens the name (names.model.honorificAfterSeat).
const rows = [
  [
    'Ketua Balai Pengelola Irigasi (BPI) Cimanuk Hilir Ir I Gusti Made Sudarsa MSc menjelaskan, pompa sudah siaga.',
    'I Gusti Made Sudarsa',
    'Ketua Balai Pengelola Irigasi (BPI) Cimanuk Hilir',
  ],
  [
    'Ketua Balai Pengelola Irigasi (BPI) Cimanuk Hilir I Gusti Made Sudarsa menjelaskan, pompa sudah siaga.',
    'I Gusti Made Sudarsa',
    'Ketua Balai Pengelola Irigasi (BPI) Cimanuk Hilir',
  ],
  [
    'Kepala Kantor Pertanahan (Kantah) Lembah Hijau Prof Rudi Santoso mengatakan sertifikat dibagikan.',
    'Rudi Santoso',
    'Kepala Kantor Pertanahan (Kantah) Lembah Hijau',
  ],
  [
    'Ketua Balai Karantina (BK) Cimanuk Hilir I Made Sudarsa mengatakan sapi diperiksa.',
    'I Made Sudarsa',
    'Ketua Balai Karantina (BK) Cimanuk Hilir',
  ],
] as const;

describe('after a bracketed title form and a seat of two words, an honorific or a Balinese article opens the name', () => {
  test.each(rows)('%s', (paragraph, name, role) =>
    expect(speakerRoles(paragraph)).toEqual([[name, role]]),
  );

  test('switched off, the seat’s second word swallows the name’s opening', () => {
    // The first two runs are also too long for one name, which names.model.openerInLongRun reads.
    const off = withFeaturesOff(['names.model.honorificAfterSeat'], () =>
      rows.slice(2).map(([paragraph]) => speakerRoles(paragraph)[0]?.[0]),
    );
    expect(off).toEqual(['Hijau Prof Rudi Santoso', 'Hilir I Made Sudarsa']);
  });
});

describe('a start inside a Balinese name goes back to its article', () => {
  // The article's short mention by the last word placed the start there
  // (names.model.balineseArticleBack).
  const cases = [
    [
      [
        'Kepala Balai Besar Pengelola Irigasi (BBPI) Cimanuk Hilir Dr I Gusti Kade Sudarsa MSc menjelaskan, pompa sudah siaga.',
        'Sudarsa mengatakan, kajian menunjukkan tanah turun.',
      ],
      'I Gusti Kade Sudarsa',
    ],
    [
      [
        'Kepala Balai Besar Pemeliharaan Jembatan (BBPJ) Lembah Hijau Dr I Made Sukarsa menjelaskan, jalan dibuka.',
        '“Kami kebut,” tegas Sukarsa.',
      ],
      'I Made Sukarsa',
    ],
  ] as const;
  const names = (paragraphs: readonly string[]) =>
    analyzeBody(...paragraphs).speakers.map(s => s.name);

  test.each(cases)('%s', (paragraphs, name) => expect(names(paragraphs)).toEqual([name]));

  test('switched off, the article and caste words go to the role', () => {
    // `Gusti` alone opens a name too (names.model.regionalOpeners): off with it.
    const off = withFeaturesOff(
      ['names.model.balineseArticleBack', 'names.model.regionalOpeners'],
      () => cases.map(([paragraphs]) => names(paragraphs)[0]),
    );
    expect(off).toEqual(['Kade Sudarsa', 'Made Sukarsa']);
  });
});
