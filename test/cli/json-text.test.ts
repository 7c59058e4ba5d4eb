import { describe, expect, it } from 'vitest'
import * as _ from '../../src/cli/json-text.js'

const problems = (text: string) => {
  const parsed = _.parseJsonText(text)
  return parsed.ok ? parsed.duplicates.map((i) => `${i.line}:${i.column} ${i.message}`) : parsed.issues.map((i) => `${i.line ?? '-'}:${i.column ?? '-'} ${i.message}`)
}

describe('parseJsonText', () => {
  it.each([
    ['valid JSON', { given: '{"a": [1, 2]}', want: [] }],
    ['a byte-order mark is not an error', { given: '\uFEFF{"a": 1}', want: [] }],
    ['a trailing comma', { given: '{\n  "a": 1,\n}', want: ["2:9 a trailing comma"] }],
    ['a placeholder', { given: '{"ModelPackageVersion": <<version>>}', want: ['1:25 unquoted <<version>> is not a JSON value (a placeholder?)'] }],
    ['a missing comma', { given: '{"a": 1\n "b": 2}', want: ["2:2 missing ',' before string \"b\""] }],
    ['comments, counted once', { given: '{\n// one\n"a": 1, // two\n"b": 2}', want: ['2:1 a comment (JSON has no comments) (2 times, the last at 3:9)'] }],
    ['several values: a hint at NDJSON', { given: '{"a": 1}\n{"a": 2}', want: ['2:1 unexpected \'{\' after the value (one JSON value per line? check it with --ndjson, or name the file .ndjson)'] }],
    ['a duplicate key, however deep', { given: '{"a": {"b": 1,\n "b": 2}}', want: ['2:2 duplicate key "b": JSON.parse keeps the last value and loses the others'] }],
    ['the same key in sibling objects is fine', { given: '[{"Key": "a"}, {"Key": "b"}]', want: [] }],
    ['an empty document', { given: ' \n', want: ['-:- empty input: no JSON value'] }],
    ['nesting beyond any event', { given: '['.repeat(10_000), want: ['1:513 nesting deeper than 512'] }],
  ])('%s', (_name, { given, want }) => {
    expect(problems(given)).toEqual(want)
  })

  it('keeps what JSON.parse makes of the text, __proto__ as plain data', () => {
    const parsed = _.parseJsonText('{"__proto__": {"polluted": true}}')
    expect(parsed.ok && Object.getPrototypeOf(parsed.value)).toBe(Object.prototype)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
