import { describe, expect, test } from 'vitest';
import { withFeaturesOff, type FeatureName } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The role the engine gives the speaker `name` of invented paragraphs (undefined: no such speaker). */
const roleOf = (name: string, ...paragraphs: string[]) =>
  analyzeBody(...paragraphs).speakers.find(s => s.name === name)?.role;

const QUOTE = '“Kami sudah menunggu lama,” kata';

/**
 * Each row's speaker carries the role, and with the row's switch off it does not
 * (`[text, name, role, feature]`; the quote is credited to the name's first word).
 */
function rolesAndTheirSwitches(cases: [string, string, string, FeatureName][]): void {
  const credited = (text: string, name: string) =>
    roleOf(name, text, `${QUOTE} ${name.split(' ')[0]}.`);
  test.each(cases)('%s', (text, name, role) => expect(credited(text, name)).toBe(role));
  test.each(cases)('switched off: %s', (text, name, role, feature) =>
    expect(withFeaturesOff([feature], () => credited(text, name))).not.toBe(role),
  );
}

describe('an age between a name and its appositive role does not hide the role', () => {
  test.each([
    [
      `Sejak subuh Dewi Lestari (42), warga Kelurahan Tanjungsari, menunggu di loket. ${QUOTE} Dewi.`,
      'Dewi Lestari',
      'warga Kelurahan Tanjungsari',
    ],
    [
      `Rombongan dipimpin Rudi Hartono (23 tahun), mahasiswa asal Cilandak, yang tiba lebih dulu. ${QUOTE} Rudi.`,
      'Rudi Hartono',
      'mahasiswa asal Cilandak',
    ],
    // The appositive may close the sentence.
    [
      `Yang paling awal datang adalah Dewi Lestari (42), warga Kelurahan Tanjungsari. ${QUOTE} Dewi.`,
      'Dewi Lestari',
      'warga Kelurahan Tanjungsari',
    ],
    [
      `Ikut mengantre Yosef Tamba (47), penjual ikan di Pasar Cibening. ${QUOTE} Yosef.`,
      'Yosef Tamba',
      'penjual ikan di Pasar Cibening',
    ],
  ])('%s', (text, name, role) => {
    expect(roleOf(name, text)).toBe(role);
  });

  test('an age with no role after it gives none', () => {
    expect(roleOf('Dewi Lestari', `Dewi Lestari (42) menunggu di loket. ${QUOTE} Dewi.`)).toBe(
      null,
    );
  });

  test.each<[FeatureName]>([['cast.agedAppositiveRole']])('switched off (%s): no role', f => {
    const off = withFeaturesOff([f], () =>
      roleOf(
        'Dewi Lestari',
        `Sejak subuh Dewi Lestari (42), warga Kelurahan Tanjungsari, menunggu di loket. ${QUOTE} Dewi.`,
      ),
    );
    expect(off).toBe(null);
  });
});

describe('a lowercase medical title between a role’s comma and the name keeps the role', () => {
  test.each([
    [
      'Kepala Dinas Kesehatan Kabupaten Lembang Jaya, dr Sinta Maharani, MKes, menyebut stok vaksin cukup sampai akhir tahun.',
      'Sinta Maharani',
      'Kepala Dinas Kesehatan Kabupaten Lembang Jaya',
    ],
    [
      'Direktur Utama RSUD Cibening, dr Rudi Hartono, menyebut operasi itu yang pertama.',
      'Rudi Hartono',
      'Direktur Utama RSUD Cibening',
    ],
    [
      'Kepala Puskesmas Sukamaju, drg Wulan Sari, mengatakan stok obat cukup.',
      'Wulan Sari',
      'Kepala Puskesmas Sukamaju',
    ],
  ])('%s', (text, name, role) => {
    expect(roleOf(name, text, `${QUOTE} ${name.split(' ')[0]}.`)).toBe(role);
  });

  test('switched off: no role', () => {
    const off = withFeaturesOff(['cast.titleAfterRoleComma'], () =>
      roleOf(
        'Rudi Hartono',
        'Direktur Utama RSUD Cibening, dr Rudi Hartono, menyebut operasi itu yang pertama.',
        `${QUOTE} Rudi.`,
      ),
    );
    expect(off).toBe(null);
  });
});

