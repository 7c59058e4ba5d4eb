import { readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { EVENT_OVERLAYS } from '../../../codegen/overlays/events.js'
import * as events from '../../../generated/events/index.js'
import * as _ from '../../../generated/events/testing.js'

describe('makeSageMakerEvent', () => {
  it('knows every detail-type that has an overlay and sources', () => {
    const known: readonly string[] = events.sageMakerDetailTypes
    expect(known.length).toBeGreaterThanOrEqual(20)
    for (const t of known) expect(EVENT_OVERLAYS.map((o) => o.detailType)).toContain(t)
  })

  it.each(events.sageMakerDetailTypes)('%s: builds an event that decodes to its variant', (detailType) => {
    const result = events.decodeSageMakerEvent(_.makeSageMakerEvent(detailType))
    expect(result.success && !events.isUnknownSageMakerEvent(result.data) && result.data['detail-type']).toBe(detailType)
  })

  it('refuses a detail-type it does not know', () => {
    expect(() => _.makeSageMakerEvent('SageMaker Nothing' as never)).toThrow(TypeError)
  })

  it('applies overrides to the envelope and the detail, and removes members set to undefined', () => {
    const event = _.makeSageMakerEvent('SageMaker Training Job State Change', {
      region: 'eu-west-1',
      detail: { TrainingJobStatus: 'Failed', FailureReason: 'OOM', HyperParameters: undefined },
    })
    expect(event).toMatchObject({ region: 'eu-west-1', detail: { TrainingJobStatus: 'Failed', FailureReason: 'OOM' } })
    expect(event.detail).not.toHaveProperty('HyperParameters')
    const result = events.decodeSageMakerEvent(event)
    expect(result.success && events.isTrainingJobStateChangeEvent(result.data) && [result.data.detail.TrainingJobStatus, result.data.detail.FailureReason]).toEqual(['Failed', 'OOM'])
  })

  it('keeps a member named __proto__ as a member (no prototype changes)', () => {
    const detail = JSON.parse('{"__proto__": {"polluted": true}}') as Record<string, unknown>
    const event = _.makeSageMakerEvent('SageMaker Training Job State Change', { detail } as never)
    expect(Object.getPrototypeOf(event.detail)).toBe(Object.prototype)
    expect(Object.hasOwn(event.detail, '__proto__')).toBe(true)
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })

  it('gives a fresh copy each time', () => {
    const a = _.makeSageMakerEvent('SageMaker Training Job State Change')
    ;(a.detail as Record<string, unknown>)['TrainingJobName'] = 'changed'
    expect(_.makeSageMakerEvent('SageMaker Training Job State Change').detail['TrainingJobName']).not.toBe('changed')
  })

  it.each(events.sageMakerDetailTypes)('%s: resources are ARNs', (detailType) => {
    for (const arn of _.makeSageMakerEvent(detailType).resources) expect(arn).toMatch(/^arn:aws:[a-z-]+:[a-z0-9-]*:\d{12}:[A-Za-z-]+\/\S+$/)
  })
})

describe('makeSageMakerEvent: resources', () => {
  // Every documented example, its detail put in place of the factory's (placeholders left out).
  const dir = fileURLToPath(new URL('../../fixtures/events/', import.meta.url))
  const fixtures = readdirSync(dir).flatMap((slug) =>
    readdirSync(`${dir}${slug}`).map((file) => ({ file: `${slug}/${file}`, event: JSON.parse(readFileSync(`${dir}${slug}/${file}`, 'utf8')) as Record<string, unknown> })),
  )
  const usable = fixtures.filter(({ event }) => !JSON.stringify(event['resources']).includes('<'))

  it.each(usable)("$file: the factory builds the example's resources from its detail", ({ event }) => {
    const detailType = event['detail-type'] as events.SageMakerDetailType
    const detail = event['detail'] as Record<string, unknown>
    const remove = Object.fromEntries(Object.keys(_.makeSageMakerEvent(detailType).detail).map((k) => [k, undefined]))
    const made = _.makeSageMakerEvent(detailType, { region: event['region'] as string, account: event['account'] as string, detail: { ...remove, ...detail } } as never)
    expect(made.detail).toEqual(JSON.parse(JSON.stringify(detail)))
    expect(made.resources).toEqual(event['resources'])
  })

  it('covers the examples of most detail-types', () => {
    expect(usable.length).toBeGreaterThanOrEqual(25)
    expect(new Set(usable.map(({ event }) => event['detail-type'])).size).toBeGreaterThanOrEqual(17)
  })

  it("follows the detail: an overridden ARN, else the name, lower-cased, in the event's region and account", () => {
    const arn = 'arn:aws:sagemaker:eu-west-1:111122223333:training-job/nightly'
    expect(_.makeSageMakerEvent('SageMaker Training Job State Change', { detail: { TrainingJobArn: arn } }).resources).toEqual([arn])
    const named = _.makeSageMakerEvent('SageMaker Endpoint State Change', { region: 'eu-west-1', account: '111122223333', detail: { EndpointName: 'My-Endpoint', EndpointArn: undefined } })
    expect(named.resources).toEqual(['arn:aws:sagemaker:eu-west-1:111122223333:endpoint/my-endpoint'])
    const china = _.makeSageMakerEvent('SageMaker Model Card State Change', { region: 'cn-north-1', detail: { ModelCardName: 'Card' } })
    expect(china.resources).toEqual(['arn:aws-cn:sagemaker:cn-north-1:123456789012:model-card/card'])
  })

  it("keeps the example's resources, in the event's region and account, where the detail names no resource", () => {
    const event = _.makeSageMakerEvent('SageMaker Ground Truth Labeling Job State Change', { region: 'eu-west-1', account: '111122223333' })
    expect(event.resources).toEqual(['arn:aws:sagemaker:eu-west-1:111122223333:labeling-job/test-labeling-job'])
  })

  it('lets resources be set outright', () => {
    expect(_.makeSageMakerEvent('SageMaker Training Job State Change', { resources: [] }).resources).toEqual([])
  })
})
