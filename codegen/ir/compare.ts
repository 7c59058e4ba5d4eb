import type { IR, Member, Shape, TypeRef } from './types.js'

/**
 * One way a reference IR (an older or partial source, such as the 2020 boto3 syntax) and a
 * model IR differ, at a path from an operation's request or response.
 *
 * - `member-missing`: the reference has a member the model lacks.
 * - `member-added`: the model has a member the reference does not show.
 * - `kind-changed`: the two disagree on what a member is (string vs structure, ...).
 * - `required-changed`: the two disagree on whether a request member is required.
 * - `enum-value-missing` / `enum-values-added`: enum values only the reference / only the
 *   model has (`values` lists them).
 * - `operation-missing` / `operation-added`: an operation only the reference / only the model has.
 */
export interface Difference {
  readonly kind:
    | 'operation-missing'
    | 'operation-added'
    | 'member-missing'
    | 'member-added'
    | 'kind-changed'
    | 'required-changed'
    | 'enum-value-missing'
    | 'enum-values-added'
  /** `Operation request: A.B[].C`, or the operation's name */
  readonly path: string
  readonly detail: string
  readonly values?: readonly (string | number)[]
}

/**
 * A reviewed difference: one {@link Difference} (by kind and path) and why it is there. `values`
 * lists the enum values that may be added or missing (`'*'`: any number of an open-ended set,
 * such as instance types).
 */
export interface AllowedDifference {
  readonly kind: Difference['kind']
  readonly path: string
  readonly reason: string
  readonly values?: readonly (string | number)[] | '*'
}

/** Whether the allow-list entry `allowed` explains `difference`. */
export function explains(allowed: AllowedDifference, difference: Difference): boolean {
  return (
    allowed.kind === difference.kind &&
    allowed.path === difference.path &&
    (allowed.values === undefined || allowed.values === '*' || (difference.values ?? []).every((v) => (allowed.values as readonly unknown[]).includes(v)))
  )
}

/** The differences no entry explains, and the entries that explain no difference (stale). */
export function reviewDifferences(
  differences: readonly Difference[],
  allowed: readonly AllowedDifference[],
): { unexplained: Difference[]; stale: AllowedDifference[] } {
  return {
    unexplained: differences.filter((d) => !allowed.some((a) => explains(a, d))),
    stale: allowed.filter((a) => !differences.some((d) => explains(a, d))),
  }
}

type Kind = string

function kindOf(ir: IR, ref: TypeRef): Kind {
  if (ref.kind !== 'ref') return ref.kind
  return ir.shapes[ref.name]!.kind
}

// The SDK's declarations do not say which numbers are integers; a reference that knows is
// not contradicted by a model that says only "number", unless the model knows too.
function compatible(reference: Kind, model: Kind, options: CompareOptions): boolean {
  if (reference === model) return true
  if (reference === 'integer' && model === 'number' && options.modelKnowsIntegers !== true) return true
  if (reference === 'structure' && model === 'union' && options.referenceKnowsUnions !== true) return true
  return false
}

/** How a comparison reads its reference. */
export interface CompareOptions {
  /**
   * The reference writes enums as plain strings (a catalog table types a status as STRING), so
   * a string where the model has an enum is no difference.
   */
  readonly stringsCoverEnums?: boolean
  /** The model says which numbers are integers (botocore does, the SDK's declarations do not). */
  readonly modelKnowsIntegers?: boolean
  /**
   * The reference marks tagged unions (botocore does; boto3's syntax cannot), so a structure in
   * the reference where the model has a union is a difference.
   */
  readonly referenceKnowsUnions?: boolean
}

/** Operations only one of the two has. */
export function compareOperationNames(reference: IR, model: IR): Difference[] {
  const only = (a: IR, b: IR, kind: 'operation-missing' | 'operation-added', detail: string): Difference[] =>
    Object.keys(a.operations)
      .filter((name) => b.operations[name] === undefined)
      .sort()
      .map((path) => ({ kind, path, detail }))
  return [...only(reference, model, 'operation-missing', 'not in the model'), ...only(model, reference, 'operation-added', 'only in the model')]
}

/** Differences between `reference` and `model` for the named operations. */
export function compareOperations(reference: IR, model: IR, operations: readonly string[], options: CompareOptions = {}): Difference[] {
  return walkOperations(reference, model, operations, options)
}

/**
 * Differences between the structure `referenceRoot` of `reference` and `modelRoot` of `model`,
 * compared as a response (required flags are not compared), paths starting with `path`.
 */
