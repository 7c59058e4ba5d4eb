// Hostile definitions cost time linear in their size (issue 16): each is checked at 1e3 and 1e4
// and the work counted, never timed (see test/work.ts). A quadratic check makes about 100 times
// the calls on the larger input, a linear one about 10.
import { describe, expect, it } from 'vitest'
import * as _ from '../../../generated/sfn/sdk.js'
import { countWork } from '../../work.js'

const task = (state: Record<string, unknown>) => ({ StartAt: 'T', States: { T: { Type: 'Task', End: true, ...state } } })
const ENDPOINT = 'arn:aws:states:::sagemaker:createEndpoint'
const keys = (n: number, key: (i: number) => string, value: unknown): Record<string, unknown> =>
  Object.fromEntries(Array.from({ length: n }, (_unused, i) => [key(i), value]))

const cases: Array<[string, (n: number) => unknown]> = [
  ['runs of spaces in a slice (InputPath)', (n) => task({ Resource: ENDPOINT, InputPath: `$[${' '.repeat(n)}:${' '.repeat(n)}:${' '.repeat(n)}!]` })],
  ['"${" repeated in a Parameters value', (n) => task({ Resource: ENDPOINT, Parameters: { EndpointName: '${'.repeat(n), EndpointConfigName: 'c' } })],
  ['"${" repeated in a "Key.$" path', (n) => task({ Resource: ENDPOINT, Parameters: { EndpointName: 'e', 'EndpointConfigName.$': `$.${'${'.repeat(n)}` } })],
  ['"${" repeated in the Resource', (n) => task({ Resource: `arn:aws:states:::sagemaker:${'${'.repeat(n)}` })],
  ['"${" repeated in the Resource\'s partition', (n) => task({ Resource: `arn:${'${'.repeat(n)}:states:::sagemaker:createEndpoint` })],
  ['unknown "Key.$" keys', (n) => task({ Resource: ENDPOINT, Parameters: { EndpointName: 'e', EndpointConfigName: 'c', ...keys(n, (i) => `K${i}.$`, '$.a') } })],
  ['Tags entries set at run time', (n) => task({ Resource: ENDPOINT, Parameters: { EndpointName: 'e', EndpointConfigName: 'c', Tags: Array.from({ length: n }, (_unused, i) => ({ Key: `k${i}`, 'Value.$': '$.v' })) } })],
  ['an AWS SDK integration task with unknown "Key.$" keys', (n) => task({ Resource: 'arn:aws:states:::aws-sdk:sagemaker:describeTrainingJob', Parameters: { TrainingJobName: 'j', ...keys(n, (i) => `K${i}.$`, '$.a') } })],
  ['a long unknown AWS SDK action, and as many error names', (n) => task({ Resource: `arn:aws:states:::aws-sdk:sagemaker:${'x'.repeat(n)}`, Retry: [{ ErrorEquals: Array.from({ length: n / 100 }, () => `SageMaker.${'x'.repeat(100)}`) }] })],
  ['Tags entries set at run time, each with a bad key', (n) => task({ Resource: ENDPOINT, Parameters: { EndpointName: 'e', EndpointConfigName: 'c', Tags: Array.from({ length: n }, (_unused, i) => ({ Key: i, 'Value.$': '$.v' })) } })],
]

describe('validateStateMachine: work linear in the size of a hostile definition', () => {
  it.each(cases)('%s', (_name, definition) => {
    const work = (n: number) => {
      const given = definition(n)
      return countWork(() => _.validateStateMachine(given), { module: '/src/sfn/', longText: 256, budget: 400 * n })
    }
    const [small, large] = [work(1_000), work(10_000)]
    for (const w of [small, large]) expect(w).toMatchObject({ regexOverInput: [], overBudget: false })
    expect(large.calls / small.calls).toBeLessThan(15)
  })
})
