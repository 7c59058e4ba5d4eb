import { expectTypeOf } from 'vitest'
import type { CreateEndpointResponse } from '../../generated/api/CreateEndpoint.js'
import type { DescribeTrainingJobResponse } from '../../generated/api/DescribeTrainingJob.js'
import {
  type SageMakerAction,
  type SageMakerErrorEquals,
  type SageMakerTaskOutput,
  type SageMakerTaskPolicyOptions,
  type StateMachineValidation,
  validateStateMachine,
} from '../../generated/sfn/index.js'

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
