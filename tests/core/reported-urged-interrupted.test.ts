import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';

const run = (...paragraphs: string[]) => analyzeBody(...paragraphs).quotes;
const intro =
  'Kepala Dinas Sosial Kota Kendari Ratna Wulandari membuka posko bantuan, Senin (3/8).';

describe('the second half of an interrupted quote takes the cue between the halves', () => {
  test.each([
    [
      '“Bantuan sudah kami salurkan,” ujar Ratna, “tetapi masih ada warga yang belum terdata.”',
      ['Bantuan sudah kami salurkan', 'tetapi masih ada warga yang belum terdata'],
    ],
    [
      '"Posko buka sampai malam," kata dia, "jadi warga tidak perlu antre sejak subuh."',
      ['Posko buka sampai malam', 'jadi warga tidak perlu antre sejak subuh'],
    ],
  ])('%s', (line, texts) => {
    const q = run(intro, line).filter(x => x.type === 'direct');
    expect(q.map(x => [x.text, x.speakers])).toEqual(texts.map(t => [t, ['Ratna Wulandari']]));
  });

  test.each([
    // The first sentence ends after the cue: the next quote is a floating statement, not a half.
    ['“Bantuan sudah kami salurkan,” ujar Ratna. Ia lalu menyebut istilah “kartu hijau”.'],
    // A pre-posed cue before the first quote: nothing interrupts it, and the term is no quote.
    ['Ratna mengatakan, “Bantuan sudah kami salurkan,” lalu menyebut istilah “kartu hijau”.'],
  ])('a marked term after a closed quote is not its second half (negative case): %s', line => {
    const q = run(intro, line).filter(x => x.type === 'direct');
    expect(q.map(x => x.text)).not.toContain('kartu hijau');
  });
});

/** The indirect quotes of the paragraphs, as their texts. */
const reported = (...paragraphs: string[]) =>
  run(...paragraphs)
    .filter(q => q.type === 'indirect')
    .map(q => q.text);

describe('an urged bare clause whose addressee carries a relative clause', () => {
  test.each([
    [
      'Ratna meminta warga yang belum terdata melapor ke kantor kelurahan.',
      'warga yang belum terdata melapor ke kantor kelurahan',
    ],
    [
      'Dinas Sosial juga mengimbau keluarga yang kehilangan dokumen menghubungi posko terdekat.',
      'keluarga yang kehilangan dokumen menghubungi posko terdekat',
    ],
  ])('%s', (line, text) => {
    expect(reported(intro, line)).toEqual([text]);
  });

  test('a thing asked for with a relative clause is an object (negative case)', () => {
    expect(reported(intro, 'Ratna meminta bantuan yang dijanjikan pemerintah pusat.')).toEqual([]);
  });
});

describe('a relative clause with a passive of judging is part of the object', () => {
  test.each([
    ['Warga mempertanyakan keputusan dinas yang dinilai terlambat.'],
    ['Ratna mempertanyakan aturan baru yang dianggap terlalu rumit bagi lansia.'],
  ])('no clause: %s', line => {
    expect(reported(intro, line)).toEqual([]);
  });

  test('a main predicate after the judged complement still makes a clause', () => {
    expect(
      reported(intro, 'Ratna menilai warga yang dianggap mampu tetap harus membayar iuran.'),
    ).toEqual(['warga yang dianggap mampu tetap harus membayar iuran']);
  });
});

describe('`bercerita` reports what it tells', () => {
  test.each([
    [
      'Ratna bercerita, banyak lansia datang sendiri karena anaknya bekerja di luar kota.',
      'banyak lansia datang sendiri karena anaknya bekerja di luar kota',
    ],
    [
      'Ia bercerita sebagian warga sempat menginap di masjid selama dua malam.',
      'sebagian warga sempat menginap di masjid selama dua malam',
    ],
  ])('%s', (line, text) => {
    expect(reported(intro, line)).toEqual([text]);
  });

  test('telling about a topic is no clause (negative case)', () => {
    expect(reported(intro, 'Ratna bercerita tentang pengalamannya di posko.')).toEqual([]);
  });
});
