import type { IR, Member } from '../ir/types.js'
import { SAGEMAKER_API_EXCEPTIONS, SAGEMAKER_ARN_RESOURCE_TYPES, type SfnIntegration } from '../overlays/sfn-integrations.js'
import { HEADER } from './modules.js'
import { quote } from './shapes.js'

/** Where the generated Step Functions barrel lives. */
export const SFN_DIR = 'generated/sfn'

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** Fails generation when the overlay names an operation the model lacks (or one without a response). */
function assertKnown(ir: IR, integrations: readonly SfnIntegration[]): void {
  for (const { action, operation, syncResponse } of integrations) {
    for (const name of [operation, ...(syncResponse === undefined ? [] : [syncResponse])]) {
      const op = ir.operations[name]
      if (op?.output === undefined) throw new Error(`codegen/overlays/sfn-integrations.ts: ${action} names ${name}, which the model has no operation with a response for`)
    }
  }
}

/**
 * `generated/sfn/index.ts`: the `sagemaker-shapes/sfn` entry. It binds the integrated actions to
 * their operations' own modules (so a bundle holds only those codecs), and re-exports the
 * hand-written runtime of `src/sfn`.
 */
export function emitSfn(ir: IR, integrations: readonly SfnIntegration[], sdk: SdkFacts = SDK_FACTS): Map<string, string> {
  assertKnown(ir, integrations)
  const sorted = [...integrations].sort((a, b) => byName(a.action, b.action))
  const imports = new Map<string, string[]>()
  const use = (operation: string, name: string): void => {
    imports.set(operation, [...(imports.get(operation) ?? []), name])
  }
  for (const { operation, syncResponse } of sorted) {
    use(operation, `${operation}Request`)
    use(operation, `${operation}Response`)
    if (syncResponse !== undefined) use(syncResponse, `${syncResponse}Response`)
  }
  const importLines = [...imports.keys()].sort(byName).map((op) => `import { ${[...imports.get(op)!].sort(byName).join(', ')} } from '../api/${op}.js'`)
  const patterns = (i: SfnIntegration): string => `[${i.patterns.map(quote).join(', ')}]`
  const outputs = (i: SfnIntegration, codec: (name: string) => string): string => {
    const sync = i.syncResponse === undefined ? '' : `, sync: ${codec(`${i.syncResponse}Response`)}`
    return `{ requestResponse: ${codec(`${i.operation}Response`)}${sync} }`
  }
  const text = [
    HEADER,
    `// Source: Step Functions SageMaker integrations (codegen/overlays/sfn-integrations.ts); ${ir.source}`,
    "import type * as t from 'io-ts'",
    ...importLines,
    "import { type IntegrationPattern, type StateMachineValidation, checkStateMachine } from '../../src/sfn/index.js'",
    '',
    "export * from '../../src/sfn/index.js'",
    '',
    // Tables are typed by their codecs' names (`typeof`), so declarations refer to the codecs'
    // own types instead of spelling each one out.
    'type Integration<Op extends string, P extends readonly IntegrationPattern[], R extends t.Decoder<unknown, unknown>> = { readonly operation: Op; readonly patterns: P; readonly request: R }',
    '',
    '/** Every SageMaker action Step Functions integrates: its operation, the patterns it supports, its strict request codec. */',
    'export const sageMakerIntegrations: {',
    ...sorted.map((i) => `  readonly ${i.action}: Integration<${quote(i.operation)}, readonly ${patterns(i)}, typeof ${i.operation}Request>`),
    '} = {',
    ...sorted.map((i) => `  ${i.action}: { operation: ${quote(i.operation)}, patterns: ${patterns(i)}, request: ${i.operation}Request },`),
    '}',
    '',
    '/** A SageMaker action Step Functions integrates, as the task `Resource` spells it. */',
    'export type SageMakerAction = keyof typeof sageMakerIntegrations',
    '',
    '/** What a task returns, by action and pattern: the operation\'s response, and for `.sync` the Describe response of the ended job. */',
    'export const sageMakerTaskOutputs: {',
    ...sorted.map((i) => `  readonly ${i.action}: ${outputs(i, (name) => `typeof ${name}`).replace(/(\w+): /g, 'readonly $1: ')}`),
    '} = {',
    ...sorted.map((i) => `  ${i.action}: ${outputs(i, (name) => name)},`),
    '}',
    '',
    '/** The decoded output of a task: `SageMakerTaskOutput<\'createTrainingJob\', \'sync\'>` is `DescribeTrainingJobResponse`. */',
    'export type SageMakerTaskOutput<A extends SageMakerAction, P extends keyof (typeof sageMakerTaskOutputs)[A]> =\n  (typeof sageMakerTaskOutputs)[A][P] extends t.Decoder<unknown, infer T> ? T : never',
    '',
    '/**',
    ' * Checks every SageMaker task of a state machine definition (an object or its JSON text), in',
    ' * Parallel branches and Map item processors too: the resource, the pattern, and the request',
    ' * template against the action\'s strict request codec, with Step Functions semantics',
    ' * (`"Key.$"` stands in for `Key`; JSONata `{% ... %}` values). Never throws.',
    ' */',
    'export const validateStateMachine = (definition: unknown): StateMachineValidation => checkStateMachine(definition, sageMakerIntegrations)',
    '',
  ].join('\n')
  return new Map([
    [`${SFN_DIR}/index.ts`, text],
    [`${SFN_DIR}/sdk.ts`, emitSdk(ir, sdk)],
  ])
}

