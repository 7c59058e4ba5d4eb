import { safeDecode } from '../decode.js'
import type { Issue } from '../issues.js'
import { suggest } from '../suggest.js'
import { describeValue, hasOwn, isRecord } from '../primitives/describe.js'
import type { SageMakerIntegrations, SageMakerSdk, SageMakerTask, SfnIssue } from './model.js'
import { checkPath, hasTemplatePlaceholder } from './paths.js'
import { type QueryLanguage, issuesOutsideRuntimeValues, readTemplate, toTemplatePath } from './payload.js'
import { type IntegrationPattern, patternOf, splitSageMakerResource } from './resource.js'
import { checkErrorNames } from './task-errors.js'

type Path = ReadonlyArray<string | number>
type Report = (where: Path, issue: Omit<Issue, 'path'>) => void
type Invalid = (where: Path, message: string, value: unknown, suggestion?: string) => void
type Split = NonNullable<ReturnType<typeof splitSageMakerResource>>

const PATTERN_NAMES: Readonly<Record<IntegrationPattern, string>> = {
  requestResponse: 'request-response',
  sync: '.sync',
  waitForTaskToken: '.waitForTaskToken',
}

/** Where a task state is, and where its issues and findings go. */
export interface TaskContext {
  readonly state: string
  readonly path: Path
  readonly language: QueryLanguage
  readonly integrations: SageMakerIntegrations
  /** Absent: `aws-sdk:sagemaker:*` tasks are left alone. */
  readonly sdk?: SageMakerSdk | undefined
  readonly issues: SfnIssue[]
  readonly tasks: SageMakerTask[]
}

/** The resource with its action replaced by `meant`, for a suggestion. */
const withAction = (resource: string, parts: Split, meant: string): string => {
  const at = resource.length - parts.target.length
  return `${resource.slice(0, at)}${meant}${resource.slice(at + parts.action!.length)}`
}

/** The resource with its pattern suffix replaced (`undefined`: removed). */
const withSuffix = (resource: string, parts: Split, suffix: string | undefined): string => {
  const base = parts.suffix === undefined ? resource : resource.slice(0, resource.length - parts.suffix.length - 1)
  return suffix === undefined ? base : `${base}.${suffix}`
}

/**
 * Checks a task state whose `Resource` names a SageMaker optimized integration or, given
 * `context.sdk`, the AWS SDK integration (a known action or not): its resource (action,
 * pattern), its request template against the action's strict request codec with Step Functions
 * semantics, its paths, and the error names its `Retry` and `Catch` match. Any other task is
 * left alone.
 */
export function checkSageMakerTask(task: Record<string, unknown>, context: TaskContext): void {
  const resource = task['Resource']
  if (typeof resource !== 'string') return
  const parts = splitSageMakerResource(resource)
  if (parts === undefined) return
  const sdk = parts.integration === 'sdk' ? context.sdk : undefined
  if (parts.integration === 'sdk' && sdk === undefined) return
  const { state, path, issues } = context
  const report: Report = (where, issue) => {
    issues.push({ ...issue, path: [...path, ...where], state })
  }
  const invalid: Invalid = (where, message, value, suggestion) => {
    report(where, { message, code: 'invalid_value', received: describeValue(value), ...(suggestion === undefined ? {} : { suggestion }) })
  }

  checkPaths(task, context.language, report, invalid)
  checkErrorNames(task, invalid, sdk?.errors)

  // A deployment tool fills the action in; what it will be is not known here.
  if (hasTemplatePlaceholder(parts.target)) return
  const found = sdk === undefined ? optimizedAction(resource, parts, context.integrations, invalid) : sdkAction(resource, parts, sdk, context.integrations, invalid)
  if (found === undefined) return
  context.tasks.push({ state, path, action: parts.action!, pattern: found.pattern, integration: parts.integration })
  checkRequest(task, found.request, context, report, invalid)
}

type Found = { readonly pattern: IntegrationPattern; readonly request: SageMakerIntegrations[string]['request'] } | undefined

/** The optimized integration's action and pattern, or `undefined` after reporting why there is none. */
function optimizedAction(resource: string, parts: Split, integrations: SageMakerIntegrations, invalid: Invalid): Found {
  const action = parts.action
  if (action === undefined || !hasOwn(integrations, action)) {
    const actions = Object.keys(integrations)
    const meant = action === undefined ? undefined : suggest(action, actions)
    const replaced = meant === undefined ? undefined : withAction(resource, parts, meant)
    invalid(['Resource'], `Step Functions integrates no SageMaker action ${JSON.stringify(action ?? parts.target)} (it integrates ${actions.join(', ')})`, resource, replaced)
    return undefined
  }
  const integration = integrations[action]!
  const pattern = patternOf(parts.suffix)
  if (pattern === undefined) {
    const meant = suggest(parts.suffix!, ['sync', 'waitForTaskToken'])
    invalid(['Resource'], `unknown integration pattern ".${parts.suffix}" (a SageMaker resource ends in nothing or .sync)`, resource, meant === undefined ? undefined : withSuffix(resource, parts, meant))
    return undefined
  }
  if (!integration.patterns.includes(pattern)) {
    const supported = integration.patterns.map((p) => PATTERN_NAMES[p]).join(' and ')
    invalid(['Resource'], `${action} does not support ${PATTERN_NAMES[pattern]}; it supports ${supported}`, resource)
  }
  return { pattern, request: integration.request }
}

