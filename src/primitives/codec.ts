import type { StandardSchemaV1 } from '@standard-schema/spec'
import type * as t from 'io-ts'
import type { CarriedIssue } from '../issues.js'
import { toIssues } from '../issues.js'
import { CODEC, DOCUMENT, LIST, MAP, STRUCTURE, type TypeDescription, UNION } from './description.js'
import { describeValue } from './describe.js'
import { encodeNode } from './encode.js'
import { FAIL, type Fast, STEP_BUDGET, budget } from './fast.js'
import { type Purpose, compiled } from './jit.js'
import { type Node, type View, nodeName, nodeOf } from './nodes.js'
import { newWalk, walk } from './walk.js'

/**
 * Every codec the package exports: an io-ts type and a Standard Schema v1, whose input type is
 * the wire form (`O`, timestamps as text) and whose output is the decoded value (`A`).
 *
 * @since 0.1.0
 * @category model
 */
export interface Codec<A, O = A> extends t.Type<A, O, unknown>, StandardSchemaV1<O, A> {}

export const VENDOR = 'sagemaker-shapes'

/** A compiled path that sets the step budget for its call (and puts the caller's back). */
function withBudget(fn: Fast): Fast {
  return (u, d) => {
    const saved = budget.steps
    budget.steps = STEP_BUDGET
    try {
      return fn(u, d)
    } finally {
      budget.steps = saved
    }
  }
}

const budgets = new WeakMap<Node, boolean>()

/** Whether checking a node can count steps: it reaches a recursive group or a document. */
function budgeted(root: Node): boolean {
  let known = budgets.get(root)
  if (known === undefined) {
    const seen = new Set<Node>()
    const visit = (node: Node): boolean => {
      if (seen.has(node)) return false
      seen.add(node)
      switch (node.kind) {
        case STRUCTURE:
        case UNION:
          return node.recursive || node.members.some((m) => visit(m.node))
        case LIST:
          return visit(node.item)
        case MAP:
          return visit(node.value)
        case CODEC:
          // A codec of this package embedded by hand counts steps when it does.
          return node.codec instanceof DescribedCodec && budgeted(node.codec.node)
        default:
          return node.kind === DOCUMENT
      }
    }
    budgets.set(root, (known = visit(root)))
  }
  return known
}

/**
 * io-ts's `Type`, implemented rather than inherited (io-ts cannot be tree-shaken: inheriting its
 * class would put all of io-ts in every bundle), and a Standard Schema v1: composes with io-ts
 * combinators, `PathReporter` and fp-ts like any io-ts type.
 *
 * @since 0.1.0
 * @category model
 */
export class TypeBase<A, O = A> implements Codec<A, O> {
  declare readonly _A: A
  declare readonly _O: O
  declare readonly _I: unknown
  readonly decode: (i: unknown) => t.Validation<A>

  constructor(
    name: string | undefined,
    readonly is: t.Is<A>,
    readonly validate: t.Validate<unknown, A>,
    readonly encode: t.Encode<A, O>,
  ) {
    if (name !== undefined) this.#name = name
    this.decode = (i) => this.validate(i, [{ key: '', type: this, actual: i }])
  }

  #name: string | undefined

  get name(): string {
    return (this.#name ??= this.describe())
  }

  /** The name when none was given. */
  protected describe(): string {
    return 'unknown'
  }

  asDecoder(): t.Decoder<unknown, A> {
    return this
  }

  asEncoder(): t.Encoder<A, O> {
    return this
  }

  #standard: StandardSchemaV1.Props<O, A> | undefined

  /** Built on first use and kept: consumers read it on every parse. */
  get '~standard'(): StandardSchemaV1.Props<O, A> {
    if (this.#standard === undefined) {
      const validate = (value: unknown): StandardSchemaV1.Result<A> => {
        const result = this.decode(value)
        if (result._tag === 'Right') return { value: result.right }
        return { issues: toIssues(result.left).map((i) => ({ message: i.message, path: i.path })) }
      }
      this.#standard = { version: 1, vendor: VENDOR, validate }
    }
    return this.#standard
  }
}

// io-ts's own signature, which a class method cannot restate (its `A` shadows the class's).
export interface TypeBase<A, O> {
  pipe: t.Type<A, O, unknown>['pipe']
}

TypeBase.prototype.pipe = function <A, O, B, OB>(this: t.Type<A, O, unknown>, ab: t.Type<B, OB, A>, name?: string) {
  const validate: t.Validate<unknown, B> = (i, c) => {
    const e = this.validate(i, c)
    return e._tag === 'Left' ? e : ab.validate(e.right, c)
  }
  return new TypeBase<B, O>(name ?? `pipe(${this.name}, ${ab.name})`, ab.is, validate, (b) => this.encode(ab.encode(b) as unknown as A))
} as never

/**
 * A codec derived from a description in a view: the view's node is resolved, and its fast paths
 * compiled, on first use. It implements io-ts's `Type` (so it composes with every io-ts
 * combinator, `PathReporter` and fp-ts) without inheriting from it: a bundle that decodes with
 * the package's codecs carries no io-ts code.
 *
 * @since 0.1.0
 * @category model
 */
export class DescribedCodec<A, O = A> extends TypeBase<A, O> {
  #node: Node | undefined
  #fast: Fast | undefined | null = null

