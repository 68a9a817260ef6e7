import { describe, expect, test } from 'vitest';
import { readArticle } from '../../core/engine/pipeline';
import { bodyParagraphs } from '../../core/engine/text/paragraphs';
import { CLAUSE_ROLE_CASES } from './clause-role-cases';
import { lastSpeakers } from './summarize';

/** The sentence role the one reading of mentions gives the name `name`. */
function roleOf(name: string, ...paragraphs: string[]): string | undefined {
  const { cast } = readArticle(bodyParagraphs(paragraphs, 0));
  return cast.records.find(r => r.ref?.name === name)?.sentenceRole;
}

describe('each mention record carries how it stands in its clause', () => {
  test.each([
    ...CLAUSE_ROLE_CASES,
    // The agent of a passive reporting verb reports: `Hal itu disampaikan X`.
    ['Hal itu disampaikan Rudi Hartono di Bandung.', 'cueSubject'],
    ['Hal itu diungkapkan oleh Rudi Hartono di Bandung.', 'cueSubject'],
    ['Gol itu dicetak oleh Rudi Hartono.', 'oblique'],
    // The subject of a subordinate clause of time is a subject too.
    ['Saat Rudi Hartono tiba di lokasi, warga sudah berkumpul.', 'subject'],
    ['Ketika pengacara Rudi Hartono dipanggil, sidang sudah usai.', 'passiveSubject'],
    // …and one being interviewed there is about to speak (discourse.interviewed).
    ['Ketika pengacara Rudi Hartono ditanya, sidang sudah usai.', 'cueSubject'],
    ['When Rudi Hartono arrived, the residents had gathered.', 'subject'],
    ['Sementara itu, saat Rudi Hartono tiba, wartawan sudah pulang.', 'subject'],
    // …but one inside a main clause about something else opens no topic (discourse.subordinateOpens).
    ['Klub belum menemukan pengganti setelah bek senior Rudi Hartono pensiun.', 'object'],
    ['Warga sudah pulang ketika Rudi Hartono tiba di lokasi.', 'object'],
    // A nickname inside a description opening its sentence names that sentence's subject…
    [
      'Tukang las yang akrab disapa Rudi Hartono itu sudah membangun bengkel selama 20 tahun.',
      'subject',
    ],
    ['Pelatih yang biasa dipanggil Rudi Hartono itu menilai timnya siap.', 'cueSubject'],
    // …not one inside the object of a verb, or closing no description.
    ['Warga memuji pria yang akrab disapa Rudi Hartono itu.', 'object'],
    ['Warga memuji pria yang akrab disapa Rudi Hartono itu karena ramah.', 'object'],
    ['Tukang las yang akrab disapa Rudi Hartono sudah membangun bengkel.', 'object'],
    // A member of a list of names after a comma is no clause subject.
    ['Tim diperkuat Andi Wijaya, Rudi Hartono, dan Joko Pramono.', 'object'],
    ['Gol dicetak Andi Wijaya, Rudi Hartono dan Joko Pramono.', 'object'],
    ['Tim diperkuat Andi Wijaya, Budi Santoso, Rudi Hartono, dan Joko Pramono.', 'object'],
    ['Tim diperkuat Andi Wijaya, Rudi Hartono, Budi Santoso, dan Joko Pramono.', 'object'],
    // …a list that a joining word closes: a comma and a capitalised word (a day, a place) after a
    // name set off by commas is no list.
    ['Kuasa hukum Andi Wijaya, Rudi Hartono, Kamis (4/7), menghadiri sidang itu.', 'subject'],
    // A name inside the role of the person before it owns that role; it is not the subject.
    ['Budi Santoso, kuasa hukum Rudi Hartono, menghadiri sidang itu.', 'object'],
    // …but a name set off by commas after a role is that role's holder, the subject.
    ['Kuasa hukum Andi Wijaya, Rudi Hartono, menghadiri sidang itu.', 'subject'],
    // A name leading its sentence (no verb, preposition or cue before it) with a verb right after
    // it is the subject, though a lowercase role word stands before it (discourse.leadingSubject)…
    ['Kapten tim Rudi Hartono merasa rekan-rekannya kelelahan.', 'subject'],
    ['Bendahara koperasi Rudi Hartono juga menilai iuran itu terlalu kecil.', 'cueSubject'],
    ['Pemandu wisata senior asal Lembang Rudi Hartono, MSi menyambut rombongan.', 'subject'],
    // A relative named inside an adjunct (`bersama suaminya, X,`) is no subject
    // (discourse.obliqueAppositive); the relative opening the sentence is.
    ['Ia bersama suaminya, Rudi Hartono, menyelamatkan barang ke lantai dua.', 'oblique'],
    ['Sari datang dengan pengacaranya, Rudi Hartono, ke kantor polisi.', 'oblique'],
    ['Ia didampingi pengacaranya, Rudi Hartono.', 'object'],
    ['Sari menelepon suaminya, Rudi Hartono, untuk meminta bantuan.', 'object'],
    ['Suaminya, Rudi Hartono, menyelamatkan barang ke lantai dua.', 'subject'],
    // A subject whose predicate says it did not speak is talked about (discourse.silentSubject).
    ['Bupati Rudi Hartono belum bisa dimintai konfirmasi.', 'passiveSubject'],
    ['Rudi Hartono tidak hadir dalam pertemuan itu.', 'passiveSubject'],
    ['Rudi Hartono enggan berkomentar soal kasus itu.', 'passiveSubject'],
    ['Rudi Hartono tidak menjawab pesan yang dikirim wartawan.', 'passiveSubject'],
    ['Rudi Hartono tidak setuju dengan rencana itu.', 'subject'],
    ['Di tempat terpisah, Rudi Hartono, warga setempat, mengaku kecewa.', 'cueSubject'],
    // …an English past tense after it too (discourse.englishLeadingVerb).
    ['Bali United coach Rudi Hartono praised his players after the match.', 'subject'],
    ['The club thanked coach Rudi Hartono for his work.', 'object'],
    // …past a bracketed age, sex or alias after the name.
    ['Gelandang muda Rudi Hartono (19) mengaku belum puas.', 'cueSubject'],
    ['Penjual sayur keliling Rudi Hartono (45/L) menolak pindah.', 'subject'],
    ['Ketua panitia Rudi Hartono (RH) membuka acara itu.', 'subject'],
    // …but not after a verb or a preposition, nor with no verb right after it.
    ['Panitia memuji kapten tim Rudi Hartono menjelang final.', 'object'],
    ['Warga yang ditemui tim Rudi Hartono menyambut rombongan.', 'object'],
    ['Kapten tim Rudi Hartono dan pelatihnya tiba lebih dulu.', 'object'],
  ] as const)('%s → %s', (sentence, role) => {
    expect(roleOf('Rudi Hartono', sentence)).toBe(role);
  });
});

