import { expectTypeOf } from 'vitest'
import type * as api from '../../generated/api/index.js'
import { type DescribeEndpointResponse, EndpointStatus, type EndpointStatusLenient, VariantStatus } from '../../generated/api/DescribeEndpoint.js'
import { type EndpointStateChangeEvent, toApiEnumValue } from '../../generated/events/index.js'

// An operation's module exports the enums its shapes use: the barrel's types and codecs.
expectTypeOf<EndpointStatus>().toEqualTypeOf<api.EndpointStatus>()
expectTypeOf(EndpointStatus).toEqualTypeOf<typeof api.EndpointStatus>()
expectTypeOf<DescribeEndpointResponse['EndpointStatus']>().toExtend<EndpointStatusLenient>()
expectTypeOf<EndpointStatusLenient>().toExtend<DescribeEndpointResponse['EndpointStatus']>()
expectTypeOf<VariantStatus>().toEqualTypeOf<api.VariantStatus>()

// toApiEnumValue gives the API enum's type, or undefined: no longer `string`.
declare const event: EndpointStateChangeEvent
const status = toApiEnumValue(event.detail.EndpointStatus, EndpointStatus)
expectTypeOf(status).toEqualTypeOf<EndpointStatus | undefined>()
expectTypeOf<'IN_SERVICE'>().not.toExtend<typeof status>()
expectTypeOf(toApiEnumValue('Baking', VariantStatus)).toEqualTypeOf<VariantStatus | undefined>()
expectTypeOf(toApiEnumValue('a', ['A', 'B'] as const)).toEqualTypeOf<'A' | 'B' | undefined>()
if (status !== undefined) {
  switch (status) {
    case 'InService':
      break
    // @ts-expect-error the event spelling is not a value of the API enum
    case 'IN_SERVICE':
      break
  }
}
// @ts-expect-error the result may be undefined
export const text: string = toApiEnumValue('IN_SERVICE', EndpointStatus)
