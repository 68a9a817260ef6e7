import { afterEach, describe, expect, test } from 'vitest';
import { setMessageSource, t, useMessageTemplates } from '../../utils/i18n';
import {
  fillTemplate,
  isMessageTemplates,
  MARK_MESSAGE_KEYS,
  messageTemplates,
} from '../../utils/message-templates';
import { catalogue } from '../panel/catalogue';

let restore = () => {};
afterEach(() => restore());

describe('utils/message-templates fillTemplate', () => {
  test.each([
    ['one substitution', 'Kutipan dari $1', ['Rina Wati'], 'Kutipan dari Rina Wati'],
    ['two, in order', '$1 kutipan: $2', ['3', 'Rina; Dodi'], '3 kutipan: Rina; Dodi'],
    ['a substitution is not read again', '$1 dan $2', ['$2', 'Dodi'], '$2 dan Dodi'],
    ['a missing one is empty', 'Kata $1$2.', ['Rina'], 'Kata Rina.'],
    ['no marker', 'Pembicara tidak disebut', ['x'], 'Pembicara tidak disebut'],
  ])('%s', (_what, template, substitutions, expected) => {
    expect(fillTemplate(template, substitutions)).toBe(expected);
  });
});

describe('utils/message-templates messageTemplates', () => {
  test.each(['id', 'en'] as const)(
    'filled templates say exactly what the %s catalogue says',
    lang => {
      const source = catalogue(lang);
      const templates = messageTemplates(MARK_MESSAGE_KEYS, source);
      expect(Object.keys(templates)).toEqual([...MARK_MESSAGE_KEYS]);
      for (const substitutions of [
        [],
        ['Rina Wati, Ketua Koperasi'],
        ['2', 'Rina (“Kami siap”); Dodi'],
      ]) {
        for (const key of MARK_MESSAGE_KEYS) {
          expect(fillTemplate(templates[key]!, substitutions)).toBe(source(key, substitutions));
        }
      }
    },
  );

  test('a key the catalogue does not know is left out', () => {
    expect(messageTemplates(['markBy', 'noSuchKey'], catalogue('id'))).toEqual({
      markBy: 'Kutipan dari $1',
    });
  });

  test.each([
    [{ markBy: 'Kutipan dari $1' }, true],
    [{}, true],
    [{ markBy: 3 }, false],
    [['Kutipan'], false],
    [null, false],
    ['Kutipan', false],
  ])('isMessageTemplates(%j) is %s', (value, expected) => {
    expect(isMessageTemplates(value)).toBe(expected);
  });
});

describe('utils/i18n t() with templates', () => {
  test('answers their keys from the templates, the others from the catalogue', () => {
    restore = setMessageSource(catalogue('en'));
    useMessageTemplates(messageTemplates(['markBy'], catalogue('id')));
    expect(t('markBy', ['Rina'])).toBe('Kutipan dari Rina');
    expect(t('markUnnamed')).toBe(catalogue('en')('markUnnamed'));
    restore();
    restore = setMessageSource(catalogue('en'));
    // A new source starts with no templates.
    expect(t('markBy', ['Rina'])).toBe(catalogue('en')('markBy', ['Rina']));
  });
});