describe('a person merely mentioned does not take the last cue subject’s quote', () => {
  test.each([
    // Goal scorers in a list, or named without a role doing something other than speaking.
    [
      [
        '“Kami bermain baik,” kata pelatih Persikabo Dedi Santoso.',
        'Gol dicetak Rudi Hartono, Andi Wijaya, dan Joko Pramono. “Tim bekerja keras,” ujarnya.',
      ],
      ['Dedi Santoso'],
    ],
    [
      [
        'Pelatih tim tamu Dedi Santoso mengaku puas dengan permainan timnya.',
        'Rudi Hartono membuka keunggulan pada menit ke-12 sebelum Andi Wijaya menambah gol.',
        '“Para pemain bekerja keras,” ujarnya.',
      ],
      ['Dedi Santoso'],
    ],
    // A person the quote itself talks about is not the one talking.
    [
      [
        '“Kami bermain baik,” kata pelatih Persikabo Dedi Santoso.',
        'Pada menit ke-80, Rudi Hartono mencetak gol. “Rudi pemain yang matang,” katanya.',
      ],
      ['Dedi Santoso'],
    ],
    // A nickname inside the description that opens a sentence is its new subject.
    [
      [
        '“Api datang dari gudang sebelah,” kata Kapolsek Rudi Hartono.',
        'Pemilik bengkel, H Sarman Wiro Jaya, tak bisa menahan air mata ketika dikunjungi. Tukang las yang akrab disapa Wiro Jaya itu sudah membangun bengkel tersebut selama 20 tahun.',
        '“Semua alat saya habis,” kata dia.',
      ],
      // The full name, written alone after the comma, is the canonical one (GUIDELINES: the
      // fullest form; `Wiro Jaya`, the name he is called by, is its alias: cast.bareFullName).
      ['Sarman Wiro Jaya'],
    ],
    // A cue inserted between commas is not about the one named before it in its sentence.
    [
      [
        'Pengamat politik Universitas Nusa Budi Hartono menilai koalisi itu rapuh.',
        'Presiden Joko Pramono, lanjutnya, harus memperhitungkan hal itu. “Sejarah menunjukkan begitu,” tuturnya.',
      ],
      ['Budi Hartono'],
    ],
    // …also with the pronoun it names its speaker by (`, kata dia,`).
    [
      [
        'Pengamat politik Universitas Nusa Budi Hartono menilai koalisi itu rapuh.',
        'Presiden Joko Pramono, kata dia, harus memperhitungkan hal itu.',
      ],
      ['Budi Hartono'],
    ],
    [
      [
        'Trade analyst Tom Baker said exports were weak.',
        'Minister Rina Santoso, he said, should act now. “The numbers are clear,” he added.',
      ],
      ['Tom Baker'],
    ],
    // The person a paragraph opens with, after a lowercase role word, is who `ia` means next.
    [
      [
        '“Lapangan licin sekali,” kata pelatih Persikota Dedi Santoso.',
        'Kapten tim Rudi Hartono merasa rekan-rekannya kelelahan. Namun, ia menegaskan semangat tim tetap tinggi.',
      ],
      ['Rudi Hartono'],
    ],
    // A person named inside a subordinate clause that closes a sentence about something else is
    // not who `dia` means: the sentence before it opened with the topic.
    [
      [
        '“Bola harus mengalir lebih cepat,” kata pelatih Persikota Dedi Santoso.',
        'Di sisi lain, manajer tim Andi Wijaya masih memikirkan lini belakang. Klub belum punya penjaga gawang cadangan setelah kiper lama Rudi Hartono pindah musim lalu.',
        '“Kami butuh waktu untuk mencari,” ucap dia.',
      ],
      ['Andi Wijaya'],
    ],
    // The owner of another person's role is not the subject of the reporting clause.
    [
      [
        'Budi Santoso, kuasa hukum Andi Wijaya, mengatakan kliennya siap diperiksa.',
        '“Klien kami kooperatif,” ujarnya.',
      ],
      ['Budi Santoso'],
    ],
  ])('%j', (paragraphs, speakers) => {
    expect(lastSpeakers(...paragraphs)).toEqual(speakers);
  });
});

