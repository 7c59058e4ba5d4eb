import { isRecord } from '../primitives/describe.js'
import { suggest } from '../suggest.js'

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

type Invalid = (where: ReadonlyArray<string | number>, message: string, value: unknown, suggestion?: string) => void

const SDK_PREFIX = 'SageMaker.'

/**
 * What is wrong with an error name an AWS SDK integration task matches, given the names it
 * raises: a `SageMaker.` name it does not raise (Step Functions always appends `Exception`),
 * or the prefix spelled in another case. `undefined` when the name is fine or not SageMaker's.
 */
function sdkErrorProblem(name: string, errors: readonly string[]): { message: string; suggestion?: string } | undefined {
  if (!name.toLowerCase().startsWith(SDK_PREFIX.toLowerCase())) return undefined
  if (errors.includes(name)) return undefined
  // The exception part decides: the shared prefix would make any two names look alike.
  const exception = name.slice(SDK_PREFIX.length)
  const tails = errors.map((e) => e.slice(SDK_PREFIX.length))
  const tail = tails.includes(exception) ? exception : tails.includes(`${exception}Exception`) ? `${exception}Exception` : suggest(exception, tails)
  const meant = tail === undefined ? undefined : `${SDK_PREFIX}${tail}`
  // The list of names helps only where no single one is meant.
  const known = meant === undefined ? ` (it raises ${errors.join(', ')} and States.*)` : ''
  const message = name.startsWith(SDK_PREFIX)
    ? `the AWS SDK integration raises no error ${JSON.stringify(name)}${known}`
    : `error names are case-sensitive: SageMaker's start with "${SDK_PREFIX}"`
  return { message, ...(meant === undefined ? {} : { suggestion: meant }) }
}

/**
 * `ErrorEquals` in `Retry` and `Catch`: `States.*` names are a closed set, `States.ALL` must
 * stand alone in the last entry, and with `sdkErrors` (an AWS SDK integration task) so are the
 * `SageMaker.*` names.
 */
export function checkErrorNames(task: Record<string, unknown>, invalid: Invalid, sdkErrors?: readonly string[]): void {
  for (const field of ['Retry', 'Catch']) {
    const entries = task[field]
    if (entries === undefined) continue
    if (!Array.isArray(entries)) {
      invalid([field], `expected a list of ${field === 'Retry' ? 'retriers' : 'catchers'}`, entries)
      continue
    }
    entries.forEach((entry: unknown, i) => {
      const names = isRecord(entry) ? entry['ErrorEquals'] : undefined
      if (!Array.isArray(names) || names.length === 0) {
        invalid([field, i, 'ErrorEquals'], 'expected a non-empty list of error names', names)
        return
      }
      names.forEach((name: unknown, j) => {
        const where = [field, i, 'ErrorEquals', j]
        const sdkProblem = typeof name === 'string' && sdkErrors !== undefined ? sdkErrorProblem(name, sdkErrors) : undefined
        if (typeof name !== 'string') invalid(where, 'expected an error name', name)
        else if (name.startsWith('States.') && !isStatesError(name)) {
          invalid(where, `Step Functions raises no error ${JSON.stringify(name)}`, name, suggest(name, statesErrors))
        } else if (name === 'States.ALL' && (names.length > 1 || i < entries.length - 1)) {
          invalid(where, `"States.ALL" must be the only name, in the last ${field === 'Retry' ? 'retrier' : 'catcher'}`, name)
        } else if (sdkProblem !== undefined) invalid(where, sdkProblem.message, name, sdkProblem.suggestion)
      })
    })
  }
}
