import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';
import { withFeaturesOff } from '../../core/engine/features';

/** Each quote's speakers as `Name (role)`; an unnamed speaker is an empty string. */
const speakersOf = (line: string) => {
  const { quotes, speakers } = analyzeBody(line);
  const role = new Map(speakers.map(s => [s.name, s.role]));
  return quotes.map(q => q.speakers.map(n => `${n} (${role.get(n) ?? '-'})`).join(' + '));
};

describe('a people named by a group noun speaks as a group, never as a person', () => {
  test.each([
    '“Kami tidak punya tempat pulang,” kata seorang pengungsi Muslim Rohingya di kamp itu.',
    'Pengungsi Muslim Rohingya mengatakan mereka tidak punya tempat pulang.',
    'Masyarakat Minang menilai keputusan itu tidak adil.',
    'Etnis Uighur menyatakan mereka ditekan selama bertahun-tahun.',
    'Suku Baduy mengatakan hutan adat harus dijaga.',
    'Warga Papua mengatakan jalan itu rusak sejak tahun lalu.',
    '“Kami menolak tambang itu,” kata warga Dayak Kenyah di hulu sungai.',
  ])('%s', line => expect(speakersOf(line)).toEqual(['']));

  test.each([
    // A person's name after the group's place stays the person's.
    ['“Kami kehilangan rumah,” kata warga Sleman Budi Santoso.', 'Budi Santoso (warga Sleman)'],
    // A head before the group noun names one of its members.
    [
      'Ketua Komunitas Sleman Rudi Hartawan mengatakan stok solar di pelabuhan habis sejak pekan lalu.',
      'Rudi Hartawan (Ketua Komunitas Sleman)',
    ],
    // A country speaks as its government: an organisation, not a person.
    ['Israel mengatakan serangan itu menargetkan gudang senjata.', 'Israel (-)'],
    ['Menurut Malaysia, kapal itu memasuki perairannya tanpa izin.', 'Malaysia (-)'],
  ])('%s', (line, speaker) => expect(speakersOf(line)).toEqual([speaker]));

  test('a country is an organisation', () => {
    const { speakers } = analyzeBody('“Kami akan membalas,” kata Iran dalam pernyataan resmi.');
    expect(speakers.map(s => [s.name, s.kind])).toEqual([['Iran', 'organization']]);
  });
});

describe('a long role with `dan` or a police rank is split from the name', () => {
  test.each([
    [
      '“Kami sudah menangkap dua pelaku,” kata Kapolres Bantul AKBP Rudi Hartawan.',
      'Rudi Hartawan (Kapolres Bantul AKBP)',
    ],
    [
      'Kapolres Sleman AKBP Rudi Hartawan mengatakan dua pelaku sudah ditangkap.',
      'Rudi Hartawan (Kapolres Sleman AKBP)',
    ],
    [
      '“Kami sudah menangkap dua pelaku,” kata Kasat Reskrim Polres Bantul AKP Dimas Arya.',
      'Dimas Arya (Kasat Reskrim Polres Bantul AKP)',
    ],
    [
      '“Rapat digelar besok,” ujar Direktur Reserse Kriminal Umum Polda Jawa Barat Kombes Pol Dimas Arya.',
      'Dimas Arya (Direktur Reserse Kriminal Umum Polda Jawa Barat Kombes Pol)',
    ],
    [
      '“Kasus itu masih diselidiki,” kata Kapolsek Cibening Kompol Andi Pratama.',
      'Andi Pratama (Kapolsek Cibening Kompol)',
    ],
    // A navy's rank (`Komodor`, `Laksma`) is a rank too.
    [
      'Komandan Pangkalan Laut Cibening, Komodor Andi Pratama, mengatakan patroli ditambah.',
      'Andi Pratama (Komandan Pangkalan Laut Cibening, Komodor)',
    ],
    // A player's position opening the sentence is the role.
    ['Forward Andi Pratama mengatakan timnya siap tampil di final.', 'Andi Pratama (Forward)'],
    [
      'Kepala Dinas Kebudayaan dan Pariwisata Kabupaten Garut Rudi Hartawan mengatakan festival digelar pekan depan.',
      'Rudi Hartawan (Kepala Dinas Kebudayaan dan Pariwisata Kabupaten Garut)',
    ],
    // `dan` between two fields of an office, up to the region that holds it.
    [
      '“Festival digelar pekan depan,” kata Kepala Dinas Pemuda dan Olahraga Kota Bekasi Rina Kartika.',
      'Rina Kartika (Kepala Dinas Pemuda dan Olahraga Kota Bekasi)',
    ],
    [
      '“Aturan itu segera terbit,” kata Kepala Biro Hukum dan Humas Provinsi Jambi Andi Pratama.',
      'Andi Pratama (Kepala Biro Hukum dan Humas Provinsi Jambi)',
    ],
    // Two places inside a role are one jurisdiction.
    [
      '“Jumlah wajib pajak naik,” kata Kepala Kanwil Jawa Barat dan Banten Rudi Hartawan.',
      'Rudi Hartawan (Kepala Kanwil Jawa Barat dan Banten)',
    ],
  ])('%s', (line, speaker) => expect(speakersOf(line)).toEqual([speaker]));

  // `dan` between two people is still two speakers.
  test('two people joined by `dan`', () =>
    expect(
      speakersOf('Rudi Hartawan dan Rina Kartika mengatakan jalan itu rusak sejak tahun lalu.'),
    ).toEqual(['Rudi Hartawan (-) + Rina Kartika (-)']));
});

