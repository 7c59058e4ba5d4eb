import { describe, expect, it } from 'vitest'
import * as describeEndpoint from '../../../generated/api/DescribeEndpoint.js'
import * as api from '../../../generated/api/index.js'

describe("an operation's module exports the enums its shapes use", () => {
  it.each([
    ['EndpointStatus', 'InService'],
    ['EndpointStatusLenient', 'SomethingNew'],
    ['VariantStatus', 'Baking'],
    ['ProductionVariantInstanceType', 'ml.m5.large'],
  ] as const)('%s: the same codec as the barrel exports, decoding %s', (name, value) => {
    expect(describeEndpoint[name]).toBe(api[name])
    expect(describeEndpoint[name].is(value)).toBe(true)
  })

  it('the strict codec still refuses a value the API does not have', () => {
    expect(describeEndpoint.EndpointStatus.is('IN_SERVICE')).toBe(false)
  })
})
