import type { IR, Member, Shape, TypeRef } from '../ir/types.js'
import type { Needs } from './shapes.js'

// Generated fast paths: per structure or union, straight-line checks of every member, calling
// the member codecs' own fast paths only where a member is itself a shape, list, map, enum or
// timestamp. They answer "valid: here is the value" or FAIL; the careful path says why.

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/
const access = (object: string, name: string): string => (IDENTIFIER.test(name) ? `${object}.${name}` : `${object}[${JSON.stringify(name)}]`)

/**
 * The primitive a member is checked as inline: its own kind, or `string` for an enum a lenient
 * codec reads open (any text passes). `undefined` for members whose codec's fast path is called.
 */
function primitiveKind(ir: IR, ref: TypeRef, strict: boolean): string | undefined {
  if (ref.kind === 'ref') {
    const target = ir.shapes[ref.name]
    return !strict && target?.kind === 'enum' && target.valueType === undefined ? 'string' : undefined
  }
  return Object.hasOwn(PRIMITIVE_CHECKS, ref.kind) ? ref.kind : undefined
}

/**
 * The runtime function that checks a member directly, for the commonest non-primitive members
 * (timestamps, lists and maps of text): an imported call, which V8 inlines, instead of a call
 * through the member codec's fast path.
 */
function directCheck(ir: IR, ref: TypeRef, strict: boolean): string | undefined {
  const text = (r: TypeRef): boolean => primitiveKind(ir, r, strict) === 'string'
  if (ref.kind === 'timestamp') return strict ? 'timestampFast' : 'timestampLenientFast'
  if (ref.kind === 'list' && text(ref.item)) return 'fastStringList'
  if (ref.kind === 'map' && ref.key.kind === 'string' && text(ref.value)) return 'fastStringMap'
  return undefined
}

/**
 * The four primitive checks, each once: as a test that fails (member-by-member form), as one that
 * passes (required members of the compact form), and the runtime predicate of an optional member
 * (compact form; see `os`, `ob`, `oi`, `on` in src/primitives/fast.ts).
 */
const PRIMITIVE_CHECKS: Readonly<Record<string, { invalid: (x: string) => string; valid: (x: string) => string; optional: string }>> = {
  string: { invalid: (x) => `typeof ${x} !== 'string'`, valid: (x) => `typeof ${x} === 'string'`, optional: 'os' },
  boolean: { invalid: (x) => `typeof ${x} !== 'boolean'`, valid: (x) => `typeof ${x} === 'boolean'`, optional: 'ob' },
  integer: { invalid: (x) => `!Number.isInteger(${x})`, valid: (x) => `Number.isInteger(${x})`, optional: 'oi' },
  number: { invalid: (x) => `!Number.isFinite(${x})`, valid: (x) => `Number.isFinite(${x})`, optional: 'on' },
}

/**
 * How each member is checked, shared by both forms: the primitive kind checked inline, the
 * function called (a runtime one, or `f<i>`, a member's own fast path), and the line that takes
 * those fast paths from the factory's argument by position (required members first, then the
 * optional ones, as src/primitives/struct.ts passes them; a union's in member order).
 */
function memberSlots(ir: IR, shape: Shape & { kind: 'structure' | 'union' }, strict: boolean, needs: Needs) {
  const members = shape.members
  const order = shape.kind === 'union' ? members : [...members.filter((m) => m.required), ...members.filter((m) => !m.required)]
  const kinds = members.map((m) => primitiveKind(ir, m.target, strict))
  const direct = members.map((m) => directCheck(ir, m.target, strict))
  for (const fn of direct) if (fn !== undefined) needs.runtime.add(fn)
  const called = members.map((_m, i) => (kinds[i] === undefined && direct[i] === undefined ? i : -1)).filter((i) => i >= 0)
  return {
    kinds,
    call: (i: number): string => direct[i] ?? `f${i}`,
    setup: called.length === 0 ? [] : [`const ${called.map((i) => `f${i} = m[${order.indexOf(members[i]!)}]!`).join(', ')}`],
  }
}

/** Whether decoding can give a value other than the input (timestamps become Dates). */
export function changingShapes(ir: IR): ReadonlySet<string> {
  const changing = new Set<string>()
  const refChanges = (ref: TypeRef): boolean => {
    switch (ref.kind) {
      case 'timestamp':
        return true
      case 'ref':
        return changing.has(ref.name)
      case 'list':
        return refChanges(ref.item)
      case 'map':
        return refChanges(ref.value)
      default:
        return false
    }
  }
  for (let grew = true; grew; ) {
    grew = false
    for (const shape of Object.values(ir.shapes) as Shape[]) {
      if (shape.kind === 'enum' || changing.has(shape.name)) continue
      if (shape.members.some((m) => refChanges(m.target))) {
        changing.add(shape.name)
        grew = true
      }
    }
  }
  return changing
}

