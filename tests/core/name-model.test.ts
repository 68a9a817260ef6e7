import { describe, expect, test } from 'vitest';
import { hardNonName, nameStart } from '../../core/engine/names/name-model';
import { analyzeBody, speakerRoles } from './summarize';
import { withFeaturesOff } from '../../core/engine/features';

describe('a name starts after the place, team, number or cue before it', () => {
  test.each([
    // A gazetteer place or a team word before two name words belongs to the role.
    [
      '“Kami siap melayani,” kata Direktur RSUD Cibinong Rina Kartika.',
      'Rina Kartika',
      'Direktur RSUD Cibinong',
    ],
    [
      '“Kami siap bertanding,” kata pelatih Garuda United Dedi Santoso.',
      'Dedi Santoso',
      'pelatih Garuda United',
    ],
    [
      '“Kami siap bertanding,” kata pelatih Persatuan Sorong Bayu Aditya.',
      'Bayu Aditya',
      'pelatih Persatuan Sorong',
    ],
    // A number (an age group, a year) never opens a name.
    [
      '“Kami siap bertanding,” kata kapten timnas U-23 Rudi Hartono.',
      'Rudi Hartono',
      'kapten timnas U-23',
    ],
    // After a head that names an institution, the next word is the institution's name.
    [
      '“Kami siap melayani,” kata Direktur RSUD Harapan Lestiani Purnama.',
      'Lestiani Purnama',
      'Direktur RSUD Harapan',
    ],
    // A given name that is also a district stays when only one name word follows it.
    [
      '“Kami siap melayani,” kata Menteri Perikanan Sakti Wibowo.',
      'Sakti Wibowo',
      'Menteri Perikanan',
    ],
  ])('%s', (line, name, role) => expect(speakerRoles(line)).toEqual([[name, role]]));
});

describe('cue and function words opening a sentence are not part of the name', () => {
  test.each([
    ['Dikatakan Ustaz Hamdani, jamaah terus bertambah setiap malam.', 'Hamdani'],
    ['Disampaikan Rudi Hartono, jalan itu akan diperbaiki tahun depan.', 'Rudi Hartono'],
    ['However Rudi Hartono said the bridge would be repaired next year.', 'Rudi Hartono'],
    ['When Rudi Hartono arrived, the crowd cheered. "We are ready," said Hartono.', 'Rudi Hartono'],
  ])('%s', (line, name) => expect(speakerRoles(line).map(s => s[0])).toEqual([name]));
});

describe('a title that is also a given name', () => {
  test.each([
    // `Imam` opening a run with one name word after it is the given name…
    ['“Kami menolak rencana itu,” kata Imam Santoso.', 'Imam Santoso', null],
    // …and `Said` is a given name, never the English cue.
    ['“Kami menolak rencana itu,” kata Said Hasan.', 'Said Hasan', null],
    ['“Kami menolak rencana itu,” kata KH Said Hasan.', 'Said Hasan', null],
    // A plain honorific before two name words is dropped; initials are kept as written.
    ['“Kami menolak rencana itu,” kata Haji Bakri Lubis.', 'Bakri Lubis', null],
    // `Hajjah`, as English-language copy spells `Hajah`, is an honorific too.
    ['“We refuse the plan,” said Hajjah Rukmini Lubis.', 'Rukmini Lubis', null],
    // `Pdt`, a pastor's title written short, with or without its dot.
    ['“Kami menolak rencana itu,” kata Pdt Yosef Umbu Lende.', 'Yosef Umbu Lende', null],
    ['“Kami menolak rencana itu,” kata Pdt. Markus Lende.', 'Markus Lende', null],
    ['“Kami menolak rencana itu,” kata R Suharto.', 'R Suharto', null],
  ])('%s', (line, name, role) => expect(speakerRoles(line)).toEqual([[name, role]]));
});

