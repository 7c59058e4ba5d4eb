import { hasOwn } from '../primitives/describe.js'
import type { SageMakerSdkPolicies } from './model.js'
import { type IntegrationPattern, operationOf } from './resource.js'

interface ActionPolicy {
  /** The resource type in the SageMaker ARN: `training-job` in `...:training-job/name`. */
  readonly resource: string
  /** Whether the request hands SageMaker a role (`RoleArn`, `ExecutionRoleArn`), so the state machine needs `iam:PassRole`. */
  readonly passesRole: boolean
  /** For actions with `.sync`: the EventBridge rule Step Functions manages to learn the job ended. */
  readonly syncRule?: string
}

// AWS publishes the policies of createTrainingJob and createTransformJob (every pattern and
// resource style); the other actions follow the same template: the action (with Describe and
// Stop for .sync) on the resource, ListTags, PassRole where the request passes a role, and
// for .sync the managed events rule of the job type.
const ACTIONS = {
  createEndpoint: { resource: 'endpoint', passesRole: false },
  createEndpointConfig: { resource: 'endpoint-config', passesRole: false },
  createHyperParameterTuningJob: { resource: 'hyper-parameter-tuning-job', passesRole: true, syncRule: 'StepFunctionsGetEventsForSageMakerTuningJobsRule' },
  createLabelingJob: { resource: 'labeling-job', passesRole: true, syncRule: 'StepFunctionsGetEventsForSageMakerLabelingJobsRule' },
  createModel: { resource: 'model', passesRole: true },
  createProcessingJob: { resource: 'processing-job', passesRole: true, syncRule: 'StepFunctionsGetEventsForSageMakerProcessingJobsRule' },
  createTrainingJob: { resource: 'training-job', passesRole: true, syncRule: 'StepFunctionsGetEventsForSageMakerTrainingJobsRule' },
  createTransformJob: { resource: 'transform-job', passesRole: true, syncRule: 'StepFunctionsGetEventsForSageMakerTransformJobsRule' },
  updateEndpoint: { resource: 'endpoint', passesRole: false },
} as const satisfies Readonly<Record<string, ActionPolicy>>

/**
 * The SageMaker actions {@link sageMakerTaskPolicy} writes policies for: every action Step
 * Functions integrates.
 *
 * @since 0.1.0
 * @category model
 */
export type SageMakerPolicyAction = keyof typeof ACTIONS

/**
 * @since 0.1.0
 * @category model
 */
export const sageMakerPolicyActions = Object.keys(ACTIONS) as readonly SageMakerPolicyAction[]

/**
 * What a SageMaker task's policy depends on. With `resources: 'static'` the task's resource
 * name is fixed in the definition (`name`), and the policy allows names starting with it; with
 * `'dynamic'` the name comes from the input (`"TrainingJobName.$"`) and any name is allowed.
 *
 * @since 0.1.0
 * @category model
 */
export type SageMakerTaskPolicyOptions = {
  /** The optimized integration (`arn:aws:states:::sagemaker:...`), the default. */
  readonly integration?: 'optimized'
  readonly action: SageMakerPolicyAction
  /** `.waitForTaskToken` gets the request-response policy, as AWS's policy page groups them. */
  readonly pattern: IntegrationPattern
  /** The role SageMaker runs the job with (the request's `RoleArn` or `ExecutionRoleArn`). */
  readonly roleArn: string
  readonly region: string
  readonly accountId: string
  /** Default `aws`. */
  readonly partition?: string
} & ({ readonly resources: 'static'; readonly name: string } | { readonly resources: 'dynamic'; readonly name?: undefined })

/**
 * What an AWS SDK integration task's policy depends on (`arn:aws:states:::aws-sdk:sagemaker:<action>`).
 * With `resources: 'static'` the request names its resource literally (`name`: the value of
 * `TrainingJobName`, or of `ResourceArn` for an action that takes an ARN); with `'dynamic'` the
 * name comes from the input and any resource is allowed.
 *
 * @since 0.1.0
 * @category model
 */
export type SageMakerSdkTaskPolicyOptions<A extends string = string> = {
  readonly integration: 'sdk'
  /** The operation with a lower-case first letter, as the resource spells it: `describeTrainingJob`. */
  readonly action: A
  /** Request-response and `.waitForTaskToken` need the same policy. */
  readonly pattern?: IntegrationPattern
  /** The role the request passes (`RoleArn`, `ExecutionRoleArn`); required when the operation always passes one. */
  readonly roleArn?: string
  readonly region: string
  readonly accountId: string
  /** Default `aws`. */
  readonly partition?: string
} & ({ readonly resources: 'static'; readonly name: string } | { readonly resources: 'dynamic'; readonly name?: undefined })

/**
 * @since 0.1.0
 * @category model
 */
export interface PolicyStatement {
  readonly Effect: 'Allow'
  readonly Action: readonly string[]
  readonly Resource: readonly string[]
  readonly Condition?: Readonly<Record<string, Readonly<Record<string, string>>>>
}

/**
 * @since 0.1.0
 * @category model
 */
export interface PolicyDocument {
  readonly Version: '2012-10-17'
  readonly Statement: readonly PolicyStatement[]
}