describe('a lowercase description before a pair closed by a comma is both members’ role', () => {
  test.each([
    [
      'Kuasa hukum terdakwa, Hendra Wiratama dan Lukas Pardede, menilai tuntutan itu terlalu berat.',
      'Lukas Pardede',
      'Kuasa hukum terdakwa',
    ],
    [
      'Dalam sidang itu, penasihat hukum terdakwa, Rina Kartika dan Andi Pratama, meminta keringanan.',
      'Andi Pratama',
      'penasihat hukum terdakwa',
    ],
  ])('%s', (text, name, role) => {
    expect(roleOf(name, text, `${QUOTE} ${name.split(' ')[0]}.`)).toBe(role);
  });

  test.each([
    // An office one person holds is not shared by the next name in the list.
    [
      'Kepala Dinas Pendidikan Kota Lembang, Hendra Wiratama dan Lukas Pardede, meninjau sekolah itu.',
      'Lukas Pardede',
    ],
    // The pair not closed by a comma: the second name may begin another clause.
    [
      'Kuasa hukum terdakwa, Hendra Wiratama dan Lukas Pardede menilai tuntutan itu terlalu berat.',
      'Lukas Pardede',
    ],
  ])('no shared role: %s', (text, name) => {
    expect(roleOf(name, text, `${QUOTE} ${name.split(' ')[0]}.`)).toBe(null);
  });

  test('switched off: the second name has no role', () => {
    const off = withFeaturesOff(['cast.sharedDescriptionRole'], () =>
      roleOf(
        'Lukas Pardede',
        'Kuasa hukum terdakwa, Hendra Wiratama dan Lukas Pardede, menilai tuntutan itu terlalu berat.',
        `${QUOTE} Lukas.`,
      ),
    );
    expect(off).toBe(null);
  });
});

describe('an English description spelling its agency in full before `, NAME, said` is the role', () => {
  const SAID = '"Some residents refused to leave," he said.';
  test.each([
    [
      'Head of the Sukamaju Coastal Erosion Response Office (CERO), Andi Wiratama, said the sea wall cracked.',
      'Andi Wiratama',
      'Head of the Sukamaju Coastal Erosion Response Office (CERO)',
    ],
    [
      'The director of the Cibening Provincial Forest Fire Response Office (PFFRO), Rudi Hartono, said the fires were contained.',
      'Rudi Hartono',
      'director of the Cibening Provincial Forest Fire Response Office (PFFRO)',
    ],
    [
      "The Transport Ministry's Director General of Land Transportation and Road Safety, Budi Santoso, said the license was revoked.",
      'Budi Santoso',
      "Transport Ministry's Director General of Land Transportation and Road Safety",
    ],
  ])('%s', (text, name, role) => {
    expect(roleOf(name, text, SAID)).toBe(role);
  });

  test('switched off: the long description gives no role', () => {
    const off = withFeaturesOff(['names.englishLongAppositive'], () =>
      roleOf(
        'Andi Wiratama',
        'Head of the Sukamaju Coastal Erosion Response Office (CERO), Andi Wiratama, said the sea wall cracked.',
        SAID,
      ),
    );
    expect(off).toBe(null);
  });
});

describe('an English office before a name keeps the organisation written after the name', () => {
  test.each([
    [
      'Water engineer Rina Kartika of the Cibening River Research Centre said the dam was sound.',
      'Rina Kartika',
      'Water engineer of the Cibening River Research Centre',
    ],
    [
      'Labour rights activist Yosef Tamba of the Lembang Migrant Workers Network (LMWN) said complaints had doubled.',
      'Yosef Tamba',
      'Labour rights activist of the Lembang Migrant Workers Network (LMWN)',
    ],
  ])('%s', (text, name, role) => {
    expect(roleOf(name, text, '"It is a serious problem," the activist said.')).toBe(role);
  });

  test('switched off: the office alone', () => {
    const off = withFeaturesOff(['names.englishAffiliationRole'], () =>
      roleOf(
        'Rina Kartika',
        'Water engineer Rina Kartika of the Cibening River Research Centre said the dam was sound.',
      ),
    );
    expect(off).toBe('Water engineer');
  });
});

