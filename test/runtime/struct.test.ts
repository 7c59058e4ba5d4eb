import * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import { closedEnum, integer, list, map, openEnum, struct } from '../../src/runtime.js'
import { safeDecode } from '../../src/index.js'

const Mode = closedEnum('Mode', ['Pipe', 'File'])
const strict = struct<unknown>('Job', 'strict', { Name: t.string }, { Count: integer, Mode, Tags: list(t.string), Env: map(t.string) })
const lenient = struct<unknown>('Job', 'lenient', { Name: t.string }, { Count: integer, Mode: openEnum('Mode', ['Pipe', 'File']) })

describe('struct, strict', () => {
  it('decodes a valid object, leaving the input alone (frozen inputs decode)', () => {
    const input = Object.freeze({ Name: 'a', Count: 1, Tags: Object.freeze(['x']) })
    const result = safeDecode(strict, input)
    expect(result).toEqual({ success: true, data: { Name: 'a', Count: 1, Tags: ['x'] } })
    expect(input).toEqual({ Name: 'a', Count: 1, Tags: ['x'] })
  })

  it('reports unknown keys, nulls, missing members, wrong types and enum values, each at its path', () => {
    const result = safeDecode(strict, { Count: 1.5, Mode: 'pipe', Tags: ['x', 2], Env: { A: 1 }, Extra: true, Name: null })
    expect(result.success ? [] : result.issues.map((i) => [i.path, i.code])).toEqual([
      [['Count'], 'not_integer'],
      [['Mode'], 'invalid_enum_value'],
      [['Tags', 1], 'invalid_type'],
      [['Env', 'A'], 'invalid_type'],
      [['Extra'], 'unrecognized_key'],
      [['Name'], 'invalid_type'],
    ])
  })

  it('codes a wrong JSON type invalid_type, a fraction for an integer not_integer, a value outside an enum invalid_enum_value', () => {
    const codes = (input: unknown) => {
      const r = safeDecode(strict, input)
      return r.success ? [] : r.issues.map((i) => [i.path[0], i.code])
    }
    expect(codes({ Name: 'a', Count: 'seven' })).toEqual([['Count', 'invalid_type']])
    expect(codes({ Name: 'a', Count: 7.5 })).toEqual([['Count', 'not_integer']])
    expect(codes({ Name: 'a', Mode: 3 })).toEqual([['Mode', 'invalid_type']])
    expect(codes({ Name: 'a', Mode: 'Stream' })).toEqual([['Mode', 'invalid_enum_value']])
  })

  it('lists the enum values it expected', () => {
    const result = safeDecode(strict, { Name: 'a', Mode: 'pipe' })
    expect(result.success ? '' : result.issues[0]!.message).toBe('expected Mode ("Pipe" | "File"), received "pipe"')
  })

  it('rejects what is not an object', () => {
    for (const given of [null, [], 'x', 1, undefined]) expect(safeDecode(strict, given).success).toBe(false)
  })

  it('reports __proto__, constructor and prototype keys as unknown, and pollutes nothing', () => {
    const input = JSON.parse('{"Name":"a","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"prototype":1}')
    const result = safeDecode(strict, input)
    expect(result.success ? [] : result.issues.map((i) => i.path)).toEqual([['__proto__'], ['constructor'], ['prototype']])
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })
})

describe('struct, lenient', () => {
  it('keeps unknown keys, accepts unknown enum values, treats null as absent', () => {
    expect(safeDecode(lenient, { Name: 'a', Mode: 'Stream', Extra: { x: 1 }, Count: null })).toEqual({
      success: true,
      data: { Name: 'a', Mode: 'Stream', Extra: { x: 1 } },
    })
  })

  it('keeps __proto__ as own data without changing the prototype', () => {
    const input = JSON.parse('{"Name":"a","__proto__":{"polluted":true}}')
    const result = safeDecode(lenient, input)
    expect(result.success).toBe(true)
    if (!result.success) return
    const data = result.data as Record<string, unknown>
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype)
    expect(Object.prototype.hasOwnProperty.call(data, '__proto__')).toBe(true)
    expect(Object.getOwnPropertyDescriptor(data, '__proto__')?.value).toEqual({ polluted: true })
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })

  it('still requires required members', () => {
    expect(safeDecode(lenient, { Count: 1 })).toMatchObject({ success: false, issues: [{ path: ['Name'], code: 'missing_required' }] })
  })

  it('encode keeps unknown keys', () => {
    expect(lenient.encode({ Name: 'a', Extra: 1 })).toEqual({ Name: 'a', Extra: 1 })
  })
})
