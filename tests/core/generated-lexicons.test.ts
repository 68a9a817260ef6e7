import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  clubWords,
  countTokens,
  nameClasses,
  placeName,
  placeWords,
} from '../../scripts/lexicon/derive';
import { generatedModules, NER_DIR, sourcesPresent } from '../../scripts/lexicon/sources';

const ROOT = join(import.meta.dirname, '../..');

describe('generated lexicons', () => {
  // The NER corpora live next to the project (../shared); CI has them. idn-area-data is a devDependency.
  if (!sourcesPresent()) {
    it.skip(`are up to date (NER corpora absent at ${NER_DIR})`, () => {});
    console.warn(`generated lexicons not checked: NER corpora absent at ${NER_DIR}`);
  } else {
    it('are up to date with npm run lexicon (byte for byte)', () => {
      for (const [file, text] of Object.entries(generatedModules()))
        expect(readFileSync(join(ROOT, file), 'utf8'), file).toBe(text);
    });
  }
});

// Invented miniature corpora: the derivation rules, not the data.
const CONLL = [
  'budi\tB-PPL\nsantoso\tI-PPL\nberkata\tO\ndi\tO\ncibening\tB-PLC\n',
  'budi\tB-PPL\nsantoso\tI-PPL\ndari\tO\nmaju\tB-IND\nunited\tI-IND\n',
  'Sari\tB-PERSON\nSari\tB-PERSON\nmaju\tB-ORGANISATION\nunited\tI-ORGANISATION\n',
  'air\tO\n'.repeat(12),
].join('\n');
const AREAS = [
  'code,name\n11,Cibening Raya\n',
  'code,province_code,name\n11.01,11,Kabupaten Sari Makmur\n11.02,11,Kota Air Biru\n',
];

describe('lexicon derivation', () => {
  const counts = countTokens([CONLL]);
  it.each([
    ['Kabupaten Aceh Selatan', 'aceh selatan'],
    ['Kota Adm. Jakarta Pusat', 'jakarta pusat'],
    ['Kota Bekasi', 'bekasi'],
  ])('place name %s → %s', (raw, want) => expect(placeName(raw)).toBe(want));

  it('counts tags per lowercase word across both tag sets', () => {
    expect(counts.get('budi')).toEqual({ perFirst: 2, perInner: 0, place: 0, org: 0, other: 0 });
    expect(counts.get('sari')?.perFirst).toBe(2);
    expect(counts.get('united')?.org).toBe(2);
  });

  it('sorts words into person-first, person-inner and organisation classes', () => {
    const c = nameClasses(counts);
    expect(c.personFirst).toEqual(['budi', 'sari']);
    expect(c.personInner).toEqual(['santoso']);
    expect(c.org).toEqual(['maju', 'united']);
  });

  it('keeps the club-named organisations, not given names or common words of their shape', () => {
    const clubs = clubWords(
      countTokens([
        [
          'persiluk\tB-IND',
          'pertama\tB-IND', // no club shape
          'persada\tB-PPL', // a given name
          'persen\tO\npersen\tB-IND\npersen\tO', // mostly a common word
          'persikota\tB-ORGANISATION\npersikota\tB-PLACE',
        ].join('\n'),
      ]),
    );
    expect(clubs).toEqual(['persikota', 'persiluk']);
  });

  it('keeps place words, dropping given names and common words', () => {
    const w = placeWords(AREAS, counts);
    expect(w).toContain('cibening');
    expect(w).toContain('makmur');
    expect(w).toContain('biru');
    expect(w).not.toContain('sari'); // a given name in the corpora
    expect(w).not.toContain('air'); // an untagged common word
  });
});
