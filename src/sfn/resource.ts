import { hasOwn } from '../primitives/describe.js'

/**
 * How a Step Functions task waits on SageMaker: request-response (no suffix), `.sync` (until
 * the job ends) or `.waitForTaskToken` (until a callback).
 *
 * @since 0.1.0
 * @category model
 */
export type IntegrationPattern = 'requestResponse' | 'sync' | 'waitForTaskToken'

/**
 * How a task reaches SageMaker: an optimized integration
 * (`arn:aws:states:::sagemaker:createTrainingJob.sync`, nine actions, with `.sync` for jobs) or
 * the AWS SDK integration (`arn:aws:states:::aws-sdk:sagemaker:describeTrainingJob`, every
 * operation, no `.sync`).
 *
 * @since 0.1.0
 * @category model
 */
export type SageMakerIntegrationKind = 'optimized' | 'sdk'

/**
 * A SageMaker service-integration `Resource`, taken apart.
 *
 * @since 0.1.0
 * @category model
 */
export interface SageMakerResource {
  /** The API action in Step Functions' camelCase, e.g. `createProcessingJob`. */
  readonly action: string
  /** The API operation, e.g. `CreateProcessingJob`. */
  readonly operation: string
  readonly pattern: IntegrationPattern
  readonly integration: SageMakerIntegrationKind
}

const SUFFIXES: Readonly<Record<string, IntegrationPattern>> = { sync: 'sync', waitForTaskToken: 'waitForTaskToken' }
const PREFIXES: ReadonlyArray<readonly [string, SageMakerIntegrationKind]> = [
  ['sagemaker:', 'optimized'],
  ['aws-sdk:sagemaker:', 'sdk'],
]

/**
 * The first five fields of an ARN and the rest, split at `:` outside deployment-time
 * placeholders such as `${AWS::Partition}` (whose colons do not end a field); `undefined` when
 * one of those fields opens a placeholder that never closes. One pass, left to right.
 */
function arnFields(text: string): string[] | undefined {
  const fields: string[] = []
  let start = 0
  for (let i = 0; i < text.length && fields.length < 5; ) {
    if (text[i] === '$' && text[i + 1] === '{') {
      const close = text.indexOf('}', i + 2)
      if (close < 0) return undefined
      i = close + 1
    } else if (text[i] === ':') {
      fields.push(text.slice(start, i))
      start = ++i
    } else i++
  }
  return fields.length === 5 ? [...fields, text.slice(start)] : undefined
}

const isLetter = (c: string | undefined): boolean => c !== undefined && ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))

/**
 * The integration, action and pattern suffix of any
 * `arn:<partition>:states:<region>:<account>:sagemaker:...` (or `...:aws-sdk:sagemaker:...`)
 * resource, before either is checked: `{ action: 'createTrainingJob', suffix: 'synch' }`.
 * `undefined` when the resource is not a SageMaker integration at all.
 */
export function splitSageMakerResource(
  resource: string,
): { readonly integration: SageMakerIntegrationKind; readonly target: string; readonly action?: string; readonly suffix?: string } | undefined {
  const fields = arnFields(resource)
  if (fields?.[0] !== 'arn' || fields[2] !== 'states') return undefined
  const rest = fields[5]!
  const prefix = PREFIXES.find(([p]) => rest.startsWith(p))
  if (prefix === undefined) return undefined
  const [text, integration] = prefix
  const target = rest.slice(text.length)
  let end = 0
  while (isLetter(target[end])) end++
  if (end === 0 || (end < target.length && target[end] !== '.')) return { integration, target }
  const action = target.slice(0, end)
  return end === target.length ? { integration, target, action } : { integration, target, action, suffix: target.slice(end + 1) }
}

/** The pattern a resource suffix names (`sync`), or `undefined` for an unknown suffix. */
export function patternOf(suffix: string | undefined): IntegrationPattern | undefined {
  if (suffix === undefined) return 'requestResponse'
  return hasOwn(SUFFIXES, suffix) ? SUFFIXES[suffix] : undefined
}

/** The API operation of a Step Functions action: `createTrainingJob` -> `CreateTrainingJob`. */
export const operationOf = (action: string): string => action.charAt(0).toUpperCase() + action.slice(1)

/**
 * Parses `arn:aws:states:::sagemaker:<action>[.sync|.waitForTaskToken]` and
 * `arn:aws:states:::aws-sdk:sagemaker:<action>[.waitForTaskToken]` (also with `${...}`
 * placeholders for partition, region or account); `undefined` when the resource is not a
 * SageMaker integration or its suffix is not an integration pattern.
 *
 * @since 0.1.0
 * @category parsing
 */
export function parseSageMakerResource(resource: string): SageMakerResource | undefined {
  const parts = splitSageMakerResource(resource)
  // Step Functions spells actions in camelCase; `CreateTrainingJob` is not one of them.
  const action = parts?.action
  if (action === undefined || !(action[0]! >= 'a' && action[0]! <= 'z')) return undefined
  const pattern = patternOf(parts!.suffix)
  if (pattern === undefined) return undefined
  return { action, operation: operationOf(action), pattern, integration: parts!.integration }
}
