import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { shortens } from '../../core/engine/cast/defined-short-forms';
import { lastSpeakers } from './summarize';

/**
 * A role written with a short form the article defined in brackets (`Dinas Perindustrian dan
 * Perdagangan (Disperindag)` … `Kepala Disperindag X`) is also held by the title spelled out: a
 * later `kata Kepala Dinas` means its holder when that holder is the latest introduced.
 */
const CASES: readonly (readonly [string, readonly string[], readonly string[]])[] = [
  [
    'a trade office defined as an organisation, a transport chief before',
    [
      'Kepala Dinas Perhubungan Kota Lembah, Agus Santoso, mengatakan jalur angkot dialihkan selama pembangunan.',
      'Izin lapak diurus Dinas Perindustrian dan Perdagangan (Disperindag). Kepala Disperindag Kota Lembah, Rina Kartika, menyebut lapak baru dibuka pekan depan.',
      '“Lapak dibagi lewat undian,” kata Kepala Dinas.',
    ],
    ['Rina Kartika'],
  ],
  [
    'a health office defined inside its head’s role, its secretary by the short form',
    [
      'Kepala Dinas Kesehatan (Dinkes) Kabupaten Sukamaju, Hendra Wijaya, menyebut kasus demam berdarah naik.',
      'Kepala Dinas Pendidikan Kabupaten Sukamaju Budi Hartono meminta sekolah ikut membersihkan lingkungan.',
      'Sekretaris Dinkes Kabupaten Sukamaju, Sari Lestari, menambahkan stok obat cukup hingga akhir tahun.',
      '“Puskesmas kami minta siaga 24 jam,” ujar Sekretaris Dinas Kesehatan.',
    ],
    ['Sari Lestari'],
  ],
  [
    'a disaster agency by its initials, a regent between',
    [
      'Warga mengungsi ke Badan Penanggulangan Bencana Daerah (BPBD) dan balai desa.',
      'Kepala BPBD Kabupaten Sukamaju Dedi Kurniawan mengatakan 40 rumah terendam.',
      'Bupati Sukamaju Rudi Santika meninjau pengungsian.',
      '“Perahu karet sudah kami kirim,” kata Kepala Badan Penanggulangan Bencana.',
    ],
    ['Dedi Kurniawan'],
  ],
  [
    'a fisheries office with its seat after the bracket, its head by a syllable acronym',
    [
      'Pelatihan itu digelar Dinas Kelautan dan Perikanan (DKP) Kabupaten Lembah. Kepala DKP Kabupaten Lembah, Marten Wonda, mengatakan pesertanya nelayan muda.',
      'Bupati Lembah Rudi Santika membuka pelatihan.',
      'Menurut Marten, kapal latih tiba bulan depan. “Mesinnya sudah kami uji,” kata Kadis.',
    ],
    ['Marten Wonda'],
  ],
];

describe('a title spelling out a short form the article defined', () => {
  test.each(CASES)('%s', (_, paragraphs, speakers) => {
    expect(lastSpeakers(...paragraphs)).toEqual(speakers);
  });

  test('switched off, the title means the holder whose role spells it', () => {
    const [, first] = CASES[0]!;
    withFeaturesOff(['cast.definedShortForm'], () =>
      expect(lastSpeakers(...first)).toEqual(['Agus Santoso']),
    );
  });

  test.each([
    ['Disperindag', 'Dinas Perindustrian dan Perdagangan', true],
    ['Dinkes', 'Dinas Kesehatan', true],
    ['BPBD', 'Badan Penanggulangan Bencana Daerah', true],
    ['Bappeda', 'Badan Perencanaan Pembangunan Daerah', true],
    // Letters the words do not give, or one word only: no short form of them.
    ['Polda', 'Dinas Kesehatan', false],
    ['Dinkes', 'Dinas', false],
  ])('%s shortens %s: %s', (form, words, expected) => {
    expect(shortens(form, words.split(' '))).toBe(expected);
  });
});
