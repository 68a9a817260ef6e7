import { describe, expect, test } from 'vitest';
import { emptyArticleInfo } from '../../core/analyze';
import { analyzeBody as runPipeline } from '../../core/engine/pipeline';
import { bodyParagraphs } from '../../core/engine/text/paragraphs';
import type { Decision } from '../../core/engine/discourse/resolve';
import {
  antecedentScore,
  bestCandidate,
  WEIGHTS,
  type AntecedentFeatures,
} from '../../core/engine/discourse/antecedent-model';
import { withFeaturesOff } from '../../core/engine/features';
import { blankFeatures } from '../../core/engine/discourse/candidates';
import { CLAUSE_ROLE_CASES } from './clause-role-cases';
import { analyzeBody, lastSpeakers } from './summarize';

describe('the discourse model resolves a pointing mention to the antecedent a reader would take', () => {
  test.each([
    // The previous speaker goes on (`-nya`, `dia`, `ia`).
    [
      [
        'Ketua Komisi Hukum Rahmat Sudirja mengatakan sidang ditunda. “Kami menunggu berkas,” ujarnya.',
      ],
      ['Rahmat Sudirja'],
    ],
    [
      [
        '“Anggaran sudah cukup,” kata Menteri Keuangan Sari Wulandari.',
        '“Kami tidak akan menambah utang,” kata dia.',
      ],
      ['Sari Wulandari'],
    ],
    // A -nya word as the subject (`Pihaknya`, `Dirinya`) points back like `-nya`.
    [
      [
        'Bupati Garut Rudi Gunawan meninjau lokasi longsor. Pihaknya menegaskan bantuan sudah dikirim.',
      ],
      ['Rudi Gunawan'],
    ],
    [
      [
        'Kepala Sekolah Nur Halimah menerima kunjungan itu. Dirinya menilai fasilitas masih kurang.',
      ],
      ['Nur Halimah'],
    ],
    // A person introduced as a subject since the last quote takes the next one, with an
    // appositive role between name and verb too.
    [
      [
        '“Anggaran sudah cukup,” kata Menteri Keuangan Sari Wulandari.',
        'Pengamat ekonomi Budi Hartanto menilai anggaran terlalu kecil. “Harus ditambah,” ujarnya.',
      ],
      ['Budi Hartanto'],
    ],
    [
      [
        '“Anggaran sudah cukup,” kata Menteri Keuangan Sari Wulandari.',
        'Budi Hartanto, pengamat ekonomi dari Universitas Nusa, menilai anggaran kecil. “Harus ditambah,” ujarnya.',
      ],
      ['Budi Hartanto'],
    ],
    // A one-word name introduced with an appositive role between commas is a person too.
    [
      [
        '“Kami bermain baik,” kata pelatih tim tamu Dedi Setiabudi.',
        'Hartono, pengamat sepak bola, menilai tim tampil buruk. “Lini tengah lemah,” ujarnya.',
      ],
      ['Hartono'],
    ],
    // A description between commas after a name is that name, even when the cue reads the
    // description as its speaker (`X, pengamat … dari Universitas Y, menilai`).
    [
      [
        '“Harga beras naik,” kata Menteri Perdagangan Sari Wulandari.',
        'Budi Santoso, pengamat ekonomi dari Universitas Nusa, menilai kenaikan itu wajar.',
        '“Pasokan sedang turun,” ujarnya.',
      ],
      ['Budi Santoso'],
    ],
    // A bare title opening a clause is its holder speaking again, not somebody unnamed.
    [
      [
        'Kapolres Bogor AKBP Dedi Saputra mengatakan pelaku sudah ditangkap.',
        'Tersangka berinisial AW itu ditahan. Kapolres menyebut motifnya utang. “Kami masih mendalami,” ujarnya.',
      ],
      ['Dedi Saputra'],
    ],
    [
      [
        '“Harga cabai turun,” kata Menteri Pertanian Hadi Prasetyo.',
        'Petani Desa Sukamaju Joko Lelono mengeluhkan harga pupuk. Sore harinya, Menteri Pertanian meninjau sawah di Karawang.',
        '“Kami tidak akan mengurangi subsidi,” ujarnya.',
      ],
      ['Hadi Prasetyo'],
    ],
    // A person merely talked about, after a preposition or as an object, does not.
    [
      [
        'Pelatih tim tamu, Dedi Setiabudi, mengatakan timnya siap bertanding.',
        'Ia juga memberi pujian kepada penyerang muda Rudi Hartono. “Dia bekerja keras,” ujarnya.',
      ],
      ['Dedi Setiabudi'],
    ],
    [
      [
        'Jaksa Agung Hendra Pratama mengatakan berkas perkara sudah lengkap.',
        'Kejaksaan juga memeriksa saksi dari kantor Wahyu Pamungkas. “Semua saksi kooperatif,” katanya.',
      ],
      ['Hendra Pratama'],
    ],
    // A person acted upon (the subject of a passive verb) is talked about, not talking: the
    // previous speaker goes on. A subject doing something else is a new topic and takes over.
    [
      [
        '“Kami sudah bekerja sesuai prosedur,” kata Kapolres Bogor AKBP Dedi Saputra.',
        'Andi Wijaya juga diperiksa penyidik selama enam jam. “Dia kooperatif,” katanya.',
      ],
      ['Dedi Saputra'],
    ],
    [
      [
        '“Air mulai surut,” kata Kepala BPBD Garut Asep Mulyana.',
        'Menteri Sosial Rina Wati meninjau lokasi banjir pada Selasa. “Bantuan segera datang,” katanya.',
      ],
      ['Rina Wati'],
    ],
    // `dia` never means an organisation that spoke in between.
    [
      [
        'Menteri Perhubungan Agus Tarmizi mengatakan jalur mudik dibuka.',
        'Kementerian Perhubungan menyiapkan dua ratus bus tambahan. “Semua armada siap,” kata dia.',
      ],
      ['Agus Tarmizi'],
    ],
    // `mereka` means a group, never one person introduced since.
    [
      [
        'Rina Sari dan Tono Wijaya mengatakan warga kecewa dengan keputusan itu.',
        '“Kami menunggu jawaban pemerintah,” kata mereka.',
      ],
      ['Rina Sari', 'Tono Wijaya'],
    ],
    [
      [
        'Sejumlah warga mendatangi kantor desa. Kepala Desa Ahmad Fauzi menemui warga di depan kantor.',
        '“Kami minta kejelasan soal ganti rugi,” kata mereka.',
      ],
      [],
    ],
    // …and when only one person was named, `mereka` stays unnamed rather than name that person.
    [
      [
        'Menteri Pertanian Hadi Prasetyo menemui para petani di balai desa.',
        '“Kami rugi besar,” kata mereka.',
      ],
      [],
    ],
    // `X and Y` is a group for `they`, as `X dan Y` is for `mereka`.
    [
      ['Rina Santoso and Tom Baker met the traders on Monday.', '“We need more ports,” they said.'],
      ['Rina Santoso', 'Tom Baker'],
    ],
    // An organisation spoken for by its spokesperson: the spokesperson goes on speaking.
    [
      [
        'Juru bicara Komisi Pemberantasan Korupsi Budi Santoso mengatakan penyidik sudah bekerja.',
        'Komisi Pemberantasan Korupsi juga menyita dua mobil. “Mobil itu milik tersangka,” katanya.',
      ],
      ['Budi Santoso'],
    ],
    [
      [
        'Kepala Bidang Humas Polda Riau Kombes Sunarto mengatakan pelaku ditangkap.',
        'Polda Riau kemudian menggelar rilis di markas. “Pelaku sudah kami tahan,” ujarnya.',
      ],
      ['Sunarto'],
    ],
    // A named organisation speaking as such, with nobody speaking for it, keeps its -nya.
    [
      [
        'Menteri Pertahanan Rudi Hartawan meninjau lokasi. Militer Ruritania membenarkan serangan itu.',
        '“Serangan menargetkan gudang senjata,” katanya.',
      ],
      ['Militer Ruritania'],
    ],
    // An organisation acting after somebody spoke in its paragraph is what they report on; one
    // that reports (`menyatakan`), or opens a paragraph of its own, speaks for itself.
    [
      [
        'Kepala Dinas Pendidikan Kota Baru, Dedi Sumantri, menyebut sekolah rusak mencapai 200 unit. Pemerintah Kota Baru menyiapkan dana Rp 50 miliar. “Perbaikan dimulai bulan depan,” katanya.',
      ],
      ['Dedi Sumantri'],
    ],
    [
      [
        '“Sekolah rusak mencapai 200 unit,” kata Kepala Dinas Pendidikan Kota Baru Dedi Sumantri. Badan Pangan Nasional menyalurkan 20 ton beras ke lokasi. “Bantuan akan terus ditambah,” ujarnya.',
      ],
      ['Dedi Sumantri'],
    ],
    [
      [
        'Kepala Dinas Pendidikan Kota Baru, Dedi Sumantri, menyebut sekolah rusak mencapai 200 unit. Pemerintah Kota Baru menyatakan dana perbaikan sudah siap. “Perbaikan dimulai bulan depan,” katanya.',
      ],
      ['Pemerintah Kota Baru'],
    ],
    [
      [
        '“Sekolah rusak mencapai 200 unit,” kata Kepala Dinas Pendidikan Kota Baru Dedi Sumantri.',
        'Badan Pangan Nasional menyalurkan 20 ton beras ke lokasi. “Bantuan akan terus ditambah,” ujarnya.',
      ],
      ['Badan Pangan Nasional'],
    ],
    // A victim or suspect set off by commas after their role (`Korban, X (40),`) is talked
    // about, as `Korban X` is: the source before them goes on.
    [
      [
        'Ketua RT setempat, Wawan Sumardi, mengatakan korban dikenal ramah. Korban, Siti Maisaroh (40), tinggal sendirian sejak suaminya meninggal. “Kami semua kehilangan,” ujarnya.',
      ],
      ['Wawan Sumardi'],
    ],
    [
      [
        'Kapolsek Sukamaju Kompol Asep Sudrajat mengatakan pelaku sudah diamankan. Tersangka, Dodi Irawanto (25), sempat melarikan diri ke hutan. “Pelaku sudah kami tahan,” katanya.',
      ],
      ['Asep Sudrajat'],
    ],
    // A person with no role doing other than reporting (a scorer) opens no topic, even in the
    // quote's own paragraph: the source introduced before goes on speaking; one who reports does.
    [
      [
        'Pelatih Bintang Timur Rudi Hartono puas dengan hasil laga. Dimas Saputra menyarangkan gol penentu di menit ke-67. “Anak-anak bermain disiplin,” ujarnya.',
      ],
      ['Rudi Hartono'],
    ],
    [
      [
        'Coach Rudi Hartono praised his players after the match. Dimas Saputra scored twice in the second half. “The team played with discipline,” he said.',
      ],
      ['Rudi Hartono'],
    ],
    [
      [
        'Pelatih Rudi Hartono puas dengan hasil laga. Dimas Saputra mengatakan timnya layak menang. “Kami bermain sebagai tim,” ujarnya.',
      ],
      ['Dimas Saputra'],
    ],
    [
      ['Dimas Saputra mencetak dua gol dalam laga itu. “Saya senang bisa membantu tim,” ujarnya.'],
      ['Dimas Saputra'],
    ],
    // Opening the quote's paragraph before any source, such a person is its topic.
    [
      [
        'Ketua RT Budi Santoso mengatakan warga tetap tenang.',
        'Dimas Saputra tiba di lokasi pada pagi hari. “Rumah saya terendam,” ujarnya.',
      ],
      ['Dimas Saputra'],
    ],
    // A victim or a suspect doing other than reporting is talked about, not a new source; one
    // who reports (`Tersangka X mengaku …`) is. After a quote in the paragraph, a person with no
    // role opens no topic there either (`The victim, X, suffered …`).
    [
      [
        'Kapolsek Sukamaju Hendra Wijaya menjelaskan kronologi kejadian. Korban Lina Marlina mengalami luka di kepala. “Pelaku sudah kami tangkap,” ujarnya.',
      ],
      ['Hendra Wijaya'],
    ],
    [
      [
        'Kapolres Lembah AKBP Hendra Wijaya mengatakan kasus itu terungkap dari laporan warga. Tersangka Rendi Saputra menjual sabu kepada pelajar. “Barang bukti sudah kami sita,” katanya.',
      ],
      ['Hendra Wijaya'],
    ],
    [
      [
        'Police chief Hendra Wijaya said the suspect was arrested on Friday. The victim, Lina Marlina, suffered head wounds. “We have enough evidence,” he said.',
      ],
      ['Hendra Wijaya'],
    ],
    [
      [
        'Kapolres Lembah AKBP Hendra Wijaya mengatakan kasus itu terungkap dari laporan warga. Tersangka Rendi Saputra mengaku menyesal. “Saya khilaf,” katanya.',
      ],
      ['Rendi Saputra'],
    ],
    [
      [
        'Kapolsek Sukamaju Hendra Wijaya menjelaskan kronologi kejadian.',
        'Korban Lina Marlina mengaku masih trauma. “Saya takut keluar rumah,” ujarnya.',
      ],
      ['Lina Marlina'],
    ],
    // A cue that adds to a statement (`menambahkan`, `tambahnya`, `added`) continues the one who
    // last spoke or reported, past a person merely introduced since.
    [
      [
        'Ketua RT Budi Santoso mengatakan warga tenang. Camat Joko Pramono datang kemudian.',
        '“Kami akan berjaga,” ia menambahkan.',
      ],
      ['Budi Santoso'],
    ],
    [
      [
        '“Air mulai surut,” kata Kepala BPBD Garut Asep Mulyana.',
        'Bupati Garut Rudi Gunawan meninjau lokasi pada sore hari. “Warga sudah kembali,” tambahnya.',
      ],
      ['Asep Mulyana'],
    ],
    // A person presented once as a source (a role set off by commas before the name) opens a
    // topic at a later mention without the role, past another speaker.
    [
      [
        'Pelatih tim dayung Tirta Biru, Hendra Wijaya, menilai atletnya siap. “Kami sudah berlatih tiga bulan,” kata Hendra.',
        '“Dana untuk tim dayung sudah cair,” kata Ketua Pengprov Dayung Sinta Lestari.',
        'Hendra tetap menjadwalkan latihan tambahan setiap pagi.',
        '“Lawan di final lebih berpengalaman,” ucap dia.',
      ],
      ['Hendra Wijaya'],
    ],
    [
      [
        'Yoga Pratama, penjaga gawang tim itu, menilai lini belakang solid. “Kami kompak,” kata Yoga.',
        '“Tiket sudah habis terjual,” kata Ketua Panitia Laras Wening.',
        'Yoga kemudian kembali ke ruang ganti.',
        '“Lapangan basah, tapi kami siap,” ujarnya.',
      ],
      ['Yoga Pratama'],
    ],
    // Negative: a person the article never presents as a source is talked about.
    [
      [
        '“Tiket sudah habis terjual,” kata Ketua Panitia Laras Wening.',
        'Yoga mencetak dua gol pada babak pertama.',
        '“Penonton sangat tertib,” ujarnya.',
      ],
      ['Laras Wening'],
    ],
    // The previous speaker named again as a subject is no new topic person: a source named in
    // the quote's own sentence is.
    [
      [
        '“Saya senang bisa bermain di sini,” kata penyerang baru Doni Saputra.',
        'Doni merasa cocok dengan gaya bermain tim.',
        'Manajer Persada FC Hasan Mahfudz enggan menyebut nilai kontrak Doni. “Itu urusan kedua klub,” ujarnya.',
      ],
      ['Hasan Mahfudz'],
    ],
    // English: he/she follow the same model.
    [
      [
        'Rina Santoso said exports grew last year.',
        '“We expect more growth in the coming months,” she said.',
      ],
      ['Rina Santoso'],
    ],
    [
      [
        'Rina Santoso said exports grew last year. Tom Baker, a trade analyst, disagreed.',
        '“The real growth is smaller,” he said.',
      ],
      ['Tom Baker'],
    ],
    [
      [
        'Rina Santoso said exports grew last year. Tom Baker, a trade analyst, disagreed.',
        '“The real growth is smaller,” he added.',
      ],
      ['Rina Santoso'],
    ],
    [
      ['Rina Santoso said exports grew last year.', 'According to her, palm oil led the growth.'],
      ['Rina Santoso'],
    ],
  ])('%j', (paragraphs, speakers) => {
    expect(lastSpeakers(...paragraphs)).toEqual(speakers);
  });
});

