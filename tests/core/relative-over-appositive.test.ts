import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';
import { withFeaturesOff } from '../../core/engine/features';

/** The speaker names of each quote of an invented paragraph. */
const speakersOf = (text: string) => analyzeBody(text).quotes.map(q => q.speakers);

/**
 * A name set off after a noun inside a relative clause (whom the subject came with, was helped
 * by) is not the subject: the named person before `yang` speaks.
 */
const CASES: readonly (readonly [sentence: string, speaker: string])[] = [
  [
    'Kepala Dinas Perikanan, Bramantyo, yang datang ke dermaga bersama anggota DPRD Cibening, Purbasari, menegaskan solar untuk nelayan aman.',
    'Bramantyo',
  ],
  [
    'Sekarwangi, yang berdiri di tepi tambak ditemani keponakannya, Tumangger, mengaku belum pernah melihat air setinggi itu.',
    'Sekarwangi',
  ],
  [
    'Kusmawati (70), pensiunan bidan dari Cibening yang ditemani menantunya, Surtaman, menuturkan pasar itu dulu ramai setiap pagi.',
    'Kusmawati',
  ],
  [
    'Ketua RT 05 Sukamto Jonaedi, yang menyambut rombongan bersama istrinya, Purbaningrum, menjelaskan warga sudah mengungsi sejak subuh.',
    'Sukamto Jonaedi',
  ],
  // A title with its dot opens the name set off inside the clause.
  [
    'Peserta lainnya, H. Bramantyo Kusnandar (71), pensiunan masinis dari Cibening yang ditemani istrinya, Hj. Purbasari, menuturkan lomba tahun ini lebih ramai.',
    'Bramantyo Kusnandar',
  ],
];

describe('a name set off inside a relative clause before the cue', () => {
  test.each(CASES)('%s', (sentence, speaker) => expect(speakersOf(sentence)).toEqual([[speaker]]));
  test.each(CASES)('without the feature: %s', (sentence, speaker) =>
    withFeaturesOff(['names.relativeOverAppositive'], () =>
      expect(speakersOf(sentence)).not.toEqual([[speaker]]),
    ),
  );
});

describe('a name set off after the subject itself stays the subject', () => {
  test.each([
    ['Kepala Dinas Perikanan, Bramantyo, menegaskan solar untuk nelayan aman.', 'Bramantyo'],
    ['Salah satu pedagang, Kusmawati, menuturkan pasar itu dulu ramai.', 'Kusmawati'],
    ['Nelayan yang ditemui di dermaga, Tumangger, mengaku belum melaut sepekan.', 'Tumangger'],
  ])('%s', (sentence, speaker) => expect(speakersOf(sentence)).toEqual([[speaker]]));
});

/** A one-word given name before a bare relative clause is a person, so the subject. */
const GIVEN: readonly (readonly [sentence: string, speaker: string])[] = [
  [
    'Camat Cibening Bramantyo Kusnandar meninjau tanggul bersama Kepala Seksi Pengairan Sukamto Jonaedi. Sukamto yang mengantar Bramantyo menuturkan, tanggul itu dibangun pada 1998.',
    'Sukamto Jonaedi',
  ],
  [
    'Lurah Purbasari Wartinah datang bersama Kapolsek Surtaman Dalimunthe. Surtaman yang menemani Purbasari menegaskan jalan desa sudah bisa dilalui.',
    'Surtaman Dalimunthe',
  ],
];

describe('a given name before a bare relative clause', () => {
  test.each(GIVEN)('%s', (text, speaker) => expect(speakersOf(text)).toEqual([[speaker]]));
  test.each(GIVEN)('without the feature: %s', (text, speaker) =>
    withFeaturesOff(['names.relativeKnownGiven'], () =>
      expect(speakersOf(text)).not.toEqual([[speaker]]),
    ),
  );
  test('a thing before `yang` names no speaker of its own', () =>
    expect(speakersOf('Spanduk yang dipasang warga menyebut tanggul itu rawan jebol.')).toEqual([
      [],
    ]));
});

/** Places and a day closing a relative clause on a named person are no subject of the cue. */
const PLACES: readonly (readonly [sentence: string, speaker: string])[] = [
  [
    'Kepala Dinas Koperasi Bramantyo Kusnandar, yang membuka pameran kerajinan di Balai Kartini, Cibening, Bandung, Kamis (9/10/2025), menyebut omzet perajin naik tahun ini.',
    'Bramantyo Kusnandar',
  ],
  [
    'Direktur Utama PT Cibening Lestari, Purbasari Wartinah, yang meresmikan gudang baru di Kawasan Industri Cikarang, Bekasi, Kamis (9/10), menyebut kapasitas gudang naik dua kali lipat.',
    'Purbasari Wartinah',
  ],
];

describe('places closing a relative clause before the cue', () => {
  test.each(PLACES)('%s', (sentence, speaker) => expect(speakersOf(sentence)).toEqual([[speaker]]));
  test.each(PLACES)('without the feature: %s', (sentence, speaker) =>
    withFeaturesOff(['names.relativeOverPlaces'], () =>
      expect(speakersOf(sentence)).not.toEqual([[speaker]]),
    ),
  );
});

// names.relativeOverCompanions: companions listed inside the relative clause, each set off after a
// noun, are stepped over back to the clause's `yang`/`who`: the person before it is the subject.
describe('companions listed inside a relative clause (names.relativeOverCompanions)', () => {
  const rows: readonly (readonly [string, string])[] = [
    [
      'Bramantyo Sukamto, yang didampingi sekretaris badan, Wartinah Sekarwangi, dan direktur sertifikasi, Kusnandar Jaya, mengatakan sistem pendaftaran akan dipermudah.',
      'Bramantyo Sukamto',
    ],
    [
      "Bramantyo Sukamto, who came with the ministry's spokesperson, Wartinah Sekarwangi, and the head of the licensing office, Kusnandar Jaya, said the permits would be issued online.",
      'Bramantyo Sukamto',
    ],
  ];
  const speakerOf = (line: string) => analyzeBody(line).quotes.map(q => q.speakers.join(' + '));
  test('a companion in another clause is no listed companion', () => {
    const line =
      'Bramantyo Sukamto, yang didampingi sekretaris badan, Wartinah Sekarwangi, tiba lebih dulu dan ketua panitia, Kusnandar Jaya, mengatakan acara dimulai pukul delapan.';
    expect(speakerOf(line)).toEqual(['Kusnandar Jaya']);
  });
  test.each(rows)('%s', (line, who) => {
    expect(speakerOf(line)).toEqual([who]);
    expect(withFeaturesOff(['names.relativeOverCompanions'], () => speakerOf(line))).not.toEqual([
      who,
    ]);
  });
});
