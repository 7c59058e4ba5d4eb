import { expectTypeOf } from 'vitest'
import type { SageMakerDetailType, TrainingJobStateChangeDetail } from '../../generated/events/index.js'
import {
  type EventBridgeJson,
  type SageMakerDetailJson,
  type SageMakerEventDetails,
  type SageMakerEventJson,
  type SageMakerEventOverrides,
  makeSageMakerEvent,
} from '../../generated/events/testing.js'

// Detail overrides are typed by the detail-type: a misspelt member does not compile.
makeSageMakerEvent('SageMaker Training Job State Change', { detail: { TrainingJobStatus: 'Failed' } })
// @ts-expect-error TrainingJobStatu is no member of a training job's detail
makeSageMakerEvent('SageMaker Training Job State Change', { detail: { TrainingJobStatu: 'Failed' } })
// @ts-expect-error nor is a training job's member one of an endpoint's
makeSageMakerEvent('SageMaker Endpoint State Change', { detail: { TrainingJobName: 'job' } })
// @ts-expect-error a nested member is checked too
makeSageMakerEvent('SageMaker Training Job State Change', { detail: { ResourceConfig: { InstanceCont: 2 } } })
// @ts-expect-error a member's value has its type (a count is a number)
makeSageMakerEvent('SageMaker Training Job State Change', { detail: { ResourceConfig: { InstanceCount: '2' } } })
// @ts-expect-error an unknown detail-type
makeSageMakerEvent('SageMaker Training Job Stat Change')

// Values in their JSON form: a timestamp as ISO-8601 text or epoch milliseconds, not a Date;
// `null` for an optional member (AWS sends it), `undefined` to remove one; an enum in either spelling.
makeSageMakerEvent('SageMaker Training Job State Change', {
  detail: { CreationTime: '2024-05-01T10:00:00Z', TrainingEndTime: 1714557600000, TrainingStartTime: null, Tags: undefined },
})
makeSageMakerEvent('SageMaker Endpoint State Change', { detail: { EndpointStatus: 'IN_SERVICE', ProductionVariants: [{ VariantName: 'AllTraffic' }] } })
// @ts-expect-error a Date is not what EventBridge sends
makeSageMakerEvent('SageMaker Training Job State Change', { detail: { CreationTime: new Date() } })
// @ts-expect-error an identity member is never null
makeSageMakerEvent('SageMaker Training Job State Change', { detail: { TrainingJobName: null } })
makeSageMakerEvent('SageMaker Model Building Pipeline Execution Status Change', { detail: { currentPipelineExecutionStatus: 'Failed' } })

// The result is that detail-type's JSON event.
const event = makeSageMakerEvent('SageMaker Training Job State Change')
expectTypeOf(event).toEqualTypeOf<SageMakerEventJson<'SageMaker Training Job State Change'>>()
expectTypeOf(event['detail-type']).toEqualTypeOf<'SageMaker Training Job State Change'>()
expectTypeOf(event.detail.TrainingJobName).toEqualTypeOf<string>()
expectTypeOf(event.detail.CreationTime).toEqualTypeOf<string | number | null | undefined>()
expectTypeOf(event.detail).toEqualTypeOf<SageMakerDetailJson<'SageMaker Training Job State Change'>>()
expectTypeOf(event.detail).toEqualTypeOf<EventBridgeJson<TrainingJobStateChangeDetail>>()
expectTypeOf(event.resources).toEqualTypeOf<readonly string[]>()

// Over a union of detail-types, a union of events, each with its own detail.
declare const either: 'SageMaker Training Job State Change' | 'SageMaker Endpoint State Change'
const one = makeSageMakerEvent(either)
if (one['detail-type'] === 'SageMaker Endpoint State Change') expectTypeOf(one.detail.EndpointName).toEqualTypeOf<string>()
else expectTypeOf(one.detail.TrainingJobName).toEqualTypeOf<string>()
expectTypeOf<SageMakerEventOverrides<'SageMaker Endpoint State Change'>>().toExtend<SageMakerEventOverrides>()

// Every detail-type has its detail type, and the factory takes each.
expectTypeOf<keyof SageMakerEventDetails>().toEqualTypeOf<SageMakerDetailType>()
expectTypeOf(makeSageMakerEvent<SageMakerDetailType>).parameter(0).toEqualTypeOf<SageMakerDetailType>()
