// The fast path: a view's nodes compiled, on first use, into straight-line functions (one per
// structure or union; lists, maps and scalars inline), the way ajv and zod's compile.ts do. A
// compiled function answers "valid, and here is the decoded value" or FAIL, never why: on FAIL
// the careful path (walk.ts) runs and reports. It accepts only what the careful path accepts,
// and gives the same value; anything unusual (an inherited or non-enumerable member, a prototype
// other than Object's, a getter that throws, a cycle) is FAIL. The guard (`is`) is compiled the
// same way, for values already decoded.
//
// Where code generation is not allowed (a Content-Security-Policy without 'unsafe-eval', an
// edge runtime, node --disallow-code-generation-from-strings), nothing is compiled and every
// call takes the careful path.
import { CODEC, CONST, DOCUMENT, ENUM, LIST, MAP, STRUCTURE, TIMESTAMP, UNION } from './description.js'
import { setOwn } from './describe.js'
import { FAIL, type Fast, budget } from './fast.js'
import { MAX_NESTING } from '../issues.js'
import { readLenientTimestamp, readStrictTimestamp } from './instant.js'
import { MAX_TIME, MIN_TIME } from './iso.js'
import type { ListNode, MapNode, Node, ObjectNode, View } from './nodes.js'
import { scalarFails } from './rules.js'
import { MAX_LIST_LENGTH, plainObject } from './walk.js'

let allowed: boolean | undefined

/** Whether this runtime lets code be generated from strings (tried once). */
export function codeGenerationAllowed(): boolean {
  if (allowed === undefined) {
    try {
      allowed = new Function('return 1')() === 1
    } catch {
      allowed = false
    }
  }
  return allowed
}

/**
 * Which path a compiled function is: decoding input (`fast`: the decoded value or FAIL), or
 * guarding a decoded value (`guard`: the value or FAIL). A decoded value decodes to itself, so
 * the decoder is a guard too; the guard is a leaner one (no copies, `Date`s checked in place).
 */
export type Purpose = 'fast' | 'guard'

/**
 * The compiled path of a node in a view, or undefined where code generation is not allowed.
 * Structures and unions are compiled once per view and purpose (with every structure they reach
 * that is not compiled yet, in one source) and kept on their node.
 */
export function compiled(node: Node, view: View, purpose: Purpose = 'fast'): Fast | undefined {
  if (!codeGenerationAllowed()) return undefined
  return (node.kind === STRUCTURE || node.kind === UNION ? node[purpose] : undefined) ?? new Unit(view, purpose).link(node)
}

/** A literal in generated code (JSON text is a JavaScript literal: nothing in it can escape). */
export const literal = (value: unknown): string => JSON.stringify(value)

/** What every compiled unit's code can name. */
const HELPERS: Readonly<Record<string, unknown>> = {
  F: FAIL,
  O: Object.prototype,
  H: (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k),
  P: Object.getPrototypeOf,
  A: Array.isArray,
  C: (u: object) => ({ ...u }),
  S: setOwn,
  B: budget,
  isInteger: Number.isInteger,
  MINTIME: MIN_TIME,
  MAXTIME: MAX_TIME,
  isFinite: Number.isFinite,
  MAXLEN: MAX_LIST_LENGTH,
}

/**
 * Where the code for one object reads and writes: the object (`u`), its decoded value (`o`), the
 * member being checked (`v`), a counter (`n`); how deep it sits below the function's argument, and
 * the expression of its depth.
 */
export interface Scope {
  readonly u: string
  readonly o: string
  readonly v: string
  readonly n: string
  readonly level: number
  readonly d: string
}

// How much is written inline rather than called: V8 optimizes (and inlines) small functions.
const INLINE_MEMBERS = 16
const INLINE_BUDGET = 64

/**
 * One `new Function`: the functions of the structures it compiles (each `(u, d) => value | F`,
 * `d` the depth of `u`) and what they refer to.
 */
export class Unit {
  private readonly env: unknown[] = []
  private readonly names = new Map<ObjectNode, string>()
  private readonly pending: ObjectNode[] = []
  /** Locals of the function being written. */
  private locals: string[] = []
  /** The deepest container the function being written checks inline, below its argument. */
  private deepest = 0
  /** Members of the structures inlined into the function being written. */
  private inlined = 0

