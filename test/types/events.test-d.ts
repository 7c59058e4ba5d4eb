import { expectTypeOf } from 'vitest'
import {
  type EndpointStateChangeEvent,
  type SageMakerEvent,
  type TrainingJobStateChangeDetail,
  type TrainingJobStateChangeEvent,
  type UnknownSageMakerEvent,
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
