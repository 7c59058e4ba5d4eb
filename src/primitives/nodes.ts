// Descriptions resolved for one view: the graph the careful path walks and the compiler turns
// into straight-line code. A shape's node is built once per view and cached, so every codec of
// that view that reaches the shape shares it (and its compiled fast path).
import {
  BLOB,
  CODEC,
  CONST,
  type CodecDescription,
  type ConstDescription,
  ENUM,
  type EnumDescription,
  type ForeignCodec,
  LIST,
  MAP,
  STRUCTURE,
  type ScalarKind,
  type ShapeDescription,
  type StructureDescription,
  type TypeDescription,
  UNION,
  type UnionDescription,
} from './description.js'
import type { Fast } from './fast.js'
import type { Scope, Unit } from './jit.js'
import type { Walk } from './walk.js'

/**
 * How a view reads what a description says. Lenient (responses, events): unknown keys are kept,
 * `null` counts as absent, enums are open, only structure and kinds are checked. A strict view
 * (requests) adds its {@link Strictness}: unknown keys and `null` members are issues, enums are
 * closed, the model's constraints hold.
 *
 * @since 0.1.0
 * @category model
 */
export interface View {
  readonly strict?: Strictness | undefined
  /** The key a member has on the wire, when it is not the model's name (CloudTrail's camelCase). */
  readonly key?: ((name: string) => string) | undefined
  /** Every member optional, whatever the model requires (CloudTrail records trim requests). */
  readonly optional?: boolean | undefined
  /** A text that may stand in for any member's value (CloudTrail's `HIDDEN_DUE_TO_SECURITY_REASONS`): kept as it is. */
  readonly hidden?: string | undefined
  /** The node this view reads a scalar kind with, when not the kind's own (CloudTrail's timestamps). */
  readonly scalar?: ((kind: ScalarKind) => Node | undefined) | undefined
}

/**
 * What a strict view checks besides what every view does, for the careful path and the
 * compiled one (see strict.ts). Kept out of lenient views, so that their bundles leave it out.
 *
 * @since 0.1.0
 * @category model
 */
export interface Strictness {
  /** An unknown key: reports it (with the member probably meant); false. */
  readonly checkUnknown: (w: Walk, node: ObjectNode, value: unknown, key: string) => false
  /** A closed enum: the value, or FAIL with an issue. */
  readonly checkEnum: (w: Walk, node: EnumNode, u: unknown) => unknown
  /** The model's constraints on a well-typed scalar, list (`size` items) or map: whether they hold (reports when not). */
  readonly checkConstraints: (w: Walk, node: ScalarNode | ListNode | MapNode, value: unknown, size?: number) => boolean
  /** Compiled: the body that checks a structure's or union's keys and members, in `scope`. */
  readonly objectCode: (unit: Unit, node: ObjectNode, scope: Scope) => string[]
  /** Compiled: the test that `v` is not one of a closed enum's values. */
  readonly enumFails: (unit: Unit, node: EnumNode, v: string) => string
  /** Compiled: the test that a well-typed `v` (a scalar) or `n` entries break the node's constraints. */
  readonly constraintsFail: (unit: Unit, node: ScalarNode | ListNode | MapNode, v: string) => string | undefined
}

export interface ScalarNode {
  readonly kind: ScalarKind
  readonly min: number | undefined
  readonly max: number | undefined
  readonly pattern: string | undefined
}

export interface ListNode {
  readonly kind: typeof LIST
  readonly item: Node
  readonly min: number | undefined
  readonly max: number | undefined
}

export interface MapNode {
  readonly kind: typeof MAP
  readonly value: Node
  readonly key: Node | undefined
  readonly min: number | undefined
  readonly max: number | undefined
}

export interface Member {
  /** The key on the wire in this view. */
  readonly key: string
  readonly node: Node
  readonly required: boolean
  /** Its index in `members` (required members come first). */
  readonly position: number
}

/** A structure or a union: members by wire key. */
export interface ObjectNode {
  readonly kind: typeof STRUCTURE | typeof UNION
  readonly name: string
  readonly members: readonly Member[]
  /** Members by wire key (a Map: no key, not even `__proto__`, is special). */
  readonly index: ReadonlyMap<string, Member>
  /** Wire keys, for suggestions. */
  readonly keys: readonly string[]
  readonly required: number
  /**
   * Named through a function somewhere (a recursive group): where the walk watches for cycles
   * and shared objects, and the fast path counts its steps. Every cycle in a value passes
   * through such a shape (see description.ts).
   */
  recursive: boolean
  /** The compiled paths, built on first use (see jit.ts). */
  fast?: Fast | undefined
  guard?: Fast | undefined
}

export interface EnumNode {
  readonly kind: typeof ENUM
  readonly name: string
  readonly values: readonly (string | number)[]
  readonly known: ReadonlySet<unknown>
  readonly numeric: boolean
}