  constructor(
    readonly view: View,
    readonly purpose: Purpose = 'fast',
  ) {}

  private get guard(): boolean {
    return this.purpose === 'guard'
  }

  /** A value from outside the unit, by a name its code can use. */
  use(value: unknown): string {
    let index = this.env.indexOf(value)
    if (index < 0) index = this.env.push(value) - 1
    return `e${index}`
  }

  /** A new local of the function being written. */
  fresh(prefix: string): string {
    return this.locals[this.locals.push(`${prefix}${this.locals.length}`) - 1]!
  }

  /** The name of the function that checks `node`: an earlier unit's, or one this unit writes. */
  private fn(node: ObjectNode): string {
    const done = node[this.purpose]
    if (done !== undefined) return this.use(done)
    let name = this.names.get(node)
    if (name === undefined) {
      this.names.set(node, (name = `f${this.names.size}`))
      this.pending.push(node)
    }
    return name
  }

  /** Compiles `root` (and the structures it reaches), keeps each function on its node, and returns root's. */
  link(root: Node): Fast {
    const functions: string[] = []
    const rootName = root.kind === STRUCTURE || root.kind === UNION ? this.fn(root) : 'root'
    if (rootName === 'root') {
      this.begin()
      const body = this.check(root, 'u', 'r', 0, 'd')
      functions.push(this.wrap('root', ['var r', ...body, `return ${this.changes(root) ? 'r' : 'u'}`]))
    }
    for (let node = this.pending.shift(); node !== undefined; node = this.pending.shift()) {
      this.begin()
      const scope: Scope = { u: 'u', o: 'o', v: 'v', n: 'n', level: 0, d: 'd' }
      functions.push(
        this.wrap(this.names.get(node)!, [
          // A recursive group counts its steps: shared sub-objects and cycles cannot make it exponential.
          ...(node.recursive ? ['if (--B.steps < 0) return F'] : []),
          'var o, v, n',
          ...this.object(node, scope),
          `return ${this.guard ? 'u' : 'o'}`,
        ]),
      )
    }
    const helpers = Object.keys(HELPERS)
    const source = ['"use strict"', ...functions, `return [${[rootName, ...this.names.values()].join(', ')}]`].join('\n')
    const make = new Function(...helpers, ...this.env.map((_, i) => `e${i}`), source) as (...args: unknown[]) => Fast[]
    const [first, ...fns] = make(...helpers.map((h) => HELPERS[h]), ...this.env)
    ;[...this.names.keys()].forEach((node, i) => {
      node[this.purpose] = fns[i]
    })
    return first!
  }

  private begin(): void {
    this.locals = ['p', 'k']
    this.deepest = 0
    this.inlined = 0
  }

  /** A function around `body`, with its locals and its nesting check: every container it reads inline must be shallower than the limit. */
  private wrap(name: string, body: readonly string[]): string {
    return [`function ${name}(u, d) {`, `if (d + ${this.deepest} >= ${MAX_NESTING}) return F`, `var ${this.locals.join(', ')}`, ...body, '}'].join('\n')
  }

  /** Whether decoding a node can give a value other than its input (a guard's never does). */
  changes(node: Node): boolean {
    if (this.guard) return false
    switch (node.kind) {
      case TIMESTAMP:
      case STRUCTURE:
      case UNION:
      case CODEC:
        return true
      case LIST:
        return this.changes(node.item)
      case MAP:
        return this.changes(node.value)
      default:
        return false
    }
  }

  /**
   * The checks of an object in `scope.u` against a structure or union, its decoded value left in
   * `scope.o` (a copy where a member's value changes).
   */
  private object(node: ObjectNode, scope: Scope): string[] {
    this.deepest = Math.max(this.deepest, scope.level)
    const { u, o } = scope
    const strict = this.view.strict
    return [
      `if (typeof ${u} !== "object" || ${u} === null || A(${u})) return F`,
      `${o} = ${u}`,
      `${scope.n} = 0`,
      ...(strict !== undefined ? strict.objectCode(this, node, scope) : node.kind === STRUCTURE ? this.lenientStructure(node, scope) : this.lenientUnion(node, scope)),
      // After the members are read: by then the engine knows the object's shape, and the test
      // costs nothing (before them it is a call, most of the time of a small object's check).
      `p = P(${u})`,
      'if (p !== O && p !== null) return F',
    ]
  }

