import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { roleCreditedTo } from './summarize';

/** The role of the speaker whose name holds `word`, read from invented paragraphs. */
const roleOf = (word: string, intro: string) =>
  roleCreditedTo(word, intro, 'Kami hanya ingin didengar');

describe('a role head after a kin noun before a naming word is whose kin the person is', () => {
  test.each([
    ['Ia menikah dengan anak petani bernama Sari Rahayu pada 2010.', 'Sari'],
    ['Polisi memeriksa istri nelayan bernama Warti Lestari di pelabuhan.', 'Warti'],
    ['Rombongan itu dipandu adik pedagang bernama Yogi Pratama.', 'Yogi'],
  ])('%s', (intro, word) => {
    expect(roleOf(word, intro) ?? null).toBeNull();
  });

  test('the role head opening the description is still the role', () => {
    const intro = 'Di dermaga itu, seorang nelayan bernama Darto Wiguna menunggu kapal.';
    expect(roleOf('Darto', intro)).toBe('nelayan');
    const off = withFeaturesOff(['names.roleBeforeNamingWord'], () => roleOf('Darto', intro));
    expect(off ?? null).toBeNull();
  });
});
