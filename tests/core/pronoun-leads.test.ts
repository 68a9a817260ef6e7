import { describe, expect, test } from 'vitest';
import { withFeaturesOff, type FeatureName } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

/** [who, paragraphs]: the last quote's speakers, read from the invented paragraphs. */
type Row = readonly [who: readonly string[], paragraphs: readonly string[]];

/** Each row's last quote goes to `who`; with `feature` off it does not. */
function rows(table: readonly Row[], feature: FeatureName): void {
  test.each(table)('%j', (who, paragraphs) => {
    expect(lastSpeakers(...paragraphs)).toEqual(who);
  });
  test.each(table)(`switched off (${feature}): %j`, (who, paragraphs) => {
    const off = withFeaturesOff([feature], () => lastSpeakers(...paragraphs));
    expect(off).not.toEqual(who);
  });
}

// The mother heard first, the son heard last, then the mother narrated again.
const MOTHER =
  'Kusmawati (61) sudah empat puluh tahun membatik di rumahnya di Borong. “Dulu pembeli datang sendiri,” ujarnya.';
const SON =
  'Anaknya, Bramantyo Sukamto (30), kini menjual batik ibunya lewat internet. “Pembeli kami kebanyakan orang Kalimantan,” kata Bramantyo.';

// discourse.pronounLeads: a pronoun opening the sentence is its subject; a name after it is who
// the pronoun's person wants or tells of, not the sentence's lead nor the owner of a thing.
describe('a name after a pronoun subject does not lead its sentence (discourse.pronounLeads)', () => {
  rows(
    [
      [
        ['Kusmawati'],
        [
          MOTHER,
          SON,
          'Kusmawati sempat menentang pilihan itu. Ia dulu ingin Bramantyo menjadi pegawai negeri.',
          '“Ternyata anak saya benar,” kata dia.',
        ],
      ],
    ],
    'discourse.pronounLeads',
  );

  // Guard: the English sentence keeps its subject too.
  test('an English pronoun subject', () => {
    expect(
      lastSpeakers(
        'Kartinah Purba, 52, has grown chillies in Lubai since 2004. “The rain came late this year,” she said.',
        'Her niece, Sumilah Surtaman, now runs the village cooperative. “Prices doubled this month,” Sumilah said.',
        'Kartinah first opposed the cooperative. She wanted Sumilah to keep her office job.',
        '“Now I can see it works,” she said.',
      ),
    ).toEqual(['Kartinah Purba']);
  });

  // Guard: a companion joined to the pronoun leads with it, and the pair acts together.
  test('a companion joined to the pronoun', () => {
    expect(
      lastSpeakers(
        MOTHER,
        'Ketua koperasi batik, Jonaedi Dalimunthe, datang pekan lalu. Ia bersama Kusmawati meninjau gudang. “Stok kain menipis,” kata dia.',
      ),
    ).toEqual(['Jonaedi Dalimunthe']);
  });
});

// A couple heard in turn, then an office acting as a subject before the couple is renewed.
const COUPLE = [
  'Kusnandar (66) setiap pagi mengayuh perahu ke tengah danau. “Ikan makin sedikit,” katanya.',
  'Istrinya, Wartinah (63), menjual hasil tangkapan di pasar Pulang Pisau. “Harga ikan sekarang bagus,” ujar Wartinah.',
  'Di pasar itu ia sudah berjualan sejak 1990. Balai Benih Ikan Kalimantan Tengah kini memberi bibit gratis kepada nelayan.',
];
const COUPLE_SPEAK = '“Kami ingin anak cucu tetap bisa makan dari danau ini,” kata mereka.';

// discourse.describedGroupRenewal: a pair described by kin nouns opening a clause of the running
// text renews the two people a later `mereka` means, though each spoke paragraphs before.
describe('a described pair opening a clause renews a group (discourse.describedGroupRenewal)', () => {
  rows(
    [
      [
        ['Bramantyo Sukamto', 'Kusmawati'],
        [
          MOTHER,
          SON,
          'Lulusan Politeknik Negeri Kupang itu bercerita bahwa para pembatik tua sempat menolak bergabung. “Mereka takut langganan lama pergi,” tuturnya.',
          'Kusmawati sendiri kini ikut mengemas pesanan. “Tangan saya masih kuat,” kata dia.',
          'Ditanya tentang galeri baru, ibu dan anak itu tertawa kecil.',
          '“Kami mau membuka galeri kecil di Borong,” ujar mereka.',
        ],
      ],
      [
        ['Kusnandar', 'Wartinah'],
        [
          ...COUPLE,
          'Sore harinya, pasangan suami istri itu duduk menghitung hasil hari itu.',
          COUPLE_SPEAK,
        ],
      ],
    ],
    'discourse.describedGroupRenewal',
  );
});

// discourse.renewalPlacesGroup: the people renewed by a plural subject were last mentioned there,
// nearer than an office that acted before it.
describe('a renewed group stands where it was renewed (discourse.renewalPlacesGroup)', () => {
  rows(
    [
      [
        ['Kusnandar', 'Wartinah'],
        [...COUPLE, 'Sore harinya, keduanya duduk menghitung hasil hari itu.', COUPLE_SPEAK],
      ],
      [
        ['Kusnandar', 'Wartinah'],
        [...COUPLE, 'Menjelang magrib, pasangan suami istri itu menambatkan perahu.', COUPLE_SPEAK],
      ],
    ],
    'discourse.renewalPlacesGroup',
  );
});
