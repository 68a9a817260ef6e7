import { describe, expect, test } from 'vitest';
import { acronymOf, officeReadings } from '../../core/engine/cast/title-acronym';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

// An office written in acronym pieces over several words (`Kasi Intel`, `Dirjen Hubdat`), beside
// its office's own words (`Kalaksa BPBD`) or after an acting word (`Plt Kakanwil`) means the
// person the article introduced with that office spelled out (discourse.officeAcronymWords).
describe('the readings of an office title as acronym pieces', () => {
  test.each([
    // Acting words are dropped; one word left is read as it is.
    [['plt', 'kadistan'], [['kadistan']]],
    [['pj', 'kades'], [['kades']]],
    // An acronym and the words beside it, then the pieces joined over every word.
    [
      ['kalaksa', 'bpbd'],
      [['kalaksa', 'bpbd'], ['kalaksabpbd']],
    ],
    [['kasi', 'pidum'], [['kasipidum']]],
    [
      ['plh', 'dirjen', 'bimas'],
      [['dirjen', 'bimas'], ['dirjenbimas']],
    ],
    // Nothing an acronym can be: too short, or not letters.
    [['plt'], []],
    [['ka', 'op'], []],
  ])('%j → %j', (title, readings) => {
    expect(officeReadings(title)).toEqual(readings);
  });

  test.each([
    // `Komandan` gives `dan`, `Seksi` gives `si`, as `Kepala` gives `ka`.
    ['Dansat', 'komandan satuan brimob', true],
    ['Kasipidum', 'kepala seksi pidana umum', true],
    ['Dansat', 'kepala satuan', false],
  ] as const)('%s ~ %s → %s', (acronym, role, fits) => {
    expect(acronymOf(acronym, role.split(' '))).toBe(fits);
  });
});

describe('an office named by acronym pieces means the person introduced in that office', () => {
  test.each([
    // Pieces over two words, the cast reading the second as a name.
    [
      [
        'Kepala Seksi Pidana Umum Kejari Bandung, Rahmat Hidayat, mengatakan dua tersangka ditahan.',
        '“Kami masih menelusuri aliran dananya,” kata Kasi Pidum.',
      ],
      ['Rahmat Hidayat'],
    ],
    // An acting word before a one-word acronym.
    [
      [
        'Plt Kepala Dinas Pertanian Kabupaten Lembah, Ir Wahyu Saputra, MSi, yang ikut hadir, mengakui pupuk terlambat.',
        'Plt Kadistan berjanji pupuk tiba pekan depan.',
      ],
      ['Wahyu Saputra'],
    ],
    // An acronym beside its office's own words.
    [
      [
        'Kepala Pelaksana Badan Penanggulangan Bencana Daerah (BPBD) Kota Lembah, Yudi Pranata, membenarkan longsor itu.',
        'Kalaksa BPBD juga mengakui alat berat belum tiba.',
      ],
      ['Yudi Pranata'],
    ],
    // A title that spells only part of the office: its own acronym is the rest.
    [
      [
        'Direktur Jenderal Bimbingan Masyarakat Islam Kemenag Anwar Fauzi meninjau asrama haji.',
        '“Kami tambah petugas di embarkasi,” kata Dirjen Bimas.',
      ],
      ['Anwar Fauzi'],
    ],
  ])('%j', (paragraphs, speakers) => {
    expect(lastSpeakers(...paragraphs)).toEqual(speakers);
    expect(
      // The title is also pieces of the role word by word (cast.piecewiseTitle): off with it.
      withFeaturesOff(['discourse.officeAcronymWords', 'cast.piecewiseTitle'], () =>
        lastSpeakers(...paragraphs),
      ),
    ).not.toEqual(speakers);
  });

  test.each([
    // A different office's acronym is nobody introduced.
    [
      'Kepala Seksi Pidana Umum Kejari Bandung, Rahmat Hidayat, mengatakan dua tersangka ditahan.',
      '“Kami hanya menjaga sidang,” kata Kasi Intel.',
      'Rahmat Hidayat',
    ],
    // A role and a real one-word name stay that person (`Kepala Desa` and `Darsono`).
    [
      'Kepala Dinas Sosial Kota Lembah, Maya Lestari, mengatakan bantuan sudah cair.',
      '“Warga kami belum menerima apa pun,” kata Kades Darsono.',
      'Maya Lestari',
    ],
  ])('%s … %s is not %s', (intro, quote, other) => {
    expect(lastSpeakers(intro, quote)).not.toContain(other);
  });
});
