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
      'Salah seorang pedagang asal Kabupaten Cibening',
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
      'Pelanggan paling setia warung itu adalah Wulan Pratiwi, sopir angkot di Terminal Cibening.',
      'Wulan',
      'Wulan Pratiwi',
      'sopir angkot di Terminal Cibening',
    ],
    [
      'Tamu paling pagi di kedai itu ialah Darto Wiguna, pengayuh becak dari Kampung Sawah.',
      'Darto',
      'Darto Wiguna',
      'pengayuh becak dari Kampung Sawah',
    ],
    [
      'Dialah Sari Rahayu, penjahit asal Cibening.',
      'Sari',
      'Sari Rahayu',
      'penjahit asal Cibening',
    ],
    [
      'Juara lomba tahun ini yakni Yusuf Hamdani, murid kelas enam SD.',
      'Yusuf',
      'Yusuf Hamdani',
      'murid kelas enam SD',
    ],
  ]);
});

describe('an appositive pointing back by an office’s words means the office that spoke unnamed before', () => {
  table('cast.pointedOfficeAfterName', [
    [
      'Kepala Kantor Pertanahan Kabupaten Cibening menyebut sengketa lahan turun. Tarjo Sumarlin, kepala kantor tersebut, memastikan sertifikat segera dibagikan.',
      'Tarjo',
      'Tarjo Sumarlin',
      'Kepala Kantor Pertanahan Kabupaten Cibening',
    ],
    [
      'Kepala Kantor Pencarian dan Pertolongan (KPP) Kota Baru menyebut tim sudah bergerak. Sari Rahayu, nama kepala kantor itu, memastikan tiga perahu karet disiagakan.',
      'Sari',
      'Sari Rahayu',
      'Kepala Kantor Pencarian dan Pertolongan (KPP) Kota Baru',
    ],
    [
      'Kepala Dinas Pemuda, Olahraga dan Pariwisata Kabupaten Cibening mengatakan stadion segera diperbaiki. Yusuf Hamdani, pejabat tersebut, menyebut anggarannya sudah ada.',
      'Yusuf',
      'Yusuf Hamdani',
      'Kepala Dinas Pemuda, Olahraga dan Pariwisata Kabupaten Cibening',
    ],
    [
      'Direktur Rumah Sakit Umum Daerah Cibening menyebut pasiennya mencapai 1.200 orang. Darto Wiguna, direktur rumah sakit itu, mengatakan ruang rawat ditambah.',
      'Darto',
      'Darto Wiguna',
      'Direktur Rumah Sakit Umum Daerah Cibening',
    ],
  ]);
  test('an appositive pointing by another office’s words keeps its own words', () => {
    const intro =
      'Kepala Dinas Pertanian Kota Cibening menyebut jumlahnya dua ribu orang. Tarjo Sumarlin, kepala sekolah tersebut, memaparkan programnya.';
    expect(speaker('Tarjo', intro, '“Kami siap,” kata Tarjo.')?.role).toBe(
      'kepala sekolah tersebut',
    );
  });
});

describe('an English office before a name read with a rank is the role, the rank after it', () => {
  const rows: readonly [string, string, string][] = [
    [
      'The head of the traffic unit of the Cibening Police, AKBP Tarjo Sumarlin, said the road was closed.',
      'Tarjo',
      'head of the traffic unit of the Cibening Police, AKBP',
    ],
    [
      'Head of the Army Press Office, Brigjen TNI Darto Wiguna, said the drill was routine.',
      'Darto',
      'Head of the Army Press Office, Brigjen TNI',
    ],
  ];
  test.each(rows)('%s', (intro, word, role) => {
    expect(speaker(word, intro, `“We are ready,” ${word} said.`)?.role).toBe(role);
  });
  test('switched off, the rank alone', () => {
    for (const [intro, word, role] of rows) {
      const off = withFeaturesOff(['names.englishOfficeOverRank'], () =>
        speaker(word, intro, `“We are ready,” ${word} said.`),
      );
      expect(off?.role).not.toBe(role);
    }
  });
});

