import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The reported quotes of invented paragraphs as [text, speakers]. */
const reported = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs)
    .quotes.filter(q => q.type === 'indirect')
    .map(q => [q.text, q.speakers]);

describe('after a cue of plain saying, `yang` ends the subject of what was said', () => {
  test.each([
    [
      'Lurah Sukamaju, Teguh Wiranto, mengatakan',
      'kios yang dulu buka sampai malam sekarang tutup sebelum magrib',
      'Teguh Wiranto',
    ],
    [
      'Marlina (52), penjual kue di terminal itu, mengatakan',
      'pembeli yang biasa datang setiap pagi kini jauh berkurang',
      'Marlina',
    ],
    [
      'Ketua RW 04, Darto Sumarno, mengatakan',
      'banyak warganya yang belum menerima beras bantuan',
      'Darto Sumarno',
    ],
    [
      'Pelatih tim voli itu, Hendrik Sitompul, berkata',
      'pemain yang cedera pekan lalu sudah ikut berlatih',
      'Hendrik Sitompul',
    ],
    [
      'Kepala sekolah Yohana Rumere mengatakan',
      'siswa kelas enam termasuk kelompok yang paling sering absen',
      'Yohana Rumere',
    ],
    [
      'Kepala puskesmas Wulan Sari mengatakan',
      'hasilnya masih di bawah angka yang ditargetkan dinas',
      'Wulan Sari',
    ],
  ])('%s %s', (subject, clause, speaker) => {
    expect(reported(`${subject} ${clause}.`)).toEqual([[clause, [speaker]]]);
  });

  test.each([
    'Teguh Wiranto mengatakan hal yang sama.',
    'Teguh Wiranto mengatakan banyak hal yang perlu dibenahi di pasar.',
    'Teguh Wiranto mengatakan apa yang ia lihat di jalan kepada polisi.',
    'Teguh Wiranto berkata sesuatu yang tidak terdengar jelas.',
  ])('a thing said before it stays a noun object: %s', line => {
    expect(reported(line)).toEqual([]);
  });

  test('after another cue the relative shape still makes a noun object', () => {
    expect(
      reported('Teguh Wiranto menjelaskan prosedur yang harus diikuti pedagang baru.'),
    ).toEqual([]);
  });

  test('switched off, the words before `yang` read as a noun object', () => {
    const line =
      'Lurah Sukamaju, Teguh Wiranto, mengatakan kios yang dulu buka sampai malam sekarang tutup sebelum magrib.';
    expect(withFeaturesOff(['reported.sayingRelative'], () => reported(line))).toEqual([]);
  });
});
