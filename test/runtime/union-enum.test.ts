import * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import { closedEnum, map, openEnum, union } from '../../src/runtime.js'
import { safeDecode } from '../../src/index.js'

const strict = union<unknown>('Source', 'strict', { S3: t.string, Hub: t.string })
const lenient = union<unknown>('Source', 'lenient', { S3: t.string, Hub: t.string })

describe('union', () => {
  it('takes exactly one member', () => {
    expect(safeDecode(strict, { S3: 's3://b' })).toEqual({ success: true, data: { S3: 's3://b' } })
    expect(safeDecode(strict, {})).toMatchObject({ success: false, issues: [{ path: [], message: expect.stringContaining('received none') }] })
    expect(safeDecode(strict, { S3: 'a', Hub: 'b' })).toMatchObject({ success: false, issues: [{ message: expect.stringContaining('S3 and Hub') }] })
  })

  it('strict: reports unknown keys and bad member values at their path', () => {
    const result = safeDecode(strict, { S3: 1, Other: true })
    expect(result.success ? [] : result.issues.map((i) => [i.path, i.code])).toEqual([
      [['S3'], 'invalid_type'],
      [['Other'], 'unrecognized_key'],
    ])
  })

  it('lenient: keeps an empty object (AWS event examples send {} for a union)', () => {
    expect(safeDecode(lenient, {})).toEqual({ success: true, data: {} })
    expect(safeDecode(strict, {}).success).toBe(false)
  })

  it('lenient: keeps a member it does not know, alone or beside a known one', () => {
    expect(safeDecode(lenient, { NewSource: { x: 1 } })).toEqual({ success: true, data: { NewSource: { x: 1 } } })
    expect(safeDecode(lenient, { S3: 'a', Extra: 1 })).toEqual({ success: true, data: { S3: 'a', Extra: 1 } })
    expect(lenient.is({ NewSource: 1 })).toBe(true)
    expect(strict.is({ NewSource: 1 })).toBe(false)
  })
})

describe('integer enums', () => {
  const Frequency = closedEnum('Frequency', [10, 30, 60])
  const FrequencyLenient = openEnum('Frequency', [10, 30, 60])
  it('closed: only the listed integers', () => {
    expect(safeDecode(Frequency, 30)).toEqual({ success: true, data: 30 })
    expect(safeDecode(Frequency, 45)).toMatchObject({ success: false, issues: [{ message: 'expected Frequency (10 | 30 | 60), received 45' }] })
    expect(safeDecode(Frequency, '30').success).toBe(false)
  })
  it('open: any integer, but not text or fractions', () => {
    expect(safeDecode(FrequencyLenient, 45)).toEqual({ success: true, data: 45 })
    expect(safeDecode(FrequencyLenient, '30').success).toBe(false)
    expect(safeDecode(FrequencyLenient, 1.5).success).toBe(false)
  })
})

describe('maps with enum keys', () => {
  const Unit = closedEnum('Unit', ['CPU', 'GPU'])
  it('checks every key, at its path', () => {
    const byUnit = map(t.number, Unit)
    expect(safeDecode(byUnit, { CPU: 1, GPU: 2 })).toEqual({ success: true, data: { CPU: 1, GPU: 2 } })
    expect(safeDecode(byUnit, { CPU: 1, TPU: 2 })).toMatchObject({ success: false, issues: [{ path: ['TPU'], message: expect.stringContaining('TPU') }] })
  })
})
