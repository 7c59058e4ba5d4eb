import type * as t from 'io-ts'
import type { Issue } from '../issues.js'
import type { IntegrationPattern } from './resource.js'

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
