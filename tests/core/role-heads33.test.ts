import { describe, expect, test } from 'vitest';
import { roleCreditedTo, speakerRoles } from './summarize';

const SAID = 'Jalan itu satu-satunya akses warga';

/**
 * Office and trade words the role lexicon lacked (lexicon/roles.ts): a village head's regional
 * title (`kuwu`), an estate's manager (`administratur`), and English trades of the newsroom and the
 * harbour (`blogger`, `broadcaster`, `porter`). Without them the person had no role.
 */
describe('a role opened by a regional office or a trade word', () => {
  test.each([
    [
      'Kuwu Sukamulya, Darma, menuturkan jembatan itu putus sejak Senin.',
      'Darma',
      'Kuwu Sukamulya',
    ],
    [
      'Administratur Kebun Cibeber Hendra Wijaya menyebut upah pemetik akan dievaluasi.',
      'Hendra',
      'Administratur Kebun Cibeber',
    ],
  ] as const)('%s', (intro, word, role) => {
    expect(roleCreditedTo(word, intro, SAID)).toBe(role);
  });

  test.each([
    [
      'The station’s oldest broadcaster, Budi Santoso, joined the radio in 1990.',
      '"We never went off air," Budi said.',
      'broadcaster',
    ],
    [
      'A harbour porter, Rudi Hartono, carried the boxes to the bus.',
      '"I carry forty bags a day," Rudi said.',
      'porter',
    ],
    [
      'Travel blogger Rina Kartika said the island was crowded.',
      '"The beach was full," Rina said.',
      'blogger',
    ],
  ] as const)('%s', (intro, quote, head) => {
    const role = speakerRoles(intro, quote)[0]?.[1];
    expect(role?.toLowerCase()).toContain(head);
  });
});