describe('a counted role set off after a pair is each member’s role', () => {
  const rows: readonly [string, string][] = [
    [
      'Rina Lestari dan Dodi Firmansyah, dua siswa kelas empat, terlihat gembira.',
      'siswa kelas empat',
    ],
    [
      'Di posko itu ada Rina Lestari dan Dodi Firmansyah, keduanya warga Desa Sukamaju.',
      'warga Desa Sukamaju',
    ],
    ['Rina Lestari dan Dodi Firmansyah, dua relawan PMI, membagikan masker.', 'relawan PMI'],
  ];
  const said = ['“Kami senang,” kata Rina.', '“Kami juga,” kata Dodi.'];
  test.each(rows)('%s', (intro, role) => {
    expect(speaker('Rina', intro, ...said)?.role).toBe(role);
    expect(speaker('Dodi', intro, ...said)?.role).toBe(role);
  });
  test('a count of days after the pair is no role', () => {
    const intro = 'Rina Lestari dan Dodi Firmansyah, dua hari lalu, tiba di posko.';
    expect(speaker('Dodi', intro, ...said)?.role).toBeNull();
  });
  test('switched off, neither holds it', () => {
    for (const [intro, role] of rows) {
      const off = withFeaturesOff(['cast.pairCountedAppositive'], () =>
        speaker('Rina', intro, ...said),
      );
      expect(off?.role).not.toBe(role);
    }
  });
});

describe('a role before the comma keeps the words saying the person is one of several', () => {
  table('cast.oneOfInRole', [
    [
      'Salah satu anggota, Rina Lestari (45), sudah lama berjualan.',
      'Rina',
      'Rina Lestari',
      'Salah satu anggota',
    ],
    [
      'Salah seorang korban banjir, Darto Wiguna, mengaku rumahnya rusak.',
      'Darto',
      'Darto Wiguna',
      'Salah seorang korban banjir',
    ],
    [
      'Salah satu pedagang, Tarjo Sumarlin, mengaku harga cabai naik.',
      'Tarjo',
      'Tarjo Sumarlin',
      'Salah satu pedagang',
    ],
  ]);
});

describe('an English kin or working relation after a possessive, set off before the name, is shown as the role', () => {
  const rows: readonly [string, string][] = [
    ['Tarjo’s daughter, Wulan Pratiwi, runs a small shop in the market.', 'Tarjo’s daughter'],
    [
      'Pak Tarjo’s wife, Wulan Pratiwi, who drove up from Solo, said the family was proud.',
      'Pak Tarjo’s wife',
    ],
    [
      'The museum’s supervisor, Wulan Pratiwi, described the guard as careful.',
      'museum’s supervisor',
    ],
  ];
  const said = '“People came back,” Wulan said.';
  test.each(rows)('%s', (intro, role) => expect(speaker('Wulan', intro, said)?.role).toBe(role));
  test('a word opening the clause is no owner', () =>
    expect(
      speaker('Wulan', 'Yesterday Tarjo’s daughter, Wulan Pratiwi, came home.', said)?.role,
    ).toBeNull());
  test('switched off, none is read', () => {
    for (const [intro, role] of rows) {
      const off = withFeaturesOff(['names.englishRelationBefore'], () =>
        speaker('Wulan', intro, said),
      );
      expect(off?.role).not.toBe(role);
    }
  });
});

describe('an English relation owned by a possessive pronoun opening the sentence is shown as the role', () => {
  const rows: readonly [string, string][] = [
    ['Tarjo drives a truck. His wife, Wulan Pratiwi, 49, sells coffee at the port.', 'wife'],
    // A given name acting as the subject is a person (cast.narratedSubject): her daughter is hers.
    [
      'Rina teaches at the school. Her daughter, Wulan Pratiwi, studies medicine.',
      "Rina's daughter",
    ],
    ['The farmers lost the harvest. Their neighbour, Wulan Pratiwi, lent them seed.', 'neighbour'],
  ];
  const said = '“The shop keeps us going,” Wulan said.';
  test.each(rows)('%s', (intro, role) => expect(speaker('Wulan', intro, said)?.role).toBe(role));
  test('a pronoun inside the sentence owns nothing shown', () =>
    expect(
      speaker('Wulan', 'Tarjo said that his wife, Wulan Pratiwi, sells coffee.', said)?.role ??
        null,
    ).toBeNull());
  test('switched off, none is read', () => {
    for (const [intro, role] of rows) {
      const off = withFeaturesOff(['names.englishPronounRelation'], () =>
        speaker('Wulan', intro, said),
      );
      expect(off?.role).not.toBe(role);
    }
  });
});

describe('a long description that goes on into an unnamed place is the role up to it', () => {
  table('cast.roleBeforeIndefinite', [
    [
      'Warga berkumpul. Peneliti pangan dari sebuah pusat studi pertanian di Bogor, Darto Wiguna, menilai kasus itu rumit.',
      'Darto',
      'Darto Wiguna',
      'Peneliti pangan',
    ],
    [
      'Salah satu pelanggan setia warung itu adalah Maruli Pardede, murid kelas lima sebuah SD swasta di ujung gang itu.',
      'Maruli',
      'Maruli Pardede',
      'murid kelas lima',
    ],
    [
      'Sari Rahayu, guru honorer di sebuah madrasah swasta di pinggir kota itu, mengaku gajinya telat.',
      'Sari',
      'Sari Rahayu',
      'guru honorer',
    ],
  ]);
});

