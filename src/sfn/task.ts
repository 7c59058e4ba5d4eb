import { safeDecode } from '../decode.js'
import type { Issue } from '../issues.js'
import { suggest } from '../suggest.js'
import { describeValue, hasOwn, isRecord } from '../primitives/describe.js'
import type { SageMakerIntegrations, SageMakerTask, SfnIssue } from './model.js'
import { checkPath, hasTemplatePlaceholder } from './paths.js'
import { type QueryLanguage, issuesOutsideRuntimeValues, readTemplate, toTemplatePath } from './payload.js'
import { type IntegrationPattern, patternOf, splitSageMakerResource } from './resource.js'
import { isStatesError, statesErrors } from './task-errors.js'

type Path = ReadonlyArray<string | number>

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
  readonly issues: SfnIssue[]
  readonly tasks: SageMakerTask[]
}

/**
 * Checks a task state whose `Resource` names a SageMaker optimized integration (a known action
 * or not): its resource (action, pattern), its request template against the action's strict
 * request codec with Step Functions semantics, its paths, and the error names its `Retry` and
 * `Catch` match. Any other task is left alone.
 */
export function checkSageMakerTask(task: Record<string, unknown>, context: TaskContext): void {
  const resource = task['Resource']
  if (typeof resource !== 'string') return
  const parts = splitSageMakerResource(resource)
  if (parts?.integration !== 'optimized') return
  const { state, path, issues } = context
  const report = (where: Path, issue: Omit<Issue, 'path'>): void => {
    issues.push({ ...issue, path: [...path, ...where], state })
  }
  const invalid = (where: Path, message: string, value: unknown, suggestion?: string): void => {
    report(where, { message, code: 'invalid_value', received: describeValue(value), ...(suggestion === undefined ? {} : { suggestion }) })
  }

  checkPaths(task, context.language, report, invalid)
  checkErrorNames(task, invalid)

  // A deployment tool fills the action in; what it will be is not known here.
  if (hasTemplatePlaceholder(parts.target)) return
  const action = parts.action
  if (action === undefined || !hasOwn(context.integrations, action)) {
    const actions = Object.keys(context.integrations)
    const meant = action === undefined ? undefined : suggest(action, actions)
    const replaced = meant === undefined ? undefined : resource.replace(`:sagemaker:${action}`, `:sagemaker:${meant}`)
    invalid(['Resource'], `Step Functions integrates no SageMaker action ${JSON.stringify(action ?? parts.target)} (it integrates ${actions.join(', ')})`, resource, replaced)
    return
  }
  const integration = context.integrations[action]!
  const pattern = patternOf(parts.suffix)
  if (pattern === undefined) {
    const meant = suggest(parts.suffix!, ['sync', 'waitForTaskToken'])
    invalid(['Resource'], `unknown integration pattern ".${parts.suffix}" (a SageMaker resource ends in nothing or .sync)`, resource, meant === undefined ? undefined : `${resource.slice(0, resource.lastIndexOf('.'))}.${meant}`)
    return
  }
  if (!integration.patterns.includes(pattern)) {
    const supported = integration.patterns.map((p) => PATTERN_NAMES[p]).join(' and ')
    invalid(['Resource'], `${action} does not support ${PATTERN_NAMES[pattern]}; it supports ${supported}`, resource)
  }
  context.tasks.push({ state, path, action, pattern })
  checkRequest(task, integration.request, context, report, invalid)
}

function checkRequest(
  task: Record<string, unknown>,
  codec: SageMakerIntegrations[string]['request'],
  context: TaskContext,
  report: (where: Path, issue: Omit<Issue, 'path'>) => void,
  invalid: (where: Path, message: string, value: unknown) => void,
): void {
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
function checkPaths(
  task: Record<string, unknown>,
  language: QueryLanguage,
  report: (where: Path, issue: Omit<Issue, 'path'>) => void,
  invalid: (where: Path, message: string, value: unknown) => void,
): void {
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

/**
 * `ErrorEquals` in `Retry` and `Catch`: `States.*` names are a closed set, and `States.ALL`
 * must stand alone in the last entry.
 */
function checkErrorNames(task: Record<string, unknown>, invalid: (where: Path, message: string, value: unknown, suggestion?: string) => void): void {
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
        if (typeof name !== 'string') invalid(where, 'expected an error name', name)
        else if (name.startsWith('States.') && !isStatesError(name)) {
          invalid(where, `Step Functions raises no error ${JSON.stringify(name)}`, name, suggest(name, statesErrors))
        } else if (name === 'States.ALL' && (names.length > 1 || i < entries.length - 1)) {
          invalid(where, `"States.ALL" must be the only name, in the last ${field === 'Retry' ? 'retrier' : 'catcher'}`, name)
        }
      })
    })
  }
}