export interface ConstNode {
  readonly kind: typeof CONST
  readonly value: string | number | boolean
}

export interface CodecNode {
  readonly kind: typeof CODEC
  readonly codec: ForeignCodec
}

export type Node = ScalarNode | ListNode | MapNode | ObjectNode | EnumNode | ConstNode | CodecNode

const bound = (n: number | null | undefined): number | undefined => (n === null ? undefined : n)

/** The size bounds of a list or map, in a strict view (a lenient one checks none). */
const bounds = (view: View, min: number | null | undefined, max: number | null | undefined) =>
  view.strict === undefined ? { min: undefined, max: undefined } : { min: bound(min), max: bound(max) }

const caches = new WeakMap<View, WeakMap<ShapeDescription, Node>>()

/** The node of a member type in a view; shapes are built once per view and shared. */
export function nodeOf(type: TypeDescription, view: View): Node {
  if (typeof type === 'number') return view.scalar?.(type) ?? scalar(type)
  if (typeof type === 'function') {
    const target = shapeNode(type(), view)
    if (target.kind === STRUCTURE || target.kind === UNION) target.recursive = true
    return target
  }
  switch (type[0]) {
    case LIST:
      return { kind: LIST, item: nodeOf(type[1], view), ...bounds(view, type[2], type[3]) }
    case MAP: {
      const key = type[2]
      return { kind: MAP, value: nodeOf(type[1], view), key: key === undefined || key === null ? undefined : nodeOf(key, view), ...bounds(view, type[3], type[4]) }
    }
    case STRUCTURE:
    case UNION:
    case ENUM:
      return shapeNode(type as ShapeDescription, view)
    case CONST:
      return { kind: CONST, value: (type as ConstDescription)[1] }
    case CODEC:
      return { kind: CODEC, codec: (type as CodecDescription)[1] }
    default: {
      const [kind, min, max, pattern] = type as readonly [ScalarKind, number | null, number | null | undefined, string | undefined]
      const own = view.scalar?.(kind)
      if (own !== undefined) return own
      // A lenient view checks kinds only: its nodes carry no constraints.
      return view.strict === undefined ? scalar(kind) : { kind, min: bound(min), max: bound(max), pattern }
    }
  }
}

// Unconstrained scalars are shared: most members are one of these.
const SCALARS: readonly ScalarNode[] = ([0, 1, 2, 3, 4, 5, 6] as const).map((kind) => ({ kind, min: undefined, max: undefined, pattern: undefined }))
const scalar = (kind: ScalarKind): ScalarNode => SCALARS[kind]!

function shapeNode(description: ShapeDescription, view: View): Node {
  let cache = caches.get(view)
  if (cache === undefined) caches.set(view, (cache = new WeakMap()))
  const cached = cache.get(description)
  if (cached !== undefined) return cached
  if (description[0] === ENUM) {
    const [, name, values = [], numeric] = description as EnumDescription
    const node: EnumNode = { kind: ENUM, name, values, known: new Set<unknown>(values), numeric: numeric === 1 || typeof values[0] === 'number' }
    cache.set(description, node)
    return node
  }
  // Cached before its members resolve, so a recursive group closes on itself.
  const structure = description[0] === STRUCTURE
  const members: Member[] = []
  const index = new Map<string, Member>()
  const node: ObjectNode = { kind: description[0] as typeof STRUCTURE, name: description[1], members, index, keys: [], required: 0, recursive: false }
  cache.set(description, node)
  const first = structure ? 3 : 2
  const required = structure && view.optional !== true ? (description as StructureDescription)[2] : 0
  for (let i = first; i + 1 < description.length; i += 2) {
    const name = description[i] as string
    const type = (description as UnionDescription)[i + 1] as TypeDescription
    const key = view.key === undefined ? name : view.key(name)
    const position = (i - first) / 2
    const member: Member = { key, node: nodeOf(type, view), required: position < required, position }
    members.push(member)
    index.set(key, member)
  }
  Object.assign(node, { keys: members.map((m) => m.key), required })
  return node
}

/** A shape's display name, or the kind of value a node holds, for messages. */
export function nodeName(node: Node): string {
  switch (node.kind) {
    case STRUCTURE:
    case UNION:
    case ENUM:
      return node.name
    case LIST:
      return `Array<${nodeName(node.item)}>`
    case MAP:
      return `Record<${node.key === undefined ? 'string' : nodeName(node.key)}, ${nodeName(node.value)}>`
    case CONST:
      return JSON.stringify(node.value)
    case CODEC:
      return node.codec.name
    default:
      return SCALAR_NAMES[node.kind]
  }
}

const SCALAR_NAMES = ['string', 'boolean', 'integer', 'number', 'timestamp', 'blob', 'document'] as const
