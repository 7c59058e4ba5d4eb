import { describe, expect, it } from 'vitest'
import * as _ from '../../src/cli/text.js'

describe('shown', () => {
  it.each([
    ['plain text as it is', { given: 'SageMaker Training Job State Change', max: 100, want: 'SageMaker Training Job State Change' }],
    ['UTF-8 beyond ASCII as it is, emoji whole', { given: 'Zürich – 東京 🚀', max: 100, want: 'Zürich – 東京 🚀' }],
    ['an escape sequence', { given: 'a\u001b[2Jb', max: 100, want: 'a\\u001b[2Jb' }],
    ['a newline and a carriage return', { given: 'a\nb\rc', max: 100, want: 'a\\u000ab\\u000dc' }],
    ['DEL and a C1 control', { given: '\u007f\u009b', max: 100, want: '\\u007f\\u009b' }],
    ['a right-to-left override', { given: 'invoice\u202Etxt.exe', max: 100, want: 'invoice\\u202etxt.exe' }],
    ['bidi isolates, zero-width characters, a byte-order mark', { given: '\u2066\u200b\ufeff', max: 100, want: '\\u2066\\u200b\\ufeff' }],
    ['the line separators', { given: '\u2028\u2029', max: 100, want: '\\u2028\\u2029' }],
    ['a lone surrogate', { given: 'a\ud800b\udc00', max: 100, want: 'a\\ud800b\\udc00' }],
    ['cut, the rest counted', { given: 'x'.repeat(1_000_000), max: 10, want: `${'x'.repeat(10)}... (999,990 more characters)` }],
    ['never half an escape', { given: 'abcdefgh\u001b', max: 10, want: 'abcdefgh... (1 more character)' }],
    ['never half a surrogate pair', { given: 'abcdefghi🚀', max: 10, want: 'abcdefghi... (2 more characters)' }],
  ])('%s', (_name, { given, max, want }) => {
    expect(_.shown(given, max)).toBe(want)
  })
})

describe('cut', () => {
  it.each([
    ['short text as it is', { given: 'abc', max: 3, want: 'abc' }],
    ['long text cut', { given: 'abcdef', max: 3, want: 'abc... (3 more characters)' }],
    ['never half a surrogate pair', { given: 'ab🚀', max: 3, want: 'ab... (2 more characters)' }],
  ])('%s', (_name, { given, max, want }) => {
    expect(_.cut(given, max)).toBe(want)
  })
})

describe('safeJson', () => {
  const unsafe = { name: 'a\u202Eb\u0085c\u2028d\u200be\u001b', 'key\u2067': ['\u00ad'] }
  it('writes no unsafe character, and reads back as the same value', () => {
    const text = _.safeJson(unsafe)
    expect(text).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/)
    expect(JSON.parse(text)).toEqual(unsafe)
  })
})
