import { expectTypeOf } from 'vitest'
import { CreateEndpointRequest, CreateEndpointResponse } from '../../generated/api/CreateEndpoint.js'
import {
  type CloudTrailView,
  type Hidden,
  type SageMakerApiCall,
  type SageMakerApiCallEvent,
  decodeSageMakerApiCall,
  isHidden,
  sageMakerApiCallEvent,
} from '../../generated/events/cloudtrail.js'
import { type AwsApiCallViaCloudTrailEvent, type SageMakerEvent, isAwsApiCallViaCloudTrailEvent } from '../../generated/events/index.js'

// The view's type: names with a lower-case first letter, all optional, any member hidden, enums
// open, timestamps read or kept, map keys as they are.
interface Shape {
  EndpointName: string
  Count: number
  Status: 'InService' | 'Failed'
  Config: { VolumeSizeInGB: number; Tags: Array<{ Key: string; Value: string }> }
  Environment: Record<string, string>
  CreationTime: Date
}
type View = CloudTrailView<Shape>
expectTypeOf<keyof View>().toEqualTypeOf<'endpointName' | 'count' | 'status' | 'config' | 'environment' | 'creationTime'>()
expectTypeOf<View['endpointName']>().toEqualTypeOf<string | undefined>()
expectTypeOf<View['count']>().toEqualTypeOf<number | Hidden | undefined>()
expectTypeOf<'Updating'>().toExtend<NonNullable<View['status']>>()
expectTypeOf<View['creationTime']>().toEqualTypeOf<Date | string | undefined>()
expectTypeOf<{ volumeSizeInGB?: number | Hidden | undefined }>().toExtend<Exclude<View['config'], Hidden | undefined>>()
expectTypeOf<Exclude<View['environment'], Hidden | undefined>>().toEqualTypeOf<{ [key: string]: string | undefined }>()

// One operation's event, from its codecs.
const CreateEndpointApiCall = sageMakerApiCallEvent('CreateEndpoint', CreateEndpointRequest, CreateEndpointResponse)
type OneCall = typeof CreateEndpointApiCall._A
expectTypeOf<OneCall['detail']['eventName']>().toEqualTypeOf<'CreateEndpoint'>()
expectTypeOf<NonNullable<OneCall['detail']['requestParameters']>['endpointConfigName']>().toEqualTypeOf<string | undefined>()
expectTypeOf<NonNullable<OneCall['detail']['responseElements']>['endpointArn']>().toEqualTypeOf<string | undefined>()
expectTypeOf<SageMakerApiCall<'CreateEndpoint'>['detail']['requestParameters']>().toEqualTypeOf<OneCall['detail']['requestParameters']>()

// Every operation: switch narrows (one case each in generated/cloudtrail.test-d.ts); here the
// handler a user writes, with a hidden structure checked before use.
const result = decodeSageMakerApiCall({})
if (result.success) {
  const { detail } = result.data
  expectTypeOf(result.data).toEqualTypeOf<SageMakerApiCallEvent>()
  switch (detail.eventName) {
    case 'CreateModel': {
      const container = detail.requestParameters?.primaryContainer
      // @ts-expect-error a member that may be hidden is checked first
      container?.image
      if (container !== undefined && !isHidden(container)) expectTypeOf(container.image).toEqualTypeOf<string | undefined>()
      break
    }
    case 'CreateEndpoint':
      // @ts-expect-error CreateModel's member is not CreateEndpoint's
      detail.requestParameters?.modelName
      break
  }
}

// The union of every SageMaker event knows the detail-type, with the elements as records.
declare const event: SageMakerEvent
if (isAwsApiCallViaCloudTrailEvent(event)) {
  expectTypeOf(event).toEqualTypeOf<AwsApiCallViaCloudTrailEvent>()
  expectTypeOf(event.detail.requestParameters).toEqualTypeOf<Record<string, unknown> | undefined>()
  expectTypeOf(event.detail.eventTime).toEqualTypeOf<Date | undefined>()
}
