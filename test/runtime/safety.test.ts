// No input, however hostile, may make decoding throw, hang, mutate it, or touch a prototype.
import fc from 'fast-check'
import type * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import { CreateProcessingJobRequest, DescribeTrainingJobResponse, SearchRequest, SearchRequestLenient } from '../../generated/api/index.js'
import { SageMakerEvent, decodeSageMakerEvent } from '../../generated/events/index.js'
import { makeSageMakerEvent } from '../../generated/events/testing.js'
import { MAX_NESTING, safeDecode } from '../../src/index.js'

const codecs: readonly t.Mixed[] = [CreateProcessingJobRequest, DescribeTrainingJobResponse, SearchRequest, SageMakerEvent]

/** Decodes with every codec, checking that nothing throws and guards answer a boolean. */
function survives(input: unknown): void {
  for (const codec of codecs) {
    expect(() => safeDecode(codec, input), codec.name).not.toThrow()
    expect(typeof codec.is(input), codec.name).toBe('boolean')
  }
}

const deepFreeze = <T>(value: T): T => {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const v of Object.values(value)) deepFreeze(v)
  }
  return value
}

describe('never throws', () => {
  it('on random JSON (fast-check)', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => survives(value)), { numRuns: 200, seed: 42 })
  })

  it('on random JSON shaped like an event', () => {
    const event = fc.record({ 'detail-type': fc.constantFrom('SageMaker Training Job State Change', 'SageMaker X'), source: fc.jsonValue(), detail: fc.jsonValue(), time: fc.jsonValue() })
    fc.assert(fc.property(event, (value) => survives(value)), { numRuns: 200, seed: 7 })
  })

  class Job {
    ProcessingJobName = 'x'
  }
  const throwingGetter = Object.defineProperty({}, 'ProcessingJobName', { enumerable: true, get: () => { throw new Error('boom') } })
  const throwingProxy = new Proxy({}, { ownKeys: () => { throw new Error('no keys') }, get: () => { throw new Error('no get') } })
  const revoked = Proxy.revocable({}, {})
  revoked.revoke()
  const cases: Array<[string, unknown]> = [
    ['a function', () => 1],
    ['a symbol', Symbol('s')],
    ['a BigInt', 10n],
    ['undefined', undefined],
    ['a class instance', new Job()],
    ['a Date', new Date()],
    ['a Map', new Map([['ProcessingJobName', 'x']])],
    ['a getter that throws', throwingGetter],
    ['a Proxy whose traps throw', throwingProxy],
    ['a revoked Proxy', revoked.proxy],
    ['members that are functions, symbols, BigInts', { ProcessingJobName: () => 1, RoleArn: Symbol('r'), ProcessingResources: 1n, detail: { x: () => 1 } }],
    ['a getter that throws inside an event', { ...makeSageMakerEvent('SageMaker Training Job State Change'), detail: throwingGetter }],
  ]
  it.each(cases)('on %s', (_name, input) => survives(input))

  it('reports what it could not read, at its path', () => {
    const result = safeDecode(CreateProcessingJobRequest, { AppSpecification: throwingGetter })
    expect(result.success ? [] : result.issues).toContainEqual(
      expect.objectContaining({ path: ['AppSpecification', 'ProcessingJobName'], message: expect.stringContaining('boom') }),
    )
  })

  it('on cyclic objects, through recursive shapes and not', () => {
    const expression: Record<string, unknown> = { Operator: 'And' }
    expression['SubExpressions'] = [expression]
    const search = { Resource: 'TrainingJob', SearchExpression: expression }
    survives(search)
    const result = safeDecode(SearchRequest, search)
    expect(result.success ? [] : result.issues).toEqual([
      expect.objectContaining({ path: ['SearchExpression', 'SubExpressions', 0], message: 'a cycle: this object contains itself', code: 'invalid_value' }),
    ])
    const event: Record<string, unknown> = { ...makeSageMakerEvent('SageMaker Training Job State Change') }
    ;(event['detail'] as Record<string, unknown>)['Self'] = event
    expect(decodeSageMakerEvent(event).success).toBe(true)
  })
})