/**
 * The IAM policy a state machine's role needs to run a SageMaker task, as Step Functions
 * generates it for the action, integration pattern and resource style. Throws a `TypeError`
 * for options no task can have (an unknown action, `.sync` on an action without it, static
 * resources without a name).
 *
 * @example
 * sageMakerTaskPolicy({ action: 'createTrainingJob', pattern: 'sync', resources: 'dynamic',
 *   roleArn: 'arn:aws:iam::123456789012:role/SageMakerRole', region: 'us-east-1', accountId: '123456789012' })
 * @since 0.1.0
 * @category policies
 */
export function sageMakerTaskPolicy(options: SageMakerTaskPolicyOptions): PolicyDocument {
  return taskPolicy(options)
}

/**
 * {@link sageMakerTaskPolicy} for both integrations: SDK-integration tasks need `actions`, the
 * policy facts `sagemaker-shapes/sfn/sdk` binds.
 */
export function taskPolicy(options: SageMakerTaskPolicyOptions | SageMakerSdkTaskPolicyOptions, actions?: SageMakerSdkPolicies): PolicyDocument {
  if (options.integration === 'sdk') {
    if (actions === undefined) throw new TypeError("policies for AWS SDK integration tasks come from the sageMakerTaskPolicy of 'sagemaker-shapes/sfn/sdk'")
    return sdkTaskPolicy(options, actions)
  }
  return optimizedTaskPolicy(options)
}

function optimizedTaskPolicy(options: SageMakerTaskPolicyOptions): PolicyDocument {
  const { action, pattern, resources, roleArn, region, accountId, partition = 'aws' } = options
  if (!hasOwn(ACTIONS, action)) {
    throw new TypeError(`no SageMaker action ${JSON.stringify(action)} is integrated; known: ${sageMakerPolicyActions.join(', ')}`)
  }
  const policy: ActionPolicy = ACTIONS[action]
  if (pattern === 'sync' && policy.syncRule === undefined) throw new TypeError(`${action} has no .sync integration`)
  if (resources === 'static' && typeof options.name !== 'string') throw new TypeError('static resources need the name the task sets')
  const sync = pattern === 'sync' ? policy.syncRule : undefined
  const operation = operationOf(action)
  const noun = operation.replace(/^(Create|Update)/, '')
  const name = resources === 'static' ? `${options.name}*` : '*'
  const statements: PolicyStatement[] = [
    {
      Effect: 'Allow',
      Action: sync === undefined ? [`sagemaker:${operation}`] : [`sagemaker:${operation}`, `sagemaker:Describe${noun}`, `sagemaker:Stop${noun}`],
      Resource: [`arn:${partition}:sagemaker:${region}:${accountId}:${policy.resource}/${name}`],
    },
    { Effect: 'Allow', Action: ['sagemaker:ListTags'], Resource: ['*'] },
  ]
  if (policy.passesRole) statements.push(passRole(roleArn))
  if (sync !== undefined) {
    statements.push({
      Effect: 'Allow',
      Action: ['events:PutTargets', 'events:PutRule', 'events:DescribeRule'],
      Resource: [`arn:${partition}:events:${region}:${accountId}:rule/${sync}`],
    })
  }
  return { Version: '2012-10-17', Statement: statements }
}

const passRole = (roleArn: string): PolicyStatement => ({
  Effect: 'Allow',
  Action: ['iam:PassRole'],
  Resource: [roleArn],
  Condition: { StringEquals: { 'iam:PassedToService': 'sagemaker.amazonaws.com' } },
})

/**
 * An SDK-integration task's policy: the operation's own IAM action on the resource the request
 * names literally (an ARN built from the name, or the ARN itself), `*` for a name that comes from
 * the input or an operation whose resource the request does not name that way; `iam:PassRole`
 * for the role the request passes. Permissions the operation needs on other resources (the
 * endpoint config a CreateEndpoint reads, say) are not added.
 */
function sdkTaskPolicy(options: SageMakerSdkTaskPolicyOptions, actions: SageMakerSdkPolicies): PolicyDocument {
  const { action, resources, roleArn, region, accountId, partition = 'aws' } = options
  if (!hasOwn(actions, action)) throw new TypeError(`the AWS SDK integration has no SageMaker action ${JSON.stringify(action)}`)
  const { iamAction, resource, passesRole } = actions[action]!
  if (resources === 'static' && typeof options.name !== 'string') throw new TypeError('static resources need the name the task sets')
  if (roleArn !== undefined && passesRole === undefined) throw new TypeError(`${action} passes SageMaker no role`)
  if (roleArn === undefined && passesRole === 'required') throw new TypeError(`${action} passes SageMaker a role: give its roleArn`)
  let arn = '*'
  if (resources === 'static' && resource !== undefined) {
    const name = options.name!
    if (name.startsWith('arn:')) arn = name
    else if (resource.type !== undefined) arn = `arn:${partition}:sagemaker:${region}:${accountId}:${resource.type}/${name}`
    else throw new TypeError(`${action} names its resource by ARN (${resource.member}): give the ARN as name`)
  }
  const statements: PolicyStatement[] = [{ Effect: 'Allow', Action: [iamAction], Resource: [arn] }]
  if (roleArn !== undefined) statements.push(passRole(roleArn))
  return { Version: '2012-10-17', Statement: statements }
}
