import { type Constraints, type TypeRef, constraintsOf } from '../ir/types.js'

/**
 * The model's constraints on a type expression that can fail: a minimum length or size of 0
 * always holds, and so does a pattern without anchors or lookarounds that matches the empty
 * text (`.*`, `[\S\s]*`: unanchored, it matches at the start of any text).
 */
export function effectiveConstraints(ref: TypeRef): Constraints | undefined {
  const c = constraintsOf(ref)
  if (c === undefined) return undefined
  const sized = ref.kind !== 'integer' && ref.kind !== 'number'
  const min = sized && c.min === 0 ? undefined : c.min
  const pattern = c.pattern !== undefined && !/[$^]|\\[bB]|\(\?[=!<]/.test(c.pattern) && new RegExp(c.pattern, 'u').test('') ? undefined : c.pattern
  return min === undefined && c.max === undefined && pattern === undefined ? undefined : { ...(min === undefined ? {} : { min }), ...(c.max === undefined ? {} : { max: c.max }), ...(pattern === undefined ? {} : { pattern }) }
}
