import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import * as lean from '../../../generated/sfn/index.js'
import * as _ from '../../../generated/sfn/sdk.js'
import { safeDecode } from '../../../src/index.js'

const fixture = (path: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(`../../fixtures/sfn/${path}`, import.meta.url), 'utf8'))
const operations = readdirSync(new URL('../../../generated/api', import.meta.url))
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .map((f) => f.slice(0, -3))

const SDK = 'arn:aws:states:::aws-sdk:sagemaker:'
type Brief = { path: Array<string | number>; code: string | undefined; suggestion?: string }
const brief = (result: _.StateMachineValidation): Brief[] =>
  result.issues.map((i) => ({ path: [...i.path], code: i.code, ...(i.suggestion === undefined ? {} : { suggestion: i.suggestion }) }))
/** A machine of one task state `T`, JSONPath unless the state says otherwise. */
const task = (state: Record<string, unknown>, top: Record<string, unknown> = {}) => ({ ...top, StartAt: 'T', States: { T: { Type: 'Task', End: true, ...state } } })
const at = (...path: Array<string | number>) => ['States', 'T', ...path]

describe('sageMakerSdkIntegrations', () => {
  it('has every operation, by its name with a lower-case first letter, with its strict request and IAM action', () => {
    const table = Object.entries(_.sageMakerSdkIntegrations)
    expect(table.map(([, i]) => i.operation).sort()).toEqual([...operations].sort())
    for (const [action, integration] of table) {
      expect(action).toBe(integration.operation.charAt(0).toLowerCase() + integration.operation.slice(1))
      expect(integration.request.name, action).toMatch(new RegExp(`^${integration.operation}(Request|Input)$`))
      expect(integration.iamAction).toBe(`sagemaker:${integration.operation}`)
    }
  })

  it('policy facts for every operation; resources named by members the request has', () => {
    expect(Object.keys(_.sageMakerSdkPolicies)).toEqual(Object.keys(_.sageMakerSdkIntegrations))
    const policies: Record<string, lean.SageMakerSdkPolicy> = _.sageMakerSdkPolicies
    const named = Object.entries(policies).flatMap(([action, p]) => (p.resource === undefined ? [] : [[action, p.resource] as const]))
    expect(named.length).toBeGreaterThan(100)
    for (const [action, resource] of named) {
      const request = (_.sageMakerSdkIntegrations as lean.SageMakerSdkIntegrations)[action]!.request
      const result = safeDecode(request, { [resource.member]: 'x' })
      expect(result.success ? [] : result.issues.filter((issue) => issue.code === 'unrecognized_key'), action).toEqual([])
    }
    for (const [action, p] of Object.entries(policies)) expect(p.iamAction, action).toBe((_.sageMakerSdkIntegrations as lean.SageMakerSdkIntegrations)[action]!.iamAction)
    expect(policies['describeTrainingJob']!.resource).toEqual({ member: 'TrainingJobName', type: 'training-job' })
    expect(policies['addTags']!.resource).toEqual({ member: 'ResourceArn' })
    expect(policies['listTrainingJobs']!.resource).toBeUndefined()
    expect(policies['createTrainingJob']!.passesRole).toBe('required')
  })

  it('error names: the API\'s exceptions with Exception appended, and the catch-all', () => {
    expect([..._.sageMakerSdkTaskErrors]).toEqual([
      'SageMaker.ConflictException',
      'SageMaker.ResourceInUseException',
      'SageMaker.ResourceLimitExceededException',
      'SageMaker.ResourceNotFoundException',
      'SageMaker.SageMakerException',
    ])
  })
})

