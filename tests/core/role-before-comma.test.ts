import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

const MET =
  'Rombongan warga diterima Kepala Dinas Lingkungan Hidup (LH) Kota Baru, Sugeng Haryadi. Seusai pertemuan, Sugeng menjelaskan truk sampah akan ditambah.';

/** The role the cast gives `name`, and the speakers of the last quote. */
function read(name: string, ...paragraphs: string[]) {
  const { speakers, quotes } = analyzeBody(...paragraphs);
  return {
    role: speakers.find(s => s.name === name)?.role ?? null,
    last: quotes[quotes.length - 1]!.speakers,
  };
}

describe('a role set off by one comma right before a name is its role', () => {
  test.each([
    ['Kadis LH juga mengakui pengawasan di tempat pembuangan belum optimal.'],
    ['Kepala Dinas LH mengatakan pihaknya akan menambah petugas kebersihan.'],
    ['Kadis mengatakan pihaknya akan menambah petugas kebersihan.'],
  ])('%s', later => {
    const { role, last } = read('Sugeng Haryadi', MET, later);
    expect(role).toBe('Kepala Dinas Lingkungan Hidup (LH) Kota Baru');
    expect(last).toEqual(['Sugeng Haryadi']);
  });

  // A rank before the name is no office: the role before the comma is still the person's, the
  // rank kept after it.
  test.each([
    [
      'Komandan Kodim Cibening, Letkol Inf Yosef Simanjuntak, mengatakan patroli ditambah.',
      'Yosef Simanjuntak',
      'Komandan Kodim Cibening, Letkol Inf',
    ],
    [
      'Kepala Satuan Reserse Narkoba Polres Cibening, AKP Rudi Siregar, mengatakan pelaku sudah ditangkap.',
      'Rudi Siregar',
      'Kepala Satuan Reserse Narkoba Polres Cibening, AKP',
    ],
  ])('ranked: %s', (sentence, name, role) => {
    expect(read(name, sentence, '“Kami siaga,” katanya.').role).toBe(role);
    const off = withFeaturesOff(
      ['cast.roleBeforeComma'],
      () => read(name, sentence, '“Kami siaga,” katanya.').role,
    );
    expect(off).not.toBe(role);
  });

  test.each([
    // A place, not a role, before the comma.
    ['Di Balai Kota Baru, Sugeng Haryadi menjelaskan truk sampah akan ditambah.'],
    // A sentence ends between the role and the name.
    [
      'Rombongan warga diterima Kepala Dinas Lingkungan Hidup Kota Baru. Sugeng Haryadi menjelaskan truk sampah akan ditambah.',
    ],
  ])('no role: %s', text => {
    expect(read('Sugeng Haryadi', text).role).toBeNull();
  });

  test('switched off, the bare title finds nobody', () => {
    const later = 'Kadis LH juga mengakui pengawasan di tempat pembuangan belum optimal.';
    expect(read('Sugeng Haryadi', MET, later).last).toEqual(['Sugeng Haryadi']);
    // The title's words apart in the lead-in (`Kepala Dinas … (LH)`) find him too, and so does
    // `Kadis` read as pieces of `Kepala Dinas` beside its `LH`: off as well.
    const off = [
      'cast.roleBeforeComma',
      'discourse.titleWordsApart',
      'discourse.officeAcronymWords',
    ] as const;
    expect(withFeaturesOff(off, () => read('Sugeng Haryadi', MET, later).last)).toEqual([]);
  });
});

// `ROLE, NAME, verb`: the name closed by commas and followed by its clause is an apposition, so
// the role before it is its role even when the role ends with name-like words (a firm's, a
// client's, a congregation's); a list would go on with `dan` or another name.
describe('a role before a closed apposition is its role whatever words it ends with', () => {
  const LATER = '“Kami siap bekerja sama,” ujarnya.';
  test.each([
    [
      'Direktur PT Sinar Laut Abadi, Budi Gunawan, menjelaskan harga turun.',
      'Budi Gunawan',
      'Direktur PT Sinar Laut Abadi',
    ],
    [
      'Kuasa hukum Rudi, Andi Wijaya, membantah kliennya menerima dana.',
      'Andi Wijaya',
      'Kuasa hukum Rudi',
    ],
    [
      'Ketua Majelis Taklim Nurul Falah, Habib Salim bin Umar Al-Attas, memberikan tausiyah.',
      'Salim bin Umar Al-Attas',
      'Ketua Majelis Taklim Nurul Falah',
    ],
    [
      'Namun, Sekretaris Forum Petani Kopi Cibening Barat, Andri Wiranata, membantah tuduhan itu.',
      'Andri Wiranata',
      'Sekretaris Forum Petani Kopi Cibening Barat',
    ],
  ])('%s', (sentence, name, role) => {
    expect(read(name, sentence, LATER).role).toBe(role);
    const off = withFeaturesOff(
      ['cast.roleBeforeClosedName'],
      () => read(name, sentence, LATER).role,
    );
    expect(off).toBeNull();
  });

  test.each([
    // A list goes on after the second comma: its members hold no role of the first.
    ['Ketua Partai Maju Budi Santoso, Rina Kartika, dan Andi Wijaya menghadiri rapat itu.'],
    // No role head before the comma: two people, not a role.
    ['Budi Santoso, Rina Kartika, membantah tuduhan itu.'],
  ])('no role: %s', sentence => {
    expect(read('Rina Kartika', sentence, LATER).role).toBeNull();
  });
});
