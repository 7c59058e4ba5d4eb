// The optimization-job resource-catalog record: its lenient codec, and the mapping to the
// DescribeOptimizationJob response and back, on the record and response fixtures.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DescribeOptimizationJobResponse } from '../../../generated/api/DescribeOptimizationJob.js'
import * as _ from '../../../generated/catalog/index.js'
import { safeDecode } from '../../../src/index.js'
import { expectPathsAgree } from '../agree.js'

const json = (path: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8')) as Record<string, unknown>
const RECORD = json('catalog/aws_sagemaker_optimizationjob/completed.json')
const RESPONSES = {
  completed: json('optimization-jobs/DescribeOptimizationJob.response.json'),
  failed: json('optimization-jobs/DescribeOptimizationJob.response.failed.json'),
}

const decoded = <A>(result: { success: true; data: A } | { success: false; issues: unknown }): A => {
  if (!result.success) throw new Error(`expected success, got ${JSON.stringify(result.issues)}`)
  return result.data
}
const decodeRecord = (input: unknown): _.OptimizationJobRecord => decoded(safeDecode(_.OptimizationJobRecord, input))
const decodeResponse = (input: unknown): DescribeOptimizationJobResponse => decoded(safeDecode(DescribeOptimizationJobResponse, input))
const without = (o: object, ...keys: string[]): Record<string, unknown> => Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k)))

describe('OptimizationJobRecord', () => {
  it('decodes the record: timestamps to Dates, INT32 fields as integers, catalog fields kept', () => {
    const record = decodeRecord(RECORD)
    expect(record.creation_time).toEqual(new Date('2024-06-21T04:20:00Z'))
    expect(record.stopping_condition?.max_runtime_in_seconds).toBe(36000)
    expect(record.optimization_configs?.[0]?.model_quantization_config?.override_environment).toEqual({ OPTION_QUANTIZE: 'awq' })
    expect([record.account_id, record.tags]).toEqual(['111122223333', ['project:inference-optimization']])
    expect(_.OptimizationJobRecord.is(record)).toBe(true)
  })

  it('decode(encode(decode(x))) equals decode(x); encode writes ISO-8601 text', () => {
    const once = decodeRecord(RECORD)
    const encoded = _.OptimizationJobRecord.encode(once)
    expect(decodeRecord(encoded)).toEqual(once)
    expect(encoded.optimization_start_time).toBe('2024-06-21T04:21:02.250Z')
  })

  // Stores write timestamps in more than one way, and leave absent fields as null.
  it.each([
    ['ISO-8601 text', '2024-06-21T04:20:00Z'],
    ['epoch milliseconds', 1718943600000],
    ['epoch milliseconds as text', '1718943600000'],
    ['epoch seconds', 1718943600],
    ['a Date', new Date('2024-06-21T04:20:00Z')],
  ])('reads creation_time given as %s', (_case, value) => {
    expect(decodeRecord({ ...RECORD, creation_time: value }).creation_time).toEqual(new Date('2024-06-21T04:20:00Z'))
  })

  it('the fast and the careful path agree, on the record as it is and broken', () => {
    const broken = [{}, { ...RECORD, creation_time: true }, { ...RECORD, stopping_condition: { max_runtime_in_seconds: 1.5 } }, { ...RECORD, tags: [1] }]
    for (const value of [RECORD, ...broken]) expectPathsAgree(_.OptimizationJobRecord, value)
  })

  it('treats null as absent and keeps fields the table does not list', () => {
    const record = decodeRecord({ ...RECORD, failure_reason: null, vpc_config: null, region: 'us-east-1' })
    expect('failure_reason' in record || 'vpc_config' in record).toBe(false)
    expect((record as Record<string, unknown>)['region']).toBe('us-east-1')
  })

  it.each([
    ['a fraction in an INT32 field', { stopping_condition: { max_runtime_in_seconds: 1.5 } }, ['stopping_condition', 'max_runtime_in_seconds']],
    ['a timestamp that is none', { creation_time: 'yesterday' }, ['creation_time']],
    ['a string where the table has a list', { tags: 'project:x' }, ['tags']],
  ])('reports %s with its path', (_case, change, path) => {
    const result = safeDecode(_.OptimizationJobRecord, { ...RECORD, ...change })
    expect(result.success ? [] : result.issues.map((i) => i.path)).toEqual([path])
  })
})

