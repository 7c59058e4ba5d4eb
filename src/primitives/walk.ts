// The careful path: walks a value along a view's nodes, decoding it (or, for a guard, checking
// an already decoded value) and writing an issue for every problem, with its path. It reads own
// enumerable properties only, never writes to its input, stops at MAX_NESTING and at
// MAX_ISSUES, and remembers the objects it met inside recursive groups and documents, so cycles
// are issues and shared sub-objects are walked once: its work is linear in what it reads.
// What only strict views check (unknown keys, closed enums, the model's constraints) is the
// view's own (see strict.ts), so lenient bundles leave it out.
import type * as t from 'io-ts'
import { CODEC, CONST, DOCUMENT, ENUM, type ForeignCodec, LIST, MAP, STRUCTURE, UNION } from './description.js'
import { describeValue, isRecord, setOwn } from './describe.js'
import { FAIL } from './fast.js'
import { type Issue, type IssueCode, MAX_ISSUES, MAX_NESTING, toIssues } from '../issues.js'
import { type ListNode, type MapNode, type Node, type ObjectNode, type View, nodeName } from './nodes.js'
import { readScalar, scalarProblem } from './rules.js'

/**
 * The longest list read: JSON text cannot carry more items (V8's longest string is 2^29
 * characters, and every item takes at least two), so a longer array was built in process, often
 * sparse; it is refused by its length alone.
 */
export const MAX_LIST_LENGTH = 2 ** 28

/** What a failed check reports. */
export interface Problem {
  readonly code: IssueCode
  readonly message: string
  readonly expected?: string | undefined
}

/** An object met inside a recursive group or a document, and what walking it gave. */
interface Seen {
  readonly node: Node
  /** Still being walked: meeting it again is a cycle. */
  open: boolean
  /** The deepest level it was walked at; deeper, it is walked again (the nesting limit). */
  depth: number
  result: unknown
}

/** One walk's state. */
export interface Walk {
  readonly view: View
  /** Checking a decoded value (`is`) rather than decoding input. */
  readonly guard: boolean
  /** Issues found so far, with the value each is about; undefined: stop at the first problem. */
  readonly issues: Array<{ readonly issue: Issue; readonly value: unknown }> | undefined
  readonly path: Array<string | number>
  /** The depth of the root (inside other io-ts types, not 0). */
  readonly base: number
  seen: Map<object, Seen> | undefined
  /** Set when the walk gives up: at the first problem of a guard, or past MAX_ISSUES. */
  stopped: boolean
}

export const newWalk = (view: View, guard: boolean, collect: boolean, base: number): Walk => ({
  view,
  guard,
  issues: collect ? [] : undefined,
  path: [],
  base,
  seen: undefined,
  stopped: false,
})

/** Adds an issue (until MAX_ISSUES, then a last one that says so, and the walk stops). */
function add(w: Walk, issue: Issue | undefined, value: unknown): typeof FAIL {
  const issues = w.issues
  if (issues === undefined || issue === undefined || w.stopped) w.stopped = true
  else if (issues.length < MAX_ISSUES) issues.push({ issue, value })
  else {
    issues.push({ issue: { path: [], message: `stopped after ${MAX_ISSUES} issues; there are more`, code: 'too_many_issues' }, value: undefined })
    w.stopped = true
  }
  return FAIL
}

/**
 * Writes an issue at the current path (plus `key`), and gives FAIL. `missing`: there is no value
 * to describe.
 */
export function report(w: Walk, u: unknown, problem: Problem, key?: string | number, suggestion?: string, missing?: boolean): typeof FAIL {
  if (w.issues === undefined) return add(w, undefined, u)
  const issue: Issue = {
    path: key === undefined ? w.path.slice() : [...w.path, key],
    message: problem.message,
    code: problem.code,
    ...(problem.expected === undefined ? {} : { expected: problem.expected }),
    ...(missing === true ? {} : { received: describeValue(u) }),
    ...(suggestion === undefined ? {} : { suggestion }),
  }
  return add(w, issue, u)
}

