import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { EndpointStatus, ProcessingS3DataDistributionType } from '../../../generated/api/index.js'
import * as _ from '../../../generated/events/index.js'

const fixture = (path: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../../fixtures/events/${path}`, import.meta.url), 'utf8'))
const training = fixture('training-job-state-change/seed-01.json')
const withDetail = (base: Record<string, unknown>, detail: Record<string, unknown>) => ({
  ...structuredClone(base),
  detail: { ...(base['detail'] as object), ...detail },
})

describe('timestamps, whatever the encoding', () => {
  const instant = new Date(Date.UTC(2020, 5, 17, 16, 39, 52, 203))
  const cases: Array<[string, { given: unknown; want: Date }]> = [
    ['ISO, no fraction', { given: '2020-06-17T16:39:52Z', want: new Date(Date.UTC(2020, 5, 17, 16, 39, 52)) }],
    ['ISO, 3 fraction digits', { given: '2020-06-17T16:39:52.203Z', want: instant }],
    ['ISO, 9 fraction digits', { given: '2020-06-17T16:39:52.203456789Z', want: instant }],
    ['epoch ms integer', { given: 1592411992203, want: instant }],
    ['epoch ms float', { given: 1592411992203.0, want: instant }],
    ['epoch ms numeric text', { given: '1592411992203', want: instant }],
  ]
  it.each(cases)('detail CreationTime as %s', (_name, { given, want }) => {
    const result = _.decodeSageMakerEvent(withDetail(training, { CreationTime: given }))
    expect(result.success && _.isTrainingJobStateChangeEvent(result.data) && result.data.detail.CreationTime).toEqual(want)
  })

  it.each([
    ['ISO', '2021-10-25T01:52:12Z', new Date(Date.UTC(2021, 9, 25, 1, 52, 12))],
    ['epoch ms text', '1583831889050', new Date(1583831889050)],
  ])('envelope time as %s', (_name, time, want) => {
    const result = _.decodeSageMakerEvent({ ...training, time })
    expect(result.success && result.data.time).toEqual(want)
  })

  it('reports a timestamp it cannot read, at its path', () => {
    const result = _.decodeSageMakerEvent(withDetail(training, { CreationTime: 'yesterday' }))
    expect(result.success ? [] : result.issues.map((i) => i.path)).toEqual([['detail', 'CreationTime']])
  })
})

describe('detail-types', () => {
  it('an unknown detail-type decodes to UnknownSageMakerEvent, detail kept', () => {
    const event = { ...training, 'detail-type': 'SageMaker Something New State Change', detail: { Thing: 1, When: '2025-01-01T00:00:00Z' } }
    const result = _.decodeSageMakerEvent(event)
    expect(result.success && _.isUnknownSageMakerEvent(result.data)).toBe(true)
    expect(result.success && result.data.detail).toEqual({ Thing: 1, When: '2025-01-01T00:00:00Z' })
    expect(result.success && _.isTrainingJobStateChangeEvent(result.data)).toBe(false)
  })

  it('a known detail-type with a broken identity member is an issue, not an unknown event', () => {
    const result = _.decodeSageMakerEvent(withDetail(training, { TrainingJobName: undefined }))
    expect(result.success ? [] : result.issues).toEqual([expect.objectContaining({ path: ['detail', 'TrainingJobName'], code: 'missing_required' })])
  })

  it('says when what it got looks like an SQS record, not an event', () => {
    const result = _.decodeSageMakerEvent({ messageId: '1', body: JSON.stringify(training) })
    expect(result.success ? '' : result.issues[0]!.message).toMatch(/SQS or SNS/)
  })

  it('reads the duplicated "source" of an AWS example as the string it stands for', () => {
    const result = _.decodeSageMakerEvent({ ...training, source: ['aws.sagemaker'] })
    expect(result.success && result.data.source).toBe('aws.sagemaker')
    expect(_.decodeSageMakerEvent({ ...training, source: 'aws.ec2' }).success).toBe(false)
  })

  it('keeps replay-name and unknown envelope and detail members', () => {
    const result = _.decodeSageMakerEvent({ ...withDetail(training, { NewField: { a: 1 } }), 'replay-name': 'replay-1', extra: true })
    expect(result.success && result.data).toMatchObject({ 'replay-name': 'replay-1', extra: true, detail: { NewField: { a: 1 } } })
  })
})

describe('status casing', () => {
  const endpoint = fixture('endpoint-state-change/seed-01.json')
  it('accepts the event spelling and maps it to the API spelling', () => {
    const result = _.decodeSageMakerEvent(endpoint)
    if (!result.success || !_.isEndpointStateChangeEvent(result.data)) return expect.fail('not an endpoint event')
    expect(result.data.detail.EndpointStatus).toBe('IN_SERVICE')
    expect(_.toApiEnumValue(result.data.detail.EndpointStatus!, EndpointStatus)).toBe('InService')
  })

  it.each([
    ['IN_SERVICE', 'InService'],
    ['FAILED', 'Failed'],
    ['InService', 'InService'],
    ['SYSTEM_UPDATING', 'SystemUpdating'],
    ['Brand_New', undefined],
    ['', undefined],
  ])('%s -> %s', (given, want) => {
    expect(_.toApiEnumValue(given, EndpointStatus)).toBe(want)
  })

  it('maps processing enum spellings too (FULLYREPLICATED -> FullyReplicated)', () => {
    expect(_.toApiEnumValue('FULLYREPLICATED', ProcessingS3DataDistributionType)).toBe('FullyReplicated')
  })

  it('gives undefined for an absent status, and takes a list of values as well as a codec', () => {
    expect(_.toApiEnumValue(undefined, EndpointStatus)).toBeUndefined()
    expect(_.toApiEnumValue('in-service', ['InService', 'Failed'])).toBe('InService')
  })
})
