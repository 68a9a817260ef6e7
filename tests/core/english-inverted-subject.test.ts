import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

const OFF = ['discourse.englishInvertedSubject'] as const;
const DIRECTOR =
  'Race director Wahyudi Santosa said 4,000 runners had registered for the city marathon. “The route is flatter now,” the director said.';

describe('English: the person after the copula of a sentence opening with `among` is its subject', () => {
  test.each([
    [
      'Among the finishers was Anjani Wiradinata, 34, a nurse from Depok who trained before her night shifts. Her husband ran beside her for the last kilometre. Still breathing hard, she said: “My legs were gone at kilometre 30.”',
    ],
    [
      'Among those waiting at the line is Anjani Wiradinata, a nurse from Depok who runs every dawn. Her sister carried a banner. Wiping her face, she said: “My legs were gone at kilometre 30.”',
    ],
  ])('%s', among => {
    expect(lastSpeakers(DIRECTOR, among)).toEqual(['Anjani Wiradinata']);
    expect(withFeaturesOff([...OFF], () => lastSpeakers(DIRECTOR, among))).toEqual([
      'Wahyudi Santosa',
    ]);
  });

  test('a comma before the copula ends the `among` phrase: no inversion is read', () => {
    const lines = [
      DIRECTOR,
      'Among the changes, the organisers said, was a second water station near Anjani Wiradinata’s old school.',
      '“We listened to the runners,” he said.',
    ];
    expect(lastSpeakers(...lines)).toEqual(['Wahyudi Santosa']);
  });
});

describe('`Among the dead was X`: the victims are talked about', () => {
  test('a later `he` is the official who spoke', () => {
    const lines = [
      'Rescue chief Hasan Basri said five people died in the landslide.',
      'Among the dead was Andika Wirawan, 34, a teacher. “The search will continue until everyone is found,” he said.',
    ];
    expect(lastSpeakers(...lines)).toEqual(['Hasan Basri']);
  });
});
