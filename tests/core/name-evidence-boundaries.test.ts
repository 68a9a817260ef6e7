import { describe, expect, test } from 'vitest';
import { withFeaturesOff, type FeatureName } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** Every quote's speakers, joined, in text order; paragraphs are separated by ` || `. */
const speakersOf = (text: string): string[] =>
  analyzeBody(...text.split(' || ')).quotes.map(q => q.speakers.join(' + '));

/** Each row: the feature, the text, the speaker of every quote; the row fails with the feature off. */
const rows: [FeatureName, string, string[]][] = [
  // A lone word after a bracketed acronym before a cue is the body's seat, no name used alone.
  [
    'names.model.seatAfterBracket',
    'Kejaksaan Negeri (Kejari) Blora menyatakan telah menerima laporan. || Inspektur Kabupaten Blora R Suharyono mengatakan, dana desa diaudit.',
    ['Kejaksaan Negeri (Kejari) Blora', 'R Suharyono'],
  ],
  [
    'names.model.seatAfterBracket',
    'Inspektur Kabupaten Sragen Andi Pratama mengatakan, temuan sudah diserahkan. || Kejaksaan Negeri (Kejari) Sragen menyatakan akan memanggil saksi.',
    ['Andi Pratama', 'Kejaksaan Negeri (Kejari) Sragen'],
  ],
  // A capitalised common noun the article also writes in lowercase opens the sentence, not the name.
  [
    'names.model.commonNounOpensSentence',
    'Tangan Darsono cekatan membalik sate. Kedua tangan itu sudah keriput. || “Saya sudah lama di sini,” kata Darsono.',
    ['Darsono'],
  ],
  [
    'names.model.commonNounOpensSentence',
    'Kisah Sukardi dikenal para pelanggan. Ia tidak pernah menceritakan kisah itu. || “Saya hanya berjualan,” ujar Sukardi.',
    ['Sukardi'],
  ],
  // A word no lexicon knows before a name the article wrote before ever writing that word opens
  // the sentence, not the name: a person is named in full first.
  [
    'names.model.nounBeforeKnownName',
    'Putri sulungnya, Wartinah Sekarwangi, kini berlatih angkat besi. “Saya ingin juara,” kata Wartinah. || Bakat Wartinah pertama kali dilirik guru olahraganya. “Sejak kecil saya suka angkat beban,” katanya.',
    ['Wartinah Sekarwangi', 'Wartinah Sekarwangi'],
  ],
  [
    'names.model.nounBeforeKnownName',
    'Jonaedi Tumangger sudah tiga tahun berjualan kopi keliling. “Pagi saya di pasar,” kata Jonaedi. || Semangat Jonaedi tidak pernah padam. “Saya harus kuat untuk anak-anak,” ujarnya.',
    ['Jonaedi Tumangger', 'Jonaedi Tumangger'],
  ],
  // An emphatic pronoun presents the name after it.
  [
    'names.emphaticPresenter',
    'Seorang perempuan berkebaya merapikan dagangan jamu di teras. Dialah Kartinah, 57 tahun, penjual jamu gendong. || “Resepnya warisan nenek saya,” katanya.',
    ['Kartinah'],
  ],
  // A lone word the article also writes in lowercase (`indah`) is still the given name that opens
  // a person's full name earlier in the article.
  [
    'names.model.givenHere',
    'Penata tari Indah Kusumaningrum memimpin gladi bersih sejak pagi. || “Gerakan mereka indah sekali,” ujar penonton Rina Lestari. || Selepas gladi, Indah mengumpulkan para penari. “Malam nanti jangan gugup,” kata Indah.',
    ['Rina Lestari', 'Indah Kusumaningrum'],
  ],
  // A place after a preposition right before the cue ends a relative clause, not the subject.
  [
    'names.relativeOverPlace',
    'Rudi Hartono yang hadir di Demak menyatakan status tanggap darurat ditetapkan.',
    ['Rudi Hartono'],
  ],
  [
    'names.relativeOverPlace',
    'Gubernur Jawa Tengah Rudi Hartono yang meninjau pengungsian di Demak menyatakan status tanggap darurat ditetapkan.',
    ['Rudi Hartono'],
  ],
  // Before a cue too, the short form closing an office's field list is its alias: one body
  // (names.fieldListOffice reads it there as it does elsewhere).
  [
    'names.fieldListOffice',
    'Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi (Kemendes PDTT) menyatakan dana desa cair. || Kemendes PDTT juga mengingatkan kepala desa wajib melapor.',
    [
      'Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi',
      'Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi',
    ],
  ],
  // A place form ending an organisation's name is its seat, not its name.
  [
    'cast.organisationSeatForm',
    'Kantor Wilayah Kementerian Hukum dan HAM (Kanwil Kemenkumham) Jawa Timur dalam keterangan resminya menyampaikan pihaknya akan membina warga binaan di lapas-lapas di Jawa Timur.',
    ['Kantor Wilayah Kementerian Hukum dan HAM Jawa Timur'],
  ],
];

describe('name boundaries from the article’s own evidence (names31)', () => {
  test.each(rows)('%s: %s', (feature, text, speakers) => {
    expect(speakersOf(text)).toEqual(speakers);
    expect(withFeaturesOff([feature], () => speakersOf(text))).not.toEqual(speakers);
  });

  test('a doctor heading an unnamed hospital keeps a given name after the honorific', () => {
    expect(
      speakersOf(
        'Direktur RSUD dr Budi Santoso mengatakan, pasien bertambah. || “Kami kewalahan,” kata Santoso.',
      ),
    ).toEqual(['Budi Santoso', 'Budi Santoso']);
  });

  // names.typoMatch: no one misspells a name not given yet, so a lone name written before the
  // person near it in spelling is introduced is a person of its own.
  test('a lone name written before a near name is introduced is no slip for it', () => {
    expect(
      speakersOf(
        '“Saya angkat koper sejak muda,” kata Darsono. || Darsono bekerja sejak 1998. || Manajer Pelabuhan Rudi Harsono mengatakan, porter akan dibantu. || “Anak saya kuliah,” ujar Darsono.',
      ),
    ).toEqual(['Darsono', 'Rudi Harsono', 'Darsono']);
  });

  // names.model.nounBeforeKnownName reads only a word that opens a name given in full: a family
  // name used alone may follow another person's given name.
  test.each([
    'Petani muda Rinaldo Tumangger mengatakan, “Harga pupuk naik.”',
    'Bintang Tumangger, putranya, mengatakan, “Harga pupuk naik.”',
  ])('another person of the same family stays apart: %s', line => {
    const intro = 'Jonaedi Tumangger menanam kopi sejak 1990. “Kami rugi,” kata Tumangger.';
    expect(speakersOf(`${intro} || ${line}`)[1]).not.toBe('Jonaedi Tumangger');
  });

  test('a capital `A` opening an English sentence stays the article', () => {
    expect(speakersOf('A Jakarta resident said the flood came fast.')).toEqual(['']);
  });
});
