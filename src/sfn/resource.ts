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

// The partition may be literal or a template placeholder such as ${AWS::Partition}.
const RESOURCE = /^arn:(?:aws[a-z-]*|\$\{[^}]+\}):states:(?:[a-z0-9-]*|\$\{[^}]+\}):(?:\d{12})?:sagemaker:([a-z][A-Za-z]*)(?:\.(sync|waitForTaskToken))?$/

/**
 * Parses `arn:aws:states:::sagemaker:<action>[.sync|.waitForTaskToken]`; `undefined` when the
 * resource is not a SageMaker integration.
 *
 * @since 0.1.0
 * @category parsing
 */
export function parseSageMakerResource(resource: string): SageMakerResource | undefined {
  const match = RESOURCE.exec(resource)
  if (match === null) return undefined
  const action = match[1]!
  const pattern = match[2] === undefined ? 'requestResponse' : (match[2] as IntegrationPattern)
  return { action, operation: action.charAt(0).toUpperCase() + action.slice(1), pattern }
}