describe('words saying the person is one of several open a description whatever noun heads it', () => {
  table('cast.oneOfDescription', [
    [
      'Salah satu perumus naskah, Rudi Hartono, menuturkan rapat berjalan alot.',
      'Rudi',
      'Rudi Hartono',
      'Salah satu perumus naskah',
    ],
    [
      'Salah seorang orang tua murid, Yosef Lado, mengatakan anaknya sudah sembuh.',
      'Yosef',
      'Yosef Lado',
      'Salah seorang orang tua murid',
    ],
    [
      'Salah satu anak asuhnya, Dimas Pratama (15), sudah dua tahun berlatih di sasana itu.',
      'Dimas',
      'Dimas Pratama',
      'Salah satu anak asuhnya',
    ],
    [
      'Salah satu penampil cilik, Ayu Lestari (12 tahun), membawakan tari piring.',
      'Ayu',
      'Ayu Lestari',
      'Salah satu penampil cilik',
    ],
  ]);
  test('inside a longer description they say whose it is, not what the person is', () => {
    const role = speaker(
      'Sari',
      'Juru bicara tim sukses salah satu pasangan calon, Sari Wulandari, menilai keputusan itu keliru.',
      '“Kami tidak akan menyerah,” kata Sari.',
    )?.role;
    expect(role).toBe('Juru bicara tim sukses salah satu pasangan calon');
  });
});

describe('a kin or company noun opening the words before the comma is how the person is related, whatever words follow it', () => {
  table('cast.kinPhraseBeforeComma', [
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
    [
      'Ayah almarhumah, Sugeng Riyadi, mengatakan putrinya sempat mengeluh sakit.',
      'Sugeng',
      'Sugeng Riyadi',
      'ayah almarhumah',
    ],
    [
      'Perubahan itu datang dari putri sulung mereka, Intan Permata (26), yang pulang kuliah.',
      'Intan',
      'Intan Permata',
      'putri sulung',
    ],
    [
      'Rekan satu regunya, Joko Susanto, mengaku baru tahu soal itu.',
      'Joko',
      'Joko Susanto',
      'rekan satu regu',
    ],
    [
      'Orang tua lain, Nur Aini Lubis, mengalami hal serupa di sekolah itu.',
      'Nur',
      'Nur Aini Lubis',
      'orang tua',
    ],
  ]);
  test('after an adverbial the comma ends the adverbial, and the name opens the clause', () => {
    const role = speaker(
      'Rina',
      'Usai menjenguk kakek mereka, Rina Kartika mengatakan kondisinya membaik.',
      '“Kami tidak akan menyerah,” kata Rina.',
    )?.role;
    expect(role ?? null).toBeNull();
  });
});

describe('an age bracketed after a name closes nothing: the words before the first comma stay its role', () => {
  table('cast.agedClosedApposition', [
    [
      'Ibunda Budi, Hasnah Wati (44), lebih banyak diam ketika ditanya.',
      'Hasnah',
      'Hasnah Wati',
      'Ibunda Budi',
    ],
    [
      'Direktur PT Sinar Abadi, Rudi Hartono (52), menjelaskan pabrik tetap buka.',
      'Rudi',
      'Rudi Hartono',
      'Direktur PT Sinar Abadi',
    ],
  ]);
});

describe('one of several relatives is related so, and holds no role a later description matches', () => {
  const paragraphs = [
    'Salah satu orang tua, Budi Santoso, mengatakan anaknya tidak diterima meski rumahnya dekat. “Jaraknya cuma 300 meter,” kata Budi.',
    'Orang tua lain, Sari Wulandari, mengalami hal serupa. Ibu yang akrab disapa Bu Sari itu mengaku sudah melapor ke posko sejak Senin.',
  ];
  const reporter = () =>
    analyzeBody(...paragraphs).quotes.find(q => q.text.includes('posko'))?.speakers;
  test('the description after the second relative means her', () => {
    expect(reporter()).toEqual(['Sari Wulandari']);
    expect(speaker('Budi', ...paragraphs)?.role).toBe('Salah satu orang tua');
  });
  test('switched off, the first relative holds the one-of words as a role', () => {
    expect(
      withFeaturesOff(['cast.oneOfDescription'], () => speaker('Budi', ...paragraphs)?.role),
    ).not.toBe('Salah satu orang tua');
  });
});
