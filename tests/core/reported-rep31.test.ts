import { describe, expect, test } from 'vitest';
import { withFeaturesOff, type FeatureName } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** Each indirect quote of invented paragraphs as `text → speakers`. */
function reported(...paragraphs: string[]): string[] {
  return analyzeBody(...paragraphs)
    .quotes.filter(q => q.type === 'indirect')
    .map(q => `${q.text} → ${q.speakers.join(' + ')}`);
}

/** Each quote of invented paragraphs as `text → speakers`. */
function credited(...paragraphs: string[]): string[] {
  return analyzeBody(...paragraphs).quotes.map(q => `${q.text} → ${q.speakers.join(' + ')}`);
}

/** The rows hold with the feature on, and the first row's reading is lost with it off. */
function switched(feature: FeatureName, rows: readonly (readonly [string, string[]])[]): void {
  test.each(rows)('%s', (sentence, expected) => {
    expect(reported(sentence)).toEqual(expected);
  });
  test('switched off, the first reading is lost', () => {
    const [sentence, expected] = rows[0]!;
    expect(withFeaturesOff([feature], () => reported(sentence))).not.toEqual(expected);
  });
}

describe('a name inside a relative clause on the subject is not the subject (reported.relativeOverInner)', () => {
  switched('reported.relativeOverInner', [
    [
      'Ketua RW Joko Susilo yang didampingi Camat Sari Dewi menyebut bantuan sudah tiba.',
      ['bantuan sudah tiba → Joko Susilo'],
    ],
    [
      'Kepala BPBD Andi Pratama yang meninjau lokasi di Sukamaju mengatakan warga sudah dievakuasi.',
      ['warga sudah dievakuasi → Andi Pratama'],
    ],
    [
      'Bupati Ahmad Fauzi yang berkunjung ke posko di Cikarang menyebut logistik cukup untuk sepekan.',
      ['logistik cukup untuk sepekan → Ahmad Fauzi'],
    ],
    // A thing before `yang` names nobody: the name in the clause stays the subject.
    [
      'Dokumen yang diterima Budi Santoso menyebut dana itu sudah cair.',
      ['dana itu sudah cair → Budi Santoso'],
    ],
  ]);

  test('a direct quote after the cue takes the same subject', () => {
    expect(
      credited(
        'Kepala BPBD Andi Pratama yang meninjau lokasi di Sukamaju mengatakan, “Warga sudah kami evakuasi sejak pagi.”',
      ),
    ).toEqual(['Warga sudah kami evakuasi sejak pagi → Andi Pratama']);
  });
});

describe('a cue of asking reports a question, not a noun (reported.questionCue)', () => {
  test.each([
    [
      'Hakim Sari Dewi kemudian menanyakan mengapa dana itu tidak dikembalikan.',
      ['mengapa dana itu tidak dikembalikan → Sari Dewi'],
    ],
    [
      'Ketua Komisi Budi Santoso mempertanyakan apakah dana itu sudah diaudit.',
      ['apakah dana itu sudah diaudit → Budi Santoso'],
    ],
    ['Beberapa pedagang mempertanyakan rencana pemkot memindahkan pasar.', []],
    ['Ketua RT Joko Susilo menanyakan status bantuan yang belum cair.', []],
    ['Budi Santoso mempertanyakan lambatnya perbaikan jalan desa.', []],
  ])('%s', (sentence, expected) => {
    expect(reported(sentence)).toEqual(expected);
  });

  test('switched off, a noun after `mempertanyakan` reads as a clause again', () => {
    const sentence = 'Beberapa pedagang mempertanyakan rencana pemkot memindahkan pasar.';
    expect(withFeaturesOff(['reported.questionCue'], () => reported(sentence))).not.toEqual([]);
  });
});

