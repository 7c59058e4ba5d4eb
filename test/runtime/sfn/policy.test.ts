import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import * as _ from '../../../src/sfn/policy.js'

type Policies = Record<string, Record<'static' | 'dynamic', Record<'sync' | 'requestResponse', unknown>>>
// AWS's published policies, with their [[placeholders]] as published.
const published = JSON.parse(readFileSync(new URL('../../fixtures/sfn/iam-policies.json', import.meta.url), 'utf8')) as Policies

const account = { roleArn: 'arn:aws:iam::123456789012:role/SageMakerExecution', region: 'eu-west-1', accountId: '123456789012' }
const names: Record<string, string> = { createTrainingJob: 'trainingJobName', createTransformJob: 'transformJobName' }

/** A published policy with its placeholders filled in, as the text says to. */
function filled(policy: unknown, name: string, action: string): unknown {
  const text = JSON.stringify(policy)
    .replaceAll('[[region]]', account.region)
    .replaceAll('[[accountId]]', account.accountId)
    .replaceAll('[[roleArn]]', account.roleArn)
    .replaceAll(`[[${names[action]}]]`, name)
  expect(text).not.toContain('[[')
  return JSON.parse(text)
}

const cases = Object.entries(published).flatMap(([action, styles]) =>
  Object.entries(styles).flatMap(([resources, patterns]) =>
    Object.entries(patterns).map(([pattern, policy]) => [`${action} ${resources} ${pattern}`, { action, resources, pattern, policy }] as const),
  ),
)

describe('sageMakerTaskPolicy', () => {
  it('covers every published case', () => expect(cases).toHaveLength(8))

  it.each(cases)('%s equals the published policy', (_name, { action, resources, pattern, policy }) => {
    const options = { ...account, action: action as _.SageMakerPolicyAction, pattern: pattern as 'sync' | 'requestResponse' }
    const got = resources === 'static' ? _.sageMakerTaskPolicy({ ...options, resources, name: 'nightly-search' }) : _.sageMakerTaskPolicy({ ...options, resources: 'dynamic' })
    expect(got).toEqual(filled(policy, 'nightly-search', action))
  })

  it('.waitForTaskToken gets the request-response policy, as the published page groups them', () => {
    const base = { ...account, action: 'createTrainingJob', resources: 'dynamic' } as const
    expect(_.sageMakerTaskPolicy({ ...base, pattern: 'waitForTaskToken' })).toEqual(_.sageMakerTaskPolicy({ ...base, pattern: 'requestResponse' }))
  })

  it.each<[string, _.SageMakerTaskPolicyOptions, { actions: string[]; resource: string; passRole: boolean; rule?: string }]>([
    ['a tuning job, .sync', { ...account, action: 'createHyperParameterTuningJob', pattern: 'sync', resources: 'static', name: 'hpo' }, {
      actions: ['sagemaker:CreateHyperParameterTuningJob', 'sagemaker:DescribeHyperParameterTuningJob', 'sagemaker:StopHyperParameterTuningJob'],
      resource: 'arn:aws:sagemaker:eu-west-1:123456789012:hyper-parameter-tuning-job/hpo*',
      passRole: true,
      rule: 'arn:aws:events:eu-west-1:123456789012:rule/StepFunctionsGetEventsForSageMakerTuningJobsRule',
    }],
    ['a model', { ...account, action: 'createModel', pattern: 'requestResponse', resources: 'dynamic' }, { actions: ['sagemaker:CreateModel'], resource: 'arn:aws:sagemaker:eu-west-1:123456789012:model/*', passRole: true }],
    ['an endpoint update (no role passed)', { ...account, action: 'updateEndpoint', pattern: 'requestResponse', resources: 'static', name: 'prod' }, { actions: ['sagemaker:UpdateEndpoint'], resource: 'arn:aws:sagemaker:eu-west-1:123456789012:endpoint/prod*', passRole: false }],
    ['another partition', { ...account, action: 'createProcessingJob', pattern: 'sync', resources: 'dynamic', partition: 'aws-cn' }, {
      actions: ['sagemaker:CreateProcessingJob', 'sagemaker:DescribeProcessingJob', 'sagemaker:StopProcessingJob'],
      resource: 'arn:aws-cn:sagemaker:eu-west-1:123456789012:processing-job/*',
      passRole: true,
      rule: 'arn:aws-cn:events:eu-west-1:123456789012:rule/StepFunctionsGetEventsForSageMakerProcessingJobsRule',
    }],
  ])('the other actions follow the same template: %s', (_name, options, want) => {
    const [main, listTags, ...rest] = _.sageMakerTaskPolicy(options).Statement
    expect(main).toEqual({ Effect: 'Allow', Action: want.actions, Resource: [want.resource] })
    expect(listTags).toEqual({ Effect: 'Allow', Action: ['sagemaker:ListTags'], Resource: ['*'] })
    expect(rest.some((s) => s.Action.includes('iam:PassRole'))).toBe(want.passRole)
    expect(rest.find((s) => s.Action.includes('events:PutRule'))?.Resource).toEqual(want.rule === undefined ? undefined : [want.rule])
  })

  it.each<[string, unknown, RegExp]>([
    ['an unknown action', { ...account, action: 'createPipeline', pattern: 'requestResponse', resources: 'dynamic' }, /no SageMaker action "createPipeline"/],
    ['.sync where there is none', { ...account, action: 'createModel', pattern: 'sync', resources: 'dynamic' }, /createModel has no \.sync/],
    ['static resources without a name', { ...account, action: 'createModel', pattern: 'requestResponse', resources: 'static' }, /need the name/],
  ])('throws a TypeError for options no task can have: %s', (_name, options, message) => {
    expect(() => _.sageMakerTaskPolicy(options as _.SageMakerTaskPolicyOptions)).toThrow(message)
  })
})
