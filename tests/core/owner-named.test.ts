import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

const OWNER = [
  'Pemilik kios, Hendra Bramantyo, mengatakan api muncul dari arah dapur.',
  '“Saya lihat asap dari belakang,” kata Hendra.',
];

describe('a lone name after a word of owning is a person (cast.ownerNamed)', () => {
  const lines = [
    ...OWNER,
    'Warung milik Kartinah yang berada di sebelah kios ikut terbakar. Perempuan yang biasa dipanggil Mak Tinah itu hanya sempat menyelamatkan kotak uang.',
    '“Rumah ini kayu semua,” kata Mak Tinah sambil menangis.',
  ];

  test('a later nickname cut from the owner’s name is the owner', () => {
    expect(lastSpeakers(...lines)).toEqual(['Kartinah']);
  });

  test('switched off, the nickname goes to the person named last', () => {
    expect(withFeaturesOff(['cast.ownerNamed'], () => lastSpeakers(...lines))).toEqual([
      'Hendra Bramantyo',
    ]);
  });
});
