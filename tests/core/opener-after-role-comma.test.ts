import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody, roleCreditedTo } from './summarize';

/** The role of the speaker whose name holds `word`, read from an invented paragraph. */
const roleOf = (word: string, intro: string) =>
  roleCreditedTo(word, intro, 'Kami akan mengawal anggaran itu');

/** [the sentence introducing the person, the word a quote names them by, the role]. */
const ROWS: readonly (readonly [intro: string, word: string, role: string])[] = [
  [
    'Ketua Fraksi PKB DPRD Bener Meriah, Lalu Rudi Hartawiryo, menilai pemangkasan itu keliru.',
    'Rudi',
    'Ketua Fraksi PKB DPRD Bener Meriah',
  ],
  [
    'Direktur Jenderal Bina Marga Kementerian Pekerjaan Umum, A Rudi Hartawiryo, mengatakan rencana itu dibahas pekan depan.',
    'Rudi',
    'Direktur Jenderal Bina Marga Kementerian Pekerjaan Umum',
  ],
  [
    'Wakil Ketua DPRD Kaltara, A. Rina Sulastri, sempat menemui mahasiswa di depan gedung.',
    'Rina',
    'Wakil Ketua DPRD Kaltara',
  ],
  [
    'Wakil Ketua DPRD Kaltara, Hj. A. Rina Sulastri, sempat menemui mahasiswa di depan gedung.',
    'Rina',
    'Wakil Ketua DPRD Kaltara',
  ],
];

// names.model.openerAfterComma: the role before the comma may end in a number or a bracketed
// short form, not only in a word; the name set off after it keeps its opener.
const CLOSED_ROLES: readonly string[] = [
  'Ketua RT 05, Lalu Budi Fauzan, menilai anggaran itu kurang.',
  'Kepala Dinas Pekerjaan Umum (DPU), Lalu Budi Fauzan, menilai anggaran itu kurang.',
  'Kepala Bidang Anggaran (Kabid), Lalu Budi Fauzan, menilai anggaran itu kurang.',
];

/** The speakers of the paragraph's first statement. */
const firstSpeakers = (paragraph: string) => analyzeBody(paragraph).quotes[0]?.speakers;

describe('a capitalised `Lalu` after a comma closing a role that ends in a number or a short form opens the name', () => {
  test.each(CLOSED_ROLES)('%s', paragraph => {
    expect(firstSpeakers(paragraph)).toEqual(['Lalu Budi Fauzan']);
    const off = withFeaturesOff(['names.model.openerAfterComma'], () => firstSpeakers(paragraph));
    expect(off).not.toEqual(['Lalu Budi Fauzan']);
  });
});

describe('an initial or title spelling a common word between the role’s comma and the name keeps the role', () => {
  test.each(ROWS)('%s', (intro, word, role) => expect(roleOf(word, intro)).toBe(role));
  // A dotted `A.` is also read into the name's run (names.initialsKept), which keeps the role too.
  test('switched off, none of them had the role', () => {
    for (const [intro, word, role] of ROWS) {
      // names.model.openerAfterComma opens the run at a capitalised `Lalu` after the comma too.
      const off = withFeaturesOff(
        ['cast.openerAfterRoleComma', 'names.initialsKept', 'names.model.openerAfterComma'],
        () => roleOf(word, intro),
      );
      expect(off).not.toBe(role);
    }
  });
  test('an initial that is a run word already (`B.`) had the role without it', () => {
    const intro = 'Wakil Ketua DPRD Kaltara, B. Rina Sulastri, sempat menemui mahasiswa.';
    const off = withFeaturesOff(['cast.openerAfterRoleComma'], () => roleOf('Rina', intro));
    expect(off).toBe('Wakil Ketua DPRD Kaltara');
  });
});

describe('`Lalu` opening a sentence is still the conjunction', () => {
  test('no speaker is read from it', () => {
    const { speakers } = analyzeBody(
      'Kepala Dinas Pertanian Cempaka, Rudi Hartawiryo, meninjau sawah. Lalu Rudi menemui petani.',
      '“Panen tahun ini bagus,” kata Rudi.',
    );
    expect(speakers.map(s => [s.name, s.role])).toEqual([
      ['Rudi Hartawiryo', 'Kepala Dinas Pertanian Cempaka'],
    ]);
  });
});
