import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

const MARKET = [
  'Kios milik Rosnaini Tumangger, pedagang rujak yang berjualan sejak 2006, ikut dibongkar.',
  '“Pembeli tidak akan mau jalan ke belakang,” kata Rosnaini.',
  'Seorang pedagang jagung bakar yang enggan disebut namanya mengungkapkan ada pungutan liar.',
  '“Ada yang bayar dua juta supaya dapat tempat di depan,” ujarnya.',
  'Kepala Satpol PP, Hasanudin Hutagaol, menyebut pembongkaran selesai Kamis.',
  '“Kami bongkar bersama pemiliknya, bukan sendiri.”',
];
const QUOTE = '“Sepi sekarang, semoga di los baru lebih ramai pembelinya.”';

describe('a description repeating an unnamed introduction means that person (discourse.unnamedBackSubject)', () => {
  test.each([
    'Pedagang jagung bakar tadi kembali menyalakan arang.',
    // The head noun alone, used of anyone meanwhile, does not hide the whole phrase.
    'Hasanudin meminta pedagang yang dirugikan melapor. Pedagang jagung bakar itu lalu menyalakan arang.',
  ])('%s', narrative => {
    expect(lastSpeakers(...MARKET, `${narrative} ${QUOTE}`)).toEqual([]);
  });

  test('the description of a named holder’s role still means the holder', () => {
    const narrative = 'Pedagang rujak itu kembali menata mangga di meja darurat.';
    expect(lastSpeakers(...MARKET, `${narrative} ${QUOTE}`)).toEqual(['Rosnaini Tumangger']);
  });

  test('switched off, the holder of a role with the head noun takes it', () => {
    const narrative = 'Pedagang jagung bakar tadi kembali menyalakan arang.';
    const speakers = withFeaturesOff(['discourse.unnamedBackSubject'], () =>
      lastSpeakers(...MARKET, `${narrative} ${QUOTE}`),
    );
    expect(speakers).toEqual(['Rosnaini Tumangger']);
  });
});
