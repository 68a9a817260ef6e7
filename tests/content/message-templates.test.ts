import { afterEach, describe, expect, test } from 'vitest';
import { setMessageSource, t, useMessageTemplates } from '../../utils/i18n';
import {
  fillTemplate,
  isMessageTemplates,
  MARK_MESSAGE_KEYS,
  messageTemplates,
} from '../../utils/message-templates';
import { catalogue } from '../panel/catalogue';
import { seededIntegers } from '../core/fuzz';

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

  // Filled with indexOf, not an expression (compiled cold on every article load): it must give
  // what the one-pass replace gave.
  test('gives what the one-pass replace of $1–$9 gives, on generated templates', () => {
    const byRegex = (template: string, substitutions: readonly string[]) =>
      template.replace(/\$([1-9])/g, (_m, n: string) => substitutions[Number(n) - 1] ?? '');
    const PIECES = ['$', '$$', '$1', '$2', '$9', '$0', '$10', '1', 'a', ' ', '“', '$$2', '\n'];
    const substitutions = ['A', '$2', '', 'D'];
    const next = seededIntegers(3);
    for (let i = 0; i < 5000; i++) {
      let template = '';
      const count = next() % 8;
      for (let j = 0; j < count; j++) template += PIECES[next() % PIECES.length];
      const given = substitutions.slice(0, next() % 5);
      expect([template, fillTemplate(template, given)]).toEqual([
        template,
        byRegex(template, given),
      ]);
    }
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
