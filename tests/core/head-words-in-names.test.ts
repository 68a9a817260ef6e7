import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';

/** The speaker list of one invented paragraph as `name (role)`. */
const read = (paragraph: string) => {
  const r = analyzeBody(paragraph);
  return {
    speakers: r.speakers.map(s => (s.role ? `${s.name} (${s.role})` : s.name)),
  };
};

const CLAUSE = 'mengatakan pasien terus bertambah setiap hari di seluruh kecamatan.';

describe('a person’s head word closing a run a given name opens is the surname', () => {
  test.each([
    ['a judge’s word', 'Rizal Hakim', ['Rizal Hakim']],
    ['after a given name written short', 'Moh Rizal Hakim', ['Moh Rizal Hakim']],
    [
      'after a role',
      'Kepala Dinas Kesehatan Rizal Hakim',
      ['Rizal Hakim (Kepala Dinas Kesehatan)'],
    ],
  ])('%s', (_, subject, expected) =>
    expect(read(`${subject} ${CLAUSE}`).speakers).toEqual(expected),
  );
});