describe('a relative named before a cue is shown with the relation, owner and all', () => {
  test.each([
    [
      'Kakak kandung korban, Rosmini Sitorus, mengatakan, "Kami menuntut keadilan."',
      'Rosmini Sitorus',
      'Kakak kandung korban',
    ],
    [
      'Ayah korban, Budi Hartono, mengatakan, "Kami menuntut keadilan."',
      'Budi Hartono',
      'Ayah korban',
    ],
    [
      'Kakak kandung Ramelan, Rosmini Sitorus, mengatakan, "Kami menuntut keadilan."',
      'Rosmini Sitorus',
      'Kakak kandung Ramelan',
    ],
    [
      'Sang ayah, Slamet Wibowo, berharap anaknya lolos. "Dia latihan setiap sore," ujarnya.',
      'Slamet Wibowo',
      'ayah',
    ],
    // A victim described as one is still the victim.
    [
      'Salah satu korban, Budi Hartono, mengatakan, "Kami menuntut keadilan."',
      'Budi Hartono',
      'Salah satu korban',
    ],
  ])('%s', (text, name, role) => {
    expect(roleOf(name, text)).toBe(role);
  });

  test.each<[FeatureName, string | null]>([
    ['cast.kinOwnerNotRole', 'korban'],
    ['cast.relationAtCue', null],
  ])('switched off (%s)', (f, role) => {
    const off = withFeaturesOff([f], () =>
      roleOf(
        'Rosmini Sitorus',
        'Kakak kandung korban, Rosmini Sitorus, mengatakan, "Kami menuntut keadilan."',
      ),
    );
    expect(off).toBe(role);
  });
});

describe('a locative noun between a role’s preposition and its place stays in the role', () => {
  test.each([
    [
      'Juru bicara FAO untuk kawasan Asia Selatan, Marie Dupont, menilai harga akan turun.',
      'Marie Dupont',
      'Juru bicara FAO untuk kawasan Asia Selatan',
    ],
    [
      'Seorang pedagang di sekitar Pasar Cibening, Yosef Tamba, mengeluhkan sepinya pembeli.',
      'Yosef Tamba',
      'pedagang di sekitar Pasar Cibening',
    ],
  ])('%s', (text, name, role) => {
    expect(roleOf(name, text, `${QUOTE} ${name.split(' ')[0]}.`)).toBe(role);
  });

  test('switched off: no role', () => {
    const off = withFeaturesOff(['cast.locativeInRole'], () =>
      roleOf(
        'Marie Dupont',
        'Juru bicara FAO untuk kawasan Asia Selatan, Marie Dupont, menilai harga akan turun.',
        `${QUOTE} Marie.`,
      ),
    );
    expect(off).toBe(null);
  });
});

