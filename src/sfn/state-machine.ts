import { describeValue, hasOwn, isRecord } from '../primitives/describe.js'
import type { SageMakerIntegrations, SageMakerSdk, SageMakerTask, SfnIssue, StateMachineValidation } from './model.js'
import type { QueryLanguage } from './payload.js'
import { checkSageMakerTask } from './task.js'

type Path = ReadonlyArray<string | number>

/** Deepest nesting of Parallel and Map states followed; deeper is reported, not walked. */
const MAX_STATE_DEPTH = 64

interface Walk {
  readonly integrations: SageMakerIntegrations
  readonly sdk: SageMakerSdk | undefined
  readonly issues: SfnIssue[]
  readonly tasks: SageMakerTask[]
}

const reason = (e: unknown): string => (e instanceof Error ? e.message : 'an exception')

function languageOf(node: Record<string, unknown>, inherited: QueryLanguage, path: Path, walk: Walk, state?: string): QueryLanguage {
  const value = node['QueryLanguage']
  if (value === undefined) return inherited
  if (value === 'JSONPath' || value === 'JSONata') return value
  walk.issues.push({
    path: [...path, 'QueryLanguage'],
    message: 'expected "JSONPath" or "JSONata"',
    code: 'invalid_enum_value',
    received: describeValue(value),
    ...(state === undefined ? {} : { state }),
  })
  return inherited
}

/** The states of one (sub-)machine: the top level, a Parallel branch, a Map's item processor. */
function walkStates(states: unknown, path: Path, language: QueryLanguage, depth: number, walk: Walk): void {
  if (states === undefined) {
    walk.issues.push({ path, message: 'missing "States" (the states, by name)', code: 'missing_required' })
    return
  }
  if (!isRecord(states)) {
    walk.issues.push({ path, message: 'expected the states, as an object by state name', code: 'invalid_type', received: describeValue(states) })
    return
  }
  for (const name of Object.keys(states)) {
    const statePath = [...path, name]
    try {
      walkState(states[name], name, statePath, language, depth, walk)
    } catch (e) {
      walk.issues.push({ path: statePath, message: `could not read this state (${reason(e)})`, code: 'invalid_value', state: name })
    }
  }
}

function walkState(state: unknown, name: string, path: Path, inherited: QueryLanguage, depth: number, walk: Walk): void {
  if (!isRecord(state)) {
    walk.issues.push({ path, message: 'expected a state (an object with a Type)', code: 'invalid_type', received: describeValue(state), state: name })
    return
  }
  const language = languageOf(state, inherited, path, walk, name)
  const nested = (sub: unknown, subPath: Path): void => {
    if (depth >= MAX_STATE_DEPTH) {
      walk.issues.push({ path: subPath, message: `Parallel and Map states nested more than ${MAX_STATE_DEPTH} deep`, code: 'invalid_value', state: name })
      return
    }
    if (!isRecord(sub)) {
      walk.issues.push({ path: subPath, message: 'expected a state machine (StartAt and States)', code: 'invalid_type', received: describeValue(sub), state: name })
      return
    }
    walkStates(sub['States'], [...subPath, 'States'], language, depth + 1, walk)
  }
  switch (state['Type']) {
    case 'Task':
      checkSageMakerTask(state, { state: name, path, language, integrations: walk.integrations, sdk: walk.sdk, issues: walk.issues, tasks: walk.tasks })
      return
    case 'Parallel': {
      const branches = state['Branches']
      if (Array.isArray(branches)) branches.forEach((branch: unknown, i) => nested(branch, [...path, 'Branches', i]))
      return
    }
    case 'Map': {
      // `Iterator` is the older name of `ItemProcessor`.
      const field = hasOwn(state, 'ItemProcessor') ? 'ItemProcessor' : hasOwn(state, 'Iterator') ? 'Iterator' : undefined
      if (field !== undefined) nested(state[field], [...path, field])
      return
    }
    default:
  }
}

/**
 * Walks an Amazon States Language definition (an object, or its JSON text) and checks every
 * SageMaker task in it, in Parallel branches and Map item processors too, against
 * `integrations` (the optimized integrations) and, given `sdk`, the `aws-sdk:sagemaker:*` tasks
 * against its operations; without `sdk` those are left alone. Never throws. The
 * `validateStateMachine` of `sagemaker-shapes/sfn` is this with the package's optimized
 * integrations, that of `sagemaker-shapes/sfn/sdk` with every operation too.
 *
 * @since 0.1.0
 * @category validation
 */
export function checkStateMachine(definition: unknown, integrations: SageMakerIntegrations, sdk?: SageMakerSdk): StateMachineValidation {
  const walk: Walk = { integrations, sdk, issues: [], tasks: [] }
  try {
    let root = definition
    if (typeof root === 'string') {
      try {
        root = JSON.parse(root) as unknown
      } catch (e) {
        walk.issues.push({ path: [], message: `not JSON (${reason(e)})`, code: 'invalid_type' })
        return { success: false, issues: walk.issues, tasks: [] }
      }
    }
    if (!isRecord(root)) {
      walk.issues.push({ path: [], message: 'expected a state machine definition (an object with StartAt and States)', code: 'invalid_type', received: describeValue(root) })
    } else {
      walkStates(root['States'], ['States'], languageOf(root, 'JSONPath', [], walk), 0, walk)
    }
  } catch (e) {
    walk.issues.push({ path: [], message: `could not read the definition (${reason(e)})`, code: 'invalid_value' })
  }
  return { success: walk.issues.length === 0, issues: walk.issues, tasks: walk.tasks }
}