describe('a bare manner adverb after a cue belongs to the cue (reported.bareMannerAdverb)', () => {
  const OPENING = 'Ketua Koperasi Budi Santoso hadir dalam rapat itu.';
  test.each([
    ['Budi Santoso menyampaikan langsung aspirasi para pedagang kepada wali kota.', []],
    ['Budi Santoso menyampaikan langsung keluhan warga soal banjir kepada camat.', []],
    [
      'Budi Santoso menegaskan langsung bahwa anggaran sudah cair.',
      ['anggaran sudah cair → Budi Santoso'],
    ],
    // After a subject `langsung` is the clause's own adverb.
    [
      'Ia mengatakan serangan itu langsung dibalas.',
      ['serangan itu langsung dibalas → Budi Santoso'],
    ],
  ])('%s', (sentence, expected) => {
    expect(reported(OPENING, sentence)).toEqual(expected);
  });

  test('switched off, the adverb opens a clause again', () => {
    const sentence = 'Budi Santoso menyampaikan langsung aspirasi para pedagang kepada wali kota.';
    expect(withFeaturesOff(['reported.bareMannerAdverb'], () => reported(sentence))).not.toEqual(
      [],
    );
  });
});

describe('a sentence credited by the next one is its agent’s statement (reported.creditedBefore)', () => {
  test.each([
    [
      'Posko pengungsian juga dibuka di tiga kecamatan. Hal itu disampaikan oleh Kepala BPBD Andi Pratama saat meninjau lokasi.',
      ['Posko pengungsian juga dibuka di tiga kecamatan → Andi Pratama'],
    ],
    [
      'Harga beras di pasar induk turun sejak pekan lalu. Demikian dikatakan Ketua Koperasi Sari Dewi di Jakarta.',
      ['Harga beras di pasar induk turun sejak pekan lalu → Sari Dewi'],
    ],
    [
      'Stok vaksin di puskesmas cukup hingga akhir bulan. Hal tersebut dijelaskan Kepala Dinas Kesehatan Rina Kartika, Senin.',
      ['Stok vaksin di puskesmas cukup hingga akhir bulan → Rina Kartika'],
    ],
    // Telling that someone spoke says nothing; an agent who owns up to it is someone else.
    [
      'Pengurus koperasi akhirnya buka suara. Hal itu disampaikan oleh bendahara Rina Kartika di kantornya.',
      [],
    ],
    ['Harga beras di pasar induk turun sejak pekan lalu. Hal itu diakui pedagang Sari Dewi.', []],
  ])('%s', (paragraph, expected) => {
    expect(reported(paragraph)).toEqual(expected);
  });

  test('a sentence with a cue of its own keeps it, and its subject', () => {
    expect(
      reported(
        'Kepala Dinas Sosial Budi Santoso menyatakan bantuan sudah disalurkan. Hal itu disampaikan Budi Santoso kepada wartawan.',
      ),
    ).toEqual(['bantuan sudah disalurkan → Budi Santoso']);
  });

  test('the sentence must stand in the same paragraph', () => {
    expect(
      reported(
        'Posko pengungsian juga dibuka di tiga kecamatan.',
        'Hal itu disampaikan oleh Kepala BPBD Andi Pratama saat meninjau lokasi.',
      ),
    ).toEqual([]);
  });

  test('switched off, the credited sentence is no quote', () => {
    const paragraph =
      'Posko pengungsian juga dibuka di tiga kecamatan. Hal itu disampaikan oleh Kepala BPBD Andi Pratama saat meninjau lokasi.';
    expect(withFeaturesOff(['reported.creditedBefore'], () => reported(paragraph))).toEqual([]);
  });
});

describe('new cue words', () => {
  test.each([
    [
      'BMKG memprakirakan hujan lebat masih akan turun sepekan ke depan.',
      ['hujan lebat masih akan turun sepekan ke depan → BMKG'],
    ],
  ])('%s', (sentence, expected) => {
    expect(reported(sentence)).toEqual(expected);
  });
});

describe('English: a newsroom told, and verbs of naming', () => {
  switched('reported.toldBare', [
    [
      'Budi Santoso, a fisherman from Indramayu who joined the protest, told Republika the harbour had been closed for a week.',
      ['the harbour had been closed for a week → Budi Santoso'],
    ],
    [
      'Budi Santoso told Republika the ferry would resume on Monday.',
      ['the ferry would resume on Monday → Budi Santoso'],
    ],
    // A thing told, no clause with a finite verb: nothing reported.
    ['Budi Santoso told Republika a long story about his village.', []],
  ]);

  switched('reported.englishNamingCue', [
    [
      'Rina Kartika, the residents’ lawyer, called the ruling a victory for the villagers.',
      ['the ruling a victory for the villagers → Rina Kartika'],
    ],
    [
      'Minister Budi Santoso described the plan as reckless and costly.',
      ['the plan as reckless and costly → Budi Santoso'],
    ],
    // Calling someone up, and a measure after `a`, name nothing.
    ['Budi Santoso called the hotline a day later.', []],
    ['Budi Santoso called the police after the attack.', []],
  ]);
});

