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
}

// One ARN field: literal text or deployment-time placeholders such as ${AWS::Partition}, whose
// colons do not end the field. The alternatives never overlap, so a failed match stays linear.
const FIELD = String.raw`(?:\$\{[^}]*\}|\$(?!\{)|[^:$])*`
const SAGEMAKER_INTEGRATION = new RegExp(String.raw`^arn:${FIELD}:states:${FIELD}:${FIELD}:sagemaker:(.*)$`, 's')
const ACTION = /^([A-Za-z]+)(?:\.(.*))?$/s
const SUFFIXES: Readonly<Record<string, IntegrationPattern>> = { sync: 'sync', waitForTaskToken: 'waitForTaskToken' }

/**
 * The action and pattern suffix of any `arn:<partition>:states:<region>:<account>:sagemaker:...`
 * resource, before either is checked: `{ action: 'createTrainingJob', suffix: 'synch' }`.
 * `undefined` when the resource is not a SageMaker integration at all.
 */
export function splitSageMakerResource(resource: string): { readonly target: string; readonly action?: string; readonly suffix?: string } | undefined {
  const match = SAGEMAKER_INTEGRATION.exec(resource)
  if (match === null) return undefined
  const target = match[1]!
  const parts = ACTION.exec(target)
  if (parts === null) return { target }
  return { target, action: parts[1]!, ...(parts[2] === undefined ? {} : { suffix: parts[2] }) }
}

/** The pattern a resource suffix names (`sync`), or `undefined` for an unknown suffix. */
export function patternOf(suffix: string | undefined): IntegrationPattern | undefined {
  if (suffix === undefined) return 'requestResponse'
  return hasOwn(SUFFIXES, suffix) ? SUFFIXES[suffix] : undefined
}

/** The API operation of a Step Functions action: `createTrainingJob` -> `CreateTrainingJob`. */
export const operationOf = (action: string): string => action.charAt(0).toUpperCase() + action.slice(1)

/**
 * Parses `arn:aws:states:::sagemaker:<action>[.sync|.waitForTaskToken]` (also with
 * `${...}` placeholders for partition, region or account); `undefined` when the resource is
 * not a SageMaker integration or its suffix is not an integration pattern.
 *
 * @since 0.1.0
 * @category parsing
 */
export function parseSageMakerResource(resource: string): SageMakerResource | undefined {
  const parts = splitSageMakerResource(resource)
  // Step Functions spells actions in camelCase; `CreateTrainingJob` is not one of them.
  if (parts?.action === undefined || !/^[a-z]/.test(parts.action)) return undefined
  const pattern = patternOf(parts.suffix)
  if (pattern === undefined) return undefined
  const action = parts.action
  return { action, operation: operationOf(action), pattern }
}
