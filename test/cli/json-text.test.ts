import { describe, expect, it, vi } from 'vitest'
import type { CheckIssue } from '../../src/cli/items.js'
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

describe('reporting hostile text in linear time', () => {
  /**
   * Characters given to regular expressions that search (not sticky, so not anchored at one
   * position) while `run` runs. A backtracking search costs at worst a power of its input's
   * length, so bounding that length bounds the cost, however the pattern is written.
   */
  function searchedCharacters(run: () => void): number {
    const exec = RegExp.prototype.exec
    let longest = 0
    const spy = vi.spyOn(RegExp.prototype, 'exec').mockImplementation(function (this: RegExp, text: string) {
      if (!this.sticky) longest = Math.max(longest, String(text).length)
      return exec.call(this, text)
    })
    try {
      run()
    } finally {
      spy.mockRestore()
    }
    return longest
  }

  // Each input quotes a run of "unexpected " in the message of its syntax error.
  const hostile: Array<[string, (run: string) => string]> = [
    ['a key without its colon', (run) => `{"a" "${run}"}`],
    ['a second value after the first', (run) => `{"a": 1} "${run}"`],
    ['a placeholder', (run) => `{"a": ${run.replaceAll(' ', '_')}}`],
    ['a duplicate key', (run) => `{"${run}": 1, "${run}": 2}`],
  ]

  it.each(hostile)('%s: the same bounded work for 1e3 and 1e4 repetitions, and a bounded message (also as a line of --ndjson)', (_name, make) => {
    const report = (n: number) => {
      const text = make('unexpected '.repeat(n))
      let issues: readonly CheckIssue[] = []
      const searched = searchedCharacters(() => {
        const parsed = _.parseJsonText(text)
        issues = parsed.ok ? parsed.duplicates : parsed.issues
        // As `check --ndjson` reports a line that JSON.parse refused.
        if (!parsed.ok) issues = [...issues, ..._.jsonSyntaxIssues(text, new SyntaxError('refused'))]
      })
      return { searched, longest: Math.max(...issues.map((i) => i.message.length)) }
    }
    const small = report(1_000)
    const large = report(10_000)
    expect(large.searched).toBeLessThanOrEqual(1_000)
    expect(large.searched).toBe(small.searched)
    expect(Math.max(small.longest, large.longest)).toBeLessThan(700)
  })

  it('still says when a document holds several values', () => {
    expect(problems(`{"a": 1}\n"${'unexpected '.repeat(100)} after the value"`)[0]).toMatch(/^2:1 unexpected string .*\(one JSON value per line\?/)
  })
})
