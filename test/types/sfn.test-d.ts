import { expectTypeOf } from 'vitest'
import type { CreateEndpointResponse } from '../../generated/api/CreateEndpoint.js'
import type { DescribeTrainingJobRequest, DescribeTrainingJobResponse } from '../../generated/api/DescribeTrainingJob.js'
import {
  type SageMakerAction,
  type SageMakerErrorEquals,
  type SageMakerTaskOutput,
  type SageMakerTaskPolicyOptions,
  type StateMachineValidation,
  sageMakerTaskPolicy,
  validateStateMachine,
} from '../../generated/sfn/index.js'
import * as sdk from '../../generated/sfn/sdk.js'

expectTypeOf(validateStateMachine).parameter(0).toEqualTypeOf<unknown>()
expectTypeOf(validateStateMachine({})).toEqualTypeOf<StateMachineValidation>()

// The output of a task, by action and pattern.
expectTypeOf<SageMakerTaskOutput<'createTrainingJob', 'sync'>>().toEqualTypeOf<DescribeTrainingJobResponse>()
expectTypeOf<SageMakerTaskOutput<'createEndpoint', 'requestResponse'>>().toEqualTypeOf<CreateEndpointResponse>()
// @ts-expect-error createEndpoint has no .sync
expectTypeOf<SageMakerTaskOutput<'createEndpoint', 'sync'>>()

expectTypeOf<'createTrainingJob'>().toExtend<SageMakerAction>()
expectTypeOf<'createOptimizationJob'>().not.toExtend<SageMakerAction>()

// Retry and Catch error names.
expectTypeOf<['SageMaker.ResourceLimitExceededException', 'States.Timeout', 'SageMaker.ResourceInUse']>().toExtend<SageMakerErrorEquals>()
expectTypeOf<['States.TimeOut']>().not.toExtend<SageMakerErrorEquals>()

// Static resources need the name the task sets.
expectTypeOf<{ action: 'createModel'; pattern: 'requestResponse'; resources: 'static'; roleArn: string; region: string; accountId: string }>().not.toExtend<SageMakerTaskPolicyOptions>()
expectTypeOf<{ action: 'createModel'; pattern: 'requestResponse'; resources: 'dynamic'; roleArn: string; region: string; accountId: string }>().toExtend<SageMakerTaskPolicyOptions>()

// sagemaker-shapes/sfn/sdk: every operation, by the AWS SDK integration's spelling.
expectTypeOf(sdk.validateStateMachine).toEqualTypeOf<(definition: unknown) => StateMachineValidation>()
expectTypeOf<'describeTrainingJob' | 'startPipelineExecution' | 'addTags'>().toExtend<sdk.SageMakerSdkAction>()
expectTypeOf<'DescribeTrainingJob'>().not.toExtend<sdk.SageMakerSdkAction>()
expectTypeOf<'SageMaker.ResourceNotFoundException' | 'SageMaker.SageMakerException'>().toExtend<sdk.SageMakerSdkTaskError>()
expectTypeOf<'SageMaker.ResourceNotFound'>().not.toExtend<sdk.SageMakerSdkTaskError>()
expectTypeOf(sdk.sageMakerSdkIntegrations.describeTrainingJob.request).toEqualTypeOf<typeof DescribeTrainingJobRequest>()

// Its sageMakerTaskPolicy takes both integrations; that of sagemaker-shapes/sfn the optimized one only.
const account = { region: 'eu-west-1', accountId: '123456789012' } as const
expectTypeOf(sdk.sageMakerTaskPolicy).toBeCallableWith({ integration: 'sdk', action: 'describeTrainingJob', resources: 'dynamic', ...account })
expectTypeOf(sdk.sageMakerTaskPolicy).toBeCallableWith({ action: 'createTrainingJob', pattern: 'sync', resources: 'dynamic', roleArn: 'r', ...account })
// @ts-expect-error no such operation
sdk.sageMakerTaskPolicy({ integration: 'sdk', action: 'describeTrainingJobs', resources: 'dynamic', ...account })
// @ts-expect-error static resources need the name
sdk.sageMakerTaskPolicy({ integration: 'sdk', action: 'describeTrainingJob', resources: 'static', ...account })
// @ts-expect-error sagemaker-shapes/sfn writes no SDK-integration policy
sageMakerTaskPolicy({ integration: 'sdk', action: 'describeTrainingJob', resources: 'dynamic', ...account })