describe('optimizationJobRecordToApi / optimizationJobRecordFromApi', () => {
  // The response also has MaxInstanceCount, which the table does not list.
  it('the record becomes the response it describes, the catalog fields carried and listed', () => {
    const result = _.optimizationJobRecordToApi(RECORD)
    expect(result).toEqual({
      success: true,
      data: { ...without(decodeResponse(RESPONSES.completed), 'MaxInstanceCount'), account_id: '111122223333', tags: ['project:inference-optimization'] },
      carried: [['account_id'], ['tags']],
    })
  })

  it('the response becomes the record: the catalog fields absent, the member the table lacks carried', () => {
    expect(_.optimizationJobRecordFromApi(RESPONSES.completed)).toEqual({
      success: true,
      data: { ...without(decodeRecord(RECORD), 'account_id', 'tags'), MaxInstanceCount: 1 },
      carried: [['MaxInstanceCount']],
    })
  })

  it('members the table does not know are carried under their own name and listed by path', () => {
    const result = _.optimizationJobRecordFromApi(RESPONSES.failed)
    expect(result.success && result.carried).toEqual([['ModelSource', 'SageMakerModel'], ['OutputConfig', 'SageMakerModel'], ['TrainingPlanArns']])
    expect(result.success && result.data.model_source).toEqual({ SageMakerModel: { ModelName: 'llama-3-8b-base' } })
  })

  // Round trips, each way: nothing lost, nothing changed, types kept (Dates stay Dates).
  it.each([
    ['the record', RECORD],
    ['the record with a field the table does not list', { ...RECORD, region: 'us-east-1', extra: { nested: [1, 'two', null] } }],
    ['the record with timestamps as epoch milliseconds', { ...RECORD, creation_time: 1718943600000, last_modified_time: '1718947262512' }],
  ])('record -> response -> record keeps every field: %s', (_case, input) => {
    const there = _.optimizationJobRecordToApi(input)
    if (!there.success) throw new Error(JSON.stringify(there.issues))
    expect(_.optimizationJobRecordFromApi(there.data)).toEqual({ success: true, data: decodeRecord(input), carried: there.carried })
    expect(_.optimizationJobRecordFromApi(DescribeOptimizationJobResponse.encode(there.data))).toMatchObject({ success: true, data: decodeRecord(input) })
  })

  it.each([
    ['the completed job', RESPONSES.completed],
    ['the failed job (members the table lacks)', RESPONSES.failed],
    ['a boto3 response with ResponseMetadata', { ...RESPONSES.completed, ResponseMetadata: { RequestId: 'r-1', HTTPStatusCode: 200 } }],
    [
      'a job with a technique the table lacks',
      { ...RESPONSES.completed, OptimizationConfigs: [{ ModelSpeculativeDecodingConfig: { Technique: 'EAGLE' } }] },
    ],
  ])('response -> record -> response keeps every member: %s', (_case, input) => {
    const there = _.optimizationJobRecordFromApi(input)
    if (!there.success) throw new Error(JSON.stringify(there.issues))
    const back = _.optimizationJobRecordToApi(there.data)
    expect(back).toMatchObject({ success: true, data: decodeResponse(input) })
    expect(back.success && back.data).toEqual(decodeResponse(input))
    // Carried there, carried back: the same fields, each at its path in that direction's input.
    expect(back.success && back.carried.length).toBe(there.carried.length)
  })

  it('shares nothing with its input: the Dates and the carried fields are copies', () => {
    const record = decodeRecord({ ...RECORD, extra: { nested: [1] } })
    const result = _.optimizationJobRecordToApi(record)
    expect(result.success && result.data.CreationTime).toEqual(record.creation_time)
    expect(result.success && result.data.CreationTime).not.toBe(record.creation_time)
    // Carried under their own name: the record's `tags`, and `extra`, which the table lacks.
    const carried = (value: object, key: string): unknown => (value as Record<string, unknown>)[key]
    expect(result.success && carried(result.data, 'extra')).toEqual(carried(record, 'extra'))
    expect(result.success && carried(result.data, 'extra')).not.toBe(carried(record, 'extra'))
    expect(result.success && carried(result.data, 'tags')).toEqual(record.tags)
    expect(result.success && carried(result.data, 'tags')).not.toBe(record.tags)
  })

  it.each([
    [
      'a member the response requires, absent from the record',
      () => _.optimizationJobRecordToApi(without(RECORD, 'optimization_job_arn')),
      { path: ['optimization_job_arn'], code: 'missing_required', message: expect.stringContaining('OptimizationJobArn') },
    ],
    [
      'a required member inside a structure',
      () => _.optimizationJobRecordToApi({ ...RECORD, vpc_config: { security_group_ids: ['sg-1'] } }),
      { path: ['vpc_config', 'subnets'], code: 'missing_required', message: expect.stringContaining('VpcConfig.Subnets') },
    ],
    [
      'two techniques in one item (the API allows one)',
      () => _.optimizationJobRecordToApi({ ...RECORD, optimization_configs: [{ model_compilation_config: {}, model_sharding_config: {} }] }),
      { path: ['optimization_configs', 0] },
    ],
    [
      'a fraction in an integer member of the response',
      () => _.optimizationJobRecordFromApi({ ...RESPONSES.completed, StoppingCondition: { MaxRuntimeInSeconds: 1.5 } }),
      { path: ['StoppingCondition', 'MaxRuntimeInSeconds'], code: 'not_integer' },
    ],
    [
      'a key of the response that a field of the record would also become',
      () => _.optimizationJobRecordFromApi({ ...RESPONSES.completed, role_arn: 'arn:aws:iam::111122223333:role/Other' }),
      { path: ['role_arn'], code: 'invalid_value', message: expect.stringContaining('"RoleArn"') },
    ],
    [
      'a field and an unknown key that would both land on one member',
      () => _.optimizationJobRecordToApi({ ...RECORD, OutputConfig: {} }),
      { path: ['OutputConfig'], code: 'invalid_value', message: expect.stringContaining('one would be lost') },
    ],
    ['input that is no record', () => _.optimizationJobRecordToApi('aws_sagemaker_optimizationjob'), { path: [], code: 'invalid_type' }],
  ])('reports %s with a path into the input', (_case, convert, issue) => {
    const result = convert()
    expect(result.success ? [] : result.issues).toEqual([expect.objectContaining(issue)])
  })

  it('never throws, and a __proto__ key stays data', () => {
    const hostile = JSON.parse(`{"optimization_job_name":"x","__proto__":{"polluted":true}}`) as unknown
    const trap = new Proxy({}, { ownKeys: () => { throw new Error('trap') } })
    expect(() => _.optimizationJobRecordToApi(hostile)).not.toThrow()
    expect(() => _.optimizationJobRecordToApi(trap)).not.toThrow()
    expect(_.optimizationJobRecordToApi(trap)).toMatchObject({ success: false })
    const result = _.optimizationJobRecordFromApi({ ...RESPONSES.completed, ...(JSON.parse('{"__proto__":{"polluted":true}}') as object) })
    expect(result.success && Object.getPrototypeOf(result.data)).toBe(Object.prototype)
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })

  it('the field map holds one entry per field of the table, with its provider name', () => {
    expect(Object.keys(_.optimizationJobRecordFields)).toHaveLength(19)
    expect(_.optimizationJobRecordFields['model_source']?.fields?.['s3']?.fields?.['s3_uri']).toEqual({ api: 'S3Uri' })
    expect(_.optimizationJobRecordFields['tags']).toEqual({})
  })
})
