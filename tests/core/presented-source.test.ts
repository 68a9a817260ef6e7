import { describe, expect, test } from 'vitest';
import { withFeaturesOff, type FeatureName } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

/** An official heard first, in a paragraph of their own. */
const OFFICIAL =
  'Kepala Dinas Pertanian Kabupaten Wonosari, Hendra Kusuma, mengatakan stok pupuk aman. "Stok cukup sampai Juni," kata Hendra.';

/**
 * A person the article presents by what they are — a description after the name, a copula, a
 * possessed kin noun before it, an existential bringing them in — is a source: the `-nya`, `dia`
 * or description of the next quote means them, not the official heard before them.
 */
const ROWS: [FeatureName | FeatureName[], string, string, string][] = [
  // Two readings keep this appositive from the official, either one enough: it is Bambang's own
  // (ownAppositiveTitle), and it writes no office a holder could be found by (titleNeedsOffice).
  [
    ['discourse.ownAppositiveTitle', 'discourse.titleNeedsOffice'],
    'Bambang Susilo, warga Desa Karangrejo, sudah dua puluh tahun menanam jagung.',
    '"Tahun ini panen kami gagal," ujarnya.',
    'Bambang Susilo',
  ],
  [
    'discourse.ownAppositiveTitle',
    'Ratih Kumalasari, pedagang Pasar Ngemplak, membuka kiosnya sejak subuh.',
    '"Pembeli makin sedikit," katanya.',
    'Ratih Kumalasari',
  ],
  [
    'discourse.copularDescription',
    'Bambang Susilo adalah pensiunan guru yang kini bertani jagung di desanya.',
    '"Harga pupuk naik terus," katanya.',
    'Bambang Susilo',
  ],
  [
    'discourse.copularDescription',
    'Ratih Kumalasari merupakan pedagang sayur yang sudah dua puluh tahun berjualan.',
    '"Pembeli makin sedikit," ujar dia.',
    'Ratih Kumalasari',
  ],
  [
    'discourse.kinLeadIn',
    'Salah satu korban adalah Rizky Ananda (8 tahun). Ayahnya, Darmaji Saputra (40), masih tak percaya anaknya pergi begitu cepat.',
    '"Kemarin dia masih sekolah," kata dia lirih.',
    'Darmaji Saputra',
  ],
  [
    'discourse.kinLeadIn',
    'Rumah Margono Hadi ikut hanyut. Istrinya, Sulastri Hadi (50), hanya bisa menatap puing rumahnya.',
    '"Semua habis," ujarnya.',
    'Sulastri Hadi',
  ],
  [
    'discourse.existentialSubject',
    'Di antara para pengungsi itu ada Siti Rahayu (70 tahun) asal Desa Ngemplak.',
    // A kin description with no age band: `nenek itu` would find her by her age alone
    // (discourse.describedAgeBand), whether she was presented or not.
    '"Rumah saya hanyut semua," kata ibu lima anak itu.',
    'Siti Rahayu',
  ],
  [
    'discourse.existentialSubject',
    'Di antara para pengungsi itu ada Siti Rahayu (70 tahun) asal Desa Ngemplak. Ia tidur di tenda bersama cucunya.',
    '"Rumah saya hanyut semua," ujarnya.',
    'Siti Rahayu',
  ],
  [
    // The description after her name goes on about her too (discourse.dweltOnSubject).
    ['discourse.oneOfThem', 'discourse.dweltOnSubject'],
    'Puluhan petani datang ke balai desa. Salah satunya Sarmini Wulandari, pemilik kebun cabai di lereng bukit. Perempuan itu membawa catatan hasil panennya.',
    '"Harga cabai jatuh sejak Maret," katanya.',
    'Sarmini Wulandari',
  ],
];

describe('a person presented by what they are is the next source', () => {
  test.each(ROWS)('%s: %s', (_feature, intro, quote, who) => {
    expect(lastSpeakers(OFFICIAL, intro, quote)).toEqual([who]);
  });

  test.each(ROWS)('switched off (%s), the official keeps it: %s', (feature, intro, quote, who) => {
    const features = Array.isArray(feature) ? feature : [feature];
    const off = withFeaturesOff(features, () => lastSpeakers(OFFICIAL, intro, quote));
    expect(off).not.toEqual([who]);
  });
});

describe('a person merely acted on or spoken of stays talked about', () => {
  test.each([
    // A place set off after a name inside a description of another: no appositive of the subject.
    ['Truk milik Bambang Susilo, warga Desa Karangrejo, terguling di tikungan.'],
    // Kin that is no subject of the sentence.
    ['Ia datang bersama istrinya, Sulastri Hadi, ke posko.'],
    // A copula before the name presents the name, a copula after a place presents nobody.
    ['Desa Ngemplak adalah desa yang paling parah terdampak.'],
    // `di antaranya` opens a list of those present, nobody picked out.
    ['Sejumlah pejabat hadir, di antaranya Camat Sukamaju Andi Wijaya dan Lurah Rudi Santika.'],
  ])('%s', intro => {
    expect(lastSpeakers(OFFICIAL, intro, '"Stok aman," katanya.')).toEqual(['Hendra Kusuma']);
  });
});
