import { describe, expect, test } from 'vitest';
import { withFeaturesOff, type FeatureName } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/**
 * A switch that refines another reading tests its own condition, not behind the other's: with the
 * broader switch off the narrower reading still holds, and with the narrower one off it is gone,
 * so `npm run eval -- --ablate` measures each alone.
 */

/** The role the engine gives the speaker `name` of invented paragraphs (null: none, or no such speaker). */
const roleOf = (name: string, ...paragraphs: string[]) =>
  analyzeBody(...paragraphs).speakers.find(s => s.name === name)?.role ?? null;

const QUOTE = '“Kami sudah menunggu lama,” kata';

type RoleRow = [string, FeatureName, FeatureName, string, string, string];

describe('a narrower role reading stands without the broader one', () => {
  test.each<RoleRow>([
    [
      'an age before the appositive role',
      'cast.appositiveRole',
      'cast.agedAppositiveRole',
      'Sejak subuh Yohana Sitepu (42), warga Kelurahan Mekarsari, menunggu di loket.',
      'Yohana Sitepu',
      'warga Kelurahan Mekarsari',
    ],
    [
      'a lowercase title between the role’s comma and the name',
      'cast.roleBeforeComma',
      'cast.titleAfterRoleComma',
      'Direktur Utama RSUD Karangsari, dr Melati Anggraini, menyebut operasi itu yang pertama.',
      'Melati Anggraini',
      'Direktur Utama RSUD Karangsari',
    ],
    [
      'a description shared by a pair, not counted',
      'cast.countedListRole',
      'cast.sharedDescriptionRole',
      'Kuasa hukum terdakwa, Bonar Silitonga dan Yusuf Habibi, menilai tuntutan itu berat.',
      'Yusuf Habibi',
      'Kuasa hukum terdakwa',
    ],
    [
      // Not closed by a comma, so the description is counted, not shared.
      'a counted description before the pair’s second name',
      'cast.roleBeforeComma',
      'cast.countedListRole',
      'Dua perawat, Agnes Wonda dan Rosa Kogoya mengatakan pasien terus berdatangan.',
      'Rosa Kogoya',
      'perawat',
    ],
  ])('%s: without %s it holds, without %s it is gone', (_, broad, narrow, text, person, role) => {
    // The quote in a paragraph of its own, so only the introduction's reading gives the role.
    const said = `${QUOTE} ${person.split(' ')[0]}.`;
    expect(roleOf(person, text, said)).toBe(role);
    expect(withFeaturesOff([broad], () => roleOf(person, text, said))).toBe(role);
    expect(withFeaturesOff([narrow], () => roleOf(person, text, said))).not.toBe(role);
  });
});

describe('an office acronym read as a one-word name stands without the title-acronym reading', () => {
  const paragraphs = [
    'Atase Perikanan dan Kelautan (Atkanla) KBRI Oslo Haris Munandar mengatakan ekspor udang naik.',
    '“Permintaan dari Eropa terus tumbuh tahun ini,” kata Atkanla.',
  ];
  /** Whether the acronym's quote goes to whoever the introduction's quote went to. */
  const sameSpeaker = () => {
    const [intro, quote] = analyzeBody(...paragraphs).quotes;
    return !!intro?.speakers.length && quote?.speakers.join() === intro.speakers.join();
  };

  test('discourse.acronymNamed alone', () => {
    expect(sameSpeaker()).toBe(true);
    expect(withFeaturesOff(['discourse.titleAcronym'], sameSpeaker)).toBe(true);
    expect(withFeaturesOff(['discourse.acronymNamed'], sameSpeaker)).toBe(false);
  });
});

describe('a paragraph opened by the source frame stands without the pronoun opening', () => {
  const paragraphs = [
    'Di Desa Sukamaju, warga bertahan di rumah. Wartini (41) mengaku belum bisa membuka warungnya sejak Senin.',
    'Menurut Wartini, hujan tahun ini turun lebih awal. Suaminya, Tarjo (45), kini bekerja serabutan.',
    '“Biasanya baru bulan depan,” tutur dia.',
  ];
  const speaker = () =>
    analyzeBody(...paragraphs)
      .quotes.at(-1)
      ?.speakers.join() ?? '';

  test('discourse.framedNameOpened alone', () => {
    expect(speaker()).toBe('Wartini');
    expect(withFeaturesOff(['discourse.pronounOpened'], speaker)).toBe('Wartini');
    expect(withFeaturesOff(['discourse.framedNameOpened'], speaker)).toBe('Tarjo');
  });
});

describe('a circumstance after an appositive name stands without the bare-name reading', () => {
  const line =
    'Kepala Dinas Perikanan, Wening Prameswari, saat ditemui di dermaga mengakui stok es balok menipis.';
  /** The speakers of the line's reported statements. */
  const speakers = () => analyzeBody(line).quotes.map(q => q.speakers.join(' + '));

  test('reported.circumstanceAfterAppositive alone', () => {
    expect(speakers()).toEqual(['Wening Prameswari']);
    expect(withFeaturesOff(['reported.circumstanceAside'], speakers)).toEqual([
      'Wening Prameswari',
    ]);
    expect(withFeaturesOff(['reported.circumstanceAfterAppositive'], speakers)).not.toEqual([
      'Wening Prameswari',
    ]);
  });
});

describe('a companion by role stands without the kin companion reading', () => {
  const paragraphs = [
    'Camat Sukamaju, Herman Syah, meninjau lokasi longsor pada Selasa bersama Kepala Desa Cibodas, Rudi Hartawan.',
    '"Kami akan membangun jalur darurat secepatnya," kata mereka.',
  ];
  const speakers = () => analyzeBody(...paragraphs).quotes.at(-1)?.speakers ?? [];

  test('discourse.companionRole alone', () => {
    expect(speakers()).toEqual(['Herman Syah', 'Rudi Hartawan']);
    expect(withFeaturesOff(['discourse.companionGroups'], speakers)).toEqual([
      'Herman Syah',
      'Rudi Hartawan',
    ]);
    // The companion set off after the comma also reads as a second clause subject beside the
    // person (discourse.subjectsTogether), which gives the same pair: off with it.
    const off = ['discourse.companionRole', 'discourse.subjectsTogether'] as const;
    expect(withFeaturesOff([...off], speakers)).not.toEqual(['Herman Syah', 'Rudi Hartawan']);
  });
});