describe('`dan` inside a long role before a pre-posed cue joins the role, not two people', () => {
  test.each([
    // The words after `dan` go on with a field or an institution: no person's head opens them.
    [
      'Direktur Pengawasan Pangan dan Obat Kementerian Kesehatan Rudi Hartawan mengatakan stok vaksin cukup hingga Maret.',
      'Rudi Hartawan (Direktur Pengawasan Pangan dan Obat Kementerian Kesehatan)',
    ],
    [
      'Kepala Bidang Tanaman Pangan dan Hortikultura Dinas Pertanian Kabupaten Sigi Yosep Lamba menyebut panen jagung mundur sebulan.',
      'Yosep Lamba (Kepala Bidang Tanaman Pangan dan Hortikultura Dinas Pertanian Kabupaten Sigi)',
    ],
  ])('%s', (line, speaker) => expect(speakersOf(line)).toEqual([speaker]));

  // An English organisation's `of … and …` inside the role: one speaker, not `Trade` and another.
  test('`Minister of Trade and Industry X said` is one speaker', () => {
    const [speakers] = speakersOf(
      'Minister of Trade and Industry Rina Kartika said exports grew in the first quarter.',
    );
    expect(speakers).not.toContain(' + ');
    expect(speakers).toContain('Rina Kartika (Minister of Trade and');
  });

  test.each([
    // Each person's own head (or a rank) after `dan` opens a second person.
    [
      'Presiden Ghana Kwame Mensah dan Presiden Togo Yao Agbeko menyatakan perbatasan dibuka lagi.',
      'Kwame Mensah (Presiden Ghana) + Yao Agbeko (Presiden Togo)',
    ],
    [
      'Ketua Bawaslu Sinta Maharani dan Kapolres Bantul AKBP Dimas Arya mengatakan kampanye berjalan tertib.',
      'Sinta Maharani (Ketua Bawaslu) + Dimas Arya (Kapolres Bantul AKBP)',
    ],
    // A first name that is surely a person's, and no role after `dan`: two people.
    [
      'Menteri Budi Santoso dan Rina Kartika mengatakan mereka akan meninjau lokasi banjir.',
      'Budi Santoso (Menteri) + Rina Kartika (-)',
    ],
  ])('%s', (line, speakers) => expect(speakersOf(line)).toEqual([speakers]));
});

// names.organisationWithDan: an office named by its fields, `dan` and all.
describe('dan inside an office’s name joins a field no one is named after', () => {
  const line =
    'Badan Pesisir dan Perahu (Bapera) mengatakan pihaknya siap membantu nelayan yang terdampak badai.';
  test('one organisation speaks', () => {
    const said = () => analyzeBody(line).quotes.map(q => q.speakers);
    expect(said()).toEqual([['Badan Pesisir dan Perahu']]);
    // names.joinedOrganisation reads the same shape from the organisation head, and the cast
    // joins a body's field read apart at the cue (cast.fieldAfterDan): all off.
    const off = [
      'names.organisationWithDan',
      'names.joinedOrganisation',
      'cast.fieldAfterDan',
    ] as const;
    expect(withFeaturesOff([...off], said)).not.toEqual([['Badan Pesisir dan Perahu']]);
  });
});
