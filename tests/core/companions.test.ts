import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

const ALL = ['Darto Wiyono', 'Wawan Setiawan', 'Asep Sunandar'];
const sorted = (names: string[]) => [...names].sort();

describe('a person named with the companions they act with makes one group', () => {
  test.each([
    [
      'Darto Wiyono bersama dua rekannya, Wawan Setiawan dan Asep Sunandar, menjaga palang itu setiap hari.',
      '"Yang penting selamat," kata ketiganya.',
    ],
    [
      'Darto Wiyono (52) sudah sepuluh tahun menjaga palang itu. Ia merawat kebun itu dengan dua rekannya, Wawan Setiawan (40) dan Asep Sunandar (35).',
      '"Kami tidak dibayar," kata Wawan. Ketiganya mengaku senang membantu. "Yang penting selamat," ujar mereka.',
    ],
    [
      'Darto Wiyono beserta tetangganya, Wawan Setiawan dan Asep Sunandar, mendatangi balai desa.',
      '"Kami minta kejelasan," kata mereka.',
    ],
  ])('%s', (intro, quote) => {
    expect(sorted(lastSpeakers(intro, quote))).toEqual(sorted(ALL));
  });

  test('`keduanya` counts two: the pair, not the three', () => {
    const intro =
      'Darto Wiyono bersama dua rekannya, Wawan Setiawan dan Asep Sunandar, menjaga palang itu setiap hari.';
    const quote =
      '"Kami bergantian," kata Wawan. "Sudah biasa," ujar Asep. "Kami senang," kata keduanya.';
    expect(sorted(lastSpeakers(intro, quote))).toEqual(['Asep Sunandar', 'Wawan Setiawan']);
  });

  test('switched off, the companions alone are the group', () => {
    const lines = [
      'Darto Wiyono bersama dua rekannya, Wawan Setiawan dan Asep Sunandar, menjaga palang itu setiap hari.',
      '"Yang penting selamat," kata ketiganya.',
    ];
    const off = withFeaturesOff(['discourse.companionGroups'], () => lastSpeakers(...lines));
    expect(sorted(off)).toEqual(['Asep Sunandar', 'Wawan Setiawan']);
  });

  // The model's feature, shown by switching it off.
  test('`mereka` means the person with the companions, not the companions alone (discourse.companions)', () => {
    const lines = [
      'Darto Wiyono beserta tetangganya, Wawan Setiawan dan Asep Sunandar, mendatangi balai desa.',
      '"Kami minta kejelasan," kata mereka.',
    ];
    const off = withFeaturesOff(['discourse.companions'], () => lastSpeakers(...lines));
    expect(sorted(off)).toEqual(['Asep Sunandar', 'Wawan Setiawan']);
  });
});

describe('a pronoun opening the paragraph after a skipped page line still finds the leader', () => {
  const paragraphs = [
    'Darto Wiyono (52) sudah sepuluh tahun menjaga palang itu.',
    'Baca Juga',
    'Palang Pintu Perlintasan Liar Kembali Ditutup',
    'Ia merawat kebun itu dengan dua rekannya, Wawan Setiawan (40) dan Asep Sunandar (35).',
    '"Yang penting selamat," ujar mereka.',
  ];
  test('the three of them speak', () =>
    expect(sorted(lastSpeakers(...paragraphs))).toEqual(sorted(ALL)));
  test('counting lines instead, the leader was out of reach', () =>
    withFeaturesOff(['discourse.bodyParagraphDistance'], () =>
      expect(sorted(lastSpeakers(...paragraphs))).not.toEqual(sorted(ALL)),
    ));
});

// discourse.companionOrigins: where each companion comes from is that companion's note, and the
// list runs on past it.
describe('companions named with where they come from', () => {
  const GROUP = ['Kartinah Sumilah', 'Jonaedi Purba', 'Sukamto Tumangger'];
  const ROWS: readonly (readonly [string, string])[] = [
    [
      'Kartinah Sumilah maju ke mimbar bersama dua anggota lain, Jonaedi Purba dari Fraksi Hijau dan Sukamto Tumangger dari Fraksi Biru.',
      '"Kami menuntut jawaban tertulis," ujar ketiganya.',
    ],
    [
      'Kartinah Sumilah datang bersama Jonaedi Purba asal Ende dan Sukamto Tumangger asal Lubai.',
      '"Jalan ini sudah rusak lima tahun," kata mereka.',
    ],
  ];
  test.each(ROWS)('%s', (intro, quote) =>
    expect(sorted(lastSpeakers(intro, quote))).toEqual(sorted(GROUP)),
  );
  test.each(ROWS)('switched off: %s', (intro, quote) => {
    const off = withFeaturesOff(['discourse.companionOrigins'], () => lastSpeakers(intro, quote));
    expect(sorted(off)).not.toEqual(sorted(GROUP));
  });
});

