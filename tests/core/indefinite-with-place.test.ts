import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

const OFFICIAL =
  'Kepala Dinas Perdagangan Kota Sukamaju, Budi Santoso, mengatakan stok cukup. "Kami sudah mengirim beras," kata Budi.';

/** Each quote's speakers after the official's paragraph (unnamed: empty). */
function after(paragraph: string): string[] {
  return analyzeBody(OFFICIAL, paragraph)
    .quotes.slice(2)
    .map(q => q.speakers.join(' + '));
}

// names.indefiniteWithPlace: an indefinite subject whose demonstrative closes a preposition's
// object is unnamed (not a description pointing back to the official), and so is the `-nya` after it.
const PLACE_ROWS: string[] = [
  'Seorang pedagang di depan pasar tersebut mengatakan, pembeli mulai berkurang. "Saya kira harga akan turun," ucapnya.',
  'Salah seorang warga di sekitar sungai itu menuturkan, air naik sejak subuh. "Kami tidak sempat mengungsi," ujarnya.',
  'Seorang sopir dari terminal tersebut mengaku, antrean solar makin panjang. "Kami menunggu sejak pagi," katanya.',
];

// names.relativeSubjectAsides: an unnamed subject with its relative clause runs over a bracketed
// acronym in its head.
const ASIDE_ROWS: string[] = [
  'Seorang relawan dari Gereja Kristen Jawa Sukamaju (GKJS) yang membantu di dapur umum mengatakan kebutuhan paling mendesak adalah selimut. "Malam di sini dingin," ucapnya.',
  'Seorang relawan dari Gereja Kristen Jawa di Sukamaju Barat (GKJSB) yang membantu di dapur umum mengatakan kebutuhan paling mendesak adalah selimut. "Malam di sini dingin," ucapnya.',
];

describe('an indefinite subject with a place stays unnamed', () => {
  test.each(PLACE_ROWS)('%s', paragraph => expect(after(paragraph)).toEqual(['', '']));

  // After `seorang`, a demonstrative closing the head's modifier keeps the subject unnamed too
  // (discourse.unnamedPredicate): either reading suffices, so both are switched off.
  test.each(PLACE_ROWS)('switched off: %s', paragraph => {
    const off = withFeaturesOff(['names.indefiniteWithPlace', 'discourse.unnamedPredicate'], () =>
      after(paragraph),
    );
    expect(off).not.toEqual(['', '']);
  });

  test.each(ASIDE_ROWS)('%s', paragraph => expect(after(paragraph)).toEqual(['', '']));

  test.each(ASIDE_ROWS)('switched off: %s', paragraph => {
    const off = withFeaturesOff(['names.relativeSubjectAsides'], () => after(paragraph));
    expect(off).not.toEqual(['', '']);
  });

  test('a name set off after a relative clause is still that person', () => {
    const paragraph =
      'Seorang korban yang selamat, Rudi Hartono, mengatakan air naik cepat. "Kami tidak sempat mengungsi," ujarnya.';
    expect(after(paragraph)).toEqual(['Rudi Hartono', 'Rudi Hartono']);
  });
});