  /**
   * The checks of member `key` (its value in `scope.v`, read from `scope.u`): own only (one
   * inherited from a polluted Object.prototype is FAIL), and its decoded value copied into the
   * output `scope.o` where it differs.
   */
  member(node: Node, key: string, scope: Scope): string[] {
    const { u, o, v } = scope
    const r = this.fresh('r')
    const lines = [`if (O[${literal(key)}] !== undefined && !H(${u}, ${literal(key)})) return F`]
    // A member that is null is absent or an issue, never a value: a document or a codec written
    // by hand could take it for one.
    if (node.kind === DOCUMENT || node.kind === CODEC) lines.push(`if (${v} === null) return F`)
    const checks = this.check(node, v, r, scope.level + 1, `${scope.d} + 1`)
    if (this.changes(node)) checks.push(`if (${r} !== ${v}) { if (${o} === ${u}) ${o} = C(${u}); S(${o}, ${literal(key)}, ${r}) }`)
    // A value the record hides (CloudTrail) stands for any member: kept as it is.
    const hidden = this.view.hidden
    return hidden === undefined ? [...lines, ...checks] : [...lines, `if (${v} !== ${literal(hidden)}) {`, ...checks, '}']
  }

  private lenientStructure(node: ObjectNode, scope: Scope): string[] {
    const { u, o, v } = scope
    return node.members.flatMap((m) => [
      `${v} = ${u}[${literal(m.key)}]`,
      // Lenient: null is absent, and decoding leaves it out. A decoded value has none: a guard's
      // checks of the member reject it anyway.
      this.guard || m.required ? `if (${v} !== undefined) {` : `if (${v} === null) { if (${o} === ${u}) ${o} = C(${u}); delete ${o}[${literal(m.key)}] } else if (${v} !== undefined) {`,
      ...this.member(m.node, m.key, scope),
      `}${m.required ? ' else return F' : ''}`,
    ])
  }

  // At most one member set (none: kept as it is, a member AWS added later or {}); a null member
  // is left to the careful path, which leaves it out.
  private lenientUnion(node: ObjectNode, scope: Scope): string[] {
    const { u, v, n } = scope
    return [
      ...node.members.flatMap((m) => [`${v} = ${u}[${literal(m.key)}]`, `if (${v} === null) return F`, `if (${v} !== undefined) {`, `${n}++`, ...this.member(m.node, m.key, scope), '}']),
      `if (${n} > 1) return F`,
    ]
  }

  /**
   * A structure checked where it is met, not through a call: small ones that are not recursive,
   * while the function being written stays small enough for the engine to optimize.
   */
  private inline(node: ObjectNode): boolean {
    if (node.recursive || node.members.length > INLINE_MEMBERS || this.inlined + node.members.length > INLINE_BUDGET) return false
    this.inlined += node.members.length
    return true
  }

  /**
   * Lines that check `v` (a container `level` deep below the function's argument, at depth
   * expression `d`) against `node`, returning F on failure; where the node can change the value,
   * they leave the decoded value in `r`.
   */
  check(node: Node, v: string, r: string, level: number, d: string): string[] {
    const strict = this.view.strict
    switch (node.kind) {
      case STRUCTURE:
      case UNION: {
        if (!this.inline(node)) return [`${r} = ${this.fn(node)}(${v}, ${d})`, `if (${r} === F) return F`]
        const scope: Scope = { u: v, o: r, v: this.fresh('v'), n: this.fresh('n'), level, d }
        return this.object(node, scope)
      }
      case LIST:
        return this.list(node, v, r, level, d)
      case MAP:
        return this.map(node, v, r, level, d)
      case ENUM:
        return [`if (${strict !== undefined ? strict.enumFails(this, node, v) : node.numeric ? `!isInteger(${v})` : `typeof ${v} !== "string"`}) return F`]
      case CONST:
        return [`if (${v} !== ${literal(node.value)}) return F`]
      case CODEC:
        return this.guard || node.codec.fast === undefined
          ? [`if (!${this.use(node.codec)}.is(${v})) return F`, `${r} = ${v}`]
          : [`${r} = ${this.use(node.codec.fast)}(${v}, ${d})`, `if (${r} === F) return F`]
      case DOCUMENT:
        return [`if (${this.use(fastDocument)}(${v}, ${d}) === F) return F`]
      case TIMESTAMP:
        // A guard: a Date in range, checked in place.
        if (this.guard) return [`if (!(${v} instanceof Date)) return F`, `${r} = ${v}.getTime()`, `if (!(${r} >= MINTIME && ${r} <= MAXTIME)) return F`]
        return [`${r} = ${this.use(strict !== undefined ? readStrictTimestamp : readLenientTimestamp)}(${v})`, `if (${r} === F) return F`]
      default: {
        // Base64 text for bytes is left to the careful path: only decoded bytes pass here.
        const constraints = strict?.constraintsFail(this, node, v)
        return [`if (${scalarFails(node.kind, v)}${constraints === undefined ? '' : ` || ${constraints}`}) return F`]
      }
    }
  }

