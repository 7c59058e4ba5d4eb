/**
 * Errors every Step Functions state can raise, by the names `Retry` and `Catch` match on.
 *
 * @since 0.1.0
 * @category model
 */
export const statesErrors = [
  'States.ALL',
  'States.BranchFailed',
  'States.DataLimitExceeded',
  'States.ExceedToleratedFailureThreshold',
  'States.HeartbeatTimeout',
  'States.IntrinsicFailure',
  'States.ItemReaderFailed',
  'States.NoChoiceMatched',
  'States.ParameterPathFailure',
  'States.Permissions',
  'States.QueryEvaluationError',
  'States.ResultPathMatchFailure',
  'States.ResultWriterFailed',
  'States.Runtime',
  'States.TaskFailed',
  'States.Timeout',
] as const

/**
 * @since 0.1.0
 * @category model
 */
export type StatesError = (typeof statesErrors)[number]

/**
 * Errors a SageMaker task raises that AWS documents for `Retry` and `Catch`: SageMaker API
 * exceptions surface as `SageMaker.<Exception>`.
 *
 * @since 0.1.0
 * @category model
 */
export const sageMakerTaskErrors = ['SageMaker.AmazonSageMakerException', 'SageMaker.ResourceLimitExceededException'] as const

/**
 * An error name a SageMaker task's `Retry` or `Catch` can match: the documented SageMaker
 * ones, any other `SageMaker.<Exception>`, and the `States.*` errors.
 *
 * @since 0.1.0
 * @category model
 */
export type SageMakerTaskError = StatesError | (typeof sageMakerTaskErrors)[number] | `SageMaker.${string}`

/**
 * One `Retry` or `Catch` entry's `ErrorEquals` list, typed.
 *
 * @since 0.1.0
 * @category model
 */
export type SageMakerErrorEquals = readonly SageMakerTaskError[]

/** Whether a `States.*` name is one Step Functions raises. */
export const isStatesError = (name: string): name is StatesError => (statesErrors as readonly string[]).includes(name)
