import { describe, expect, it } from 'vitest';
import { capText, escapeHtml, headerText } from '../../../functions/notify/render/escape.js';

describe('escapeHtml', () => {
  it('escapes every character that can open markup or close an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});

describe('headerText', () => {
  it.each([
    { name: 'CR/LF', input: '天桥\r\nBcc: x@example.com', output: '天桥 Bcc: x@example.com' },
    { name: 'a bare LF', input: '天桥\nX-Injected: 1', output: '天桥 X-Injected: 1' },
    { name: 'Unicode line separators', input: '天桥\u2028街道\u2029', output: '天桥 街道' },
    { name: 'tabs and NUL', input: '\t天桥\u0000街道 ', output: '天桥 街道' },
  ])('turns $name into single spaces', ({ input, output }) => {
    expect(headerText(input, 40)).toBe(output);
  });

  it('caps the length without splitting a character', () => {
    expect(headerText('街'.repeat(100), 10)).toBe(`${'街'.repeat(9)}…`);
  });
});

describe('capText', () => {
  it('leaves short text alone', () => {
    expect(capText('数条', 5)).toBe('数条');
  });
});
