import type { IR, Member, Shape, TypeRef } from './types.js'

/** How much of an IR a refinement reached. */
export interface Refinement {
  readonly ir: IR
  /** Members of structures and unions the model also has, by `Shape.member`. */
  readonly matched: number
  /** Members the model lacks (a shape or member newer than the model): left as they were. */
  readonly unmatched: readonly string[]
}

/**
 * A copy of `ir` that takes what `model` knows and `ir` does not, member by member, for shapes
 * and members of the same name: a number the model says is an integer becomes one, and every
 * type expression takes the model's constraints (`min`, `max`, `pattern`; map keys and list items
 * too). Nothing else changes: `ir` stays what the types must be assignable to, so a member whose
 * kinds disagree (the model's integer where `ir` has an enum) keeps `ir`'s.
 */
export function refineWithModel(ir: IR, model: IR, note: string): Refinement {
  let matched = 0
  const unmatched: string[] = []
  const shapes: Record<string, Shape> = {}
  for (const [name, shape] of Object.entries(ir.shapes)) {
    const other = model.shapes[name]
    if (shape.kind === 'enum') {
      shapes[name] = shape
      continue
    }
    const members = shape.members.map((m): Member => {
      const twin = other !== undefined && other.kind !== 'enum' ? other.members.find((o) => o.name === m.name) : undefined
      if (twin === undefined) {
        unmatched.push(`${name}.${m.name}`)
        return m
      }
      matched++
      return { ...m, target: refineRef(m.target, twin.target) }
    })
    shapes[name] = { ...shape, members }
  }
  return { ir: { ...ir, source: `${ir.source}; ${note}`, shapes }, matched, unmatched }
}

function refineRef(ref: TypeRef, model: TypeRef): TypeRef {
  const constraints = 'constraints' in model && model.constraints !== undefined ? { constraints: model.constraints } : {}
  if (ref.kind === 'number' && (model.kind === 'integer' || model.kind === 'number')) return { kind: model.kind, ...constraints }
  if (ref.kind === 'list' && model.kind === 'list') return { ...ref, item: refineRef(ref.item, model.item), ...constraints }
  if (ref.kind === 'map' && model.kind === 'map') return { ...ref, key: refineRef(ref.key, model.key), value: refineRef(ref.value, model.value), ...constraints }
  if (ref.kind === model.kind && (ref.kind === 'string' || ref.kind === 'integer' || ref.kind === 'blob')) return { ...ref, ...constraints }
  return ref
}
