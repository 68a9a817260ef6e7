import { describe, expect, test } from 'vitest';
import { speakerRoles } from './summarize';

// The hand trades of village features (lexicon/roles.ts OCCUPATIONS) are a person's role before
// the name, not its first word.
describe('a hand trade before a name is the role', () => {
  test.each([
    [
      'Pemahat topeng Jonaedi Purba mengatakan pesanan datang dari luar negeri.',
      'Jonaedi Purba',
      'Pemahat topeng',
    ],
    [
      'Penyadap karet Sukamto Wibowo mengatakan harga getah turun.',
      'Sukamto Wibowo',
      'Penyadap karet',
    ],
    [
      'Pengamen jalanan Darmaji Kusuma mengatakan penonton makin sepi.',
      'Darmaji Kusuma',
      'Pengamen jalanan',
    ],
  ])('%s', (text, name, role) => {
    expect(speakerRoles(text)).toEqual([[name, role]]);
  });
});