const unreadable = (e: unknown): Problem => ({ code: 'invalid_value', message: `could not read the value (${e instanceof Error ? e.message : describeValue(e)})` })

/** Reads `u[key]`; a throwing getter or Proxy trap is an issue at that key. */
function read(w: Walk, u: object, key: string | number): unknown {
  try {
    return (u as Record<string | number, unknown>)[key]
  } catch (e) {
    return report(w, undefined, unreadable(e), key)
  }
}

function ownKeys(w: Walk, u: object): string[] | typeof FAIL {
  try {
    return Object.keys(u)
  } catch (e) {
    return report(w, u, unreadable(e))
  }
}

/** Walks `value` one key (or list position) down; FAIL leaves `ok` false. */
function below(w: Walk, node: Node, value: unknown, key: string | number): unknown {
  w.path.push(key)
  const r = walk(node, value, w)
  w.path.pop()
  return r
}

/** An object or list this deep is an issue, valid or not: FAIL. */
function tooDeep(w: Walk, u: unknown): boolean {
  return w.base + w.path.length >= MAX_NESTING && report(w, u, { code: 'invalid_value', message: `nested deeper than ${MAX_NESTING} levels; stopped decoding here` }) === FAIL
}

const wrongType = (w: Walk, u: unknown, expected: string): typeof FAIL =>
  report(w, u, { code: 'invalid_type', message: `expected ${expected}, received ${describeValue(u)}` })

/** Walks `u` at the current path: its decoded value (the value itself for a guard), or FAIL. */
export function walk(node: Node, u: unknown, w: Walk): unknown {
  switch (node.kind) {
    case STRUCTURE:
    case UNION:
      if (!isRecord(u)) return wrongType(w, u, `an object (${node.name})`)
      return node.recursive ? remembered(w, u, node, () => walkObject(node, u, w)) : walkObject(node, u, w)
    case LIST:
      return walkList(node, u, w)
    case MAP:
      return walkMap(node, u, w)
    case ENUM: {
      if (w.view.strict !== undefined) return w.view.strict.checkEnum(w, node, u)
      // Open: AWS adds values; any value of the enum's kind passes.
      return (node.numeric ? Number.isInteger(u) : typeof u === 'string') ? u : wrongType(w, u, `${node.numeric ? 'an integer' : 'a string'} (${node.name})`)
    }
    case CONST:
      return u === node.value ? u : report(w, u, { code: typeof u === typeof node.value ? 'invalid_value' : 'invalid_type', message: `expected ${JSON.stringify(node.value)}, received ${describeValue(u)}` })
    case CODEC:
      return walkCodec(node.codec, u, w)
    case DOCUMENT:
      return walkDocument(u, w)
    default: {
      const lenient = w.view.strict === undefined
      const value = readScalar(node.kind, u, lenient, w.guard)
      if (value === FAIL) return report(w, u, scalarProblem(node.kind, u, lenient))
      return lenient || w.view.strict!.checkConstraints(w, node, value) ? value : FAIL
    }
  }
}

/**
 * A structure (its members by own key) or a union (exactly one member set): the decoded object,
 * or FAIL. Unknown keys are the strict view's issue, or kept; `null` is absent in a lenient view.
 */
