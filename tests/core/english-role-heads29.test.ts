import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';

/** The role of the speaker named `name` after the invented paragraph (undefined: no such speaker). */
const roleOf = (name: string, paragraph: string) =>
  analyzeBody(paragraph).speakers.find(s => s.name === name)?.role;

describe('English member, chair and volunteer open a role before a name’s comma', () => {
  test.each([
    [
      'Member of the Regional Council Budget Committee, Andi Mattalatta, said the audit came too late. "We need answers," Andi said.',
      'Andi Mattalatta',
      'Member of the Regional Council Budget Committee',
    ],
    [
      'Separately, the chair of a Borneo Fishers Union, Rudi Hartanto Nugroho, said operators hoped for clear rules. "We will follow them," Rudi said.',
      'Rudi Hartanto Nugroho',
      'chair of a Borneo Fishers Union',
    ],
  ] as const)('%s', (paragraph, name, role) => {
    expect(roleOf(name, paragraph)).toBe(role);
  });
});
