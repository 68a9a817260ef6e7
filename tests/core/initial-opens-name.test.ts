import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The speakers of an invented paragraph, with their roles. */
const speakers = (text: string) => analyzeBody(text).speakers.map(s => [s.name, s.role]);

// An initial only opens a person's name, so a given name after it that is also a title word
// (`Agung` of `Jaksa Agung`) is the person's next name, not the end of the role.
describe('a given name after an initial is a name word', () => {
  test.each([
    [
      'Kepala BPBD Kabupaten Cibening R. Agung Wicaksono mengatakan, “Tebing longsor.”',
      ['R. Agung Wicaksono', 'Kepala BPBD Kabupaten Cibening'],
    ],
    [
      'Camat Sukamaju R Agung Wicaksono mengatakan, “Jalan tertutup.”',
      ['R Agung Wicaksono', 'Camat Sukamaju'],
    ],
  ])('%s', (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
    expect(withFeaturesOff(['names.model.initialOpensName'], () => speakers(text))).not.toEqual([
      speaker,
    ]);
  });
});
