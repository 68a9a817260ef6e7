import { describe, expect, test } from 'vitest';
import { withFeaturesOff, type FeatureName } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The reported quotes of invented paragraphs as `text|speakers`. */
const reported = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs)
    .quotes.filter(q => q.type === 'indirect')
    .map(q => `${q.text}|${q.speakers.join(' + ')}`);

/** Each row: the switch, the paragraphs, the quote it finds (and loses with the switch off). */
const rows: [FeatureName, string[], string][] = [
  [
    'reported.statementOccasion',
    [
      'Ketua fraksi Tjokro Lamuri dalam sidang paripurna mengusulkan dinas tidak lagi menunda lelang.',
    ],
    'dinas tidak lagi menunda lelang|Tjokro Lamuri',
  ],
  [
    'reported.statementOccasion',
    [
      'Camat Teluk Dalam Yusuf Harefa dalam kesempatan itu menegaskan jalan desa akan diaspal tahun depan.',
    ],
    'jalan desa akan diaspal tahun depan|Yusuf Harefa',
  ],
  [
    'reported.channelRelative',
    [
      'Dinas Perikanan melalui surat edaran yang ditandatangani kemarin sore menyatakan stok benih sudah disalurkan.',
    ],
    'stok benih sudah disalurkan|Dinas Perikanan',
  ],
  [
    'reported.channelRelative',
    [
      'Kepala BPBD Yusuf Harefa dalam pengarahan kepada relawan yang disiarkan lewat radio memperingatkan bahwa air sungai terus naik.',
    ],
    'air sungai terus naik|Yusuf Harefa',
  ],
  [
    'names.describedRelativeSubject',
    [
      'Sardi Wijaya membuka bengkel sepeda itu pada 1995.',
      'Pria yang sudah memperbaiki sepeda warga kampung sejak kelas enam SD itu menuturkan bengkelnya dulu hanya menempati emperan toko.',
    ],
    'bengkelnya dulu hanya menempati emperan toko|Sardi Wijaya',
  ],
  [
    'names.describedRelativeSubject',
    [
      'Sardi Wijaya membuka bengkel sepeda itu pada 1995.',
      'Pria yang tiap pagi mengantar sayur ke Gunung Kidul itu mengatakan pembeli kini lebih sering menawar.',
    ],
    'pembeli kini lebih sering menawar|Sardi Wijaya',
  ],
  [
    'names.regionBeforeDemonstrative',
    [
      'Sardi Wijaya kalah di babak kedua.',
      'Atlet asal Tondano, Minahasa Raya, itu menuturkan kakinya sudah kram sejak set kedua.',
    ],
    'kakinya sudah kram sejak set kedua|Sardi Wijaya',
  ],
  // The description's origin may be written with `kelahiran` or `dari` before the region.
  [
    'names.regionBeforeDemonstrative',
    [
      'Yohanis Makaminan finis di urutan keempat.',
      'Pemain kelahiran Sangihe, Sulawesi Utara, itu mengaku napasnya sudah habis sejak putaran ketiga.',
    ],
    'napasnya sudah habis sejak putaran ketiga|Yohanis Makaminan',
  ],
  [
    'names.regionBeforeDemonstrative',
    [
      'Yohanis Makaminan finis di urutan keempat.',
      'Atlet dari Sangihe, Sulawesi Utara, tersebut menuturkan sepatunya sudah robek sejak kilometer kedua.',
    ],
    'sepatunya sudah robek sejak kilometer kedua|Yohanis Makaminan',
  ],
  [
    'reported.withCueBare',
    [
      'Bupati Tjokro Lamuri mengakhiri kunjungan dengan memastikan jembatan darurat dibangun pekan depan.',
    ],
    'jembatan darurat dibangun pekan depan|Tjokro Lamuri',
  ],
  [
    'reported.withCueBare',
    [
      'Tjokro Lamuri lalu menutup apel dengan meminta camat melaporkan kerusakan jalan paling lambat Jumat.',
    ],
    'camat melaporkan kerusakan jalan paling lambat Jumat|Tjokro Lamuri',
  ],
  [
    'reported.predicateAdverbs',
    ['Tjokro Lamuri menyebut sedikitnya 40 perahu dari tiga desa turut dalam pencarian korban.'],
    'sedikitnya 40 perahu dari tiga desa turut dalam pencarian korban|Tjokro Lamuri',
  ],
];

describe('reported speech read past an occasion, a long description or a `dengan` adjunct', () => {
  test.each(rows)('%s: %j', (feature, paragraphs, quote) => {
    expect(reported(...paragraphs)).toContain(quote);
    expect(withFeaturesOff([feature], () => reported(...paragraphs))).not.toContain(quote);
  });
});

describe('where these readings must not fire', () => {
  test.each([
    'Tjokro Lamuri membuka acara dengan menyampaikan salam kepada para tamu.',
    'Tjokro Lamuri menutup pidatonya dengan mengucapkan terima kasih.',
    'Tjokro Lamuri menjawab pertanyaan itu dengan menjelaskan prosedur pendaftaran.',
    'Tjokro Lamuri menutup acara dengan meminta maaf kepada peserta.',
    'Tjokro Lamuri mengatakan hal itu kepada wartawan.',
    'Tjokro Lamuri mengatakan hal serupa dalam rapat tersebut.',
    'Tjokro Lamuri menegaskan kembali komitmennya.',
    'Tjokro Lamuri dalam rapat itu menyerahkan bantuan kepada warga.',
  ])('%s', line => {
    expect(reported(line)).toEqual([]);
  });
});
