import { describe, expect, test } from 'vitest';
import { speakerRoles } from './summarize';

// An organisation head (`Partai`, `Yayasan`, `Universitas`) is followed by the organisation's own
// name, so an unknown capitalised word right after it belongs to the role, not to the person.
describe('an unknown word after an organisation head is the organisation’s name', () => {
  test.each([
    [
      'Menurut Ketua Partai Maju Rina Kartika, koalisi tetap solid hingga pemilu.',
      'Ketua Partai Maju',
    ],
    [
      'Ketua Yayasan Amanat Budi Santoso mengatakan bantuan tetap disalurkan pekan depan.',
      'Ketua Yayasan Amanat',
    ],
    [
      'Menurut Rektor Universitas Amanat Rina Kartika, kampus tetap dibuka pekan depan.',
      'Rektor Universitas Amanat',
    ],
  ])('%s', (line, role) => {
    const [[name, got]] = speakerRoles(line) as [[string, string]];
    expect([name.split(' ').length, got]).toEqual([2, role]);
  });

  // The article's own short mention still decides: `kata Maju` makes the word a name.
  test('unless the article uses that word alone for the person', () =>
    expect(
      speakerRoles(
        'Menurut Ketua Partai Bersatu Maju Santoso, koalisi tetap solid hingga pemilu.',
        '“Kami solid,” kata Maju.',
      ),
    ).toEqual([['Maju Santoso', 'Ketua Partai Bersatu']]));
});