describe('a cue joined after a ber- verb written otherwise (coordinated-cue.ts isActiveVerbShape)', () => {
  const OPENING = 'Budi Santoso hadir dalam pertemuan warga.';
  test.each([
    [
      'Ia bekerja sebagai juru parkir di terminal dan menyebut pendapatannya turun sejak pasar baru dibuka.',
      'pendapatannya turun sejak pasar baru dibuka → Budi Santoso',
    ],
    [
      'Ia belajar menjahit sejak remaja dan mengatakan usaha itu kini menghidupi keluarganya.',
      'usaha itu kini menghidupi keluarganya → Budi Santoso',
    ],
  ])('%s', (sentence, expected) => {
    expect(reported(OPENING, sentence)).toEqual([expected]);
  });
});

describe('English verbs of naming take a named object too', () => {
  test.each([
    [
      'Budi Santoso, speaking after the match, described Persija as the strongest side in the league.',
      ['Persija as the strongest side in the league → Budi Santoso'],
    ],
    ['Budi Santoso called Jakarta a city of hope.', ['Jakarta a city of hope → Budi Santoso']],
    ['Budi Santoso called Rina a day later.', []],
  ])('%s', (sentence, expected) => {
    expect(reported(sentence)).toEqual(expected);
  });
});

describe('a compared quantity before `yang` makes a cleft (reported.comparativeCleft)', () => {
  const OPENING = 'Kepala Dinas Sosial Rina Kartika hadir.';
  test.each([
    [
      'Ia berharap makin banyak nelayan di pesisir itu yang beralih ke budi daya rumput laut.',
      ['makin banyak nelayan di pesisir itu yang beralih ke budi daya rumput laut → Rina Kartika'],
    ],
    [
      'Ia menyebut makin sedikit petani yang mau menanam padi.',
      ['makin sedikit petani yang mau menanam padi → Rina Kartika'],
    ],
    // A plain quantity of things named stays a noun object.
    ['Ia menjelaskan banyak hal yang harus dibenahi.', []],
  ])('%s', (sentence, expected) => {
    expect(reported(OPENING, sentence)).toEqual(expected);
  });

  test('switched off, the compared quantity is a noun object', () => {
    const sentence =
      'Ia berharap makin banyak nelayan di pesisir itu yang beralih ke budi daya rumput laut.';
    expect(
      withFeaturesOff(['reported.comparativeCleft'], () => reported(OPENING, sentence)),
    ).toEqual([]);
  });
});

describe('a cue of remembering reports only after its comma or `bahwa` (reported.rememberingCue)', () => {
  const OPENING = 'Kepala Sekolah Budi Santoso hadir dalam acara itu.';
  test.each([
    [
      'Ia mengenang, pada awalnya koperasi itu hanya beranggota lima petani.',
      ['pada awalnya koperasi itu hanya beranggota lima petani → Budi Santoso'],
    ],
    [
      'Ia mengenang bahwa sekolah itu dulu hanya punya dua guru.',
      ['sekolah itu dulu hanya punya dua guru → Budi Santoso'],
    ],
    ['Ia mengenang mendiang kakeknya yang pernah menjadi kepala kampung.', []],
    ['Ia mengenang masa kecilnya di kampung itu.', []],
  ])('%s', (sentence, expected) => {
    expect(reported(OPENING, sentence)).toEqual(expected);
  });

  test('switched off, what is remembered reads as a clause', () => {
    // (`mendiang`, "the late", is a noun shaped like a verb, reported.menNouns: no predicate.)
    const sentence = 'Ia mengenang kakeknya dulu menjadi kepala kampung.';
    expect(reported(OPENING, sentence)).toEqual([]);
    expect(
      withFeaturesOff(['reported.rememberingCue'], () => reported(OPENING, sentence)),
    ).not.toEqual([]);
  });
});

test('an English verb of naming takes an object pronoun', () => {
  expect(
    reported(
      'Budi Santoso joined the club in 2019.',
      'His coach, Rina Kartika, described him as a stubborn but honest player.',
    ),
  ).toEqual(['him as a stubborn but honest player → Rina Kartika']);
});