describe('the article as evidence', () => {
  test('a word used alone as a speaker is never cut from a name', () => {
    // `Panji` is a district, but this article calls the person by it.
    const { speakers } = analyzeBody(
      '“Kami siap,” kata pelatih Panji Bayu Aditya. “Kami akan menang,” kata Panji.',
    );
    expect(speakers.map(s => s.name)).toEqual(['Panji Bayu Aditya']);
  });

  test('without that evidence the district goes to the role', () => {
    const { speakers } = analyzeBody('“Kami siap,” kata pelatih Panji Bayu Aditya.');
    expect(speakers.map(s => s.name)).toEqual(['Bayu Aditya']);
  });

  // The article's short mention also says where a name starts after a long role.
  const namesOf = (line: string) => analyzeBody(line).speakers.map(s => s.name);
  test.each([
    // A place right before the one word the article uses alone goes to the role.
    [
      'Kepala Seksi Intelijen Kejaksaan Negeri (Kasi Intel Kejari) Wonogiri Suparno mengatakan jaksa siap banding. Suparno menambahkan, berkas perkara sudah lengkap.',
      'Suparno',
    ],
    // An organisation's name runs longer than one word up to the word used alone.
    [
      'Sekretaris Jenderal (Sekjen) Partai Cahaya Bangsa Dimas Prakoso menegaskan partainya mendukung gugatan itu. “Kami siap membawa bukti,” ujar Dimas.',
      'Dimas Prakoso',
    ],
    [
      'Ketua Umum Serikat Nelayan Teluk Harapan Lukas Wenda mengatakan solar langka sejak pekan lalu. Lukas menambahkan, kapal tidak melaut.',
      'Lukas Wenda',
    ],
  ])('%s', (line, name) => expect(namesOf(line)).toEqual([name]));

  test.each([
    // A given name that is also a district stays the person's, though the article uses the
    // surname alone.
    [
      'Ketua KONI Bantul Sakti Wibowo mengatakan stadion dibuka besok. “Kami siap,” kata Wibowo.',
      'Sakti Wibowo',
    ],
    // A given name between the head and the word used alone keeps the longer name.
    [
      'Ketua Umum Partai Cahaya Rudi Dimas Prakoso menegaskan partainya mendukung gugatan itu. “Kami siap,” ujar Dimas.',
      'Rudi Dimas Prakoso',
    ],
  ])('%s', (line, name) => expect(namesOf(line)).toEqual([name]));
});

describe('hardNonName', () => {
  test.each([
    ['2020', 'number'],
    ['U-23', 'number'],
    ['Dikatakan', 'cue'],
    ['Disampaikan', 'cue'],
    ['Kata', 'cue'],
    ['Namun', 'function'],
    ['However', 'function'],
    ['Said', null],
    ['Dimyati', null],
    ['Rina', null],
  ])('%s → %s', (w, want) => expect(hardNonName(w)).toBe(want));

  test('nameStart never moves past the last word', () => {
    expect(nameStart(['Namun', 'Kata'], 0, new Set())).toBe(1);
  });
});

describe('roles that run long, and what closes a name', () => {
  test.each([
    // A year naming a unit stays in the role.
    [
      '“Air sudah surut,” kata Juru Bicara Satgas Penanganan Banjir 2020 Andi Pratama.',
      'Andi Pratama',
      'Juru Bicara Satgas Penanganan Banjir 2020',
    ],
    // `dan` inside a role before a word no name lexicon knows continues the role.
    [
      '“Kami siap,” kata Kepala Bidang Hubungan Masyarakat dan Protokol Kota Bekasi Andi Pratama.',
      'Andi Pratama',
      'Kepala Bidang Hubungan Masyarakat dan Protokol Kota Bekasi',
    ],
    // A unit's number and seat joined by a slash, and the army branch after a rank, are the role's.
    [
      '“Jembatan darurat sudah bisa dilalui,” kata Komandan Kodim 0615/Kuningan Letkol Inf Rudi Hartanto.',
      'Rudi Hartanto',
      'Komandan Kodim 0615 / Kuningan Letkol Inf',
    ],
    [
      '“Posko kami buka sampai Jumat,” kata Danrem 072/Sleman Kolonel Czi Dimas Prakoso.',
      'Dimas Prakoso',
      'Danrem 072 / Sleman Kolonel Czi',
    ],
    // `dari` the faction a legislator sits for stays in the role.
    [
      '“Rapat kami tunda,” kata Anggota Komisi IV DPR dari Fraksi Partai Hijau Anton Wibisono.',
      'Anton Wibisono',
      'Anggota Komisi IV DPR dari Fraksi Partai Hijau',
    ],
    // Post-nominal degrees are neither name nor role.
    ['“Kami menolak rencana itu,” kata Andi Pratama SH MH.', 'Andi Pratama', null],
    ['“Kami menolak rencana itu,” kata dr Rina Kartika SpPD.', 'Rina Kartika', null],
    // The name as written: an initial keeps its dot, so the name is a substring of the text.
    ['“Kami menolak rencana itu,” kata M. Yusuf Hidayat.', 'M. Yusuf Hidayat', null],
  ])('%s', (line, name, role) => expect(speakerRoles(line)).toEqual([[name, role]]));

  test('two people joined by `dan` stay two people', () => {
    const { speakers } = analyzeBody(
      '“Kami siap,” kata Kapolres Bogor AKBP Rudi Hartono dan Kasat Reskrim AKP Dedi Santoso.',
    );
    expect(speakers.map(s => s.name)).toEqual(['Rudi Hartono', 'Dedi Santoso']);
  });
});