describe('a person the last statement talked about, then narrated, does not take the next cue', () => {
  const cases: [string[], string[]][] = [
    [
      [
        'Jaksa penuntut umum Hendra Wiguna mengatakan terdakwa Darmin Saputra telah menerima suap dari kontraktor.',
        'Namun, Darmin datang terlambat ke sidang itu. “Kami akan memanggil paksa terdakwa,” ucap dia.',
      ],
      ['Hendra Wiguna'],
    ],
    [
      [
        '“Pemain kami bermain disiplin,” kata pelatih Persada FC Yusuf Hamdani. Ia memuji penyerang Rendi Saputra yang mencetak dua gol.',
        'Rendi kemudian ditarik keluar pada menit ke-80. “Kami butuh tenaganya di laga berikutnya,” ujarnya.',
      ],
      ['Yusuf Hamdani'],
    ],
    // Named in the statement, then the subject of a reporting verb: a source, who may go on.
    [
      [
        'Jaksa penuntut umum Hendra Wiguna mengatakan terdakwa Darmin Saputra telah menerima suap dari kontraktor.',
        'Darmin membantah tuduhan itu. “Saya tidak pernah menerima uang,” ucap dia.',
      ],
      ['Darmin Saputra'],
    ],
  ];
  test.each(cases)('%j', (paragraphs, speakers) => {
    expect(lastSpeakers(...paragraphs)).toEqual(speakers);
  });

  test('with denials no source, the denying person is only narrated', () => {
    const [paragraphs] = cases[2]!;
    expect(withFeaturesOff(['discourse.denialSource'], () => lastSpeakers(...paragraphs))).toEqual([
      'Hendra Wiguna',
    ]);
  });

  test('switched off, the narrated person takes the cue', () => {
    const [paragraphs] = cases[0]!;
    expect(
      withFeaturesOff(['discourse.talkedAboutLast'], () => lastSpeakers(...paragraphs)),
    ).toEqual(['Darmin Saputra']);
  });
});

