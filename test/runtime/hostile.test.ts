// Issue 16's decoding findings, one test each: work is counted in reads of the input (a Proxy
// that counts, and throws past a limit), never timed.
import { describe, expect, it } from 'vitest'
import { CreateProcessingJobRequest, CreateProcessingJobRequestLenient, DescribeDomainResponse, SearchRequest, SearchRequestLenient } from '../../generated/api/index.js'
import { decodeSageMakerEvent, isUnknownSageMakerEvent } from '../../generated/events/index.js'
import { MAX_ISSUES, MAX_NESTING, safeDecode } from '../../src/index.js'
import { countReads } from './reads.js'

const valid = {
  ProcessingJobName: 'job',
  RoleArn: 'arn:aws:iam::123456789012:role/processing',
  AppSpecification: { ImageUri: '123456789012.dkr.ecr.us-east-1.amazonaws.com/image:1' },
  ProcessingResources: { ClusterConfig: { InstanceCount: 1, InstanceType: 'ml.m5.large', VolumeSizeInGB: 30 } },
}

/** A Search request whose expression nests `depth` levels of SubExpressions (two keys per level). */
function nested(depth: number): Record<string, unknown> {
  let expression: Record<string, unknown> = { Filters: [{ Name: 'TrainingJobName', Operator: 'Equals', Value: 'x' }] }
  for (let i = 0; i < depth; i++) expression = { SubExpressions: [expression], Operator: 'And' }
  return { Resource: 'TrainingJob', SearchExpression: expression }
}

describe('cycles and nesting cost work in proportion to what is read (item 4)', () => {
  // The fast path gives up at the nesting limit, the careful one sees the cycle at once: reads
  // bounded by the limit, where walking both references at every level never ends.
  it('a SearchExpression that contains itself twice: a cycle issue, after reads bounded by the nesting limit', () => {
    const expression: Record<string, unknown> = { Operator: 'And' }
    expression['SubExpressions'] = [expression, expression]
    for (const codec of [SearchRequest, SearchRequestLenient]) {
      const input = countReads({ Resource: 'TrainingJob', SearchExpression: expression }, 100_000)
      const result = safeDecode(codec, input.value)
      expect(result.success ? [] : result.issues.map((i) => i.message)).toEqual(expect.arrayContaining(['a cycle: this object contains itself']))
      expect(result.success ? [] : result.issues.filter((i) => i.message !== 'a cycle: this object contains itself')).toEqual([])
      expect(input.reads()).toBeLessThan(MAX_NESTING * 10)
    }
  })

  it('past the nesting limit, a deeper input costs no more reads (5,000 levels read as many as 1,000)', () => {
    const reads = (depth: number): number => {
      const input = countReads(nested(depth))
      const result = safeDecode(SearchRequest, input.value)
      expect(result.success ? [] : result.issues.map((i) => i.message)).toEqual([`nested deeper than ${MAX_NESTING} levels; stopped decoding here`])
      return input.reads()
    }
    const [shallow, deep] = [reads(1_000), reads(5_000)]
    expect(deep).toBe(shallow)
    expect(deep).toBeLessThan(MAX_NESTING * 20)
  })

  it('valid nesting costs reads in proportion to its depth', () => {
    const reads = (depth: number): number => {
      const input = countReads(nested(depth))
      expect(safeDecode(SearchRequest, input.value).success).toBe(true)
      return input.reads()
    }
    const [small, large] = [reads(20), reads(200)]
    expect(large / small).toBeGreaterThan(5)
    expect(large / small).toBeLessThan(15)
  })
})

describe('decoding writes nothing to its input (item 6)', () => {
  it('an event of a detail-type this version does not know, with a Date for its time, frozen: decodes, marked on a copy', () => {
    const event = Object.freeze({
      version: '0',
      id: 'x',
      'detail-type': 'SageMaker Something New',
      source: 'aws.sagemaker',
      account: '123456789012',
      time: new Date('2024-01-01T00:00:00Z'),
      region: 'us-east-1',
      resources: Object.freeze([]),
      detail: Object.freeze({ Anything: 1 }),
    })
    const result = decodeSageMakerEvent(event)
    expect(result.success).toBe(true)
    expect(result.success && isUnknownSageMakerEvent(result.data)).toBe(true)
    expect(Object.getOwnPropertyNames(event)).not.toContain('unknownDetailType')
    expect(result.success && result.data).not.toBe(event)
  })
})