describe('a description before a name’s comma keeps its lowercase links, demonstrative and trade', () => {
  const cases: [string, string, string, FeatureName][] = [
    // A preposition before a lowercase faction, constituency or office word (cast.roleWordAfterLink).
    [
      'Anggota DPRD Jabar dari daerah pemilihan Bogor, Sari Wulandari, menilai jalan rusak.',
      'Sari Wulandari',
      'Anggota DPRD Jabar dari daerah pemilihan Bogor',
      'cast.roleWordAfterLink',
    ],
    [
      'Anggota Komisi VII DPR dari partai kecil, Rudi Hartono, meminta aturan ditunda.',
      'Rudi Hartono',
      'Anggota Komisi VII DPR dari partai kecil',
      'cast.roleWordAfterLink',
    ],
    [
      'Dalam rapat itu, anggota DPRD Papua dari daerah pemilihan Jayapura, Yakob Wenda, menolak usul itu.',
      'Yakob Wenda',
      'anggota DPRD Papua dari daerah pemilihan Jayapura',
      'cast.roleWordAfterLink',
    ],
    // A demonstrative closing the description (cast.demonstrativeInDescription).
    [
      'Direktur pemasaran perusahaan tersebut, Andi Pratama, menyebut penjualan naik.',
      'Andi Pratama',
      'Direktur pemasaran perusahaan tersebut',
      'cast.demonstrativeInDescription',
    ],
    [
      'Ketua panitia acara itu, Dewi Lestari, mengatakan tiket habis.',
      'Dewi Lestari',
      'Ketua panitia acara itu',
      'cast.demonstrativeInDescription',
    ],
    // An office named by a list of fields before the comma, a rank after it (cast.fieldListRoleBeforeComma).
    [
      'Kasubdit Perbankan, Asuransi, dan Pasar Modal Polda Riau, Kompol Made Sutama, mengatakan kasus itu rumit.',
      'Made Sutama',
      'Kasubdit Perbankan, Asuransi, dan Pasar Modal Polda Riau, Kompol',
      'cast.fieldListRoleBeforeComma',
    ],
    [
      'Kepala Subdit Sumber Daya, Lingkungan, dan Kehutanan Polda Jambi, AKBP Rudi Hartono, mengatakan lahan itu dibakar.',
      'Rudi Hartono',
      'Kepala Subdit Sumber Daya, Lingkungan, dan Kehutanan Polda Jambi, AKBP',
      'cast.fieldListRoleBeforeComma',
    ],
  ];
  rolesAndTheirSwitches(cases);

  // Trades of teaching, guiding, the arts and services are role heads (lexicon/roles.ts OCCUPATIONS).
  test.each([
    [
      'Kurator pameran, Bambang Sutejo, menuturkan lukisan itu langka.',
      'Bambang Sutejo',
      'Kurator pameran',
    ],
    [
      'Pengajar kelas tari, Rina Kartika, mengatakan muridnya rajin.',
      'Rina Kartika',
      'Pengajar kelas tari',
    ],
    [
      'Pemandu wisata senior, Yusuf Manek, menyambut aturan baru itu.',
      'Yusuf Manek',
      'Pemandu wisata senior',
    ],
    [
      'Koki restoran Cibening, Gilang Saputro, menyebut harga cabai naik.',
      'Gilang Saputro',
      'Koki restoran Cibening',
    ],
    [
      'Instruktur selam, Maria Lopez, mengatakan arus sedang kuat.',
      'Maria Lopez',
      'Instruktur selam',
    ],
  ])('%s', (text, name, role) => {
    expect(roleOf(name, text, `${QUOTE} ${name.split(' ')[0]}.`)).toBe(role);
  });
});

describe('a demonstrative after a role word is no role when the phrase is an adverbial', () => {
  test.each([
    ['Dalam kesempatan itu, Rudi Hartono mengatakan harga naik.', 'Rudi Hartono'],
    ['Kepada warga itu, Rudi Hartono mengatakan harga naik.', 'Rudi Hartono'],
  ])('%s', (text, name) => {
    expect(roleOf(name, text, `${QUOTE} Rudi.`) ?? null).toBe(null);
  });
});

describe('a role after a name that runs into a relative clause', () => {
  const cases: [string, string, string, FeatureName][] = [
    // A place kept in the role before `yang` (names.placeInRoleBeforeRelative).
    [
      'Penghargaan itu diberikan kepada Dewi Lestari, penari asal Solo yang kini tinggal di Bandung.',
      'Dewi Lestari',
      'penari asal Solo',
      'names.placeInRoleBeforeRelative',
    ],
    [
      'Sejak pagi Budi Santoso, pedagang di Pasar Cibening yang sudah 20 tahun berjualan, menunggu pembeli.',
      'Budi Santoso',
      'pedagang di Pasar Cibening',
      'names.placeInRoleBeforeRelative',
    ],
    // The role cut before `yang` closes the sentence (cast.relativeAppositiveAtEnd).
    [
      'Bantuan itu diserahkan kepada Sumarni Wati, pedagang sayur yang kiosnya terbakar pekan lalu.',
      'Sumarni Wati',
      'pedagang sayur',
      'cast.relativeAppositiveAtEnd',
    ],
    [
      'Penghargaan itu diraih Yohanes Manurung, guru honorer yang selama sepuluh tahun mengajar di pedalaman.',
      'Yohanes Manurung',
      'guru honorer',
      'cast.relativeAppositiveAtEnd',
    ],
  ];
  rolesAndTheirSwitches(cases);

  test('a graduate’s standing is a role head (lexicon/roles.ts OCCUPATIONS)', () => {
    const text =
      'Kasus itu mencuat setelah Rina Kartika, alumnus program magister hukum Universitas Cibening, menemukan skripsinya dijiplak.';
    expect(roleOf('Rina Kartika', text, `${QUOTE} Rina.`)).toBe(
      'alumnus program magister hukum Universitas Cibening',
    );
  });
});
