import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import * as _ from '../../../codegen/emit/sfn.js'
import { sdkPackageDir } from '../../../codegen/generate.js'
import type { IR, Member } from '../../../codegen/ir/types.js'
import { SAGEMAKER_API_EXCEPTIONS } from '../../../codegen/overlays/sfn-integrations.js'

const root = fileURLToPath(new URL('../../..', import.meta.url))

describe('the AWS SDK integration facts', () => {
  it('the exceptions are the ones @aws-sdk/client-sagemaker declares', () => {
    const errors = readFileSync(join(sdkPackageDir(root), 'dist-types/models/errors.d.ts'), 'utf8')
    const declared = [...errors.matchAll(/export declare class (\w+) extends __BaseException/g)].map((m) => m[1]!)
    expect([...SAGEMAKER_API_EXCEPTIONS].sort()).toEqual(declared.sort())
  })
})

describe('emitSfn: generated/sfn/sdk.ts', () => {
  const member = (name: string, required = true): Member => ({ name, target: { kind: 'string' }, required })
  /** An IR of operations with the given request members. */
  const irOf = (operations: Record<string, Member[]>): IR => ({
    source: 'test',
    shapes: Object.fromEntries(Object.entries(operations).map(([op, members]) => [`${op}Request`, { kind: 'structure', name: `${op}Request`, members }])),
    operations: Object.fromEntries(Object.keys(operations).map((op) => [op, { name: op, input: `${op}Request` }])),
  })
  const facts = { exceptions: ['ResourceNotFound', 'ConflictException'], resourceTypes: { TrainingJob: 'training-job' } }
  /** The action's line in the policy table. */
  const entry = (text: string, action: string) => text.slice(text.indexOf('export const sageMakerSdkPolicies')).split('\n').find((line) => line.startsWith(`  ${action}: `))

  const cases: Array<[string, { given: Record<string, Member[]>; action: string; want: string }]> = [
    ['a name member of a known resource type', { given: { DescribeTrainingJob: [member('TrainingJobName')] }, action: 'describeTrainingJob', want: "resource: { member: 'TrainingJobName', type: 'training-job' } }" }],
    ['the noun must be the whole operation after its verb', { given: { ListTrainingJobsForX: [member('TrainingJobName')], DescribeTrainingJob: [member('TrainingJobName')] }, action: 'listTrainingJobsForX', want: "{ iamAction: 'sagemaker:ListTrainingJobsForX' }" }],
    ['a member holding the ARN', { given: { StopPipelineExecution: [member('PipelineExecutionArn')], DescribeTrainingJob: [member('TrainingJobName')] }, action: 'stopPipelineExecution', want: "resource: { member: 'PipelineExecutionArn' } }" }],
    ['the tag operations name theirs by ResourceArn', { given: { AddTags: [member('ResourceArn'), member('Tags')], DescribeTrainingJob: [member('TrainingJobName')] }, action: 'addTags', want: "resource: { member: 'ResourceArn' } }" }],
    ['a role always passed', { given: { CreateTrainingJob: [member('TrainingJobName'), member('RoleArn')] }, action: 'createTrainingJob', want: "type: 'training-job' }, passesRole: 'required' }" }],
    ['a role sometimes passed', { given: { CreateModel: [member('ModelName'), member('ExecutionRoleArn', false)], DescribeTrainingJob: [member('TrainingJobName')] }, action: 'createModel', want: "{ iamAction: 'sagemaker:CreateModel', passesRole: 'optional' }" }],
  ]
  it.each(cases)('%s', (_name, { given, action, want }) => {
    const text = _.emitSfn(irOf(given), [], facts).get('generated/sfn/sdk.ts')!
    expect(entry(text, action)?.endsWith(` ${want},`), entry(text, action)).toBe(true)
  })

  it('error names as Step Functions raises them, Exception appended', () => {
    const text = _.emitSfn(irOf({ DescribeTrainingJob: [member('TrainingJobName')] }), [], facts).get('generated/sfn/sdk.ts')!
    expect(text).toContain("export const sageMakerSdkTaskErrors = ['SageMaker.ConflictException', 'SageMaker.ResourceNotFoundException', 'SageMaker.SageMakerException'] as const")
  })

  it('fails on a resource type no operation uses (a stale overlay entry)', () => {
    expect(() => _.emitSfn(irOf({ ListModels: [] }), [], facts)).toThrow(/no operation names a resource of TrainingJob/)
  })
})
