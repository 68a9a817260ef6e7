import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';
import { withFeaturesOff } from '../../core/engine/features';

/** Each quote's speakers, in order. */
const speakers = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.map(q => q.speakers);

/** A named speaker before, so a wrong reading of the next subject hands `-nya` back to her. */
const EARLIER =
  'Kepala Dinas Perhubungan Kota Melati, Ratna Dewi Lestari, mengatakan jalan itu dibuka pekan depan. “Kami sudah siapkan rambu,” kata Ratna.';

const QUOTE = '“Pembeli sekarang sepi sekali. Kadang seharian cuma laku sepuluh mangkuk,” ujarnya.';

describe('`Name (age), description, cue`: the name before its age is the subject and the topic', () => {
  test.each([
    // A place closes the description: it is no subject.
    [
      'Sukardi (52), pedagang bakso asal Kebumen, mengaku omzetnya turun sejak jalan ditutup.',
      'Sukardi',
    ],
    // A street with a number closes it.
    [
      'Sukardi (52), warga Jalan Kenanga Km 7, mengaku omzetnya turun sejak jalan ditutup.',
      'Sukardi',
    ],
    // A full name.
    [
      'Wagiman Sastro (61), penjual jamu keliling dari Desa Sumberrejo, mengaku pelanggannya berkurang.',
      'Wagiman Sastro',
    ],
    // Another person named inside the description owns that role, not the statement.
    [
      'Sukardi (52), ayah dari Bayu Saputra, mengaku omzetnya turun sejak jalan ditutup.',
      'Sukardi',
    ],
  ])('%s', (line, name) => {
    // The indirect statement of the line and the `-nya` after it.
    expect(speakers(EARLIER, line, QUOTE).slice(-2)).toEqual([[name], [name]]);
  });

  test('switched off, the place inside the description is read as the subject', () => {
    const got = withFeaturesOff(['names.describedAfterNote'], () =>
      speakers(
        EARLIER,
        'Sukardi (52), pedagang bakso asal Kebumen, mengaku omzetnya turun sejak jalan ditutup.',
      ),
    );
    expect(got.at(-1)).not.toEqual(['Sukardi']);
  });
});

describe('what is no name before its age stays out (negative cases)', () => {
  test('a lowercase word before the bracket is no name: the subject is not read off it', () => {
    const got = speakers(
      EARLIER,
      'Seorang pedagang (52), warga Jalan Kenanga Km 7, mengaku omzetnya turun sejak jalan ditutup.',
    );
    expect(got.at(-1)).not.toContain('Kenanga');
    expect(got.at(-1)).not.toContain('Ratna Dewi Lestari');
  });
});
