import { describe, expect, it } from 'vitest'
import type { CheckedItem } from '../../src/cli/items.js'
import * as _ from '../../src/cli/report.js'

const item = (over: Partial<CheckedItem>): CheckedItem => ({ source: 'a.json', kind: 'event', name: 'SageMaker Image State Change', issues: [], ...over })

describe('Output', () => {
  it('writes in large pieces, waits for drain when the sink is full, and clears the progress line first', async () => {
    const writes: string[] = []
    let drain: (() => void) | undefined
    let cleared = 0
    const output = new _.Output(
      { write: (s) => (writes.push(s), false), once: (_event, listener) => (drain = listener) },
      () => cleared++,
    )
    output.write('a')
    output.write('b')
    expect(writes).toEqual([])
    output.write('x'.repeat(64 * 1024))
    expect(writes).toHaveLength(1)
    expect(cleared).toBe(1)
    let resolved = false
    const waiting = output.drained().then(() => (resolved = true))
    await Promise.resolve()
    expect(resolved).toBe(false)
    drain!()
    await waiting
    expect(resolved).toBe(true)
  })
})

describe('Tally', () => {
  it('counts by name, with a bounded number of names', () => {
    const tally = new _.Tally()
    tally.add(item({ kind: 'request', name: 'CreateModel', issues: [{ path: ['ModelName'], message: 'missing', code: 'missing_required' }] }))
    for (let i = 0; i < 1500; i++) tally.add(item({ name: `SageMaker Thing ${i}` }))
    expect(tally.byName.size).toBe(1001)
    expect(tally.byName.get('(other names)')).toEqual({ valid: 501, invalid: 0 })
    expect(tally.byName.get('CreateModel request')).toEqual({ valid: 0, invalid: 1 })
    expect([tally.checked, tally.valid, tally.invalid, tally.exitCode]).toEqual([1501, 1500, 1, 1])
    tally.unreadable++
    expect(tally.exitCode).toBe(2)
  })
})

describe('formatCheckIssue', () => {
  it.each([
    ['a decoding issue with a suggestion', { path: ['A', 0, 'b-c'], message: 'unknown member', code: 'unrecognized_key', suggestion: 'B' }, false, 'A[0]["b-c"]: unknown member (did you mean "B"?)'],
    ['a syntax issue in a file', { path: [], message: 'a trailing comma', code: 'invalid_json', line: 3, column: 9 }, false, '3:9: a trailing comma'],
    ['a syntax issue on a stream line', { path: [], message: 'a trailing comma', code: 'invalid_json', line: 3, column: 9 }, true, 'column 9: a trailing comma'],
  ] as const)('%s', (_name, issue, onStreamLine, want) => {
    expect(_.formatCheckIssue(issue, onStreamLine)).toBe(want)
  })
})

describe('humanReporter', () => {
  it('escapes control characters and newlines from the input, so a detail-type cannot rewrite the terminal or fake a verdict', () => {
    let text = ''
    const reporter = _.humanReporter(new _.Output({ write: (s) => ((text += s), true) }), { write: () => true })
    reporter.item(item({ name: 'SageMaker \u001b[2JEvil', issues: [{ path: ['detail-type'], message: 'bad \u0007 bell\nfake: valid', code: 'invalid_value' }] }))
    reporter.finish()
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/)
    expect(text).toContain('a.json: SageMaker \\u001b[2JEvil: 1 issue\n  - ["detail-type"]: bad \\u0007 bell\\u000afake: valid\n')
  })
})

describe('humanReporter on a stream', () => {
  it('lists bad lines, counts good ones, and shows only the first few warnings', () => {
    let text = ''
    const reporter = _.humanReporter(new _.Output({ write: (s) => ((text += s), true) }), { write: () => true })
    const unknown = { path: ['detail-type'], message: 'not known to this version', code: 'unknown_detail_type' } as const
    for (let line = 1; line <= 10; line++) reporter.item(item({ source: '-', line, name: 'SageMaker New Thing', warnings: [unknown] }))
    reporter.item(item({ source: '-', line: 11 }))
    reporter.item(item({ source: '-', line: 12, issues: [{ path: ['time'], message: 'expected a timestamp', code: 'invalid_value' }] }))
    reporter.finish()
    expect(text.match(/^-:\d+: .*$/gm)).toEqual([1, 2, 3, 4, 5].map((n) => `-:${n}: SageMaker New Thing: valid`).concat('-:12: SageMaker Image State Change: 1 issue'))
    expect(text).toContain('12 items checked: 11 valid, 1 with issues; 10 with warnings (the first 5 valid lines with warnings shown; --json lists them all)')
  })
})