/** What the model does not say about the AWS SDK integration (codegen/overlays/sfn-integrations.ts). */
export interface SdkFacts {
  readonly exceptions: readonly string[]
  readonly resourceTypes: Readonly<Record<string, string>>
}

const SDK_FACTS: SdkFacts = { exceptions: SAGEMAKER_API_EXCEPTIONS, resourceTypes: SAGEMAKER_ARN_RESOURCE_TYPES }

/** Verbs whose `<Verb><Noun>` operation acts on the one resource its `<Noun>Name` or `<Noun>Arn` names. */
const VERBS = ['Create', 'Delete', 'Describe', 'Start', 'Stop', 'Retry', 'Update']
const TAG_OPERATIONS = new Set(['AddTags', 'DeleteTags', 'ListTags'])
const ROLE_MEMBERS = ['RoleArn', 'ExecutionRoleArn']

interface SdkAction {
  readonly action: string
  readonly operation: string
  readonly resource?: { readonly member: string; readonly type?: string }
  readonly passesRole?: 'required' | 'optional'
}

/** The action of an operation and what its task policy needs: the member naming its resource, the role it passes. */
function sdkActionOf(ir: IR, operation: string, resourceTypes: SdkFacts['resourceTypes']): SdkAction {
  const input = ir.shapes[ir.operations[operation]!.input]
  const members = new Map<string, Member>(input?.kind === 'structure' ? input.members.map((m) => [m.name, m]) : [])
  const verb = VERBS.find((v) => operation.startsWith(v) && /^[A-Z]/.test(operation.slice(v.length)))
  const noun = verb === undefined ? undefined : operation.slice(verb.length)
  let resource: SdkAction['resource']
  if (TAG_OPERATIONS.has(operation) && members.has('ResourceArn')) resource = { member: 'ResourceArn' }
  else if (noun !== undefined) {
    const type = Object.hasOwn(resourceTypes, noun) ? resourceTypes[noun] : undefined
    if (type !== undefined && members.has(`${noun}Name`)) resource = { member: `${noun}Name`, type }
    else if (members.has(`${noun}Arn`)) resource = { member: `${noun}Arn` }
    else if (members.has('Arn')) resource = { member: 'Arn' }
  }
  const role = ROLE_MEMBERS.map((name) => members.get(name)).find((m) => m !== undefined)
  return {
    action: operation.charAt(0).toLowerCase() + operation.slice(1),
    operation,
    ...(resource === undefined ? {} : { resource }),
    ...(role === undefined ? {} : { passesRole: role.required ? 'required' : 'optional' }),
  }
}

/** `SageMaker.<Name>` with `Exception` appended where the name lacks it, as Step Functions raises them. */
const sdkErrorName = (exception: string): string => `SageMaker.${exception.endsWith('Exception') ? exception : `${exception}Exception`}`

/**
 * `generated/sfn/sdk.ts`: the `sagemaker-shapes/sfn/sdk` entry, opt-in because it binds every
 * operation's request codec. It re-exports the `sagemaker-shapes/sfn` entry with a
 * `validateStateMachine` and a `sageMakerTaskPolicy` that know the AWS SDK integration too.
 */
