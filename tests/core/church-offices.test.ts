import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers, speakerRoles } from './summarize';

/**
 * Protestant churches write an elder's or deacon's office short before the name (`St.` for Sintua,
 * `Pnt.` for Penatua, `Dkn.` for Diaken; lexicon/honorifics.ts): a title, out of the name, and
 * its dot ends no sentence (names.churchOfficeTitles). In capitals they are acronyms, and `St.`
 * after a name word is a Minang `Sutan` inside the name.
 */
const ROWS: readonly (readonly [paragraph: string, name: string])[] = [
  [
    'Penatua jemaat, St. Jonaedi Tumangger, mengatakan gereja membuka dapur umum bagi pengungsi.',
    'Jonaedi Tumangger',
  ],
  ['"Kami bergiliran menjaga posko," kata Pnt. Kusmawati Dalimunthe.', 'Kusmawati Dalimunthe'],
  ['Dkn. Surtaman Purba mengatakan bantuan dibagikan setelah ibadah Minggu.', 'Surtaman Purba'],
  [
    'Ketua panitia St. Jonaedi Tumangger mengatakan ibadah dimulai pukul sembilan.',
    'Jonaedi Tumangger',
  ],
  [
    'Sekretaris Majelis Jemaat GPIB Borong Pnt. Sukamto Purba mengatakan ibadah dimulai pukul sembilan.',
    'Sukamto Purba',
  ],
  ['Sintua Bramantyo Tumangger mengatakan hasil kebun kopi jemaat menurun.', 'Bramantyo Tumangger'],
];

const GUARDS: readonly (readonly [paragraph: string, name: string, role: string])[] = [
  [
    'Sekretaris Jenderal DKN Kusnandar Tumangger mengatakan rapat digelar pekan depan.',
    'Kusnandar Tumangger',
    'Sekretaris Jenderal DKN',
  ],
  [
    'Dosen Universitas Borong, Sukamto St. Mangkuto, mengatakan rapat digelar pekan depan.',
    'Sukamto St. Mangkuto',
    'Dosen Universitas Borong',
  ],
  [
    'Ketua ST Dharma Kerti, I Made Jonaedi, mengatakan pawai digelar pekan depan.',
    'I Made Jonaedi',
    'Ketua ST Dharma Kerti',
  ],
];

describe('church offices before a name', () => {
  test.each(ROWS)('%s', (paragraph, name) => expect(lastSpeakers(paragraph)).toEqual([name]));
  test.each(GUARDS)('guard: %s', (paragraph, name, role) =>
    expect(speakerRoles(paragraph)).toEqual([[name, role]]),
  );

  test('switched off, the short office stays in the name', () => {
    const [paragraph, name] = ROWS[0]!;
    const off = withFeaturesOff(['names.churchOfficeTitles'], () => lastSpeakers(paragraph));
    expect(off).not.toEqual([name]);
  });
});