// Guards from a review: the origin's words end at the sentence's end, and a name after `dan`
// that opens its own clause is no companion.
describe('an origin does not carry the list past its member', () => {
  test.each([
    [
      'Kartinah Sumilah berjaga di posko bersama suaminya, Jonaedi Purba asal Lubai. Senin (12/3), Sukamto Tumangger datang membawa beras.',
      '"Kami hanya minta sertifikat," ujar keduanya.',
    ],
    [
      'Kartinah Sumilah datang ke balai desa bersama suaminya, Jonaedi Purba dari Desa Lubai dan Sukamto Tumangger mencatat kedatangan mereka di buku tamu.',
      '"Kami hanya minta sertifikat," ujar keduanya.',
    ],
  ])('%s', (intro, quote) =>
    expect(sorted(lastSpeakers(intro, quote))).toEqual(['Jonaedi Purba', 'Kartinah Sumilah']),
  );

  test('an origin closed by the comma before `dan` keeps the next member', () => {
    const intro =
      'Kartinah Sumilah datang bersama dua tetangganya, Jonaedi Purba asal Lubai, dan Sukamto Tumangger asal Ende.';
    const all = ['Kartinah Sumilah', 'Jonaedi Purba', 'Sukamto Tumangger'];
    expect(sorted(lastSpeakers(intro, '"Kami menunggu jawaban," ujar ketiganya.'))).toEqual(
      sorted(all),
    );
  });
});

// discourse.countedCompanions: a count of kin announces the members, so the verb after the last is
// the group's; a place's words run on past their commas.
describe('an origin inside a counted list of companions', () => {
  const THREE = ['Kartinah Sumilah', 'Jonaedi Purba', 'Sukamto Tumangger'];
  test.each([
    'Kartinah Sumilah bersama dua tetangganya, Jonaedi Purba asal Lubai dan Sukamto Tumangger mendatangi balai desa pada Senin pagi.',
    'Kartinah Sumilah datang bersama dua tetangganya, Jonaedi Purba asal Lubai, Ende, dan Sukamto Tumangger asal Sikka.',
  ])('%s', intro =>
    expect(sorted(lastSpeakers(intro, '"Kami menunggu jawaban," ujar ketiganya.'))).toEqual(
      sorted(THREE),
    ),
  );
});

describe('a count of kin announces how many companions follow (discourse.countedCompanions)', () => {
  const line =
    'Kartinah Sumilah bersama dua tetangganya, Jonaedi Purba asal Lubai dan Sukamto Tumangger mendatangi balai desa pada Senin pagi.';
  const quote = '"Kami menunggu jawaban," ujar ketiganya.';
  test('switched off, the name after the origin opens its own clause', () => {
    const off = withFeaturesOff(['discourse.countedCompanions'], () => lastSpeakers(line, quote));
    expect(sorted(off)).toEqual(['Jonaedi Purba', 'Kartinah Sumilah']);
  });

  // Guards from a fourth review: a count of days is no count of companions; with no count, a name
  // after an origin and before its own office opens a clause of its own.
  test.each([
    [
      'Kartinah Sumilah berjaga bersama warga selama tiga hari, Jonaedi Purba asal Lubai dan Sukamto Tumangger mendatangi posko itu pada Senin pagi.',
      ['Jonaedi Purba', 'Kartinah Sumilah'],
    ],
    [
      'Kartinah Sumilah bersama anaknya, Jonaedi Purba asal Lubai dan Sukamto Tumangger selaku kepala desa menyambut rombongan bupati.',
      ['Jonaedi Purba', 'Kartinah Sumilah'],
    ],
  ])('%s', (intro, group) =>
    expect(sorted(lastSpeakers(intro, '"Kami senang," ujar keduanya.'))).toEqual(group),
  );
});

// A fifth review's guard: a count right after the word of company counts companions named by
// their office too.
test('a count of officials after `bersama` announces the companions', () => {
  const intro =
    'Bupati Ende Kartinah Sumilah bersama dua anggota DPRD Ende, Jonaedi Purba dari Fraksi Hijau dan Sukamto Tumangger meninjau lokasi banjir pada Selasa.';
  const three = ['Jonaedi Purba', 'Kartinah Sumilah', 'Sukamto Tumangger'];
  expect(sorted(lastSpeakers(intro, '"Kami akan usulkan dana darurat," kata ketiganya.'))).toEqual(
    three,
  );
});

// The sixth review's guards: a count of things is no count of companions, and a member joined after
// the count is still one when it ends a member of its own.
describe('counts that do not count the companions', () => {
  test('a count of trucks', () => {
    const intro =
      'Kartinah Sumilah tiba bersama dua truk bantuan, Kepala Desa Jonaedi Purba dari Lubai dan Sukamto Tumangger menyambut rombongan itu.';
    const group = lastSpeakers(intro, '"Bantuan ini sangat berarti," kata mereka.');
    expect(group).not.toContain('Sukamto Tumangger');
  });

  test('a count of thousands', () => {
    const intro =
      'Kartinah Sumilah berjalan bersama tiga ribu warga, Jonaedi Purba dari Desa Lubai dan Sukamto Tumangger memimpin barisan di depan.';
    const group = lastSpeakers(intro, '"Kami ingin jalan ini diperbaiki," kata mereka.');
    expect(group).not.toContain('Sukamto Tumangger');
  });

  test('a member joined by `serta` after the count', () => {
    const intro =
      'Bupati Ende Kartinah Sumilah bersama dua anggota DPRD Ende, Jonaedi Purba dari Fraksi Hijau dan Sukamto Tumangger dari Fraksi Biru, serta Kepala Dinas Sosial Surtaman Dalimunthe dari Pemkab Ende, meninjau lokasi banjir.';
    const four = ['Jonaedi Purba', 'Kartinah Sumilah', 'Sukamto Tumangger', 'Surtaman Dalimunthe'];
    expect(sorted(lastSpeakers(intro, '"Kami usulkan dana darurat," kata keempatnya.'))).toEqual(
      four,
    );
  });
});
