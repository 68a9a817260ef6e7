import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { indirectQuotes } from './summarize';

// names.relativeOverUnnamed, names.relativeOrganisation: an unnamed noun right before a pre-posed
// cue that closes a bare relative clause is the clause's object; the named person or organisation
// before its `yang` speaks.
describe('the object of a bare relative clause is not the subject', () => {
  test.each([
    [
      'Lembaga Bantuan Hukum (LBH) Lubai yang membela para petani menyebut izin itu cacat prosedur.',
      'izin itu cacat prosedur → Lembaga Bantuan Hukum Lubai',
    ],
    [
      'Yayasan Tani Lubai yang membela para petani menyebut izin itu cacat prosedur.',
      'izin itu cacat prosedur → Yayasan Tani Lubai',
    ],
    // The unnamed subject opens before the `yang`: it stays the speaker.
    [
      'Seorang sumber di Komite Disiplin Lubai yang enggan disebut namanya mengatakan sanksi sudah diputus.',
      'sanksi sudah diputus → ',
    ],
  ])('%s', (text, expected) => {
    expect(indirectQuotes(text)).toEqual([expected]);
  });

  test('switched off, the clause’s object speaks', () => {
    const text =
      'Lembaga Bantuan Hukum (LBH) Lubai yang membela para petani menyebut izin itu cacat prosedur.';
    expect(withFeaturesOff(['names.relativeOverUnnamed'], () => indirectQuotes(text))).not.toEqual([
      'izin itu cacat prosedur → Lembaga Bantuan Hukum Lubai',
    ]);
  });
});
