// The optimization-job operations against their documented request and response syntax
// (test/fixtures/optimization-jobs, see its SOURCES.md): every fixture decodes, round-trips
// through encode, and keeps every member.
import { readFileSync, readdirSync } from 'node:fs'
import type * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import * as Create from '../../../generated/api/CreateOptimizationJob.js'
import * as Delete from '../../../generated/api/DeleteOptimizationJob.js'
import * as Describe from '../../../generated/api/DescribeOptimizationJob.js'
import * as List from '../../../generated/api/ListOptimizationJobs.js'
import * as Stop from '../../../generated/api/StopOptimizationJob.js'
import { safeDecode } from '../../../src/index.js'
import { expectPathsAgree } from '../agree.js'

const DIR = new URL('../../fixtures/optimization-jobs/', import.meta.url)
const fixture = (file: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(file, DIR), 'utf8')) as Record<string, unknown>

const CODECS: Record<string, { request: t.Mixed; response: t.Mixed }> = {
  CreateOptimizationJob: { request: Create.CreateOptimizationJobRequest, response: Create.CreateOptimizationJobResponse },
  DescribeOptimizationJob: { request: Describe.DescribeOptimizationJobRequest, response: Describe.DescribeOptimizationJobResponse },
  ListOptimizationJobs: { request: List.ListOptimizationJobsRequest, response: List.ListOptimizationJobsResponse },
  StopOptimizationJob: { request: Stop.StopOptimizationJobRequest, response: Stop.StopOptimizationJobResponse },
  DeleteOptimizationJob: { request: Delete.DeleteOptimizationJobRequest, response: Delete.DeleteOptimizationJobResponse },
}

const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
const cases = files.map((file) => {
  const [operation, role] = file.split('.') as [string, 'request' | 'response']
  return [file, { operation, role, codec: CODECS[operation]![role] }] as const
})

/** Every key path of a JSON value (`A.B[].C`), so a member lost anywhere shows. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => keyPaths(v, `${prefix}[]`))
  if (value === null || typeof value !== 'object' || value instanceof Date) return []
  return Object.entries(value).flatMap(([k, v]) => [`${prefix}.${k}`, ...keyPaths(v, `${prefix}.${k}`)])
}

describe('optimization-job fixtures', () => {
  it('cover a request and a response of each of the five operations', () => {
    const covered = new Set(cases.map(([, c]) => `${c.operation} ${c.role}`))
    expect([...covered].sort()).toEqual(Object.keys(CODECS).flatMap((op) => [`${op} request`, `${op} response`]).sort())
  })

  describe.each(cases)('%s', (_file, { role, codec }) => {
    const input = fixture(_file)

    it(`decodes with the ${role === 'request' ? 'strict' : 'lenient'} codec, and the guard accepts the result`, () => {
      const result = safeDecode(codec, input)
      expect(result.success ? [] : result.issues).toEqual([])
      expect(result.success && codec.is(result.data)).toBe(true)
    })

    it('decode(encode(decode(x))) equals decode(x), with every member kept', () => {
      const once = safeDecode(codec, input)
      if (!once.success) throw new Error('does not decode')
      const encoded = codec.encode(once.data) as unknown
      expect(safeDecode(codec, encoded)).toEqual(once)
      expect(keyPaths(encoded).sort()).toEqual(keyPaths(input).sort())
    })

    it('the fast and the careful path agree, on it as it is and broken', () => {
      for (const value of [input, { ...input, Extra: 1 }, { ...input, OptimizationJobName: null }, { ...input, CreationTime: 'not a time' }]) {
        expectPathsAgree(codec, value)
      }
    })
  })
})

describe('what the fixtures pin', () => {
  it('epoch seconds (with or without a fraction) decode to the instant', () => {
    const result = safeDecode(Describe.DescribeOptimizationJobResponse, fixture('DescribeOptimizationJob.response.json'))
    expect(result).toMatchObject({
      success: true,
      data: { CreationTime: new Date('2024-06-21T04:20:00Z'), OptimizationStartTime: new Date('2024-06-21T04:21:02.250Z') },
    })
  })

  it('encodes timestamps as ISO-8601 text', () => {
    const result = safeDecode(List.ListOptimizationJobsResponse, fixture('ListOptimizationJobs.response.json'))
    if (!result.success) throw new Error('does not decode')
    const encoded = List.ListOptimizationJobsResponse.encode(result.data) as { OptimizationJobSummaries: Array<{ LastModifiedTime: unknown }> }
    expect(encoded.OptimizationJobSummaries[0]!.LastModifiedTime).toBe('2024-06-21T05:21:02.512Z')
  })

  it('a request with two techniques in one OptimizationConfigs item is an issue (the item is a union)', () => {
    const request = structuredClone(fixture('CreateOptimizationJob.request.json')) as { OptimizationConfigs: Array<Record<string, unknown>> }
    request.OptimizationConfigs[0]!['ModelCompilationConfig'] = {}
    const result = safeDecode(Create.CreateOptimizationJobRequest, request)
    expect(result.success ? [] : result.issues.map((i) => i.path)).toEqual([['OptimizationConfigs', 0]])
  })

  it('a request misspelling a member gets the member it probably meant', () => {
    const { OptimizationJobName, ...rest } = fixture('StopOptimizationJob.request.json')
    const result = safeDecode(Stop.StopOptimizationJobRequest, { ...rest, OptimizationJobNmae: OptimizationJobName })
    expect(result.success ? [] : result.issues).toContainEqual(expect.objectContaining({ path: ['OptimizationJobNmae'], suggestion: 'OptimizationJobName' }))
  })

  it('a response as boto3 returns it (with ResponseMetadata) decodes and keeps the extra member', () => {
    const metadata = { RequestId: '00000000-0000-4000-8000-000000000000', HTTPStatusCode: 200, RetryAttempts: 0 }
    const result = safeDecode(Describe.DescribeOptimizationJobResponse, { ...fixture('DescribeOptimizationJob.response.json'), ResponseMetadata: metadata })
    expect(result).toMatchObject({ success: true, data: { ResponseMetadata: metadata } })
  })

  it('an unknown status in a response is kept (the enum is open)', () => {
    const result = safeDecode(Describe.DescribeOptimizationJobResponse, { ...fixture('DescribeOptimizationJob.response.json'), OptimizationJobStatus: 'PAUSED' })
    expect(result).toMatchObject({ success: true, data: { OptimizationJobStatus: 'PAUSED' } })
  })
})