const mayChange = (ref: TypeRef, changing: ReadonlySet<string>): boolean =>
  ref.kind === 'timestamp' ||
  (ref.kind === 'ref' && changing.has(ref.name)) ||
  (ref.kind === 'list' && mayChange(ref.item, changing)) ||
  (ref.kind === 'map' && mayChange(ref.value, changing))

// Inline in every fast path (a shared helper measured slower); `!u` first rejects null in fewer bytes.
const OBJECT_CHECK = "if (!u || typeof u !== 'object' || Array.isArray(u)) return FAIL"

/**
 * The compact fast path of a lenient structure (responses, events): one chain of member
 * predicates, and `set` for members that decoding changes. Smaller than the member-by-member
 * form, which strict structures need to count keys.
 */
function compactLenient(ir: IR, shape: Shape & { kind: 'structure' }, changing: ReadonlySet<string>, needs: Needs): string {
  const members = shape.members
  const { kinds, call, setup } = memberSlots(ir, shape, false, needs)
  const lines: string[] = [...setup]
  const checks: string[] = []
  const sets: string[] = []
  members.forEach((m, i) => {
    const primitive = PRIMITIVE_CHECKS[kinds[i] ?? '']
    const at = access('u', m.name)
    if (primitive !== undefined) {
      if (m.required) {
        checks.push(primitive.valid(at))
      } else {
        needs.runtime.add(primitive.optional)
        checks.push(`${primitive.optional}(${at})`)
      }
    } else if (mayChange(m.target, changing)) {
      sets.push(
        `v = ${at}; if (v !== undefined) { r = ${call(i)}(v, g); if (r === FAIL || v === null) return FAIL; if (r !== v) (o === u ? (o = { ...u }) : o)${access('', m.name)} = r }${m.required ? ' else return FAIL' : ''}`,
      )
    } else if (m.required) {
      checks.push(`((v = ${at}) !== undefined && v !== null && ${call(i)}(v, g) === v)`)
    } else {
      // Inline, not a shared helper: one call site per member keeps V8's inline caches monomorphic.
      checks.push(`((v = ${at}) === undefined || (v !== null && ${call(i)}(v, g) === v))`)
    }
  })
  lines.push('return (u: any, g: boolean) => {')
  lines.push(`  ${OBJECT_CHECK}`)
  lines.push(sets.length > 0 ? '  let o = u, v, r' : '  let v')
  if (checks.length > 0) lines.push(`  if (!(${checks.join(' && ')})) return FAIL`)
  if (sets.length > 0) lines.push(...sets.map((x) => `  ${x}`), '  return o')
  else lines.push('  return u')
  lines.push('}')
  return `(m) => {\n${lines.map((l) => `  ${l}`).join('\n')}\n}`
}

/**
 * The fast-path factory for a structure or union variant: given the member codecs, a function
 * `(u, g) => value | FAIL` (see src/primitives/fast.ts).
 */
export function fastFactory(ir: IR, shape: Shape & { kind: 'structure' | 'union' }, strict: boolean, changing: ReadonlySet<string>, needs: Needs): string {
  needs.runtime.add('FAIL')
  if (!strict && shape.kind === 'structure') return compactLenient(ir, shape, changing, needs)
  const members = shape.members
  const union = shape.kind === 'union'
  const { kinds, call, setup } = memberSlots(ir, shape, strict, needs)
  const changes = members.some((m) => mayChange(m.target, changing))
  const lines: string[] = [...setup]
  lines.push('return (u: any, g: boolean) => {')
  const body: string[] = [OBJECT_CHECK]
  body.push(`let ${[changes ? 'o = u' : undefined, union || strict ? 'n = 0' : undefined, 'v'].filter((x) => x !== undefined).join(', ')}`)
  members.forEach((m: Member, i) => {
    body.push(`v = ${access('u', m.name)}`)
    const check = PRIMITIVE_CHECKS[kinds[i] ?? '']?.invalid('v')
    const count = union || strict ? 'n++; ' : ''
    const nullCheck = check === undefined ? 'if (v === null) return FAIL; ' : ''
    const test =
      check !== undefined
        ? `if (${check}) return FAIL`
        : mayChange(m.target, changing)
          ? `{ const r = ${call(i)}(v, g); if (r === FAIL) return FAIL; if (r !== v) { if (o === u) o = { ...u }; ${access('o', m.name)} = r } }`
          : `if (${call(i)}(v, g) === FAIL) return FAIL`
    if (m.required && !union) body.push(`if (v === undefined) return FAIL`, `${count}${test}`)
    else body.push(`if (v !== undefined) { ${count}${nullCheck}${test} }`)
  })
  // A lenient union keeps an object that sets no known member (see src/primitives/union.ts).
  if (union) body.push(strict ? 'if (n !== 1) return FAIL' : 'if (n > 1) return FAIL')
  if (strict) body.push(`if (Object.keys(u).length !== n) return FAIL`)
  body.push(`return ${changes ? 'o' : 'u'}`)
  lines.push(...body.map((l) => `  ${l}`), '}')
  return `(m) => {\n${lines.map((l) => `  ${l}`).join('\n')}\n}`
}
