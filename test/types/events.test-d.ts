import { expectTypeOf } from 'vitest'
import {
  type EndpointStateChangeEvent,
  type SageMakerEvent,
  type TrainingJobStateChangeDetail,
  type TrainingJobStateChangeEvent,
  type TrackingServerStoppedDetail,
  type UnknownDetailType,
  type UnknownSageMakerEvent,
  type HumanTaskSubmittedDetail,
  decodeSageMakerEvent,
  isTrainingJobStateChangeEvent,
  isUnknownSageMakerEvent,
} from '../../generated/events/index.js'

const result = decodeSageMakerEvent({})
if (result.success) {
  const event = result.data
  expectTypeOf(event).toEqualTypeOf<SageMakerEvent>()
  if (isTrainingJobStateChangeEvent(event)) {
    // The guard narrows the union to the one variant, and its detail to that detail type.
    expectTypeOf(event).toEqualTypeOf<TrainingJobStateChangeEvent>()
    expectTypeOf(event.detail).toEqualTypeOf<TrainingJobStateChangeDetail>()
    expectTypeOf(event.detail.TrainingJobName).toEqualTypeOf<string>()
    expectTypeOf(event.detail.CreationTime).toEqualTypeOf<Date | undefined>()
    expectTypeOf(event.time).toEqualTypeOf<Date>()
    expectTypeOf<'InProgress'>().toExtend<NonNullable<typeof event.detail.TrainingJobStatus>>()
    expectTypeOf<'IN_PROGRESS'>().toExtend<NonNullable<typeof event.detail.TrainingJobStatus>>()
    expectTypeOf(event.detail.Tags).toEqualTypeOf<Record<string, string> | undefined>()
  } else {
    expectTypeOf(event).not.toEqualTypeOf<TrainingJobStateChangeEvent>()
    expectTypeOf<EndpointStateChangeEvent>().toExtend<typeof event>()
  }
  if (isUnknownSageMakerEvent(event)) {
    expectTypeOf(event).toExtend<UnknownSageMakerEvent>()
    expectTypeOf(event.detail).toEqualTypeOf<Record<string, unknown>>()
  }
}

// `switch` on the detail-type narrows without isUnknownSageMakerEvent first (the README's handler).
declare const any: SageMakerEvent
switch (any['detail-type']) {
  case 'SageMaker Training Job State Change':
    expectTypeOf(any).toEqualTypeOf<TrainingJobStateChangeEvent>()
    expectTypeOf(any.detail.TrainingJobName).toEqualTypeOf<string>()
    // In the Describe response, in no example: typed all the same.
    expectTypeOf(any.detail.FailureReason).toEqualTypeOf<string | undefined>()
    expectTypeOf(any.detail.TrainingEndTime?.toISOString()).toEqualTypeOf<string | undefined>()
    break
  case 'SageMaker Tracking Server Stopped':
    // No example: typed by DescribeMlflowTrackingServer, every member optional.
    expectTypeOf(any.detail).toEqualTypeOf<TrackingServerStoppedDetail>()
    expectTypeOf(any.detail.TrackingServerName).toEqualTypeOf<string | undefined>()
    expectTypeOf(any.detail.CreationTime).toEqualTypeOf<Date | undefined>()
    break
  case 'SageMaker Human Task Submitted':
    // No example, no API resource: an open record.
    expectTypeOf(any.detail).toEqualTypeOf<HumanTaskSubmittedDetail>()
    expectTypeOf(any.detail['anything']).toEqualTypeOf<unknown>()
    break
  default:
    if (!isUnknownSageMakerEvent(any)) break
    expectTypeOf(any['detail-type']).toEqualTypeOf<UnknownDetailType>()
    expectTypeOf(any['detail-type']).toExtend<string>()
    // A detail-type this version does not know is compared as a string.
    expectTypeOf((any['detail-type'] as string) === 'SageMaker Some New Thing').toEqualTypeOf<boolean>()
}
// A known literal matches no unknown detail-type: `===` narrows to the one variant.
if (any['detail-type'] === 'SageMaker Endpoint State Change') expectTypeOf(any).toEqualTypeOf<EndpointStateChangeEvent>()
// @ts-expect-error a literal no detail-type of this version has: "no overlap" (the price of narrowing)
if (any['detail-type'] === 'SageMaker Some New Thing') expectTypeOf(any).toBeNever()
