import type { Issue } from '../issues.js'
import { MAX_NESTING } from '../issues.js'
import { describeValue, hasOwn, isRecord, setOwn } from '../primitives/describe.js'
import { checkDynamicValue, checkJsonata, hasTemplatePlaceholder } from './paths.js'

/** How a state writes values computed at run time: `"Key.$": "$.path"`, or `"{% expr %}"`. */
export type QueryLanguage = 'JSONPath' | 'JSONata'

type Path = ReadonlyArray<string | number>

/**
 * Stands in for a value Step Functions computes at run time, so that the request codec still
 * sees the member as present. Whatever the codec says about it is dropped (see
 * {@link issuesOutsideRuntimeValues}); a misspelled member name still counts.
 */
const RUNTIME_VALUE: unknown = Object.freeze({})

/** A payload template read as the request it becomes, with what is known only at run time. */
export interface ReadTemplate {
  /** The template with every run-time value replaced by a stand-in and `.$` dropped from keys. */
  readonly request: unknown
  /** Request paths whose values Step Functions computes at run time. */
  readonly runtime: readonly Path[]
  /** Request paths of strings with a deployment-time `${...}` placeholder. */
  readonly placeholders: readonly Path[]
  /** Problems in the template itself (a malformed path, `.$` in JSONata), template paths. */
  readonly issues: readonly Issue[]
}

/**
 * Reads a `Parameters` (JSONPath) or `Arguments` (JSONata) template: checks every run-time
 * expression's syntax and prepares the request a strict codec can check. Never throws for
 * plain data; a template that cannot be read (a throwing getter, a Proxy) is the caller's
 * concern.
 */
export function readTemplate(template: unknown, language: QueryLanguage): ReadTemplate {
  const runtime: Path[] = []
  const placeholders: Path[] = []
  const issues: Issue[] = []

  const invalid = (path: Path, message: string, value: unknown): void => {
    issues.push({ path, message, code: 'invalid_value', received: describeValue(value) })
  }

  // Reading stops at a `"Key.$"` member, so above it the request and template paths are the same
  // (and the path's length is the depth).
  const read = (value: unknown, path: Path): unknown => {
    if (path.length > MAX_NESTING) {
      invalid(path, `nested more than ${MAX_NESTING} levels deep`, value)
      runtime.push(path)
      return RUNTIME_VALUE
    }
    if (typeof value === 'string') {
      if (language === 'JSONata' && value.startsWith('{%')) {
        const problem = checkJsonata(value)
        if (problem !== undefined) invalid(path, problem, value)
        runtime.push(path)
        return RUNTIME_VALUE
      }
      if (hasTemplatePlaceholder(value)) placeholders.push(path)
      return value
    }
    if (Array.isArray(value)) return value.map((item, i) => read(item, [...path, i]))
    if (!isRecord(value)) return value
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(value)) {
      const item = value[key]
      const runtimeKey = key.length > 2 && key.endsWith('.$')
      if (!runtimeKey) {
        setOwn(out, key, read(item, [...path, key]))
        continue
      }
      const name = key.slice(0, -2)
      if (language === 'JSONata') {
        invalid([...path, key], `a JSONata state takes no "${key}": write "${name}": "{% ... %}"`, item)
      } else if (typeof item !== 'string') {
        invalid([...path, key], `the value of "${key}" is a path or an intrinsic function, as a string`, item)
      } else {
        const problem = checkDynamicValue(item)
        if (problem !== undefined) invalid([...path, key], problem, item)
      }
      if (hasOwn(value, name)) {
        invalid([...path, key], `"${name}" is given twice: as "${name}" and as "${key}"`, item)
        continue
      }
      setOwn(out, name, RUNTIME_VALUE)
      runtime.push([...path, name])
    }
    return out
  }

  if (language === 'JSONata' && typeof template === 'string') {
    // `"Arguments": "{% $states.input.request %}"`: the whole request is computed.
    const problem = checkJsonata(template)
    if (problem !== undefined) invalid([], problem, template)
    return { request: RUNTIME_VALUE, runtime: [[]], placeholders, issues }
  }
  return { request: read(template, []), runtime, placeholders, issues }
}

/** Paths as a tree of their keys, so that finding which of them lead up to a path costs that path's length. */
interface PathTree {
  /** Whether a path ends here. */
  end: boolean
  readonly next: Map<string | number, PathTree>
}

function pathTree(paths: readonly Path[]): PathTree {
  const root: PathTree = { end: false, next: new Map() }
  for (const path of paths) {
    let node = root
    for (const key of path) {
      let child = node.next.get(key)
      if (child === undefined) node.next.set(key, (child = { end: false, next: new Map() }))
      node = child
    }
    node.end = true
  }
  return root
}

/** The depths along `path` at which a path of the tree ends (`0`: the empty path). */
function* endsAlong(tree: PathTree, path: Path): Generator<number> {
  let node: PathTree | undefined = tree
  for (let depth = 0; node !== undefined; depth++) {
    if (node.end) yield depth
    node = depth < path.length ? node.next.get(path[depth]!) : undefined
  }
}

/** What a `${...}` placeholder's value, known only at deployment, cannot be judged on. */
const DEPLOYMENT_VALUE_CODES: ReadonlySet<string> = new Set(['invalid_enum_value', 'pattern', 'too_small', 'too_big'])

/**
 * The request codec's issues that hold for the template: none about a value computed at run
 * time (only a misspelled `"Key.$"` name), and none about the value of a `${...}` placeholder
 * (its enum value, pattern or length). Linear in the issues' and paths' lengths, however many
 * there are.
 */
export function issuesOutsideRuntimeValues(issues: readonly Issue[], template: ReadTemplate): Issue[] {
  const runtime = pathTree(template.runtime)
  const placeholders = pathTree(template.placeholders)
  return issues.filter((issue) => {
    for (const depth of endsAlong(runtime, issue.path)) {
      if (!(issue.code === 'unrecognized_key' && depth === issue.path.length)) return false
    }
    if (!DEPLOYMENT_VALUE_CODES.has(issue.code)) return true
    for (const depth of endsAlong(placeholders, issue.path)) if (depth === issue.path.length) return false
    return true
  })
}

/**
 * A request path as it is written in the template: a member set at run time is `"Key.$"` there.
 * A misspelled `"Key.$"` gets its suggestion with `.$` too.
 */
export function toTemplatePath(template: unknown, issue: Issue): Issue {
  const path: Array<string | number> = []
  let node = template
  let runtimeKey = false
  for (const key of issue.path) {
    if (typeof key === 'string' && isRecord(node) && !hasOwn(node, key) && hasOwn(node, `${key}.$`)) {
      path.push(`${key}.$`)
      runtimeKey = true
      node = undefined
      continue
    }
    path.push(key)
    runtimeKey = false
    node = isRecord(node) || Array.isArray(node) ? (node as Record<string | number, unknown>)[key] : undefined
  }
  const suggestion = runtimeKey && issue.suggestion !== undefined ? { suggestion: `${issue.suggestion}.$` } : {}
  return { ...issue, path, ...suggestion }
}