describe('a new source takes the next pointing mention', () => {
  test.each([
    // Introduced as the subject of a subordinate clause of time.
    [
      [
        '“Air mulai surut,” kata Kepala BPBD Garut Asep Mulyana.',
        'Saat Bupati Garut Rudi Gunawan tiba di lokasi, warga sudah berkumpul. Ia mengatakan bantuan segera dikirim.',
      ],
      ['Rudi Gunawan'],
    ],
    // Introduced as the agent of a passive reporting verb.
    [
      [
        '“Harga naik terus,” kata Menteri Perdagangan Sari Wulandari.',
        'Hal senada disampaikan anggota Komisi VI DPR Budi Santoso. Menurutnya, pasokan harus ditambah.',
      ],
      ['Budi Santoso'],
    ],
    // Introduced with a role, doing something other than speaking.
    [
      [
        '“Harga naik terus,” kata Menteri Perdagangan Sari Wulandari.',
        'Sementara itu, anggota Komisi VI DPR Budi Santoso meninjau Pasar Induk.',
        '“Pasokan harus ditambah,” katanya.',
      ],
      ['Budi Santoso'],
    ],
    // Introduced with a description between commas after the name.
    [
      [
        '“Harga naik terus,” kata Menteri Perdagangan Sari Wulandari.',
        'Budi Santoso, pedagang beras di Pasar Induk, mengeluhkan sepinya pembeli.',
        '“Pembeli turun separuh,” katanya.',
      ],
      ['Budi Santoso'],
    ],
    [
      [
        '“Exports grew,” said trade minister Rina Santoso.',
        'Tom Baker, a trade analyst, disagreed. “The real growth is smaller,” he said.',
      ],
      ['Tom Baker'],
    ],
  ])('%j', (paragraphs, speakers) => {
    expect(lastSpeakers(...paragraphs)).toEqual(speakers);
  });
});
