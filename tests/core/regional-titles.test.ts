import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

// Regional titles and name openers, as the naming customs write them (lexicon/honorifics.ts `jero`,
// lexicon/regional-name-openers.ts `umbu`/`rambu`, lexicon/roles.ts `mangku`), and office acronyms
// that shorten a phrase as one piece (lexicon/title-abbreviations.ts PHRASE_PIECES).
const HEAD =
  'Kepala Desa Lubai, Jonaedi Purba, mengatakan panen cengkih turun. “Hujan terlalu lama,” kata Jonaedi.';

const ROWS: readonly (readonly [string, string, string])[] = [
  [
    'Balinese `Jero` before an office means its holder',
    'Bendesa Adat Pulang Pisau, I Wayan Kusnandar, menyampaikan perarem baru sudah disahkan.',
    '“Tamu tetap kami sambut,” tutur Jero Bendesa.',
  ],
  [
    '`Jro`, its short spelling, before the temple priest’s office',
    'Pemuka pura di Tanah Datar, Jro Mangku Ketut Bramantyo, menilai upacara tahun ini lebih sederhana.',
    '“Sesajen kami kurangi,” kata Jro Mangku.',
  ],
  [
    'Sumbanese `Umbu` opens the name, not a place',
    'Tetua kampung di Lubai, Umbu Kusnandar Ndjurumana, menjelaskan kain dipakai saat upacara duka.',
    '“Tiap motif punya arti,” tutur Umbu Kusnandar.',
  ],
];
const WHO = ['I Wayan Kusnandar', 'Ketut Bramantyo', 'Umbu Kusnandar Ndjurumana'];

describe('regional titles and name openers', () => {
  test.each(ROWS.map((r, i) => [...r, WHO[i]!] as const))('%s', (_, intro, quote, who) => {
    expect(lastSpeakers(HEAD, intro, quote)).toEqual([who]);
  });
});

const ACRONYMS: readonly (readonly [string, string, string])[] = [
  [
    'Kepala Dinas Tenaga Kerja Kabupaten Ende, Sukarmini Dalimunthe, menjelaskan pelatihan wajib diikuti calon pekerja.',
    '“Bekalnya harus cukup,” kata Kadisnaker.',
    'Sukarmini Dalimunthe',
  ],
  [
    'Kepala Satuan Lalu Lintas Polres Ende AKP Kusnandar Purba menjelaskan jalan menuju pasar ditutup.',
    '“Arus kami alihkan ke jalan lingkar,” kata Kasatlantas.',
    'Kusnandar Purba',
  ],
  // A title written in two acronym words, the second shortening a phrase (`Pidsus`).
  [
    'Kepala Seksi Pidana Khusus Kejaksaan Negeri Ende, Surtaman Tumangger, menyebut berkas perkara dana desa sudah lengkap.',
    '“Pekan depan kami limpahkan ke pengadilan,” kata Kasi Pidsus.',
    'Surtaman Tumangger',
  ],
];

describe('an office acronym may shorten a phrase as one piece (names.phrasePieces)', () => {
  test.each(ACRONYMS)('%s', (intro, quote, who) => {
    expect(lastSpeakers(HEAD, intro, quote)).toEqual([who]);
  });
  test.each(ACRONYMS)('switched off: %s', (intro, quote, who) => {
    expect(
      withFeaturesOff(['names.phrasePieces'], () => lastSpeakers(HEAD, intro, quote)),
    ).not.toEqual([who]);
  });
});
