import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';

/** Every indirect quote of the article as `speakers: text`, and its speakers' kinds by name. */
const reported = (...paragraphs: string[]) => {
  const { quotes, speakers } = analyzeBody(...paragraphs);
  const kinds = Object.fromEntries(speakers.map(s => [s.name, s.kind]));
  return {
    quotes: quotes
      .filter(q => q.type === 'indirect')
      .map(q => `${q.speakers.join(' + ')}: ${q.text}`),
    kinds,
  };
};

describe('an English organisation is named by its whole run', () => {
  test.each([
    // The head opens a complement with `of` / `for the`: the run is one organisation.
    [
      'The Ministry of Marine Affairs said on Friday that the new port would open in June.',
      'Ministry of Marine Affairs',
    ],
    [
      "Thailand's Ministry of Public Health said the clinic would open three new wards.",
      "Thailand's Ministry of Public Health",
    ],
    [
      'The Regional Office for the Protection of Coastal Waters said the reef had recovered.',
      'Regional Office for the Protection of Coastal Waters',
    ],
    // The head closes the name.
    ['The Harbour Research Institute said the reef had recovered.', 'Harbour Research Institute'],
    ['The Transport Ministry said the new port would open in June.', 'Transport Ministry'],
  ])('%s', (line, name) => {
    const { quotes, kinds } = reported(line);
    expect(quotes.map(q => q.split(':')[0])).toEqual([name]);
    expect(kinds[name]).toBe('organization');
  });

  test('a bracketed short form after the name is its alias, not part of it', () => {
    const { speakers } = analyzeBody(
      'The Office for Disaster Relief (ODR) said two bridges had collapsed.',
    );
    expect(speakers.map(s => [s.name, s.kind, s.aliases])).toEqual([
      ['Office for Disaster Relief', 'organization', ['ODR']],
    ]);
  });

  test.each([
    // A person's title in the run, or a name after the head, keeps the run a person's.
    [
      'Transport Ministry spokesperson Rina Kartika said the port would open in June.',
      'Rina Kartika',
    ],
    [
      'Health Ministry Secretary Budi Santoso said the clinic would open three new wards.',
      'Budi Santoso',
    ],
  ])('%s', (line, name) => {
    const { quotes, kinds } = reported(line);
    expect(quotes.map(q => q.split(':')[0])).toEqual([name]);
    expect(kinds[name]).toBe('person');
  });
});

describe('a description headed by an organisation noun names the organisation, never a person', () => {
  test.each([
    [
      [
        'The Harbour Research Institute said the reef had recovered. The institute also said the water was warmer than last year.',
      ],
      [
        'Harbour Research Institute: the reef had recovered',
        'Harbour Research Institute: the water was warmer than last year',
      ],
    ],
    [
      [
        'The Office for Disaster Relief (ODR) said two bridges had collapsed. The agency warned that more rain would fall this week.',
      ],
      [
        'Office for Disaster Relief: two bridges had collapsed',
        'Office for Disaster Relief: more rain would fall this week',
      ],
    ],
    [
      [
        'Lembaga Kajian Pangan menyatakan harga beras akan naik pekan depan. Lembaga itu juga mengatakan stok beras cukup sampai akhir tahun.',
      ],
      [
        'Lembaga Kajian Pangan: harga beras akan naik pekan depan',
        'Lembaga Kajian Pangan: stok beras cukup sampai akhir tahun',
      ],
    ],
    [
      [
        'Yayasan Bumi Lestari menyatakan hutan bakau di pesisir utara terus menyusut. Organisasi tersebut meminta pemerintah menanam kembali seribu hektare bakau.',
      ],
      [
        'Yayasan Bumi Lestari: hutan bakau di pesisir utara terus menyusut',
        'Yayasan Bumi Lestari: pemerintah menanam kembali seribu hektare bakau',
      ],
    ],
    // The nearest subject before the description is a person: the organisation it means is not
    // in the cast, so the speaker stays unnamed rather than a wrong organisation.
    [
      [
        'The Harbour Research Institute said the reef had recovered.',
        'Rina Kartika visited the port on Monday. The association said the new fees would hurt fishermen.',
      ],
      ['Harbour Research Institute: the reef had recovered', ': the new fees would hurt fishermen'],
    ],
  ])('%j', (paragraphs, quotes) => {
    expect(reported(...paragraphs).quotes).toEqual(quotes);
  });
});

describe('an English `the` description before a cue points back to a person', () => {
  test.each([
    [
      [
        'Budi Santoso, the transport minister, said the port would open in June. The minister also said the fees would not change.',
      ],
      ['Budi Santoso: the port would open in June', 'Budi Santoso: the fees would not change'],
    ],
    [
      [
        'Rina Kartika won the final on Sunday. The world number 9 said she had changed her serve this year.',
      ],
      ['Rina Kartika: she had changed her serve this year'],
    ],
    // Sentence-final: `…, the minister said.`
    [
      [
        'Budi Santoso, the transport minister, said the port would open in June.',
        'The fees will not change next year, the minister said.',
      ],
      [
        'Budi Santoso: the port would open in June',
        'Budi Santoso: The fees will not change next year',
      ],
    ],
  ])('%j', (paragraphs, quotes) => {
    expect(reported(...paragraphs).quotes).toEqual(quotes);
  });

  test.each([
    // A `the` phrase that names no office, occupation, organisation, age or rank reports nothing.
    ['The report said the port would open in June.'],
    ['The weather said little about the harvest this year.'],
  ])('%s', line => {
    expect(reported(line).quotes).toEqual([]);
  });
});