  constructor(
    name: string | undefined,
    /** What this codec checks, as generated code describes it. */
    readonly description: TypeDescription,
    /** How it reads the description: strict or lenient, and any other view. */
    readonly view: View,
  ) {
    // The compiled paths as this codec calls them (with the step budget where a recursive group
    // or a document needs it), made on first use and kept here: the hot paths read locals.
    let guard: Fast | undefined | null = null
    let decode: Fast | undefined | null = null
    const entry = (purpose: Purpose): Fast | undefined => {
      const fn = compiled(this.node, view, purpose)
      return fn === undefined || !budgeted(this.node) ? fn : withBudget(fn)
    }
    super(
      name,
      (u: unknown): u is A => {
        if (guard === null) guard = entry('guard')
        if (guard !== undefined) {
          try {
            if (guard(u, 0) !== FAIL) return true
          } catch {
            // a throwing getter or Proxy trap: the careful walk decides
          }
        }
        return this.checkCarefully(u)
      },
      (u, c) => {
        if (decode === null) decode = entry('fast')
        if (decode !== undefined) {
          try {
            const r = decode(u, c.length - 1)
            if (r !== FAIL) return { _tag: 'Right', right: r as A }
          } catch {
            // as above: the careful walk decides, and reports
          }
        }
        return this.carefully(u, c)
      },
      (a) => encodeNode(this.node, a) as O,
    )
  }

  /** The shape's name, or the kind of value. */
  protected override describe(): string {
    return nodeName(this.node)
  }

  /** The view's node for the description. */
  get node(): Node {
    return (this.#node ??= nodeOf(this.description, this.view))
  }

  /**
   * The compiled fast path (decoded value or FAIL), for compiled code that embeds this codec (it
   * runs inside a caller that set the step budget); undefined where code generation is not
   * allowed.
   */
  get fast(): Fast | undefined {
    if (this.#fast === null) this.#fast = compiled(this.node, this.view)
    return this.#fast
  }

  /**
   * The compiled path alone: the decoded value (for a guard, the value itself) or FAIL, which is
   * also what it gives where code generation is not allowed. For tests that compare the paths.
   */
  runFast(u: unknown, guard = false): unknown {
    const fast = compiled(this.node, this.view, guard ? 'guard' : 'fast')
    if (fast === undefined) return FAIL
    try {
      return withBudget(fast)(u, 0)
    } catch {
      return FAIL
    }
  }

  /** The careful guard alone. */
  private checkCarefully(u: unknown): boolean {
    try {
      return walk(this.node, u, newWalk(this.view, true, false, 0)) !== FAIL
    } catch {
      return false
    }
  }

  /** The careful path alone, with issues: what `validate` does when the fast path declines. */
  carefully(u: unknown, c: t.Context): t.Validation<A> {
    const w = newWalk(this.view, false, true, c.length - 1)
    let r: unknown = FAIL
    try {
      r = walk(this.node, u, w)
    } catch (e) {
      // Only what the walk cannot read itself (it catches reads of the input) ends up here.
      w.issues!.push({ issue: { path: [], message: `could not read the value (${e instanceof Error ? e.message : describeValue(e)})`, code: 'invalid_value' }, value: u })
    }
    const found = w.issues!
    if (r !== FAIL && found.length === 0) return { _tag: 'Right', right: r as A }
    if (found.length === 0) found.push({ issue: { path: [], message: `expected ${nodeName(this.node)}`, code: 'invalid_value' }, value: u })
    const errors = found.map(({ issue, value }): CarriedIssue => ({
      value,
      context: [...c, ...issue.path.map((key) => ({ key: String(key), type: this, actual: undefined }))],
      message: issue.message,
      issue,
      at: c.length,
    }))
    return { _tag: 'Left', left: errors }
  }

}