function walkObject(node: ObjectNode, u: Record<string, unknown>, w: Walk): unknown {
  if (tooDeep(w, u)) return FAIL
  const keys = ownKeys(w, u)
  if (keys === FAIL) return FAIL
  const strict = w.view.strict
  // A text that stands for any member's value in this view (CloudTrail's hidden values), kept as it is.
  const hidden = w.view.hidden
  // A structure reads each member as it goes; a union reads them all first, to see which is set.
  let values: unknown[] | undefined
  if (node.kind !== STRUCTURE) {
    values = keys.map((key) => read(w, u, key))
    const set = keys.filter((key, i) => node.index.has(key) && values![i] !== undefined && values![i] !== null && values![i] !== FAIL)
    // Lenient: none set is a member this version does not know (or {}): kept as it is.
    if (set.length === 0 && strict === undefined) return w.guard ? u : copy(keys, values)
    // A member set to null is reported where it is, below.
    const nulled = keys.some((key, i) => values![i] === null && node.index.has(key))
    if (set.length > 1 || (set.length === 0 && !nulled)) {
      const what = set.length === 0 ? `none (${node.keys.join(' | ')})` : set.join(' and ')
      return report(w, u, { code: 'invalid_value', message: `expected exactly one member of ${node.name}, received ${what}` })
    }
  }
  const out: Record<string, unknown> | undefined = w.guard ? undefined : {}
  // Which required members (the first `required` ones) were seen: bits of a number while they fit.
  const required = node.required
  const many = required > 30 ? new Uint8Array(required) : undefined
  let present = 0
  let ok = true
  for (let i = 0; i < keys.length && !w.stopped; i++) {
    const key = keys[i]!
    const value = values === undefined ? read(w, u, key) : values[i]
    const member = node.index.get(key)
    if (value === FAIL) ok = false
    else if (member === undefined) {
      if (strict !== undefined) ok = strict.checkUnknown(w, node, value, key)
      else if (out !== undefined) setOwn(out, key, value)
    } else if (value === null && strict === undefined && !w.guard) {
      // Lenient: null is absent (a required member is then missing).
    } else if (value !== undefined) {
      const position = member.position
      if (position < required) many === undefined ? (present |= 1 << position) : (many[position] = 1)
      const r = value === hidden ? value : value === null ? report(w, value, { code: 'invalid_type', message: `expected ${nodeName(member.node)}, received null (omit the member instead)` }, key) : below(w, member.node, value, key)
      if (r === FAIL) ok = false
      else if (out !== undefined) setOwn(out, key, r)
    }
  }
  if (many === undefined ? present !== 2 ** required - 1 : many.includes(0)) {
    for (let i = 0; i < required && !w.stopped; i++) {
      if (many === undefined ? (present & (1 << i)) !== 0 : many[i] === 1) continue
      ok = false
      const key = node.members[i]!.key
      report(w, undefined, { code: 'missing_required', message: `missing required member ${JSON.stringify(key)}`, expected: nodeName(node.members[i]!.node) }, key, undefined, true)
    }
  }
  return !ok || w.stopped ? FAIL : (out ?? u)
}

function copy(keys: readonly string[], values: readonly unknown[]): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  keys.forEach((key, i) => setOwn(out, key, values[i]))
  return out
}

/** A list or map: the container's own checks, then every entry. */
function walkEntries(w: Walk, node: ListNode | MapNode, u: object, keys: ReadonlyArray<string | number>, size: number): unknown {
  if (tooDeep(w, u)) return FAIL
  if (size > MAX_LIST_LENGTH) return report(w, u, { code: 'too_big', message: `expected at most ${MAX_LIST_LENGTH} entries (what JSON can carry), received ${size}` })
  let ok = w.view.strict === undefined || w.view.strict.checkConstraints(w, node, u, size)
  const list = node.kind === LIST
  const out: unknown[] | Record<string, unknown> | undefined = w.guard ? undefined : list ? [] : {}
  for (let i = 0; i < size && !w.stopped; i++) {
    const key = list ? i : keys[i]!
    if (!list && node.key !== undefined && below(w, node.key, key, key) === FAIL) ok = false
    const value = read(w, u, key)
    const r = value === FAIL ? FAIL : below(w, list ? node.item : node.value, value, key)
    if (r === FAIL) ok = false
    else if (out !== undefined) list ? (out as unknown[]).push(r) : setOwn(out as Record<string, unknown>, key as string, r)
  }
  return !ok || w.stopped ? FAIL : (out ?? u)
}

function walkList(node: ListNode, u: unknown, w: Walk): unknown {
  if (!Array.isArray(u)) return wrongType(w, u, `an array (${nodeName(node)})`)
  return walkEntries(w, node, u, [], u.length)
}

