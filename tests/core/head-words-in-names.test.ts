import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';
import { withFeaturesOff } from '../../core/engine/features';

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

// names.model.unknownGivenSurnameHead: the given name may be one no corpus knows.
describe('an Indonesian head word closing a run of unknown words is a surname', () => {
  test.each([
    ['an unknown given name', 'Zulfahmi Hakim', ['Zulfahmi Hakim']],
    [
      'after a role and a comma',
      'Pengacara terdakwa, Zulkarnaen Imam,',
      ['Zulkarnaen Imam (Pengacara terdakwa)'],
    ],
  ])('%s', (_, subject, expected) => {
    expect(read(`${subject} ${CLAUSE}`).speakers).toEqual(expected);
    const off = withFeaturesOff(['names.model.unknownGivenSurnameHead'], () =>
      read(`${subject} ${CLAUSE}`),
    );
    expect(off.speakers).not.toEqual(expected);
  });

  // English writes its office after the portfolio: that head stays a role.
  test('an English office after its portfolio names no one', () =>
    expect(read(`Agriculture Minister said farmers would get more seed.`).speakers).not.toContain(
      'Agriculture Minister',
    ));
});
