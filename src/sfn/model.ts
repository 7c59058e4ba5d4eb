import type * as t from 'io-ts'
import type { Issue } from '../issues.js'
import type { IntegrationPattern, SageMakerIntegrationKind } from './resource.js'

/**
 * One SageMaker action Step Functions integrates: the API operation, the patterns it supports
 * and the strict codec of its request.
 *
 * @since 0.1.0
 * @category model
 */
export interface SageMakerIntegration {
  /** The API operation, e.g. `CreateTrainingJob`. */
  readonly operation: string
  readonly patterns: readonly IntegrationPattern[]
  readonly request: t.Decoder<unknown, unknown>
}

/**
 * The integrated actions by their Step Functions name (`createTrainingJob`).
 *
 * @since 0.1.0
 * @category model
 */
export type SageMakerIntegrations = { readonly [action: string]: SageMakerIntegration }

/**
 * One SageMaker operation as Step Functions' AWS SDK integration calls it
 * (`arn:aws:states:::aws-sdk:sagemaker:describeTrainingJob`): its strict request codec and its
 * IAM action.
 *
 * @since 0.1.0
 * @category model
 */
export interface SageMakerSdkIntegration {
  /** The API operation, e.g. `DescribeTrainingJob`. */
  readonly operation: string
  /** The IAM action the call needs, e.g. `sagemaker:DescribeTrainingJob`. */
  readonly iamAction: string
  readonly request: t.Decoder<unknown, unknown>
}

/**
 * The operations the AWS SDK integration calls, by their Step Functions name (`describeTrainingJob`).
 *
 * @since 0.1.0
 * @category model
 */
export type SageMakerSdkIntegrations = { readonly [action: string]: SageMakerSdkIntegration }

/**
 * What the policy of an AWS SDK integration task depends on, by operation: data only, so that
 * writing policies takes no codec.
 *
 * @since 0.1.0
 * @category model
 */
export interface SageMakerSdkPolicy {
  /** The IAM action the call needs, e.g. `sagemaker:DescribeTrainingJob`. */
  readonly iamAction: string
  /**
   * The request member that names the resource the operation acts on: a name that builds an ARN
   * of resource type `type` (`TrainingJobName`, `training-job`), or, without `type`, a member
   * that holds the ARN itself (`ResourceArn`). Absent when the resource is not named that way.
   */
  readonly resource?: { readonly member: string; readonly type?: string }
  /** Whether the request hands SageMaker a role (`RoleArn`, `ExecutionRoleArn`), always or optionally. */
  readonly passesRole?: 'required' | 'optional'
}

/**
 * @since 0.1.0
 * @category model
 */
export type SageMakerSdkPolicies = { readonly [action: string]: SageMakerSdkPolicy }

/**
 * What checking `aws-sdk:sagemaker:*` tasks takes: the operations, and the error names such a
 * task raises (`SageMaker.ResourceNotFoundException`, `SageMaker.SageMakerException`).
 *
 * @since 0.1.0
 * @category model
 */
export interface SageMakerSdk {
  readonly actions: SageMakerSdkIntegrations
  readonly errors: readonly string[]
}

/**
 * An issue in a state machine definition: the path runs from the definition's root
 * (`['States', 'Train', 'Parameters', 'RoleArn']`); `state` names the state it is in.
 *
 * @since 0.1.0
 * @category model
 */
export interface SfnIssue extends Issue {
  /** The state the issue is in; absent for issues of the definition as a whole. */
  readonly state?: string
}

/**
 * A SageMaker task state found in a definition.
 *
 * @since 0.1.0
 * @category model
 */
export interface SageMakerTask {
  readonly state: string
  /** Path of the state from the definition's root, e.g. `['States', 'Train']`. */
  readonly path: ReadonlyArray<string | number>
  /** `createTrainingJob` */
  readonly action: string
  readonly pattern: IntegrationPattern
  /** `sdk` for `aws-sdk:sagemaker:*` resources. */
  readonly integration: SageMakerIntegrationKind
}

/**
 * What {@link validateStateMachine} found: every issue, and the SageMaker tasks it checked.
 *
 * @since 0.1.0
 * @category model
 */
export interface StateMachineValidation {
  /** `true` when there are no issues. */
  readonly success: boolean
  readonly issues: readonly SfnIssue[]
  readonly tasks: readonly SageMakerTask[]
}
