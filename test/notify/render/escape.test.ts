import { describe, expect, it } from 'vitest';
import { capText, escapeHtml, headerText, oneLine } from '../../../functions/notify/render/escape.js';

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

describe('oneLine', () => {
  it.each([
    { name: 'a bare CR', input: '年报\r.txt', output: '年报 .txt' },
    { name: 'an ANSI colour (ESC)', input: '\u001b[31m天桥', output: '[31m天桥' },
    { name: 'C1 next-line (U+0085)', input: '天桥\u0085街道', output: '天桥 街道' },
    { name: 'bidi overrides and isolates', input: '年报\u202ecod.exe\u2066\u2069\u202a', output: '年报cod.exe' },
    { name: 'runs of mixed whitespace', input: ' 天桥 \t\r\n　街道 ', output: '天桥 街道' },
  ])('cleans $name', ({ input, output }) => {
    expect(oneLine(input)).toBe(output);
  });
});
