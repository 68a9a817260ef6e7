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

describe('English offices written as one hyphenated word head a role before a name', () => {
  test.each([
    [
      'UN Secretary-General Kusnandar Dalimunthe said 40 staff had been hurt. “They stayed,” he said.',
      'Kusnandar Dalimunthe',
      'UN Secretary-General',
    ],
    [
      'The agency’s Commissioner-General Purbasari Tumangger, who joined by video link, said the clinics were full.',
      'Purbasari Tumangger',
      'Commissioner-General',
    ],
    [
      'Attorney-General Jonaedi Sukamto said the case would go to trial next month.',
      'Jonaedi Sukamto',
      'Attorney-General',
    ],
  ] as const)('%s', (paragraph, name, role) => {
    expect(roleOf(name, paragraph)).toBe(role);
  });
});
