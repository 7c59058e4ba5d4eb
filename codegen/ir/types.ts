import type { Origin } from './origin.js'

/**
 * The intermediate representation every front-end produces and every emitter reads. Plain,
 * JSON-serializable data; shapes are named, lists and maps are anonymous type expressions.
 */
export interface IR {
  /** Where the IR came from, for generated headers (e.g. `boto3 API syntax`). */
  readonly source: string
  readonly shapes: Readonly<Record<string, Shape>>
  readonly operations: Readonly<Record<string, Operation>>
  /** EventBridge events, by public name (`TrainingJobStateChange`). */
  readonly events?: Readonly<Record<string, EventDefinition>>
  /** Records read leniently on their own (a resource-catalog record), by public name. */
  readonly records?: Readonly<Record<string, RecordDefinition>>
}

export interface RecordDefinition {
  /** Public name, also the name of its structure. */
  readonly name: string
  readonly shape: string
}

export interface EventDefinition {
  /** Public name: the detail-type without `SageMaker `, PascalCase (ARCHITECTURE §5). */
  readonly name: string
  readonly detailType: string
  /** The detail's structure. */
  readonly detail: string
  /**
   * What types the detail: how many example payloads, whether a schema-registry definition, and
   * the API structure (the overlay's `api`), if any. Neither of them: an open record.
   */
  readonly typedFrom?: { readonly examples: number; readonly schema: boolean; readonly api?: string }
}

export type Primitive = 'string' | 'integer' | 'number' | 'boolean' | 'timestamp' | 'blob' | 'document'

/** The primitives a model may constrain (the others take no `min`, `max` or `pattern`). */
export type ConstrainedPrimitive = 'string' | 'integer' | 'number' | 'blob'

/** What the API model constrains a value to (botocore/Smithy `min`, `max`, `pattern`). */
export interface Constraints {
  /** strings: length in Unicode code points; blobs: bytes; lists and maps: entry count; integer/number: value. */
  readonly min?: number
  readonly max?: number
  /** strings: an ECMA-262 pattern source for `new RegExp(source, 'u')`, NOT implicitly anchored (Smithy's rule). */
  readonly pattern?: string
}

export type TypeRef =
  | { readonly kind: ConstrainedPrimitive; readonly constraints?: Constraints }
  | { readonly kind: Exclude<Primitive, ConstrainedPrimitive> }
  | { readonly kind: 'ref'; readonly name: string }
  | { readonly kind: 'list'; readonly item: TypeRef; readonly constraints?: Constraints }
  | { readonly kind: 'map'; readonly key: TypeRef; readonly value: TypeRef; readonly constraints?: Constraints }

export interface Member {
  readonly name: string
  readonly target: TypeRef
  readonly required: boolean
  readonly origin?: Origin
}

export type Shape =
  | {
      readonly kind: 'structure'
      readonly name: string
      readonly members: readonly Member[]
      readonly origin?: Origin
      /** No member is known (an event detail with no example or API shape): any member, kept untyped. */
      readonly open?: true
    }
  /** String values, or integers for an intEnum (`valueType: 'integer'`). */
  | {
      readonly kind: 'enum'
      readonly name: string
      readonly values: readonly (string | number)[]
      readonly valueType?: 'integer'
      readonly origin?: Origin
    }
  /** Exactly one member set. */
  | { readonly kind: 'union'; readonly name: string; readonly members: readonly Member[]; readonly origin?: Origin }

export interface Operation {
  readonly name: string
  /** Name of the request structure. */
  readonly input: string
  /** Name of the response structure, absent when the operation returns nothing. */
  readonly output?: string
  /** Names the package promises besides the shapes' own (`<Op>Request` for `CreateModelInput`). */
  readonly aliases?: { readonly request?: string; readonly response?: string }
  readonly origin?: Origin
}

/** A copy of `ref` with every shape name passed through `rename`. */
export function renameRefs(ref: TypeRef, rename: (name: string) => string): TypeRef {
  switch (ref.kind) {
    case 'ref':
      return { kind: 'ref', name: rename(ref.name) }
    case 'list':
      return { ...ref, item: renameRefs(ref.item, rename) }
    case 'map':
      return { ...ref, key: renameRefs(ref.key, rename), value: renameRefs(ref.value, rename) }
    default:
      return ref
  }
}

/** A type expression's constraints, if its kind takes any and the model gave some. */
export function constraintsOf(ref: TypeRef): Constraints | undefined {
  return 'constraints' in ref ? ref.constraints : undefined
}

/** Calls `visit` on every shape name a type expression refers to. */
export function forEachRef(ref: TypeRef, visit: (name: string) => void): void {
  switch (ref.kind) {
    case 'ref':
      visit(ref.name)
      return
    case 'list':
      forEachRef(ref.item, visit)
      return
    case 'map':
      forEachRef(ref.key, visit)
      forEachRef(ref.value, visit)
      return
    default:
  }
}

/** The shape names a shape refers to, in member order, without repeats. */
export function dependencies(shape: Shape): string[] {
  const out = new Set<string>()
  if (shape.kind !== 'enum') for (const m of shape.members) forEachRef(m.target, (n) => out.add(n))
  return [...out]
}