describe('validateStateMachine (sagemaker-shapes/sfn/sdk): SDK-integration tasks', () => {
  it.each<[string, () => unknown, string[]]>([
    ['JSONPath: list, describe, start a pipeline, poll, tag', () => fixture('sdk-integration.asl.json'), ['listModelPackages', 'describeModelPackage', 'startPipelineExecution', 'describePipelineExecution', 'addTags']],
    ['JSONata: an optimized .sync task, then SDK tasks', () => fixture('sdk-integration.jsonata.asl.json'), ['createTrainingJob', 'describeTrainingJob', 'listTrainingJobs']],
  ])('%s validates clean', (_name, machine, actions) => {
    const result = _.validateStateMachine(machine())
    expect(result.issues).toEqual([])
    expect(result.tasks.map((t) => t.action)).toEqual(actions)
    expect(result.tasks.filter((t) => t.integration === 'sdk').length).toBe(actions.length - (actions[0] === 'createTrainingJob' ? 1 : 0))
  })

  it('the published optimized-integration machines still validate clean', () => {
    for (const file of ['create-processing-job.asl.json', 'create-labeling-job.asl.json']) expect(_.validateStateMachine(fixture(file)).issues, file).toEqual([])
  })

  it('a misspelled member in both tasks of a JSONata machine: the optimized and the SDK one', () => {
    const machine = fixture('sdk-integration.jsonata.asl.json') as { States: Record<string, { Arguments: Record<string, unknown> }> }
    machine.States['Train']!.Arguments['TrainingJobNam'] = machine.States['Train']!.Arguments['TrainingJobName']
    delete machine.States['Train']!.Arguments['TrainingJobName']
    machine.States['Describe']!.Arguments = { TrainingJobNam: '{% $job %}' }
    expect(brief(_.validateStateMachine(machine))).toEqual([
      { path: ['States', 'Train', 'Arguments', 'TrainingJobNam'], code: 'unrecognized_key', suggestion: 'TrainingJobName' },
      { path: ['States', 'Train', 'Arguments', 'TrainingJobName'], code: 'missing_required' },
      { path: ['States', 'Describe', 'Arguments', 'TrainingJobNam'], code: 'unrecognized_key', suggestion: 'TrainingJobName' },
      { path: ['States', 'Describe', 'Arguments', 'TrainingJobName'], code: 'missing_required' },
    ])
    // sagemaker-shapes/sfn alone checks the optimized task only.
    expect(brief(lean.validateStateMachine(machine)).map((i) => i.path[1])).toEqual(['Train', 'Train'])
  })

  const cases: Array<[string, { given: unknown; want: Brief[] }]> = [
    [
      'an unknown action, with the one meant',
      { given: task({ Resource: `${SDK}describeTrainingJobs`, Parameters: { TrainingJobName: 'j' } }), want: [{ path: at('Resource'), code: 'invalid_value', suggestion: `${SDK}describeTrainingJob` }] },
    ],
    [
      'the operation name as the action',
      { given: task({ Resource: `${SDK}DescribeTrainingJob.waitForTaskToken` }), want: [{ path: at('Resource'), code: 'invalid_value', suggestion: `${SDK}describeTrainingJob.waitForTaskToken` }] },
    ],
    [
      'a misspelled member, nested in a list',
      {
        given: task({ Resource: `${SDK}startPipelineExecution`, Parameters: { PipelineName: 'p', PipelineParameters: [{ Name: 'a', Valu: 'b' }] } }),
        want: [
          { path: at('Parameters', 'PipelineParameters', 0, 'Valu'), code: 'unrecognized_key', suggestion: 'Value' },
          { path: at('Parameters', 'PipelineParameters', 0, 'Value'), code: 'missing_required' },
        ],
      },
    ],
    [
      'a misspelled "Key.$" member',
      { given: task({ Resource: `${SDK}describeTrainingJob`, Parameters: { 'TrainingJobNmae.$': '$.name' } }), want: [
        { path: at('Parameters', 'TrainingJobNmae.$'), code: 'unrecognized_key', suggestion: 'TrainingJobName.$' },
        { path: at('Parameters', 'TrainingJobName'), code: 'missing_required' },
      ] },
    ],
    [
      'a bad enum value, in JSONata',
      { given: task({ Resource: `${SDK}listTrainingJobs`, Arguments: { StatusEquals: 'Complete', MaxResults: '{% $n %}' } }, { QueryLanguage: 'JSONata' }), want: [{ path: at('Arguments', 'StatusEquals'), code: 'invalid_enum_value', suggestion: 'Completed' }] },
    ],
    [
      'a malformed path',
      { given: task({ Resource: `${SDK}describeTrainingJob`, Parameters: { 'TrainingJobName.$': '$.name[' } }), want: [{ path: at('Parameters', 'TrainingJobName.$'), code: 'invalid_value' }] },
    ],
    [
      '.sync, which the SDK integration lacks: the optimized integration has it',
      { given: task({ Resource: `${SDK}createTrainingJob.sync` }), want: [{ path: at('Resource'), code: 'invalid_value', suggestion: 'arn:aws:states:::sagemaker:createTrainingJob.sync' }] },
    ],
    [
      '.sync on an operation without an optimized integration',
      { given: task({ Resource: `${SDK}startPipelineExecution.sync`, Parameters: { PipelineName: 'p' } }), want: [{ path: at('Resource'), code: 'invalid_value', suggestion: `${SDK}startPipelineExecution` }] },
    ],
    [
      'a misspelled pattern',
      { given: task({ Resource: `${SDK}describeTrainingJob.waitForTaskTokn` }), want: [{ path: at('Resource'), code: 'invalid_value', suggestion: `${SDK}describeTrainingJob.waitForTaskToken` }] },
    ],
  ]
  it.each(cases)('%s', (_name, { given, want }) => {
    const result = _.validateStateMachine(given)
    expect(brief(result)).toEqual(want)
    expect(result.success).toBe(false)
    expect(result.issues.every((i) => i.state === 'T')).toBe(true)
  })

  it('accepts run-time values and the state input as the request', () => {
    for (const machine of [
      task({ Resource: `${SDK}describeTrainingJob`, Parameters: { 'TrainingJobName.$': "States.Format('job-{}', $.id)" } }),
      task({ Resource: `${SDK}describeTrainingJob`, InputPath: '$.request' }),
      task({ Resource: `${SDK}describeTrainingJob.waitForTaskToken`, Arguments: '{% $states.input.request %}' }, { QueryLanguage: 'JSONata' }),
      task({ Resource: 'arn:${AWS::Partition}:states:::aws-sdk:sagemaker:${Action}', Parameters: { Anything: 1 } }),
    ]) {
      expect(_.validateStateMachine(machine).issues).toEqual([])
    }
  })

  it('issues read well: the list of names only where no one name is meant', () => {
    const messages = (state: Record<string, unknown>) => _.validateStateMachine(task(state)).issues.map((i) => i.message)
    expect(messages({ Resource: `${SDK}describeTrainingJobs`, Retry: [{ ErrorEquals: ['SageMaker.ResourceNotFound'] }] })).toEqual([
      'the AWS SDK integration raises no error "SageMaker.ResourceNotFound"',
      'the AWS SDK integration has no SageMaker action "describeTrainingJobs"',
    ])
    expect(messages({ Resource: `${SDK}frobnicate`, Retry: [{ ErrorEquals: ['SageMaker.Throttling'] }] })).toEqual([
      'the AWS SDK integration raises no error "SageMaker.Throttling" (it raises SageMaker.ConflictException, SageMaker.ResourceInUseException, SageMaker.ResourceLimitExceededException, SageMaker.ResourceNotFoundException, SageMaker.SageMakerException and States.*)',
      'the AWS SDK integration has no SageMaker action "frobnicate" (an action is the operation with a lower-case first letter, e.g. describeTrainingJob)',
    ])
  })

  it('finds SDK tasks in Map item processors', () => {
    const map = { StartAt: 'M', States: { M: { Type: 'Map', ItemProcessor: task({ Resource: `${SDK}deleteEndpoint`, Parameters: { EndpointNam: 'e' } }), End: true } } }
    expect(brief(_.validateStateMachine(map)).map((i) => i.path.join('.'))).toEqual(['States.M.ItemProcessor.States.T.Parameters.EndpointNam', 'States.M.ItemProcessor.States.T.Parameters.EndpointName'])
  })
})

