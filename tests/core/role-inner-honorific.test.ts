import { describe, expect, test } from 'vitest';
import { speakerRoles } from './summarize';

// Honorifics right before a name are the person's, not the role's (the name drops them too); a
// word that is also an honorific inside an institution's name (`Haji` in a hajj office) is the
// role's and stays in it.
describe('an honorific word inside the role stays in the role', () => {
  test.each([
    [
      'Direktur Jenderal Penyelenggaraan Haji dan Umrah Budi Santoso mengatakan, “Kuota sudah dibagi.”',
      ['Budi Santoso', 'Direktur Jenderal Penyelenggaraan Haji dan Umrah'],
    ],
    [
      'Ketua Ikatan Persaudaraan Haji Jawa Barat Rina Kartika mengatakan, “Manasik dimulai pekan depan.”',
      ['Rina Kartika', 'Ketua Ikatan Persaudaraan Haji Jawa Barat'],
    ],
    [
      'Ketua MUI Cibening KH Dr Ahmad Rifandi mengatakan, “Umat diminta tenang.”',
      ['Ahmad Rifandi', 'Ketua MUI Cibening'],
    ],
  ])('%s', (text, speaker) => {
    expect(speakerRoles(text)).toEqual([speaker]);
  });
});
