import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody, speakerRoles } from './summarize';

/** The quotes of an invented paragraph, as [text, speakers]. */
const quotes = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.map(q => [q.text, q.speakers]);

describe('a lowercase description at the cue, a comma, then the name that speaks', () => {
  test.each([
    [
      '“Kami akan mengajukan banding,” kata kuasa hukum terdakwa, Hotman Sitanggang.',
      'Hotman Sitanggang',
      'kuasa hukum terdakwa',
    ],
    [
      '“Pemilu harus jujur dan adil,” ujar pengamat politik, Rudi Hartono.',
      'Rudi Hartono',
      'pengamat politik',
    ],
    ['“Air belum juga surut,” tutur salah satu warga, Budi.', 'Budi', 'salah satu warga'],
    // A lowercase honorific before the name (`dr`) is neither the name's nor the role's.
    ['“Pasien terus bertambah,” kata dokter jaga, dr Rina Sari.', 'Rina Sari', 'dokter jaga'],
  ])('%s', (line, name, role) => {
    expect(speakerRoles(line)).toEqual([[name, role]]);
    expect(quotes(line).map(q => q[1])).toEqual([[name]]);
  });

  test('after `menurut`, the reported clause starts after the name’s comma', () => {
    expect(quotes('Menurut pengamat politik, Rudi Hartono, pemilu harus jujur dan adil.')).toEqual([
      ['pemilu harus jujur dan adil', ['Rudi Hartono']],
    ]);
  });

  test.each([
    // A day or a time after the comma, or a relative clause: the speaker stays unnamed.
    ['“Air belum surut,” kata seorang warga, Senin (3/5).'],
    ['“Air belum surut,” kata seorang warga, yang enggan disebut namanya.'],
    ['“Harga naik terus,” ujar seorang pedagang, Jumat, di Pasar Cibening.'],
  ])('no name after the comma: %s', line => {
    expect(quotes(line).map(q => q[1])).toEqual([[]]);
  });

  test('switched off, the described speaker is unnamed', () => {
    // The running text's reading of the same apposition (cast.descriptionBeforeComma) gives the
    // name the description as its role, which the bare description then finds: off as well.
    const off = withFeaturesOff(['names.descriptionCommaName', 'cast.descriptionBeforeComma'], () =>
      quotes('“Pemilu harus jujur dan adil,” ujar pengamat politik, Rudi Hartono.'),
    );
    expect(off).toEqual([['Pemilu harus jujur dan adil', []]]);
  });
});
