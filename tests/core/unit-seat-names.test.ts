import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { castPeople } from './summarize';

/**
 * A military unit's number, slash and seat (`Korem 152/Lambau`, `Kodam XV/Pattimura`) belong to
 * the role: a seat no lexicon knows as a place never opens the person's name
 * (`names.model.unitSeatInRole`).
 */
describe('a unit’s seat after its slash stays in the role', () => {
  test.each([
    [
      'Komandan Korem 152/Lambau, Brigjen TNI Rudi Manuputty, meninjau pengungsian.',
      ['Rudi Manuputty'],
    ],
    ['Komandan Korem 152/Lambau Rudi Manuputty meninjau pengungsian.', ['Rudi Manuputty']],
    ['Dandim 1509/Sorendiweri, Letkol Inf Yosua Rumbewas, memimpin apel.', ['Yosua Rumbewas']],
    // A slash between two names (a doubles pair) has no number before it: both are people.
    ['Ganda putra Rian Setiadi/Fajar Alfian mengaku puas.', ['Rian Setiadi', 'Fajar Alfian']],
  ])('%s', (paragraph, names) => {
    expect(castPeople(paragraph)).toEqual(names);
  });

  test('switched off, the seat opens a person’s name', () => {
    const off = withFeaturesOff(['names.model.unitSeatInRole'], () =>
      castPeople('Komandan Korem 152/Lambau Rudi Manuputty meninjau pengungsian.'),
    );
    expect(off).not.toEqual(['Rudi Manuputty']);
  });
});