function emitSdk(ir: IR, sdk: SdkFacts): string {
  const actions = Object.keys(ir.operations)
    .sort(byName)
    .map((op) => sdkActionOf(ir, op, sdk.resourceTypes))
  const used = new Set(actions.flatMap((a) => (a.resource?.type === undefined ? [] : [a.resource.member.slice(0, -'Name'.length)])))
  const stale = Object.keys(sdk.resourceTypes).filter((noun) => !used.has(noun))
  if (stale.length > 0) throw new Error(`codegen/overlays/sfn-integrations.ts: no operation names a resource of ${stale.join(', ')}`)
  const iamAction = (a: SdkAction): string => `iamAction: ${quote(`sagemaker:${a.operation}`)}`
  const entry = (a: SdkAction): string => `  ${a.action}: { operation: ${quote(a.operation)}, ${iamAction(a)}, request: ${a.operation}Request },`
  const policy = (a: SdkAction): string => {
    const resource = a.resource === undefined ? '' : `, resource: { member: ${quote(a.resource.member)}${a.resource.type === undefined ? '' : `, type: ${quote(a.resource.type)}`} }`
    const role = a.passesRole === undefined ? '' : `, passesRole: ${quote(a.passesRole)}`
    return `  ${a.action}: { ${iamAction(a)}${resource}${role} },`
  }
  const errors = [...sdk.exceptions.map(sdkErrorName).sort(byName), 'SageMaker.SageMakerException']
  return [
    HEADER,
    `// Source: every SageMaker operation, for Step Functions' AWS SDK integration (codegen/overlays/sfn-integrations.ts); ${ir.source}`,
    ...actions.map((a) => `import { ${a.operation}Request } from '../api/${a.operation}.js'`),
    "import type * as t from 'io-ts'",
    "import type { PolicyDocument, SageMakerSdkPolicy, SageMakerSdkTaskPolicyOptions, SageMakerTaskPolicyOptions, StateMachineValidation } from '../../src/sfn/index.js'",
    "import { taskPolicy } from '../../src/sfn/policy.js'",
    "import { checkStateMachine } from '../../src/sfn/state-machine.js'",
    "import { sageMakerIntegrations } from './index.js'",
    '',
    "export * from './index.js'",
    '',
    // Typed by the codecs' names (`typeof`): the declaration refers to their types instead of
    // spelling out 404 of them.
    'type Integration<Op extends string, R extends t.Decoder<unknown, unknown>> = { readonly operation: Op; readonly iamAction: `sagemaker:${Op}`; readonly request: R }',
    '',
    '/**',
    ' * Every SageMaker operation as Step Functions\' AWS SDK integration calls it',
    ' * (`arn:aws:states:::aws-sdk:sagemaker:<action>`): its strict request codec and IAM action.',
    ' */',
    'export const sageMakerSdkIntegrations: {',
    ...actions.map((a) => `  readonly ${a.action}: Integration<${quote(a.operation)}, typeof ${a.operation}Request>`),
    '} = {',
    ...actions.map(entry),
    '}',
    '',
    '/** An operation as the AWS SDK integration\'s `Resource` spells it: `describeTrainingJob`. */',
    'export type SageMakerSdkAction = keyof typeof sageMakerSdkIntegrations',
    '',
    '/**',
    ' * What the IAM policy of an AWS SDK integration task depends on, by operation (data only, no',
    ' * codec): the IAM action, the request member that names the resource acted on, the role passed.',
    ' */',
    'export const sageMakerSdkPolicies: { readonly [A in SageMakerSdkAction]: SageMakerSdkPolicy } = {',
    ...actions.map(policy),
    '}',
    '',
    '/** The error names an AWS SDK integration task raises besides `States.*`: the exceptions the API declares, and any other failure. */',
    `export const sageMakerSdkTaskErrors = [${errors.map(quote).join(', ')}] as const`,
    '',
    '/** An error name `Retry` and `Catch` of an AWS SDK integration task can match. */',
    'export type SageMakerSdkTaskError = (typeof sageMakerSdkTaskErrors)[number]',
    '',
    '/**',
    ' * Checks every SageMaker task of a state machine definition (an object or its JSON text): the',
    ' * optimized integrations as the `validateStateMachine` of `sagemaker-shapes/sfn` does, and',
    ' * `aws-sdk:sagemaker:<action>` tasks against every operation: the action, the pattern (no',
    ' * `.sync`), the request template against the operation\'s strict request codec, and the',
    ' * `SageMaker.*` error names of `Retry` and `Catch`. Never throws.',
    ' */',
    'export const validateStateMachine = (definition: unknown): StateMachineValidation =>',
    '  checkStateMachine(definition, sageMakerIntegrations, { actions: sageMakerSdkIntegrations, errors: sageMakerSdkTaskErrors })',
    '',
    '/**',
    ' * The IAM policy a state machine\'s role needs for a SageMaker task: an optimized integration\'s',
    ' * as the `sageMakerTaskPolicy` of `sagemaker-shapes/sfn` writes it, or, with',
    ' * `integration: \'sdk\'`, an AWS SDK integration task\'s: the operation\'s own IAM action on the',
    ' * resource the request names literally (`resources: \'static\'`), `*` for a name from the input',
    ' * or an operation whose resource the request does not name, and `iam:PassRole` for the role it',
    ' * passes. Throws a `TypeError` for options no task can have.',
    ' */',
    'export const sageMakerTaskPolicy = (options: SageMakerTaskPolicyOptions | SageMakerSdkTaskPolicyOptions<SageMakerSdkAction>): PolicyDocument =>',
    '  taskPolicy(options, sageMakerSdkPolicies)',
    '',
  ].join('\n')
}
