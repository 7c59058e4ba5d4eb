import type { IntegerMember } from './compare.js'
import type { IR, Shape } from './types.js'

/** A copy of `ir` whose listed number members are integers (a fraction becomes an error). */
export function withIntegers(ir: IR, members: readonly IntegerMember[], note: string): IR {
  const byShape = new Map<string, Set<string>>()
  for (const m of members) byShape.set(m.shape, (byShape.get(m.shape) ?? new Set()).add(m.member))
  const shapes: Record<string, Shape> = {}
  for (const [name, shape] of Object.entries(ir.shapes)) {
    const integer = byShape.get(name)
    shapes[name] =
      integer === undefined || shape.kind === 'enum'
        ? shape
        : {
            ...shape,
            members: shape.members.map((m) =>
              integer.has(m.name) && m.target.kind === 'number' ? { ...m, target: { kind: 'integer' as const } } : m,
            ),
          }
  }
  return { ...ir, source: `${ir.source}; ${note}`, shapes }
}
