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
    expect(result.success && events.isTrainingJobStateChangeEvent(result.data) && result.data.detail.TrainingJobStatus).toBe('Failed')
  })

  it('gives a fresh copy each time', () => {
    const a = _.makeSageMakerEvent('SageMaker Training Job State Change')
    ;(a.detail as Record<string, unknown>)['TrainingJobName'] = 'changed'
    expect(_.makeSageMakerEvent('SageMaker Training Job State Change').detail['TrainingJobName']).not.toBe('changed')
  })
})
