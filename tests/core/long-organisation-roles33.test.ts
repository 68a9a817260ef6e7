import { describe, expect, test } from 'vitest';
import { withFeaturesOff, type FeatureName } from '../../core/engine/features';
import { roleCreditedTo, speakerRoles } from './summarize';

const SAID = 'Kami sudah menyampaikan data itu sejak pekan lalu';

/** [the introduction, the name word the quote credits, the role the panel should show]. */
type Row = readonly [string, string, string];

/**
 * A long office keeps its whole organisation when the organisation's own name holds a joining word
 * or a list of fields: the role is not cut to the words after the last break, nor lost.
 */
const CLASSES: readonly (readonly [FeatureName, readonly Row[]])[] = [
  [
    // An English joiner inside an institution's name before the name's comma.
    'cast.joinerInDescription',
    [
      [
        'Pakar hukum dari Center for Policy Studies (CPS), Budi Santoso, menyebut aturan itu lemah.',
        'Budi',
        'Pakar hukum dari Center for Policy Studies (CPS)',
      ],
      [
        'Ekonom senior Institute for Economic and Social Research (IESR), Dr Rina Kartika, memperkirakan harga naik.',
        'Rina',
        'Ekonom senior Institute for Economic and Social Research (IESR)',
      ],
      [
        'Analis Institute for Energy and Mining Studies (IEMS), Andi Wijaya, menilai harga batu bara turun.',
        'Andi',
        'Analis Institute for Energy and Mining Studies (IEMS)',
      ],
    ],
  ],
  [
    // A list of fields whose head run holds the office's own words before the first field.
    'names.fieldListLongHead',
    [
      [
        'Kepala Eksekutif Pengawas Usaha Pertambangan Rakyat, Energi, dan Mineral Kementerian ESDM Rina Kartika mengatakan izin dicabut.',
        'Rina',
        'Kepala Eksekutif Pengawas Usaha Pertambangan Rakyat, Energi, dan Mineral Kementerian ESDM',
      ],
      [
        'Direktur Jenderal Pengelolaan Sampah Kementerian Lingkungan, Kehutanan, dan Iklim Budi Santoso menyebut target belum tercapai.',
        'Budi',
        'Direktur Jenderal Pengelolaan Sampah Kementerian Lingkungan, Kehutanan, dan Iklim',
      ],
    ],
  ],
  [
    // A list of fields closed by a short form made of syllables, before the name's comma.
    'cast.fieldListShortForm',
    [
      [
        'Kepala Dinas Pemuda, Olahraga, dan Pariwisata (Disporapar) Kabupaten Lembah, Rina Kartika, mengatakan stadion siap.',
        'Rina',
        'Kepala Dinas Pemuda, Olahraga, dan Pariwisata (Disporapar) Kabupaten Lembah',
      ],
      [
        'Usulan itu dibacakan Direktur Jenderal Perikanan Kementerian Kelautan, Pesisir, dan Pulau Kecil (Kemenkelpes), Budi Santoso, saat rapat.',
        'Budi',
        'Direktur Jenderal Perikanan Kementerian Kelautan, Pesisir, dan Pulau Kecil (Kemenkelpes)',
      ],
    ],
  ],
];

describe.each(CLASSES)('%s: a long organisation stays in the role', (feature, rows) => {
  test.each(rows)('%s', (intro, word, role) => {
    expect(roleCreditedTo(word, intro, SAID)).toBe(role);
  });
  test.each(rows)('switched off: %s', (intro, word, role) => {
    expect(withFeaturesOff([feature], () => roleCreditedTo(word, intro, SAID))).not.toBe(role);
  });
});

describe('an English office of a company with a joiner keeps the company', () => {
  const paragraphs = [
    'Chief Executive of PT Samudra Dermaga (Samder) Regional 3, Dedi Kurnia, said the yards were full.',
    '"The cranes cannot keep up," Dedi said.',
  ];
  const role = 'Chief Executive of PT Samudra Dermaga (Samder) Regional 3';
  test('`Chief Executive of PT X (Y) Regional 3, Name`', () => {
    expect(speakerRoles(...paragraphs)).toEqual([['Dedi Kurnia', role]]);
    const off = withFeaturesOff(['cast.joinerInDescription'], () => speakerRoles(...paragraphs));
    expect(off).not.toEqual([['Dedi Kurnia', role]]);
  });
});
