import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** Each quote's speakers, joined, and the speaker list. */
function read(paragraph: string) {
  const { quotes, speakers } = analyzeBody(paragraph);
  return { said: quotes.map(q => q.speakers.join(' + ')), names: speakers.map(s => s.name) };
}

describe('an acronym made of an organisation’s words is that organisation', () => {
  test.each([
    [
      'Kementerian Pariwisata dalam keterangan tertulisnya menyebutkan, kunjungan wisatawan naik 20 persen. Kemenpar menambahkan, hotel di Cibening hampir penuh.',
      'Kementerian Pariwisata',
    ],
    [
      'Kementerian Kebudayaan mengatakan, festival itu digelar tiap tahun. Kemenbud menambahkan, anggaran sudah disiapkan sejak awal tahun.',
      'Kementerian Kebudayaan',
    ],
  ])('%s', (paragraph, org) => {
    expect(read(paragraph)).toEqual({ said: [org, org], names: [org] });
  });

  test('a person’s one-word name is never read as an organisation’s acronym', () => {
    const { names } = read(
      'Kementerian Pariwisata mengatakan, kunjungan wisatawan naik. Kartika menambahkan, hotel di Cibening hampir penuh.',
    );
    expect(names).toContain('Kartika');
  });

  test('switched off, the acronym is a speaker of its own', () => {
    const off = withFeaturesOff(['cast.orgAcronym'], () =>
      read(
        'Kementerian Pariwisata mengatakan, kunjungan wisatawan naik 20 persen. Kemenpar menambahkan, hotel di Cibening hampir penuh.',
      ),
    );
    expect(off.names).toContain('Kemenpar');
  });
});
