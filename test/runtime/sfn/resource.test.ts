import { describe, expect, it } from 'vitest'
import * as _ from '../../../src/sfn/resource.js'

describe('parseSageMakerResource', () => {
  it.each<[string, _.SageMakerResource | undefined]>([
    ['arn:aws:states:::sagemaker:createTrainingJob.sync', { action: 'createTrainingJob', operation: 'CreateTrainingJob', pattern: 'sync', integration: 'optimized' }],
    ['arn:aws:states:::sagemaker:createModel', { action: 'createModel', operation: 'CreateModel', pattern: 'requestResponse', integration: 'optimized' }],
    ['arn:aws-cn:states:cn-north-1:123456789012:sagemaker:createEndpoint', { action: 'createEndpoint', operation: 'CreateEndpoint', pattern: 'requestResponse', integration: 'optimized' }],
    ['arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:sagemaker:createTransformJob.sync', { action: 'createTransformJob', operation: 'CreateTransformJob', pattern: 'sync', integration: 'optimized' }],
    ['arn:${partition}:states:::sagemaker:createTrainingJob.waitForTaskToken', { action: 'createTrainingJob', operation: 'CreateTrainingJob', pattern: 'waitForTaskToken', integration: 'optimized' }],
    ['arn:aws:states:::sagemaker:createTrainingJob.synch', undefined],
    ['arn:aws:states:::sagemaker:CreateTrainingJob', undefined],
    ['arn:aws:states:::lambda:invoke', undefined],
    ['arn:aws:states:::aws-sdk:sagemaker:createTrainingJob', { action: 'createTrainingJob', operation: 'CreateTrainingJob', pattern: 'requestResponse', integration: 'sdk' }],
    ['arn:aws:states:::aws-sdk:sagemaker:describeTrainingJob.waitForTaskToken', { action: 'describeTrainingJob', operation: 'DescribeTrainingJob', pattern: 'waitForTaskToken', integration: 'sdk' }],
    ['arn:${AWS::Partition}:states:::aws-sdk:sagemaker:listTags', { action: 'listTags', operation: 'ListTags', pattern: 'requestResponse', integration: 'sdk' }],
    ['arn:aws:states:::aws-sdk:sagemakerruntime:invokeEndpoint', undefined],
    ['arn:aws:states:::aws-sdk:SageMaker:listTags', undefined],
    ['arn:aws:lambda:us-west-2:123456789012:function:f', undefined],
    ['arn:aws:states:::sagemaker:', undefined],
    ['arn:aws:states:::sagemaker:create-model', undefined],
    ['arn:${unclosed:states:::sagemaker:createModel', undefined],
    ['arn:aws:states:${a:b}::sagemaker:createModel', { action: 'createModel', operation: 'CreateModel', pattern: 'requestResponse', integration: 'optimized' }],
  ])('%s', (resource, want) => expect(_.parseSageMakerResource(resource)).toEqual(want))

  // One pass over the fields (test/runtime/sfn/linear.test.ts counts the work).
  it('answers a long resource that does not match', () => {
    expect(_.parseSageMakerResource(`arn:${'${a}$x'.repeat(20_000)}`)).toBeUndefined()
  })
})