  private list(node: ListNode, v: string, r: string, level: number, d: string): string[] {
    this.deepest = Math.max(this.deepest, level)
    const [i, x, n, a, ri] = ['i', 'x', 'n', 'a', 'r'].map((p) => this.fresh(p)) as [string, string, string, string, string]
    const changes = this.changes(node.item)
    const size = this.view.strict?.constraintsFail(this, node, n)
    return [
      `if (!A(${v})) return F`,
      `${n} = ${v}.length`,
      `if (${n} > MAXLEN${size === undefined ? '' : ` || ${size}`}) return F`,
      `${a} = ${v}`,
      `for (${i} = 0; ${i} < ${n}; ${i}++) {`,
      `${x} = ${v}[${i}]`,
      ...this.check(node.item, x, ri, level + 1, `${d} + 1`),
      ...(changes ? [`if (${ri} !== ${x}) { if (${a} === ${v}) ${a} = ${v}.slice(); ${a}[${i}] = ${ri} }`] : []),
      '}',
      `${r} = ${a}`,
    ]
  }

  private map(node: MapNode, v: string, r: string, level: number, d: string): string[] {
    this.deepest = Math.max(this.deepest, level)
    const [key, x, n, a, ri, rk] = ['k', 'x', 'n', 'a', 'r', 'r'].map((p) => this.fresh(p)) as [string, string, string, string, string, string]
    const changes = this.changes(node.value)
    const size = this.view.strict?.constraintsFail(this, node, n)
    return [
      `if (typeof ${v} !== "object" || ${v} === null || A(${v})) return F`,
      `${n} = 0`,
      `${a} = ${v}`,
      // for-in also walks an enumerable key added to Object.prototype: own keys only.
      `for (${key} in ${v}) {`,
      `if (O[${key}] !== undefined && !H(${v}, ${key})) return F`,
      `${n}++`,
      ...(node.key === undefined ? [] : this.check(node.key, key, rk, level + 1, `${d} + 1`)),
      `${x} = ${v}[${key}]`,
      ...this.check(node.value, x, ri, level + 1, `${d} + 1`),
      ...(changes ? [`if (${ri} !== ${x}) { if (${a} === ${v}) ${a} = C(${v}); S(${a}, ${key}, ${ri}) }`] : []),
      '}',
      ...(size === undefined ? [] : [`if (${size}) return F`]),
      // Only an object JSON could make (see object()); its keys were all own, then.
      `p = P(${v})`,
      'if (p !== O && p !== null) return F',
      `${r} = ${a}`,
    ]
  }
}

/**
 * A document on the fast path: JSON values only, within the nesting limit and the step budget
 * (a cycle exhausts one or the other, and the careful path then says which).
 */
function fastDocument(u: unknown, d: number): unknown {
  if (u === null || typeof u === 'string' || typeof u === 'boolean') return u
  if (typeof u === 'number') return Number.isFinite(u) ? u : FAIL
  if (d >= MAX_NESTING || --budget.steps < 0) return FAIL
  if (Array.isArray(u)) {
    for (let i = 0; i < u.length; i++) if (u[i] === undefined || fastDocument(u[i], d + 1) === FAIL) return FAIL
    return u
  }
  if (!plainObject(u)) return FAIL
  for (const k in u) {
    if (!Object.prototype.hasOwnProperty.call(u, k)) return FAIL
    const x = (u as Record<string, unknown>)[k]
    if (x !== undefined && fastDocument(x, d + 1) === FAIL) return FAIL
  }
  return u
}
