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

// discourse.pairNounLeads: a pair's noun of the `ber-` shape before the names (`kakak beradik`)
// is no verb, and with a kin noun it belongs to the subject set off after a comma.
const POST = [
  'Setiap kemarau, puluhan warga Desa Lubai yang tergabung dalam regu api bersiaga di menara pantau.',
  'Di antara mereka ada Kusnandar (52), ketua regu itu. Ia bergabung pada 2015. “Kami tidak digaji,” ujarnya.',
];
const SIBLINGS_SPEAK = '"Asap pertama selalu kami lihat dari sini," kata mereka bergantian.';
describe('a pair’s noun before the names leads with them (discourse.pairNounLeads)', () => {
  rows(
    [
      [
        ['Jonaedi Purba', 'Sumilah Purba'],
        [
          ...POST,
          'Kakak beradik Jonaedi Purba (22) dan Sumilah Purba (19) ikut berjaga mulai Agustus. Sumilah menulis laporan harian.',
          SIBLINGS_SPEAK,
        ],
      ],
      [
        ['Jonaedi Purba', 'Sumilah Purba'],
        [
          ...POST,
          'Dua anggota paling muda, kakak beradik Jonaedi Purba (22) dan Sumilah Purba (19), ikut berjaga mulai Agustus. Sumilah menulis laporan harian.',
          SIBLINGS_SPEAK,
        ],
      ],
    ],
    'discourse.pairNounLeads',
  );
});

// Guards, each a place where one of the readings above must not fire: the last quote's speakers.
const ORGANISER =
  'Koordinator aksi, Jonaedi Sukamto, mengatakan warga menolak tambang. “Kami bertahan,” kata Jonaedi.';
const POLICE =
  'Kapolsek Lubai, Kusnandar Dalimunthe, mengatakan kasus itu masih didalami. “Kami periksa saksi,” kata Kusnandar.';
const MOTHER_WANTED = '“Ternyata anak saya benar,” kata dia.';
const CAUGHT = '“Mereka sudah lama kami intai,” ujarnya.';
const GUARDS: readonly (readonly [
  why: string,
  paragraphs: readonly string[],
  who: readonly string[],
])[] = [
  // pronounLeads: a connective or a time phrase after the pronoun leaves it the subject.
  [
    'a pronoun after a connective',
    [
      MOTHER,
      SON,
      'Kusmawati sempat menentang pilihan itu. Namun ia dulu ingin Bramantyo menjadi pegawai negeri.',
      MOTHER_WANTED,
    ],
    ['Kusmawati'],
  ],
  [
    'a pronoun before a time phrase',
    [
      MOTHER,
      SON,
      'Kusmawati sempat menentang pilihan itu. Ia Senin lalu masih ingin Bramantyo menjadi pegawai negeri.',
      MOTHER_WANTED,
    ],
    ['Kusmawati'],
  ],
  [
    'an English pronoun subject',
    [
      'Kartinah Purba, 52, has grown chillies in Lubai since 2004. “The rain came late this year,” she said.',
      'Her niece, Sumilah Surtaman, now runs the village cooperative. “Prices doubled this month,” Sumilah said.',
      'Kartinah first opposed the cooperative. She wanted Sumilah to keep her office job.',
      '“Now I can see it works,” she said.',
    ],
    ['Kartinah Purba'],
  ],
  // pronounLeads: a possessor, a clause a comma closes, a subordinate clause, a companion.
  [
    'a possessor',
    [
      ORGANISER,
      'Putra beliau Surtaman Dalimunthe ikut berorasi di depan massa. “Tanah ini warisan kakek kami,” ujarnya.',
    ],
    ['Surtaman Dalimunthe'],
  ],
  [
    'a possessor between a modified noun and a name',
    [
      MOTHER,
      'Sumilah Purba, tetangganya, ikut membantu. “Kami bergantian menjaga,” kata Sumilah.',
      'Kusmawati sempat sakit pekan lalu. Murid kesayangan beliau Sumilah mengantarnya ke rumah sakit.',
      '“Saya panik sekali,” kata dia.',
    ],
    ['Sumilah Purba'],
  ],
  [
    'a clause a comma closes',
    [
      ORGANISER,
      'Ia pensiun tahun lalu, kini Bramantyo Dalimunthe memimpin koperasi itu. “Kami butuh modal kerja,” ujarnya.',
    ],
    ['Bramantyo Dalimunthe'],
  ],
  [
    'a subordinate clause',
    [
      ORGANISER,
      'Setelah ia pensiun Bramantyo Dalimunthe memimpin koperasi itu. “Kami butuh modal kerja,” ujarnya.',
    ],
    ['Bramantyo Dalimunthe'],
  ],
  [
    'a companion joined to the pronoun',
    [
      MOTHER,
      'Ketua koperasi batik, Jonaedi Dalimunthe, datang pekan lalu. Ia bersama Kusmawati meninjau gudang. “Stok kain menipis,” kata dia.',
    ],
    ['Jonaedi Dalimunthe'],
  ],
  // describedGroupRenewal: one person described by another renews no group.
  [
    'one person described by another',
    [
      'Camat Lubai, Kusnandar Dalimunthe, mengatakan pencarian dilanjutkan. “Tim bekerja sejak pagi,” katanya.',
      'Kepala Puskesmas Lubai, Wartinah Purba, mengatakan korban selamat dirawat. “Kondisinya stabil,” ujar Wartinah.',
      'Bocah berusia tujuh tahun itu ditemukan tewas di hilir sungai.',
      'Sejak subuh, ayah bocah itu berjaga di pinggir kali bersama puluhan warga kampung.',
      '"Kami minta pagar di sepanjang sungai," kata mereka.',
    ],
    [],
  ],
  // pairNounLeads: one name after kin nouns; a pair an active verb acts on; an adverbial clause.
  [
    'one name after a kin noun',
    [
      'Sumilah (60) duduk diam di ruang tamu rumah duka.',
      'Sejak pagi, ibu mertua Jonaedi Purba memeluk foto menantunya. “Dia menantu yang baik,” katanya.',
    ],
    ['Sumilah'],
  ],
  [
    'a pair set off after the object',
    [
      POLICE,
      `Polisi menangkap dua tersangka, kakak beradik Jonaedi Purba dan Bramantyo Purba. ${CAUGHT}`,
    ],
    ['Kusnandar Dalimunthe'],
  ],
  [
    'a pair the verb acts on after a fronted phrase',
    [
      POLICE,
      `Dalam penggerebekan itu polisi menangkap dua tersangka, kakak beradik Jonaedi Purba dan Bramantyo Purba. ${CAUGHT}`,
    ],
    ['Kusnandar Dalimunthe'],
  ],
  [
    'a pair the verb acts on after a place',
    [
      POLICE,
      `Polisi menangkap dua tersangka di Desa Sukamaju, Lubai, kakak beradik Jonaedi Purba dan Bramantyo Purba. ${CAUGHT}`,
    ],
    ['Kusnandar Dalimunthe'],
  ],
  [
    'a pair after an adverbial clause',
    [
      ...POST,
      'Setelah melihat asap, kakak beradik Jonaedi Purba (22) dan Sumilah Purba (19) berlari ke menara.',
      SIBLINGS_SPEAK,
    ],
    ['Jonaedi Purba', 'Sumilah Purba'],
  ],
];

describe('where the readings must not fire', () => {
  test.each(GUARDS)('%s', (_, paragraphs, who) => {
    expect(lastSpeakers(...paragraphs)).toEqual(who);
  });
});
