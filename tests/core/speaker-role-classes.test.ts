import { describe, expect, test } from 'vitest';
import { withFeaturesOff, type FeatureName } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The name and role of the speaker whose name holds `word`, read from invented paragraphs. */
function speaker(word: string, ...paragraphs: string[]) {
  const found = analyzeBody(...paragraphs).speakers.find(s => s.name.split(' ').includes(word));
  return found ? { name: found.name, role: found.role } : null;
}

/** One row: the sentence that introduces the person, the word a quote names them by, what to read. */
type Row = [intro: string, word: string, name: string, role: string | null];

/** Runs the rows with `feature` on (each reads `role`) and off (none reads it). */
function table(feature: FeatureName, rows: readonly Row[]) {
  test.each(rows)('%s', (intro, word, name, role) => {
    const said = `“Kami tidak akan menyerah,” kata ${word}.`;
    expect(speaker(word, intro, said)).toEqual({ name, role });
  });
  test('switched off, none reads that role', () => {
    for (const [intro, word, , role] of rows) {
      const said = `“Kami tidak akan menyerah,” kata ${word}.`;
      const off = withFeaturesOff([feature], () => speaker(word, intro, said));
      expect(off?.role ?? null).not.toEqual(role);
    }
  });
}

describe('a kin noun with its birth order or a deceased owner before the comma is how the person is related', () => {
  table('cast.kinQualifiedBeforeComma', [
    [
      'Putri sulungnya, Sari Rahayu (41), mengaku ayahnya tidak pernah absen mengajar.',
      'Sari',
      'Sari Rahayu',
      'putri sulung',
    ],
    [
      'Anak bungsunya, Dodi Firmansyah, mengatakan ibunya masih dirawat di rumah sakit.',
      'Dodi',
      'Dodi Firmansyah',
      'anak bungsu',
    ],
    [
      'Istri almarhum Sugeng, Warsini Lestari, berharap tambang liar itu segera ditutup.',
      'Warsini',
      'Warsini Lestari',
      'Istri almarhum Sugeng',
    ],
    [
      'Adik mendiang Rahmat, Yusuf Hamdani, menuntut polisi mengusut kasus itu.',
      'Yusuf',
      'Yusuf Hamdani',
      'Adik mendiang Rahmat',
    ],
  ]);
});
describe('a role set off after a name ends where a relative clause about the person begins', () => {
  table('names.roleBeforeRelative', [
    [
      'Maruli Pardede, sopir angkot yang melayani trayek terminal sejak pabrik tutup, menolak tarif baru itu.',
      'Maruli',
      'Maruli Pardede',
      'sopir angkot',
    ],
    [
      'Darto Wiguna (52), nelayan yang tinggal di pesisir Cibening sejak kecil, mengaku tangkapannya terus turun.',
      'Darto',
      'Darto Wiguna',
      'nelayan',
    ],
  ]);
});

describe('a description before a naming word is the named person’s role', () => {
  table('names.roleBeforeNamingWord', [
    [
      'Seorang petani bernama Darto Wiguna (61) mengeluhkan harga pupuk yang terus naik.',
      'Darto',
      'Darto Wiguna',
      'petani',
    ],
    [
      'Di terminal itu, sopir angkot bernama Yusuf Hamdani mengeluhkan sepinya penumpang.',
      'Yusuf',
      'Yusuf Hamdani',
      'sopir angkot',
    ],
  ]);
});

describe('where a person comes from, written with `asal` after the name, goes on the role', () => {
  table('names.originAfterName', [
    [
      'Salah seorang pedagang, Rosidah Lubis (58) asal Kabupaten Cibening, menolak dipindahkan ke los baru.',
      'Rosidah',
      'Rosidah Lubis',
      'pedagang asal Kabupaten Cibening',
    ],
    [
      'Di antara mereka ada Sumirah Wati (66) asal Desa Sukamaju, yang datang sejak subuh.',
      'Sumirah',
      'Sumirah Wati',
      'asal Desa Sukamaju',
    ],
  ]);
});

describe('the event written before a player is the player’s role', () => {
  table('names.sportEventRole', [
    [
      'Sementara itu, tunggal putri Rina Kartika mengatakan dirinya ingin memperbaiki hasil.',
      'Rina',
      'Rina Kartika',
      'tunggal putri',
    ],
    [
      'Pasangan ganda putra Dimas Pratama/Yoga Saputra mengaku siap menanggung harapan itu.',
      'Dimas',
      'Dimas Pratama',
      'Pasangan ganda putra',
    ],
  ]);
});

describe('a role set off after a name a word identifies may close its sentence', () => {
  table('cast.identifiedAppositiveAtEnd', [
    [
      'Pelanggan paling setia warung itu adalah Hendra Wijaya, sopir angkot di Terminal Cibening.',
      'Hendra',
      'Hendra Wijaya',
      'sopir angkot di Terminal Cibening',
    ],
    [
      'Salah satu yang rutin datang adalah Darto Wiguna, pengayuh becak dari Kampung Sawah.',
      'Darto',
      'Darto Wiguna',
      'pengayuh becak dari Kampung Sawah',
    ],
    ['Dialah Sari Rahayu, penjahit asal Cibening.', 'Sari', 'Sari Rahayu', 'penjahit asal Cibening'],
    [
      'Juara lomba tahun ini yakni Yusuf Hamdani, murid kelas enam SD.',
      'Yusuf',
      'Yusuf Hamdani',
      'murid kelas enam SD',
    ],
  ]);
});