/**
 * The SDK integration's operation and pattern, or `undefined` after reporting why there is none.
 * The SDK integration has no `.sync`: a job waited on takes the optimized integration, where
 * there is one.
 */
function sdkAction(resource: string, parts: Split, sdk: SageMakerSdk, integrations: SageMakerIntegrations, invalid: Invalid): Found {
  const action = parts.action
  if (action === undefined || !hasOwn(sdk.actions, action)) {
    const meant = action === undefined ? undefined : suggest(action, Object.keys(sdk.actions))
    const replaced = meant === undefined ? undefined : withAction(resource, parts, meant)
    const spelling = meant === undefined ? ' (an action is the operation with a lower-case first letter, e.g. describeTrainingJob)' : ''
    invalid(['Resource'], `the AWS SDK integration has no SageMaker action ${JSON.stringify(action ?? parts.target)}${spelling}`, resource, replaced)
    return undefined
  }
  const pattern = patternOf(parts.suffix)
  if (pattern === undefined) {
    const meant = suggest(parts.suffix!, ['waitForTaskToken'])
    invalid(['Resource'], `unknown integration pattern ".${parts.suffix}" (an AWS SDK resource ends in nothing or .waitForTaskToken)`, resource, meant === undefined ? undefined : withSuffix(resource, parts, meant))
    return undefined
  }
  if (pattern === 'sync') {
    const optimized = hasOwn(integrations, action) && integrations[action]!.patterns.includes('sync')
    const instead = optimized ? `; wait for the job with the optimized integration, arn:aws:states:::sagemaker:${action}.sync` : ''
    const suggestion = optimized ? withSuffix(resource.replace(':aws-sdk:sagemaker:', ':sagemaker:'), parts, 'sync') : withSuffix(resource, parts, undefined)
    invalid(['Resource'], `the AWS SDK integration does not support .sync${instead}`, resource, suggestion)
  }
  return { pattern, request: sdk.actions[action]!.request }
}

function checkRequest(task: Record<string, unknown>, codec: SageMakerIntegrations[string]['request'], context: TaskContext, report: Report, invalid: Invalid): void {
  const jsonata = context.language === 'JSONata'
  const field = jsonata ? 'Arguments' : 'Parameters'
  const other = jsonata ? 'Parameters' : 'Arguments'
  if (hasOwn(task, other)) {
    invalid([other], `a ${context.language} state takes its request as "${field}", not "${other}"${jsonata ? '' : ' (or set "QueryLanguage": "JSONata")'}`, task[other])
  }
  // Without Parameters (Arguments), Step Functions sends the state's input (after InputPath) as
  // the request: known only at run time, unless `"InputPath": null` makes it `{}`.
  if (!hasOwn(task, field) && !(!jsonata && hasOwn(task, 'InputPath') && task['InputPath'] === null)) return
  const template = hasOwn(task, field) ? task[field] : {}
  if (!isRecord(template) && !(jsonata && typeof template === 'string')) {
    invalid([field], `expected the request as an object${jsonata ? ' or a {% ... %} expression' : ''}`, template)
    return
  }
  const read = readTemplate(template, context.language)
  for (const issue of read.issues) report([field, ...issue.path], issue)
  const result = safeDecode(codec, read.request)
  if (result.success) return
  for (const issue of issuesOutsideRuntimeValues(result.issues, read)) {
    const written = toTemplatePath(template, issue)
    report([field, ...written.path], written)
  }
}

/** `InputPath`, `OutputPath`, `ResultPath` and `ResultSelector` of a JSONPath state. */
function checkPaths(task: Record<string, unknown>, language: QueryLanguage, report: Report, invalid: Invalid): void {
  if (language !== 'JSONPath') return
  for (const field of ['InputPath', 'OutputPath', 'ResultPath']) {
    const value = task[field]
    if (value === undefined || value === null) continue
    const problem = typeof value === 'string' ? checkPath(value) : 'expected a path ($.field) or null'
    if (problem !== undefined) invalid([field], problem, value)
  }
  if (hasOwn(task, 'ResultSelector')) {
    for (const issue of readTemplate(task['ResultSelector'], 'JSONPath').issues) report(['ResultSelector', ...issue.path], issue)
  }
}
