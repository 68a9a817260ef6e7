import { describe, expect, test } from 'vitest';
import { withFeaturesOff, type FeatureName } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The reported quotes of invented paragraphs as `text|speakers`. */
const reported = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs)
    .quotes.filter(q => q.type === 'indirect')
    .map(q => `${q.text}|${q.speakers.join(' + ')}`);
const off = (name: FeatureName, ...paragraphs: string[]) =>
  withFeaturesOff([name], () => reported(...paragraphs));

describe('English: a tail cue followed by a participle still closes the clause before it', () => {
  const intro = 'Port analyst Wendy Sumolang spoke at a seminar on Tuesday.';
  test.each([
    [
      'Container traffic had recovered, she said, citing data from the port authority.',
      'Container traffic had recovered',
    ],
    [
      'Freight rates would fall next year, she said, adding that new ships were arriving.',
      'Freight rates would fall next year',
    ],
  ])('%s', (line, clause) => {
    expect(reported(intro, line)).toContain(`${clause}|Wendy Sumolang`);
  });

  // A telling cue names its addressee (the press, a chamber, a court) before the tail ends.
  test.each([
    [
      'Container traffic had recovered, she told reporters, citing data from the port authority.',
      'Container traffic had recovered',
    ],
    [
      'Freight rates would fall next year, she told journalists on Wednesday, adding that new ships were arriving.',
      'Freight rates would fall next year',
    ],
    [
      'Two berths would close for repairs in March, she told reporters.',
      'Two berths would close for repairs in March',
    ],
    [
      'The levy had been collected unlawfully, she told the court.',
      'The levy had been collected unlawfully',
    ],
  ])('after an addressee: %s', (line, clause) => {
    expect(reported(intro, line)).toContain(`${clause}|Wendy Sumolang`);
    expect(off('reported.englishTailParticiple', intro, line)).not.toContain(
      `${clause}|Wendy Sumolang`,
    );
  });

  test('switched off, the clause before the cue is not read', () => {
    const line = 'Container traffic had recovered, she said, citing data from the port authority.';
    expect(off('reported.englishTailParticiple', intro, line)).toEqual([]);
  });

  test('an addressee that is no audience leaves the words after the cue its own', () => {
    const line = 'Container traffic had recovered, she told her staff a story about the strike.';
    expect(reported(intro, line)).toEqual([]);
  });
});

describe('English cues that report only a `that` clause: expecting and restating', () => {
  test.each([
    [
      'He expected that the new terminal would open by June.',
      'the new terminal would open by June',
    ],
    ['He reiterated that the tender would be repeated.', 'the tender would be repeated'],
    ['He cautioned that demand could weaken.', 'demand could weaken'],
    ['He suggested that the levy be cut.', 'the levy be cut'],
    ['He conceded that the schedule had slipped.', 'the schedule had slipped'],
  ])('%s', (line, clause) => {
    const intro = 'Harbour master Yohanes Lado said the dredging was complete.';
    expect(reported(intro, line)).toContain(`${clause}|Yohanes Lado`);
  });

  test.each([
    'Yohanes Lado expected growth of five percent.',
    'Yohanes Lado expects to finish the survey in May.',
    'Yohanes Lado reiterated his commitment to the project.',
    'Yohanes Lado cautioned investors against panic selling.',
    'Yohanes Lado conceded defeat on Sunday.',
    'Yohanes Lado suggested a compromise on the quota.',
  ])('with an object or an infinitive they report nothing: %s', line => {
    expect(reported(line)).toEqual([]);
  });
});

describe('an adverb that stands before a predicate carries a reported clause', () => {
  test.each([
    ['Ketua kelompok tani, Sugeng Riyadi, berharap', 'bantuan bibit segera datang'],
    [
      'Ketua kelompok tani, Sugeng Riyadi, berharap',
      'pasokan pupuk kembali lancar sebelum musim tanam',
    ],
    ['Ketua kelompok tani, Sugeng Riyadi, memperkirakan', 'panen raya segera tiba'],
  ])('%s %s', (subject, clause) => {
    expect(reported(`${subject} ${clause}.`)).toEqual([`${clause}|Sugeng Riyadi`]);
  });

  test('inside a relative clause it is that clause’s own, so the object stays a noun phrase', () => {
    expect(
      reported('Sugeng Riyadi menjelaskan saluran irigasi yang segera dibangun dinas pertanian.'),
    ).toEqual([]);
  });

  test('switched off, the clause reads as a noun object', () => {
    const line = 'Ketua kelompok tani, Sugeng Riyadi, berharap bantuan bibit segera datang.';
    expect(off('reported.predicateAdverbs', line)).toEqual([]);
  });
});

describe('`mendorong` reports a bare clause when it urges a party', () => {
  test.each([
    ['Ia mendorong', 'pemerintah desa memperbaiki saluran air sebelum musim hujan'],
    ['Ia mendorong', 'sekolah menyediakan ruang konseling bagi siswa'],
    ['Ia mendorong', 'Dinas Perhubungan menambah armada bus sekolah'],
    ['Ia juga mendorong', 'petani beralih ke pupuk organik'],
  ])('%s %s', (cue, clause) => {
    const intro = 'Anggota DPRD Kota Ambon, Max Latuheru, meninjau lokasi banjir.';
    expect(reported(intro, `${cue} ${clause}.`)).toContain(`${clause}|Max Latuheru`);
  });

  test.each([
    'Max Latuheru mendorong gerobaknya menyusuri gang sempit.',
    'Max Latuheru mendorong motornya melewati genangan di depan pasar.',
    'Max Latuheru mendorong pertumbuhan ekonomi menjadi lima persen.',
    'Kenaikan harga BBM mendorong warga beralih ke angkutan umum.',
    'Max Latuheru mendorong warga.',
  ])(
    'a thing pushed, a noun object or a subject inside a noun phrase reports nothing: %s',
    line => {
      expect(reported(line)).toEqual([]);
    },
  );

  test('switched off, only a linked clause is reported', () => {
    const intro = 'Anggota DPRD Kota Ambon, Max Latuheru, meninjau lokasi banjir.';
    const line = 'Ia mendorong sekolah menyediakan ruang konseling bagi siswa.';
    expect(off('reported.urgingSupport', intro, line)).toEqual([]);
  });

  // Any person, role, member or organisation head the lexicons know is a party that can be urged;
  // `menuntut` urges a party as `mendorong` does; the clause may follow a relative clause on it.
  test.each([
    ['Ia menuntut', 'pemerintah kabupaten membuka kembali jalur angkot'],
    ['Ia mendorong', 'pengelola terminal menambah lampu penerangan'],
    ['Ia mendorong', 'kepala sekolah memperketat jam masuk'],
    ['Ia juga mendorong', 'nelayan yang masih memakai cantrang beralih ke jaring ramah lingkungan'],
  ])('%s %s', (cue, clause) => {
    const intro = 'Anggota DPRD Kota Ambon, Max Latuheru, meninjau lokasi banjir.';
    expect(reported(intro, `${cue} ${clause}.`)).toContain(`${clause}|Max Latuheru`);
    expect(off('reported.urgingSupport', intro, `${cue} ${clause}.`)).toEqual([]);
  });

  test.each([
    'Max Latuheru menuntut ganti rugi atas kerusakan rumahnya.',
    'Max Latuheru menuntut keadilan bagi keluarga korban.',
    'Max Latuheru mendorong kursi roda ibunya ke dalam ruangan.',
  ])('a thing claimed or pushed reports nothing: %s', line => {
    expect(reported(line)).toEqual([]);
  });
});