describe('validateStateMachine (sagemaker-shapes/sfn/sdk): Retry and Catch of SDK-integration tasks', () => {
  const retrying = (...names: string[]) => task({ Resource: `${SDK}describeTrainingJob`, Parameters: { TrainingJobName: 'j' }, Retry: [{ ErrorEquals: names }] })
  it.each<[string, string, string | undefined]>([
    ['the API name without Exception', 'SageMaker.ResourceNotFound', 'SageMaker.ResourceNotFoundException'],
    ['a typo', 'SageMaker.ResourceNotFoundExeption', 'SageMaker.ResourceNotFoundException'],
    ['the prefix in another case', 'Sagemaker.ResourceInUseException', 'SageMaker.ResourceInUseException'],
    ['the optimized integration\'s catch-all', 'SageMaker.AmazonSageMakerException', 'SageMaker.SageMakerException'],
    ['a States.* error Step Functions does not raise', 'States.TaskFaild', 'States.TaskFailed'],
    ['an exception SageMaker does not declare', 'SageMaker.ThrottlingException', undefined],
  ])('flags %s', (_name, name, suggestion) => {
    expect(brief(_.validateStateMachine(retrying(name)))).toEqual([{ path: at('Retry', 0, 'ErrorEquals', 0), code: 'invalid_value', ...(suggestion === undefined ? {} : { suggestion }) }])
  })

  it('accepts every declared exception, the catch-all, States.* and names of other sources', () => {
    expect(_.validateStateMachine(retrying(..._.sageMakerSdkTaskErrors, 'States.Timeout', 'States.TaskFailed', 'MyError')).issues).toEqual([])
  })
})

