import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

// An office acronym no lexicon knows is read at its cue as a one-word name (`kata Kadisdukcapil`);
// it still means the person the article introduced with it (discourse.acronymNamed).
describe('an office acronym read as a one-word name means the person introduced with it', () => {
  test.each([
    // Defined in brackets in the role, then used alone.
    [
      [
        'Atase Pertanian dan Kehutanan (Atanhut) KBRI Tokyo Gunawan Hadisaputra mengatakan ekspor kopi naik.',
        '“Permintaan dari Eropa terus tumbuh tahun ini,” kata Atanhut.',
      ],
      ['Gunawan Hadisaputra'],
    ],
    // `Ka` for `Kepala` and the office's own bracketed acronym.
    [
      [
        'Kepala Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil) Kota Lembah Sari Rahayu mengatakan antrean mulai berkurang.',
        'Kadisdukcapil meminta warga mengurus dokumen secara daring.',
      ],
      ['Sari Rahayu'],
    ],
    // Opening the capitalised run that ends in the name, then alone.
    [
      [
        '“Kapal itu kami kejar sampai perbatasan,” kata Dirpolairud Polda Nusa Kombes Pol Andreas Lumintang.',
        'Dirpolairud memastikan dua awak kapal masih diperiksa.',
      ],
      ['Andreas Lumintang'],
    ],
    // With the place of the office after it, written in the introduction too.
    [
      [
        'Kepala Dinas Kesehatan (Kadinkes) Kabupaten Lembah Marlina Putri mengatakan kasus diare turun.',
        'Kadinkes Lembah mengimbau warga merebus air minum.',
      ],
      ['Marlina Putri'],
    ],
  ])('%j', (paragraphs, speakers) => {
    expect(lastSpeakers(...paragraphs)).toEqual(speakers);
    expect(
      withFeaturesOff(['discourse.acronymNamed'], () => lastSpeakers(...paragraphs)),
    ).not.toEqual(speakers);
  });

  test.each([
    // A one-word name joined to another person by `dan` is a second person, not an office.
    [
      'Warga Desa Sukamaju, Darsimin dan Hendra Wijaya, mengatakan sawah mereka kering.',
      '“Sudah dua bulan tidak ada air,” kata Darsimin.',
    ],
    // An acronym the article never wrote nor spelled out means nobody introduced.
    [
      'Kepala Dinas Kesehatan (Dinkes) Kabupaten Lembah Marlina Putri mengatakan kasus diare turun.',
      '“Jalan desa sudah kami perbaiki,” kata Kadisperkim.',
    ],
  ])('%s … %s keeps its own reading', (intro, quote) => {
    const speakers = lastSpeakers(intro, quote);
    expect(speakers).not.toContain('Hendra Wijaya');
    expect(speakers).not.toContain('Marlina Putri');
  });
});

// A role head before an organisation's bracketed acronym (`Kepala Kanpra`) is read as a role and a
// one-word name; it means the person whose introduction wrote that acronym in brackets
// (discourse.bracketedOffice).
describe('a role head before an office acronym the introduction wrote in brackets', () => {
  const intro =
    'Kepala Kantor Penanggulangan dan Rehabilitasi (Kanpra) Magelang, Rudi Gunawan Saputra, mengatakan tim sudah dikirim sejak pagi.';
  test.each([
    ['Kepala Kanpra menambahkan pencarian dihentikan karena hujan turun lagi.'],
    ['“Keselamatan tim juga harus kami pikirkan,” kata Kepala Kanpra.'],
  ])('%s', line => {
    expect(lastSpeakers(intro, line)).toEqual(['Rudi Gunawan Saputra']);
    expect(
      // `Kanpra` is also made from the spelled-out office, `Penanggulangan` giving its initial
      // before `dan` (names.acronymJoinedInitial): off with it.
      withFeaturesOff(['discourse.bracketedOffice', 'names.acronymJoinedInitial'], () =>
        lastSpeakers(intro, line),
      ),
    ).not.toEqual(['Rudi Gunawan Saputra']);
  });

  test('another role head than the introduction wrote means nobody introduced', () => {
    const line = '“Keselamatan tim juga harus kami pikirkan,” kata Sekretaris Kanpra.';
    expect(lastSpeakers(intro, line)).not.toEqual(['Rudi Gunawan Saputra']);
  });
});
