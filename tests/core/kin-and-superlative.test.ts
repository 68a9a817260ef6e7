import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody, speakerRoles } from './summarize';

const QUOTE = '“Kami hanya ingin keadilan,” katanya.';

describe('a kin noun before a name says how the person is related', () => {
  test.each([
    [
      'Sang ayah, Wagimin, berharap anaknya lolos. “Dia latihan setiap sore,” kata Wagimin.',
      'Wagimin',
      'ayah',
    ],
    ['Ayahnya, Wagimin (45), masih tak percaya putranya pergi.', 'Wagimin', 'ayah'],
    // Joined to the person before it, the kin says whose (cast.kinOwnerJoined).
    [
      'Tari dan suaminya, Bambang Wibisono, kini berharap aset kembali.',
      'Bambang Wibisono',
      'suami Tari',
    ],
    ['Ibu mereka, Wulan (24), adalah ibu rumah tangga.', 'Wulan', 'ibu'],
  ])('%s', (paragraph, name, role) => {
    expect(speakerRoles(paragraph, QUOTE)).toEqual([[name, role]]);
  });

  test('a comma that ends an adverbial is no apposition: the name opens the clause', () => {
    expect(
      speakerRoles('Usai menjenguk ayahnya, Rina Kartika mengatakan kondisinya membaik.', QUOTE),
    ).toEqual([['Rina Kartika', null]]);
  });

  test('a relative stays who they were introduced by: `-nya` after them is not theirs', () => {
    const paragraphs = [
      'Sarinah (67), pasien klinik mata, datang ditemani cucunya sejak subuh. Cucunya, Fadil, yang membawa berkas rujukan.',
      '“Saya tidak mengerti aplikasi itu,” katanya.',
    ];
    const quotes = analyzeBody(...paragraphs).quotes;
    expect(quotes[quotes.length - 1]!.speakers).toEqual(['Sarinah']);
  });

  test('switched off, the relative has no role', () => {
    const off = withFeaturesOff(['cast.kinBeforeComma'], () =>
      speakerRoles(
        'Sang ayah, Wagimin, berharap anaknya lolos. “Dia latihan setiap sore,” kata Wagimin.',
      ),
    );
    expect(off).toEqual([['Wagimin', null]]);
  });
});

describe('a superlative after a role’s noun stays in the description', () => {
  test.each([
    [
      'Salah satu petani tertua, Wagimin (60), mengaku sudah lama menanam padi.',
      'Wagimin',
      'Salah satu petani tertua',
    ],
    [
      'Salah satu pengungsi tertua, Mbah Karto Sudiro (84), bercerita rumahnya dua kali tertimbun abu.',
      'Karto Sudiro',
      'Salah satu pengungsi tertua',
    ],
    [
      'Gubernur terpilih, Andi Saputra, menyatakan siap bekerja.',
      'Andi Saputra',
      'Gubernur terpilih',
    ],
  ])('%s', (paragraph, name, role) => {
    expect(speakerRoles(paragraph, QUOTE)).toEqual([[name, role]]);
  });

  test('switched off, the superlative ends the description as a verb would', () => {
    const off = withFeaturesOff(['cast.superlativeInDescription'], () =>
      speakerRoles(
        'Salah satu petani tertua, Wagimin (60), mengaku sudah lama menanam padi.',
        QUOTE,
      ),
    );
    expect(off).toEqual([['Wagimin', null]]);
  });
});