describe('a pronoun or a name before the cue verb after a quote is the speaker', () => {
  test.each([
    ['“Kami akan berjaga sampai pagi,” ia menambahkan.', 'ia'],
    ['“Kami akan berjaga sampai pagi,” dia mengatakan.', 'dia'],
    ['“We will stay until morning,” she said.', 'she'],
    ['“We will stay until morning,” they added.', 'they'],
    ['“We will stay until morning,” Baker said.', 'Baker'],
    ['“We will stay until morning,” Baker declared.', 'Baker'],
  ])('%s', (line, mention) => {
    const { quotes } = analyzeBody('Tom Baker, seorang warga, menjaga pos ronda itu.', line);
    expect(quotes[quotes.length - 1]!.mention).toBe(mention);
  });
});

describe('the model is a linear score with named weights', () => {
  const none: AntecedentFeatures = blankFeatures();

  test('the score is the sum of weight × value', () => {
    const f = { ...none, lastSpeaker: 1, sentencesBack: 3 };
    expect(antecedentScore(f)).toBeCloseTo(WEIGHTS.lastSpeaker + 3 * WEIGHTS.sentencesBack);
  });

  test('a tie goes to the candidate mentioned last, then to the first listed', () => {
    const a = { features: { ...none, subject: 1 }, latest: 10 };
    const b = { features: { ...none, subject: 1 }, latest: 20 };
    expect(bestCandidate([a, b])).toBe(1);
    expect(bestCandidate([b, { ...b }])).toBe(0);
    expect(bestCandidate([])).toBe(-1);
  });

  test('a feature switched off weighs nothing', () => {
    const f = { ...none, lastSpeaker: 1 };
    expect(withFeaturesOff(['discourse.lastSpeaker'], () => antecedentScore(f))).toBe(0);
  });

  test('the agreement features outweigh every preference together', () => {
    const preferences = WEIGHTS.lastSpeaker + WEIGHTS.introducedSinceQuote + WEIGHTS.subject;
    for (const k of ['organisationForPerson', 'genderMismatch', 'place', 'numberMismatch'] as const)
      expect(-WEIGHTS[k]).toBeGreaterThan(preferences);
  });
});