function walkMap(node: MapNode, u: unknown, w: Walk): unknown {
  if (!isRecord(u)) return wrongType(w, u, `an object (${nodeName(node)})`)
  const keys = ownKeys(w, u)
  return keys === FAIL ? FAIL : walkEntries(w, node, u, keys, keys.length)
}

/**
 * An object walked inside a recursive group or a document: met again while it is still being
 * walked, it is a cycle; met again after, it is not walked twice (unless now deeper, for the
 * nesting limit).
 */
function remembered(w: Walk, u: object, node: Node, run: () => unknown): unknown {
  const seen = (w.seen ??= new Map())
  const depth = w.base + w.path.length
  const entry = seen.get(u)
  if (entry?.open === true) return report(w, u, { code: 'invalid_value', message: 'a cycle: this object contains itself' })
  if (entry !== undefined && entry.node === node && depth <= entry.depth) return entry.result
  const own: Seen = { node, open: true, depth, result: FAIL }
  seen.set(u, own)
  own.result = run()
  own.open = false
  return own.result
}

const DOCUMENT_NODE: Node = { kind: DOCUMENT, min: undefined, max: undefined, pattern: undefined }

/** A free-form document: any JSON value (objects and arrays of JSON values, no cycles). */
function walkDocument(u: unknown, w: Walk): unknown {
  if (u === null || typeof u === 'string' || typeof u === 'boolean' || (typeof u === 'number' && Number.isFinite(u))) return u
  const array = Array.isArray(u)
  if (!array && !plainObject(u)) return report(w, u, scalarProblem(DOCUMENT, u, true))
  return remembered(w, u as object, DOCUMENT_NODE, () => {
    if (tooDeep(w, u)) return FAIL
    const keys = array ? undefined : ownKeys(w, u as object)
    if (keys === FAIL) return FAIL
    const size = array ? (u as unknown[]).length : keys!.length
    if (size > MAX_LIST_LENGTH) return report(w, u, { code: 'too_big', message: `expected at most ${MAX_LIST_LENGTH} entries, received ${size}` })
    let ok = true
    for (let i = 0; i < size && !w.stopped; i++) {
      const key = array ? i : keys![i]!
      const value = read(w, u as object, key)
      // As JSON.stringify would leave it out, so does a document: an object member that is undefined.
      if (value === FAIL || (!(value === undefined && !array) && below(w, DOCUMENT_NODE, value, key) === FAIL)) ok = false
    }
    return ok && !w.stopped ? u : FAIL
  })
}

/** An object JSON could have made: its prototype is Object.prototype or null. */
export function plainObject(u: unknown): boolean {
  if (typeof u !== 'object' || u === null) return false
  const proto: unknown = Object.getPrototypeOf(u)
  return proto === Object.prototype || proto === null
}

/** A codec written by hand: its guard, or its own validate with its issues under our path. */
function walkCodec(codec: ForeignCodec, u: unknown, w: Walk): unknown {
  if (w.guard) return codec.is(u) ? u : report(w, u, { code: 'invalid_value', message: `expected ${codec.name}, received ${describeValue(u)}` })
  // A codec derived from a description (the CloudTrail view of a request) counts nesting from
  // its context's length: give it a context as deep as this point, so that MAX_NESTING holds
  // across it; its keys are stripped from the paths of the issues it gives. A leaf codec (a
  // timestamp) nests nothing and gets the one entry.
  const type = codec as unknown as t.Decoder<unknown, unknown>
  const depth = (codec as { readonly description?: unknown }).description === undefined ? 0 : w.base + w.path.length
  const context: t.ContextEntry[] = []
  const pad: t.ContextEntry = { key: '', type, actual: undefined }
  for (let i = 0; i < depth; i++) context.push(pad)
  context.push({ key: '', type, actual: u })
  const result = codec.validate(u, context)
  if (result._tag === 'Right') return result.right
  for (const issue of toIssues(result.left)) add(w, { ...issue, path: [...w.path, ...issue.path.slice(depth)] }, u)
  return FAIL
}
