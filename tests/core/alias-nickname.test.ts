import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The speakers of every quote of invented paragraphs, in order. */
const speakersOf = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.map(q => q.speakers);

const SAID = '“Pasar kami ramai lagi,” kata Pak Gendut.';

describe('the run after `alias` is a nickname of the person before it', () => {
  test.each([
    [
      'Ketua Paguyuban Pedagang Pasar Cibening, Darsono Wiryo alias Pak Gendut, mengatakan pembeli kembali datang.',
    ],
    ['Darsono Wiryo alias Pak Gendut mengatakan pembeli kembali datang.'],
    ['Menurut Darsono Wiryo alias Pak Gendut, pembeli kembali datang.'],
    ['Pedagang sayur, Darsono Wiryo alias Pak Gendut, menuturkan pembeli kembali datang.'],
  ])('%s', line => {
    const said = speakersOf(line, SAID);
    expect(said.length).toBeGreaterThan(0);
    for (const s of said) expect(s).toEqual(['Darsono Wiryo']);
  });

  test('the role before the name stays with the person, the nickname is an alias', () => {
    const line =
      'Ketua Paguyuban Pedagang Pasar Cibening, Darsono Wiryo alias Pak Gendut, mengatakan pembeli kembali datang.';
    const [person] = analyzeBody(line, SAID).speakers;
    expect(person?.name).toBe('Darsono Wiryo');
    expect(person?.role).toBe('Ketua Paguyuban Pedagang Pasar Cibening');
  });

  test('a word that merely ends in the letters of `alias` marks no nickname', () => {
    const line = 'Darsono Wiryo dari Kampung Tapalias Raya mengatakan pembeli kembali datang.';
    expect(speakersOf(line)).toEqual([['Darsono Wiryo']]);
  });

  test('switched off, the nickname is a person of its own', () => {
    const line = 'Darsono Wiryo alias Pak Gendut mengatakan pembeli kembali datang.';
    const off = withFeaturesOff(['cast.aliasNickname'], () => speakersOf(line, SAID));
    expect(off.flat()).not.toContain('Darsono Wiryo');
  });
});