describe('nesting', () => {
  it(`stops past ${MAX_NESTING} levels with an issue, not a RangeError: Search SubExpressions 100,000 deep`, () => {
    let expression: Record<string, unknown> = { Filters: [{ Name: 'TrainingJobName', Operator: 'Equals', Value: 'x' }] }
    for (let i = 0; i < 100_000; i++) expression = { SubExpressions: [expression] }
    const input = { Resource: 'TrainingJob', SearchExpression: expression }
    for (const codec of [SearchRequest, SearchRequestLenient]) {
      const result = safeDecode(codec, input)
      expect(result.success).toBe(false)
      expect(result.success ? [] : result.issues).toEqual([expect.objectContaining({ message: `nested deeper than ${MAX_NESTING} levels; stopped decoding here` })])
      expect(codec.is(input)).toBe(false)
    }
  })

  it('decodes the nesting SageMaker allows (50 SubExpressions)', () => {
    let expression: Record<string, unknown> = { Filters: [{ Name: 'TrainingJobName', Operator: 'Equals', Value: 'x' }] }
    for (let i = 0; i < 50; i++) expression = { SubExpressions: [expression], Operator: 'And' }
    expect(safeDecode(SearchRequest, { Resource: 'TrainingJob', SearchExpression: expression }).success).toBe(true)
  })
})

describe('inputs stay as they were', () => {
  it('decoding never mutates its input (deep-frozen inputs decode)', () => {
    const event = deepFreeze(makeSageMakerEvent('SageMaker Processing Job State Change'))
    const before = structuredClone(event)
    expect(decodeSageMakerEvent(event).success).toBe(true)
    expect(event).toEqual(before)
  })

  const polluting = '{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}, "prototype": {"polluted": 1}}'
  it('strict: __proto__, constructor and prototype are reported as unknown members', () => {
    const input = { Resource: 'TrainingJob', ...JSON.parse(polluting) }
    const result = safeDecode(SearchRequest, input)
    expect(result.success ? [] : result.issues.map((i) => i.path[0]).sort()).toEqual(['__proto__', 'constructor', 'prototype'])
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })

  it('lenient: they are kept as own data, and no prototype changes', () => {
    const event = { ...makeSageMakerEvent('SageMaker Training Job State Change') }
    const detail = Object.assign(JSON.parse(polluting), event.detail)
    const result = decodeSageMakerEvent({ ...event, detail })
    expect(result.success).toBe(true)
    if (!result.success) return
    const decoded = result.data.detail as Record<string, unknown>
    for (const key of ['__proto__', 'constructor', 'prototype']) expect(Object.prototype.hasOwnProperty.call(decoded, key), key).toBe(true)
    expect(Object.getPrototypeOf(decoded)).toBe(Object.prototype)
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
  })
})

describe('size', () => {
  it('a 256 KB event (EventBridge maximum) decodes', () => {
    const transitions = Array.from({ length: 1_300 }, (_v, i) => ({
      Status: 'Training',
      StartTime: 1592411992203 + i,
      EndTime: '2020-06-17T16:39:52.203456789Z',
      StatusMessage: `Training epoch ${i} of 1300: loss decreasing, metrics published to CloudWatch`,
    }))
    const event = makeSageMakerEvent('SageMaker Training Job State Change', { detail: { SecondaryStatusTransitions: transitions } })
    const size = Buffer.byteLength(JSON.stringify(event))
    expect(size).toBeGreaterThan(200 * 1024)
    expect(size).toBeLessThanOrEqual(256 * 1024)
    const result = decodeSageMakerEvent(JSON.parse(JSON.stringify(event)))
    expect(result.success).toBe(true)
  })
})
