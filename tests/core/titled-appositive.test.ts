import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The speakers of each quote of invented paragraphs, joined by ` + `. */
const speakers = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.map(q => q.speakers.join(' + '));

describe('honorifics before one name word and an appositive introduce a person (cast.titledAppositive)', () => {
  test.each([
    [
      'Gabah program Ketersediaan Stok dan Nilai Gabah (KSNG) akan dijual murah. Nilai gabah naik dan stok turun.',
      'Hj Salmiah, pedagang beras di lantai dua Pasar Raya Cibening, menuturkan pembeli kini sedikit.',
      '“Dulu sehari habis dua kuintal,” tutur wanita yang biasa dipanggil Mak Sal itu.',
      'Salmiah',
    ],
    [
      'Sayur program Ketersediaan Stok dan Nilai Sayur (KSNS) akan dijual murah. Nilai sayur naik dan stok turun.',
      'Bu Warsini, pedagang sayur di lantai dua Pasar Raya Cibening, menuturkan pembeli kini sedikit.',
      '“Dulu sehari habis dua karung,” tutur wanita yang biasa dipanggil Mbok War itu.',
      'Warsini',
    ],
  ])('%s / %s / %s → %s', (a, b, c, name) => {
    expect(speakers(a, b, c).at(-1)).toBe(name);
    const off = withFeaturesOff(['cast.titledAppositive', 'cast.placedLongAppositive'], () =>
      speakers(a, b, c),
    );
    expect(off.at(-1)).not.toBe(name);
  });
});
