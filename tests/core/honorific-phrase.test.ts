import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { castPeople } from './summarize';

/**
 * A short form an honorific opens (`kata Syekh Yusuf`) recurring inside the full name's run is
 * the person's, not an institution's name the words up to it belong to: the full name stays one
 * person (`names.model.honorificPhraseNamed`).
 */
describe('an honorific and a given name at a cue keep the full name whole', () => {
  const paragraphs = [
    'Dekan Fakultas Syariah Universitas Zaitunah, Syekh Yusuf Abdel Karim, memuji para mahasiswa asing.',
    '“Mereka tekun belajar,” kata Syekh Yusuf melalui penerjemah.',
  ];
  test('one person, the full name', () => {
    expect(castPeople(...paragraphs)).toEqual(['Yusuf Abdel Karim']);
  });
  test('switched off, the short form splits the name in two people', () => {
    const off = withFeaturesOff(['names.model.honorificPhraseNamed'], () =>
      castPeople(...paragraphs),
    );
    expect(off).not.toEqual(['Yusuf Abdel Karim']);
  });
});
