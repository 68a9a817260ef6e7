// @vitest-environment jsdom
// jsdom, never happy-dom: DOMPurify is bypassable under happy-dom (cure53/DOMPurify#1457).
import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from '../../core/sanitize';

describe('core/sanitize sanitizeHtml', () => {
  it.each([
    ['script element', '<p>ok</p><script>alert(1)</script>', '<p>ok</p>'],
    ['event handler', '<h3 onclick="alert(1)">Xi</h3>', '<h3>Xi</h3>'],
    ['img with onerror', '<img src=x onerror=alert(1)><b>ok</b>', '<b>ok</b>'],
    ['javascript: link', '<a href="javascript:alert(1)">x</a>', '<a>x</a>'],
    ['data: link', '<a href="data:text/html,<script>1</script>">x</a>', '<a>x</a>'],
    [
      'style and iframe',
      '<style>*{}</style><iframe src="https://x"></iframe><li>a</li>',
      '<li>a</li>',
    ],
    ['svg payload', '<svg><script>alert(1)</script></svg><p>t</p>', '<p>t</p>'],
    ['style attribute', '<p style="color:red">t</p>', '<p>t</p>'],
  ])('strips %s', (_name, input, expected) => {
    expect(sanitizeHtml(input)).toBe(expected);
  });

  it.each([
    [
      'summary markup',
      '<h2>T</h2><p><a href="https://r.id/a">https://r.id/a</a></p><h3>X</h3><ul><li>“q”</li></ul>',
    ],
    ['escaped text', '<li>&lt;script&gt; &amp; “kutipan”</li>'],
    ['the language of a quote', '<h2 lang="id">T</h2><ul><li lang="id">“q”</li></ul>'],
  ])('keeps %s unchanged', (_name, html) => {
    expect(sanitizeHtml(html)).toBe(html);
  });
});
