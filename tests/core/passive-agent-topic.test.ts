import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

/**
 * The agent of a `di-` passive whose subject names nobody (`Pelaksanaan program itu dipegang oleh
 * Ustazah X`) is the person the sentence is about: the `Ia`/`-nya` after it means that agent, not
 * the speaker before (`discourse.passiveAgentTopic`).
 */
const HEAD =
  'Pengasuh Pondok Pesantren Nurul Falah, KH Salim Mahrus, mengatakan pesantren mulai mengajarkan kewirausahaan. “Santri harus bisa mandiri,” tuturnya.';

const CASES: readonly (readonly [string, string, readonly string[]])[] = [
  [
    'dipegang oleh, past an honorific',
    'Pelaksanaan program itu dipegang oleh Ustazah Rahmi Lestari. Ia menjelaskan bahwa santri praktik di koperasi pesantren. “Kami ajarkan akad yang benar,” ujarnya.',
    ['Rahmi Lestari'],
  ],
  [
    'dilatih, past a lowercase description',
    'Tim hadrah pesantren kini dilatih guru seni Bayu Prasetyo. Ia menjelaskan bahwa latihan digelar tiap malam Jumat. “Anak-anak cepat belajar,” katanya.',
    ['Bayu Prasetyo'],
  ],
];

describe('the agent of a passive about a thing is the sentence’s person', () => {
  test.each(CASES)('%s', (_, last, speakers) => {
    expect(lastSpeakers(HEAD, last)).toEqual(speakers);
  });

  test.each([
    [
      'inside a relative clause, the agent is talked about',
      'Ia juga menyebut kartu kuning yang diterima santri Bayu Prasetyo saat turnamen. “Itu pelajaran bagi kami,” katanya.',
    ],
    [
      'after a pronoun subject, the agent is talked about',
      'Ia lalu disambut ustaz muda Dahlan Syukur di gerbang asrama. “Di sini santri belajar berdagang,” katanya.',
    ],
  ])('%s', (_, last) => {
    expect(lastSpeakers(HEAD, last)).toEqual(['Salim Mahrus']);
  });

  test('switched off, the agent is no subject and the earlier speaker keeps the cue', () => {
    for (const [, last] of CASES)
      expect(
        withFeaturesOff(['discourse.passiveAgentTopic'], () => lastSpeakers(HEAD, last)),
      ).toEqual(['Salim Mahrus']);
  });
});
