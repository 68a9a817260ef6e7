import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { indirectQuotes } from './summarize';

const OPENING = 'Pagi itu, Sumilah Purba menggendong anaknya ke posyandu.';
const LATER = 'Ia menuturkan, lauk keluarganya hanya tempe dan sayur bening.';

// cast.appositiveAfterCue
describe('a description after the name a quote’s cue reads is that speaker’s', () => {
  test.each([
    '“Saya baru tahu gizinya kurang,” tutur Sumilah, seorang ibu rumah tangga.',
    '“Saya baru tahu gizinya kurang,” kata Sumilah, seorang buruh tani di desa itu.',
  ])('%s', quote => {
    expect(indirectQuotes(OPENING, quote, LATER)).toEqual([
      'lauk keluarganya hanya tempe dan sayur bening → Sumilah Purba',
    ]);
    const off = withFeaturesOff(['cast.appositiveAfterCue'], () =>
      indirectQuotes(OPENING, quote, LATER),
    );
    expect(off).not.toEqual(['lauk keluarganya hanya tempe dan sayur bening → Sumilah Purba']);
  });

  test('somebody unnamed opening a sentence of their own is still somebody new', () => {
    const quote =
      '“Saya baru tahu gizinya kurang,” tutur Sumilah. Seorang tetangga datang menjenguk.';
    expect(indirectQuotes(OPENING, quote, LATER)).toEqual([
      'lauk keluarganya hanya tempe dan sayur bening → ',
    ]);
  });
});