describe('the role of a mention is read from the words around it', () => {
  /** The features of the candidate named `name` at the last choice the model made. */
  const featuresOf = (name: string, ...paragraphs: string[]) => {
    const decisions: Decision[] = [];
    runPipeline(paragraphs, bodyParagraphs(paragraphs, 0), emptyArticleInfo(), decisions);
    const d = decisions[decisions.length - 1]!;
    return d.candidates.find(c => c.entities.some(e => e.name === name))!.features;
  };
  const QUOTE = '“Kami menunggu hasilnya,” ujarnya.';

  test.each([
    ...CLAUSE_ROLE_CASES,
    ['Hakim memberi waktu kepada pengacara Rudi Hartono.', 'oblique'],
    ['Putusan itu, menurut jaksa, merugikan keluarga Rudi Hartono.', 'object'],
  ] as const)('%s → %s', (sentence, role) => {
    const f = featuresOf('Rudi Hartono', `${sentence} ${QUOTE}`);
    const roles = ['subject', 'cueSubject', 'passiveSubject', 'oblique'] as const;
    const on = roles.filter(r => f[r]);
    // An object (a verb's object, a possessor, a person talked about) carries none of them.
    if (role === 'cueSubject' || role === 'passiveSubject') expect(on).toEqual(['subject', role]);
    else expect(on).toEqual(role === 'object' ? [] : [role]);
  });
});

describe('each choice can explain itself', () => {
  test('the antecedent of a -nya mention, with the paragraph it was named in', () => {
    const paragraphs = [
      'Kepala Dinas Pendidikan Wulan Pertiwi mengatakan sekolah dibuka pekan depan.',
      'Seluruh guru sudah divaksin.',
      '“Kami siap menerima murid,” ujarnya.',
    ];
    const decisions: Decision[] = [];
    runPipeline(paragraphs, bodyParagraphs(paragraphs, 0), emptyArticleInfo(), decisions);
    const d = decisions[decisions.length - 1]!;
    expect(d.kind).toBe('nya');
    const chosen = d.candidates[d.chosen]!;
    expect(chosen.entities.map(e => e.name)).toEqual(['Wulan Pertiwi']);
    expect(chosen.via).toBe('speaker');
  });
});
