import { describe, expect, it } from 'vitest';
import { readRun } from '../../core/engine/names/name-run';
import { withFeaturesOff } from '../../core/engine/features';
import { tokenize, type Token } from '../../core/engine/text/text';

// readRun keeps where each token's run ends, per token list: asked again, or asked of the same
// list after a rule was switched off, it answers as a fresh reading of fresh tokens does.
// Invented newsroom sentences, long enough to be indexed.
const SENTENCES = [
  'Kepala Dinas Pangan Kota Sukamaju Budi Santoso mengatakan harga beras di pasar induk naik lagi pekan ini.',
  'Pertemuan antara Jakarta dan Canberra menegaskan kerja sama baru, ujar juru bicara kementerian kepada wartawan.',
  'Pedagang bernama Rina Tan Mei Hua menjual sayur di Pasar Cibening sejak pagi bersama dua anaknya.',
];

/** Every token's run end, read from a fresh token list each time (nothing kept). */
const fresh = (s: string): number[] => tokenize(s).map((_, i) => readRun(tokenize(s), i));
const kept = (t: readonly Token[]): number[] => t.map((_, i) => readRun(t, i));

describe('run ends kept per token list', () => {
  it.each(SENTENCES)('%s', s => {
    const t = tokenize(s);
    expect(t.length).toBeGreaterThanOrEqual(16);
    expect(kept(t)).toEqual(fresh(s));
    // Asked a second time: the kept ends.
    expect(kept(t)).toEqual(fresh(s));
  });

  it('a rule switched off is read under, not the ends kept before it', () => {
    const s = SENTENCES[1]!;
    const t = tokenize(s);
    const on = kept(t);
    const off = withFeaturesOff(['names.model.twoPlaces'], () => kept(t));
    expect(off).toEqual(withFeaturesOff(['names.model.twoPlaces'], () => fresh(s)));
    expect(off).not.toEqual(on);
    expect(kept(t)).toEqual(on);
  });

  it('past the ends of the list no run starts', () => {
    const t = tokenize(SENTENCES[0]!);
    expect(readRun(t, t.length)).toBe(t.length);
  });
});
