import { describe, expect, test } from 'vitest';
import { speakerRoles } from './summarize';

describe('an English office or police rank before a name is the role, not the name', () => {
  test.each([
    // School and university offices.
    [
      'Headmaster Rudianto said the school would reopen on Monday. "We are ready," he said.',
      'Rudianto',
      'Headmaster',
    ],
    ['"We will hire more teachers," said Principal Maya Sekarsari.', 'Maya Sekarsari', 'Principal'],
    ['"Lectures resume next week," Rector Hadi Purnomo told students.', 'Hadi Purnomo', 'Rector'],
    // Scholars' and campaigners' callings written as a title.
    [
      'Historian Bramantyo Sukamto of Cibening University said the ledgers were incomplete.',
      'Bramantyo Sukamto',
      'Historian',
    ],
    ['"The river is dying," said activist Wartinah Sekarwangi.', 'Wartinah Sekarwangi', 'activist'],
    // A government's undersecretary, with the portfolio after it.
    [
      'Speaking at a forum, Malaysian Undersecretary for Trade Affairs Nur Aisyah Karim, who was in Jakarta, said the talks had stalled.',
      'Nur Aisyah Karim',
      'Malaysian Undersecretary for Trade Affairs',
    ],
    // The English names of Indonesian police ranks (Kombes, Kompol, Iptu …).
    ['"The road is closed," Inspector Yudha Permana told reporters.', 'Yudha Permana', 'Inspector'],
    [
      'Bali Police spokeswoman Senior Commissioner Ratna Wulandari told reporters the boat had sunk.',
      'Ratna Wulandari',
      'Bali Police spokeswoman Senior Commissioner',
    ],
    [
      'Adjunct Commissioner Sari Handayani said the case was closed.',
      'Sari Handayani',
      'Adjunct Commissioner',
    ],
  ])('%s', (paragraph, name, role) => expect(speakerRoles(paragraph)).toEqual([[name, role]]));
});