export function compareStructures(
  reference: IR,
  model: IR,
  referenceRoot: string,
  modelRoot: string,
  path: string,
  options: CompareOptions = {},
): Difference[] {
  const walker = differenceWalker(reference, model, options)
  walker.walk({ kind: 'ref', name: referenceRoot }, { kind: 'ref', name: modelRoot }, path, false)
  return walker.differences
}

function walkOperations(reference: IR, model: IR, operations: readonly string[], options: CompareOptions): Difference[] {
  const { walk, differences } = differenceWalker(reference, model, options)
  for (const name of operations) {
    const ra = reference.operations[name]
    const rb = model.operations[name]
    if (ra === undefined || rb === undefined) throw new Error(`operation ${name} is missing from ${ra === undefined ? 'the reference' : 'the model'}`)
    walk({ kind: 'ref', name: ra.input }, { kind: 'ref', name: rb.input }, `${name} request:`, true)
    if (ra.output !== undefined && rb.output !== undefined) {
      walk({ kind: 'ref', name: ra.output }, { kind: 'ref', name: rb.output }, `${name} response:`, false)
    }
  }
  return differences
}

function differenceWalker(
  reference: IR,
  model: IR,
  options: CompareOptions,
): { walk: (a: TypeRef, b: TypeRef, path: string, isRequest: boolean) => void; differences: Difference[] } {
  const out: Difference[] = []
  const seen = new Set<string>()

  const walk = (a: TypeRef, b: TypeRef, path: string, isRequest: boolean): void => {
    const ka = kindOf(reference, a)
    const kb = kindOf(model, b)
    if (options.stringsCoverEnums === true && ka === 'string' && kb === 'enum') return
    if (!compatible(ka, kb, options)) {
      out.push({ kind: 'kind-changed', path, detail: `${ka} in the reference, ${kb} in the model` })
      return
    }
    if (a.kind === 'list' && b.kind === 'list') return walk(a.item, b.item, `${path}[]`, isRequest)
    if (a.kind === 'map' && b.kind === 'map') {
      walk(a.key, b.key, `${path}{key}`, isRequest)
      return walk(a.value, b.value, `${path}{}`, isRequest)
    }
    if (a.kind !== 'ref' || b.kind !== 'ref') return
    const sa = reference.shapes[a.name]!
    const sb = model.shapes[b.name]!
    const key = `${a.name}|${b.name}|${isRequest}`
    if (seen.has(key)) return
    seen.add(key)
    if (sa.kind === 'enum' && sb.kind === 'enum') return compareEnums(sa, sb, path)
    if (sa.kind !== 'enum' && sb.kind !== 'enum') compareMembers(sa, sb, path, isRequest)
  }

  const compareEnums = (a: Shape & { kind: 'enum' }, b: Shape & { kind: 'enum' }, path: string): void => {
    const missing = a.values.filter((v) => !b.values.includes(v))
    const added = b.values.filter((v) => !a.values.includes(v))
    for (const v of missing) out.push({ kind: 'enum-value-missing', path, detail: `${JSON.stringify(v)} is not in ${b.name}`, values: [v] })
    if (added.length > 0) out.push({ kind: 'enum-values-added', path, detail: `${added.length} values added in ${b.name}`, values: added })
  }

  const compareMembers = (a: Shape & { members: readonly Member[] }, b: Shape & { members: readonly Member[] }, path: string, isRequest: boolean): void => {
    const at = (name: string): string => (path.endsWith(':') ? `${path} ${name}` : `${path}.${name}`)
    for (const ma of a.members) {
      const mb = b.members.find((m) => m.name === ma.name)
      if (mb === undefined) {
        out.push({ kind: 'member-missing', path: at(ma.name), detail: `not in the model's ${b.name}` })
        continue
      }
      // Response syntax shows no required flags, so only requests are compared on them.
      if (isRequest && b.kind === 'structure' && ma.required !== mb.required) {
        out.push({ kind: 'required-changed', path: at(ma.name), detail: `${ma.required ? 'required' : 'optional'} in the reference, ${mb.required ? 'required' : 'optional'} in the model` })
      }
      walk(ma.target, mb.target, at(ma.name), isRequest)
    }
    for (const mb of b.members) {
      if (!a.members.some((m) => m.name === mb.name)) out.push({ kind: 'member-added', path: at(mb.name), detail: `only in the model's ${b.name}` })
    }
  }

  return { walk, differences: out }
}
