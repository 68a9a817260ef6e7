import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { speakerRoles } from './summarize';

// A degree written with dots (`Sp.P`, `S.Sos`) is split by the tokenizer into a run of its own;
// set off by commas after a name, it mentions nobody and is no role, and a consultant's `(K)`
// after a specialist degree belongs to the degree.
describe('degrees after a name are neither name nor role', () => {
  test.each([
    [
      'Juru bicara Dinas Kesehatan Cibening dr. Hendra Wijaya, Sp.P, MPH, mengatakan, “Kasus turun.”',
      'Hendra Wijaya',
      'Juru bicara Dinas Kesehatan Cibening',
      'names.degreeRunAlone',
    ],
    [
      'Direktur RSUD Cibening dr. Lestari Anggraini, Sp.JP, MARS, menyatakan, “Ruang anak penuh.”',
      'Lestari Anggraini',
      'Direktur RSUD Cibening',
      'names.degreeRunAlone',
    ],
    [
      'Camat Sukamaju Hj. Ratna Dewi, S.Sos, M.Si, mengatakan, “Warga tertib.”',
      'Ratna Dewi',
      'Camat Sukamaju',
      'names.degreeRunAlone',
    ],
    [
      'Dokter anak dr Wulan Sari SpA(K) mengatakan, “Imunisasi penting.”',
      'Wulan Sari',
      'Dokter anak',
      'names.consultantMark',
    ],
    [
      'Dokter kandungan dr Maya Puspita, Sp.OG(K), mengingatkan, “Periksa rutin.”',
      'Maya Puspita',
      'Dokter kandungan',
      'names.consultantMark',
    ],
  ])('%s', (text, name, role, feature) => {
    expect(speakerRoles(text)).toEqual([[name, role]]);
    expect(withFeaturesOff([feature as never], () => speakerRoles(text))).not.toEqual([
      [name, role],
    ]);
  });
});

// `SP` (Sarjana Pertanian) undotted is as often a family name's initials; inside a chain of
// degrees set off by commas, before another degree, it is a degree.
describe('a degree that may be initials is one inside a chain of degrees', () => {
  test.each([
    [
      'Kepala Dinas Pertanian Kabupaten Cibening, Bramantyo Sukamto, SP, M.Si, mengatakan, “Panen mundur.”',
      'Bramantyo Sukamto',
      'Kepala Dinas Pertanian Kabupaten Cibening',
    ],
    [
      'Penyuluh pertanian Lubai, Wartinah Sekarwangi, SP, MP, menjelaskan, “Benih sudah dibagikan.”',
      'Wartinah Sekarwangi',
      'Penyuluh pertanian Lubai',
    ],
  ])('%s', (text, name, role) => {
    expect(speakerRoles(text)).toEqual([[name, role]]);
    expect(withFeaturesOff(['names.initialsLikeDegree'], () => speakerRoles(text))).not.toEqual([
      [name, role],
    ]);
  });

  test.each([
    // Alone after a name, `SP` stays the initials it may be.
    ['Penyanyi Kusnandar Jaya SP mengatakan, “Album baru rilis.”', 'Kusnandar Jaya SP', 'Penyanyi'],
    // `M.Mar`: a harbour master's or captain's certificate is a degree too.
    [
      'Syahbandar Pelabuhan Lubai, Jonaedi Tumangger, M.Mar, mengatakan, “Kapal boleh berlayar.”',
      'Jonaedi Tumangger',
      'Syahbandar Pelabuhan Lubai',
    ],
  ])('%s', (text, name, role) => {
    expect(speakerRoles(text)).toEqual([[name, role]]);
  });
});

// `M.Or` (the sports master's coaches write) and `M.Ec` are degrees of the lists; a two- or
// three-letter given name after an initial (`M.Ai`, `M.Ali`) stays a name.
describe('dotted master degrees of the lists close the name; initials and given names stay', () => {
  test.each([
    [
      'Pelatih ganda putra Persikura, Bramantyo Sukamto, M.Or, mengatakan, “Latihan ditambah.”',
      'Bramantyo Sukamto',
      'Pelatih ganda putra Persikura',
    ],
    [
      'Ekonom senior Kusnandar Purbasari, M.Ec, menilai, “Inflasi masih terkendali.”',
      'Kusnandar Purbasari',
      'Ekonom senior',
    ],
    // The theology master's a pastor writes, and a religious-teaching degree.
    [
      'Ketua jemaat Lubai, Pdt. Kusnandar Tumangger, M.Th, mengatakan, “Gereja dibuka untuk pengungsi.”',
      'Kusnandar Tumangger',
      'Ketua jemaat Lubai',
    ],
    [
      'Guru agama Kristen di Cibening, Sumilah Dalimunthe, S.Pd.K, mengatakan, “Murid kami bertambah.”',
      'Sumilah Dalimunthe',
      'Guru agama Kristen di Cibening',
    ],
    ['Kepala Desa Lubai, M.Ali, mengatakan, “Jalan rusak.”', 'M.Ali', 'Kepala Desa Lubai'],
    ['Kepala Desa Lubai, M.Ai, mengatakan, “Jalan rusak.”', 'M.Ai', 'Kepala Desa Lubai'],
  ])('%s', (text, name, role) => {
    expect(speakerRoles(text)).toEqual([[name, role]]);
  });
});

// names.degreeShapeInChain: a degree's shape (`M.Par`, `M.Ds`) right after another degree in a
// chain set off by commas is a degree; alone after a role's comma it may be a given name.
describe('a degree of the shape after another degree closes the name', () => {
  test.each([
    [
      'Kepala Dinas Pariwisata Lubai, Dr. Bramantyo Sukamto, S.Sos., M.Par, menilai, “Kunjungan turun.”',
      'Bramantyo Sukamto',
      'Kepala Dinas Pariwisata Lubai',
    ],
    [
      'Dosen desain Wartinah Sekarwangi, S.Sn., M.Ds, menilai, “Batik tulis makin laku.”',
      'Wartinah Sekarwangi',
      'Dosen desain',
    ],
  ])('%s', (text, name, role) => {
    expect(speakerRoles(text)).toEqual([[name, role]]);
    expect(withFeaturesOff(['names.degreeShapeInChain'], () => speakerRoles(text))).not.toEqual([
      [name, role],
    ]);
  });
});