describe('sageMakerTaskPolicy (sagemaker-shapes/sfn/sdk): SDK-integration tasks', () => {
  const account = { region: 'eu-west-1', accountId: '123456789012' } as const
  const role = 'arn:aws:iam::123456789012:role/SageMaker'
  const passRole = { Effect: 'Allow', Action: ['iam:PassRole'], Resource: [role], Condition: { StringEquals: { 'iam:PassedToService': 'sagemaker.amazonaws.com' } } }
  it.each<[string, Parameters<typeof _.sageMakerTaskPolicy>[0], unknown[]]>([
    ['a literal name builds the ARN', { integration: 'sdk', action: 'describeTrainingJob', resources: 'static', name: 'nightly', ...account }, [{ Effect: 'Allow', Action: ['sagemaker:DescribeTrainingJob'], Resource: ['arn:aws:sagemaker:eu-west-1:123456789012:training-job/nightly'] }]],
    ['a name from the input allows any', { integration: 'sdk', action: 'describeTrainingJob', resources: 'dynamic', ...account }, [{ Effect: 'Allow', Action: ['sagemaker:DescribeTrainingJob'], Resource: ['*'] }]],
    ['an ARN given as the name is the resource', { integration: 'sdk', action: 'deleteModel', resources: 'static', name: 'arn:aws-cn:sagemaker:cn-north-1:123456789012:model/m', ...account }, [{ Effect: 'Allow', Action: ['sagemaker:DeleteModel'], Resource: ['arn:aws-cn:sagemaker:cn-north-1:123456789012:model/m'] }]],
    ['an operation that takes the ARN', { integration: 'sdk', action: 'addTags', resources: 'static', name: 'arn:aws:sagemaker:eu-west-1:123456789012:model-package/p/1', ...account }, [{ Effect: 'Allow', Action: ['sagemaker:AddTags'], Resource: ['arn:aws:sagemaker:eu-west-1:123456789012:model-package/p/1'] }]],
    ['an operation whose request names no resource', { integration: 'sdk', action: 'listTrainingJobs', resources: 'static', name: 'x', ...account }, [{ Effect: 'Allow', Action: ['sagemaker:ListTrainingJobs'], Resource: ['*'] }]],
    ['a trial, whose ARN says experiment-trial', { integration: 'sdk', action: 'describeTrial', resources: 'static', name: 't', partition: 'aws-us-gov', ...account }, [{ Effect: 'Allow', Action: ['sagemaker:DescribeTrial'], Resource: ['arn:aws-us-gov:sagemaker:eu-west-1:123456789012:experiment-trial/t'] }]],
    ['a role passed', { integration: 'sdk', action: 'createModel', resources: 'static', name: 'm', roleArn: role, ...account }, [{ Effect: 'Allow', Action: ['sagemaker:CreateModel'], Resource: ['arn:aws:sagemaker:eu-west-1:123456789012:model/m'] }, passRole]],
  ])('%s', (_name, options, statements) => {
    expect(_.sageMakerTaskPolicy(options)).toEqual({ Version: '2012-10-17', Statement: statements })
  })

  it('optimized-integration policies are the same as from sagemaker-shapes/sfn', () => {
    const options = { action: 'createTrainingJob', pattern: 'sync', resources: 'dynamic', roleArn: role, ...account } as const
    expect(_.sageMakerTaskPolicy(options)).toEqual(lean.sageMakerTaskPolicy(options))
  })

  it.each<[string, () => unknown, RegExp]>([
    ['an unknown action', () => _.sageMakerTaskPolicy({ integration: 'sdk', action: 'describeTrainingJobs' as 'describeTrainingJob', resources: 'dynamic', ...account }), /no SageMaker action "describeTrainingJobs"/],
    ['a role the operation does not pass', () => _.sageMakerTaskPolicy({ integration: 'sdk', action: 'describeTrainingJob', resources: 'dynamic', roleArn: role, ...account }), /passes SageMaker no role/],
    ['no role where the request always passes one', () => _.sageMakerTaskPolicy({ integration: 'sdk', action: 'createTrainingJob', resources: 'dynamic', ...account }), /give its roleArn/],
    ['a name where the operation takes an ARN', () => _.sageMakerTaskPolicy({ integration: 'sdk', action: 'addTags', resources: 'static', name: 'p', ...account }), /give the ARN as name/],
    ['SDK options to the sageMakerTaskPolicy of sagemaker-shapes/sfn', () => lean.sageMakerTaskPolicy({ integration: 'sdk', action: 'describeTrainingJob', resources: 'dynamic', ...account } as unknown as lean.SageMakerTaskPolicyOptions), /sagemaker-shapes\/sfn\/sdk/],
  ])('throws a TypeError for %s', (_name, call, message) => {
    expect(call).toThrow(TypeError)
    expect(call).toThrow(message)
  })
})
