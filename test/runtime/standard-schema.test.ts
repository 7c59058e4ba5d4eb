import { parse } from '@aws-lambda-powertools/parser'
import { EventBridgeEnvelope, SqsEnvelope } from '@aws-lambda-powertools/parser/envelopes'
import { sValidator } from '@hono/standard-validator'
import { Hono } from 'hono'
import * as t from 'io-ts'
import { readFileSync } from 'node:fs'
import { describe, expect, expectTypeOf, it } from 'vitest'
import * as api from '../../generated/api/index.js'
import * as events from '../../generated/events/index.js'
import { makeSageMakerEvent } from '../../generated/events/testing.js'

describe('Standard Schema v1 on every exported codec', () => {
  // Every exported io-ts type: an object with the io-ts Type interface (descriptions `<Name>$` are arrays).
  const isType = (v: unknown): v is t.Mixed =>
    typeof v === 'object' && v !== null && !Array.isArray(v) && ['is', 'validate', 'encode', 'decode', 'pipe'].every((m) => typeof (v as Record<string, unknown>)[m] === 'function')
  const exported = [...Object.entries(api), ...Object.entries(events)].filter(([, v]) => isType(v)) as Array<[string, t.Mixed]>

  it('carries ~standard with version 1, vendor sagemaker-shapes and a validate function', () => {
    expect(exported.length).toBeGreaterThan(4_000)
    const missing = exported.filter(([, codec]) => {
      const props = (codec as unknown as { '~standard'?: { version?: unknown; vendor?: unknown; validate?: unknown } })['~standard']
      return props?.version !== 1 || props.vendor !== 'sagemaker-shapes' || typeof props.validate !== 'function'
    })
    expect(missing.map(([name]) => name)).toEqual([])
  })

  it('is built once per codec, not on every read', () => {
    expect(api.CreateProcessingJobRequest['~standard']).toBe(api.CreateProcessingJobRequest['~standard'])
  })

  it('validate returns the decoded value, or issues with paths', () => {
    const standard = api.CreateProcessingJobRequest['~standard']
    expect(standard.validate({ ProcessingJobName: 'x' })).toMatchObject({ issues: expect.arrayContaining([{ message: expect.any(String), path: ['RoleArn'] }]) })
    const event = makeSageMakerEvent('SageMaker Training Job State Change')
    const result = events.SageMakerEvent['~standard'].validate(event)
    expect('value' in result && result.value.time).toBeInstanceOf(Date)
  })
})

describe('@aws-lambda-powertools/parser with our codecs as schemas', () => {
  const event = makeSageMakerEvent('SageMaker Training Job State Change', { time: '2024-05-01T10:00:00Z' })

  it('parses a SageMaker event', () => {
    const parsed = parse(event, undefined, events.SageMakerEvent)
    expect(events.isTrainingJobStateChangeEvent(parsed)).toBe(true)
    expect(parsed.time).toEqual(new Date('2024-05-01T10:00:00Z'))
  })

  it('reports our issues, with their paths, on safeParse', () => {
    const result = parse({ ...event, detail: { TrainingJobArn: 1 } }, undefined, events.SageMakerEvent, true)
    expect(result.success).toBe(false)
    expect(!result.success && result.error.cause).toEqual([
      { message: 'expected string, received 1', path: ['detail', 'TrainingJobArn'] },
      { message: 'missing required member "TrainingJobName"', path: ['detail', 'TrainingJobName'] },
    ])
  })

  it('parses one detail-type with its <Name>Event codec and no envelope: typed, with Dates', () => {
    const parsed = parse(event, undefined, events.TrainingJobStateChangeEvent)
    expectTypeOf(parsed).toEqualTypeOf<events.TrainingJobStateChangeEvent>()
    expect(parsed.detail.TrainingJobName).toBe(event.detail.TrainingJobName)
    expect(parsed.detail.CreationTime).toBeInstanceOf(Date)
  })

  it('refuses another detail-type with a ParseError whose cause is our issues', () => {
    const other = makeSageMakerEvent('SageMaker Endpoint State Change')
    expect(() => parse(other, undefined, events.TrainingJobStateChangeEvent)).toThrow('Failed to parse schema')
    const result = parse(other, undefined, events.TrainingJobStateChangeEvent, true)
    expect(!result.success && result.error.cause).toContainEqual({ message: 'expected "SageMaker Training Job State Change", received "SageMaker Endpoint State Change"', path: ['detail-type'] })
  })

  it('its envelopes take Zod schemas only (a Powertools limit): they throw even with safeParse, so decode the whole event instead', () => {
    expect(() => parse(event, EventBridgeEnvelope, events.TrainingJobStateChangeDetail)).toThrow(/expected a Zod schema/)
    expect(() => parse(event, EventBridgeEnvelope, events.TrainingJobStateChangeDetail, true)).toThrow(/expected a Zod schema/)
    const sqs: unknown = JSON.parse(readFileSync(new URL('../fixtures/deliveries/sqs-eventbridge.json', import.meta.url), 'utf8'))
    expect(() => parse(sqs, SqsEnvelope, events.SageMakerEvent)).toThrow(TypeError)
    expect(() => parse(sqs, SqsEnvelope, events.SageMakerEvent, true)).toThrow(TypeError)
    // What works through SQS: the package's own delivery decoder.
    expect(events.decodeSageMakerSqsEvent(sqs).map(({ result }) => result.success)).toEqual([true, true])
  })
})

describe('Hono with our codecs as request validators', () => {
  const app = new Hono().post('/jobs', sValidator('json', api.CreateProcessingJobRequest), (c) => {
    const job = c.req.valid('json')
    return c.json({ name: job.ProcessingJobName, instances: job.ProcessingResources.ClusterConfig?.InstanceCount })
  })
  const post = (body: unknown) => app.request('/jobs', { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } })
  const valid = {
    ProcessingJobName: 'job',
    RoleArn: 'arn:aws:iam::123456789012:role/R',
    AppSpecification: { ImageUri: 'image' },
    ProcessingResources: { ClusterConfig: { InstanceCount: 2, InstanceType: 'ml.m5.large', VolumeSizeInGB: 10 } },
  }

  it('accepts a valid request body and hands the handler typed data', async () => {
    const response = await post(valid)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ name: 'job', instances: 2 })
  })

  it('rejects an invalid one with our issues', async () => {
    const response = await post({ ...valid, ProcessingJobNmae: 'x' })
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain('ProcessingJobNmae')
  })
})