describe('aliases', () => {
  test('a nickname given after a role, a comma and a one-word name is that person’s', () => {
    const { quotes } = analyzeBody(
      'Gelandang Persikota, Hendrawan, yang mencetak gol kedua, mengatakan ruang ganti sepi. Pemain yang akrab disapa Hendra itu meminta suporter tetap datang.',
      '“Kami minta maaf,” kata Hendra.',
    );
    expect(quotes.map(q => q.speakers)).toEqual([['Hendrawan'], ['Hendrawan'], ['Hendrawan']]);
  });

  test('a degree between commas after a name is no person', () => {
    const { speakers } = analyzeBody(
      'Kepala Bappeda Kota Garut, Rina Kartika, MSi, mengatakan anggaran sudah cair.',
      '“Kami kebut pekerjaan fisik,” kata Rina.',
    );
    expect(speakers.map(s => s.name)).toEqual(['Rina Kartika']);
  });

  test.each([
    ['Budi Santoso, yang akrab disapa Bobi, mengatakan harga beras tetap stabil pekan ini.'],
    ['Budi Santoso, dengan sapaan akrab Bobi, mengatakan harga beras tetap stabil pekan ini.'],
    ['Budi Santoso (Bobi) mengatakan harga beras tetap stabil pekan ini.'],
  ])('%s', line => {
    const { speakers, quotes } = analyzeBody(
      line,
      '“Harga beras di pasar kami tetap aman,” kata Bobi.',
    );
    expect(speakers).toEqual([
      { name: 'Budi Santoso', role: null, kind: 'person', aliases: ['Bobi'] },
    ]);
    expect(quotes.map(q => q.speakers)).toEqual([['Budi Santoso'], ['Budi Santoso']]);
  });

  test('a title introduced in parentheses after the spelled-out role, then used alone', () => {
    const { quotes } = analyzeBody(
      'Menteri Perdagangan (Mendag) Budi Santoso mengatakan harga beras tetap stabil pekan ini.',
      '“Harga beras di pasar kami tetap aman,” kata Mendag.',
    );
    expect(quotes.map(q => q.speakers)).toEqual([['Budi Santoso'], ['Budi Santoso']]);
  });
});

describe('`asal X` names a place', () => {
  test.each([
    [
      'Politisi asal Jambi Rudi Hartawan mengatakan partainya siap menghadapi pemilu tahun depan.',
      'Rudi Hartawan',
    ],
    [
      'Politisi asal Cibening Rudi Hartawan mengatakan partainya siap menghadapi pemilu tahun depan.',
      'Rudi Hartawan',
    ],
  ])('%s', (line, name) => expect(speakerRoles(line).map(s => s[0])).toEqual([name]));
});

describe('a phrase the article writes as a run of its own belongs to the institution', () => {
  const named = (...lines: string[]) => analyzeBody(...lines).speakers.map(s => [s.name, s.role]);
  test.each([
    // `Sri` is a given name, but the article writes `Kelompok Tani Sri Rejeki` alone.
    [
      [
        'Pengurus Kelompok Tani Sri Rejeki Andi Wirawan menilai harga gabah turun.',
        'Kelompok Tani Sri Rejeki panen dua kali setahun.',
      ],
      ['Andi Wirawan', 'Pengurus Kelompok Tani Sri Rejeki'],
    ],
    [
      [
        '“Harga naik,” kata Ketua Paguyuban Sekar Arum Dewi Lestari.',
        'Paguyuban Sekar Arum berdiri tahun 2001.',
      ],
      ['Dewi Lestari', 'Ketua Paguyuban Sekar Arum'],
    ],
    // Without that evidence the given name stays in the name.
    [
      ['Pengurus Kelompok Tani Sri Rejeki Andi Wirawan menilai harga gabah turun.'],
      ['Sri Rejeki Andi Wirawan', 'Pengurus Kelompok Tani'],
    ],
    // A shorter form of a person's name after an office is no institution.
    [
      [
        '“Kami siap,” kata menteri Agama Rahmat Wibisono Saputra.',
        'Sebelumnya, menteri Agama Rahmat Wibisono datang.',
      ],
      ['Rahmat Wibisono Saputra', 'menteri Agama'],
    ],
    // A word moved out of the name must not be one the article uses alone for the speaker.
    [
      [
        'Pengurus Kelompok Tani Sri Rejeki Andi Wirawan menilai harga gabah turun.',
        'Kelompok Tani Sri Rejeki panen dua kali setahun. “Panen bagus,” kata Rejeki.',
      ],
      ['Sri Rejeki Andi Wirawan', 'Pengurus Kelompok Tani'],
    ],
  ])('%j', (lines, speaker) => expect(named(...lines)).toEqual([speaker]));

  // …or as the end of another run (names.model.runEnding): an airport's name after an office.
  const office = [
    'Kepala Kantor SAR Lambang Rai Ida Bagus Putu Arsana menyebut dua nelayan masih dicari.',
    'Pencarian dipusatkan di Pelabuhan Cokorda Lambang Rai.',
  ];
  test('an office named after a port the article names in full', () => {
    expect(named(...office)).toEqual([['Ida Bagus Putu Arsana', 'Kepala Kantor SAR Lambang Rai']]);
    const off = withFeaturesOff(['names.model.runEnding'], () => named(...office));
    expect(off).not.toEqual(named(...office));
  });
});