describe('decoding reads own properties only (item 7)', () => {
  it('a request made with Object.create from a valid one: its inherited members are absent, its unknown keys reported', () => {
    const input = Object.assign(Object.create(valid) as object, { A: 1, B: 2, C: 3, D: 4 })
    const result = safeDecode(CreateProcessingJobRequest, input)
    expect(result.success).toBe(false)
    const found = result.success ? [] : result.issues.map((i) => [i.path[0], i.code])
    expect(found).toEqual(expect.arrayContaining([['A', 'unrecognized_key'], ['D', 'unrecognized_key'], ['RoleArn', 'missing_required'], ['ProcessingJobName', 'missing_required']]))
  })

  it('a member present only on a polluted Object.prototype does not satisfy a required check', () => {
    const { RoleArn: _, ...withoutRole } = valid
    const prototype = Object.prototype as Record<string, unknown>
    prototype['RoleArn'] = valid.RoleArn
    try {
      for (const codec of [CreateProcessingJobRequest, CreateProcessingJobRequestLenient]) {
        const result = safeDecode(codec, withoutRole)
        expect(result.success ? [] : result.issues.map((i) => [i.path, i.code])).toEqual([[['RoleArn'], 'missing_required']])
        expect(codec.is(withoutRole)).toBe(false)
      }
    } finally {
      delete prototype['RoleArn']
    }
  })
})

describe('issues survive volume (item 8)', () => {
  it(`130,000 bad entries: decoding stops at ${MAX_ISSUES} issues with a last one that says so, having read a part of them`, () => {
    const input = countReads({ ...valid, Environment: Object.fromEntries(Array.from({ length: 130_000 }, (_v, i) => [`K${i}`, i])) })
    const result = safeDecode(CreateProcessingJobRequest, input.value)
    expect(result.success).toBe(false)
    if (result.success) return
    expect(result.issues).toHaveLength(MAX_ISSUES + 1)
    expect(result.issues[0]).toMatchObject({ code: 'too_big', path: ['Environment'] })
    expect(result.issues[1]).toMatchObject({ code: 'invalid_type', path: ['Environment', 'K0'] })
    expect(result.issues.at(-1)).toMatchObject({ code: 'too_many_issues', path: [] })
    // The keys are listed once; the values read are about as many as the issues.
    expect(input.values()).toBeLessThan(5 * MAX_ISSUES)
  })

  it('a valid list of a million items beside one bad member: the one real issue', () => {
    const subnets = Array.from({ length: 1_000_000 }, (_v, i) => `subnet-${i}`)
    const result = safeDecode(DescribeDomainResponse, { SubnetIds: subnets, DomainName: 7 })
    expect(result.success ? [] : result.issues.map((i) => [i.path, i.code])).toEqual([[['DomainName'], 'invalid_type']])
    expect(safeDecode(DescribeDomainResponse, { SubnetIds: subnets }).success).toBe(true)
  })
})

describe(`the nesting limit holds for valid input too (item 9)`, () => {
  it.each([
    ['strict', SearchRequest],
    ['lenient', SearchRequestLenient],
  ])('1,000 levels of SubExpressions (2,000 keys and positions deep), %s: an issue, and the guard says no', (_name, codec) => {
    const input = nested(1_000)
    const result = safeDecode(codec, input)
    expect(result.success ? [] : result.issues.map((i) => i.message)).toEqual([`nested deeper than ${MAX_NESTING} levels; stopped decoding here`])
    expect(codec.is(input)).toBe(false)
  })
})

describe('sparse and huge arrays (item 10)', () => {
  it('a sparse array of length 2^32-1 is refused by its length, without reading its items', () => {
    const tags: unknown[] = []
    tags.length = 2 ** 32 - 1
    const input = countReads({ ...valid, Tags: tags }, 1_000)
    const result = safeDecode(CreateProcessingJobRequest, input.value)
    expect(result.success ? [] : result.issues.map((i) => [i.path, i.code])).toEqual([[['Tags'], 'too_big']])
    expect(input.reads()).toBeLessThan(100)
  })

  it('so is one in a lenient response, which has no size limit of its own', () => {
    const subnets: unknown[] = []
    subnets.length = 2 ** 32 - 1
    const input = countReads({ SubnetIds: subnets }, 1_000)
    const result = safeDecode(DescribeDomainResponse, input.value)
    expect(result.success ? [] : result.issues.map((i) => [i.path, i.code])).toEqual([[['SubnetIds'], 'too_big']])
  })
})
