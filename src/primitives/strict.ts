// The strict view (requests), in a module of its own: what it checks besides what every view
// does (unknown keys with the member probably meant, closed enums, the model's constraints), for
// the careful path and the compiled one side by side. Lenient bundles (events, responses) never
// include it, nor the edit distance its suggestions use.
import { BLOB, type EnumDescription, INTEGER, LIST, MAP, NUMBER, STRING, STRUCTURE, type TypeDescription } from './description.js'
import { describeValue } from './describe.js'
import { type Scope, type Unit, literal } from './jit.js'
import type { EnumNode, ListNode, MapNode, ObjectNode, ScalarNode, Strictness, View } from './nodes.js'
import { type Problem, type Walk, report } from './walk.js'
import { type EnumCodec, type ShapeCodec, codecOf } from './views.js'
import { describeValues } from '../issues.js'
import { suggest } from '../suggest.js'

/** Length in Unicode code points, as Smithy and botocore count it. */
export function codePoints(s: string): number {
  let n = s.length
  for (let i = 0; i + 1 < s.length; i++) {
    const c = s.charCodeAt(i)
    // A high surrogate followed by a low one is one code point.
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--
        i++
      }
    }
  }
  return n
}

const patterns = new Map<string, RegExp>()

/** A model pattern, compiled once, on first use. Smithy's rule: not implicitly anchored. */
export function patternOf(source: string): RegExp {
  let re = patterns.get(source)
  if (re === undefined) patterns.set(source, (re = new RegExp(source, 'u')))
  return re
}

/** `1 to 63 characters`, `at least 1 entries`, `at most 100`: what `min`/`max` allow. */
function range(min: number | undefined, max: number | undefined, unit: string): string {
  const u = unit === '' ? '' : ` ${unit}`
  if (min !== undefined && max !== undefined) return min === max ? `exactly ${min}${u}` : `${min} to ${max}${u}`
  return min !== undefined ? `at least ${min}${u}` : `at most ${max}${u}`
}

/** The first bound that `size` (a length, a count, a value) breaks. */
function bounds(node: ScalarNode | ListNode | MapNode, size: number, received: string, unit: string): Problem | undefined {
  const { min, max } = node
  if ((min === undefined || size >= min) && (max === undefined || size <= max)) return undefined
  const expected = range(min, max, unit)
  return { code: min !== undefined && size < min ? 'too_small' : 'too_big', message: `expected ${expected}, received ${received}`, expected }
}

function constraintProblem(node: ScalarNode | ListNode | MapNode, v: unknown, size: number | undefined): Problem | undefined {
  if (node.kind === LIST || node.kind === MAP) return bounds(node, size!, String(size), 'entries')
  if (node.kind === STRING) {
    const length = codePoints(v as string)
    const broken = bounds(node, length, `${length} characters`, 'characters')
    if (broken !== undefined || node.pattern === undefined || patternOf(node.pattern).test(v as string)) return broken
    return { code: 'pattern', message: `expected text matching /${node.pattern}/, received ${describeValue(v)}`, expected: `/${node.pattern}/` }
  }
  if (node.kind === BLOB) return bounds(node, (v as Uint8Array).length, `${(v as Uint8Array).length} bytes`, 'bytes')
  if (node.kind === INTEGER || node.kind === NUMBER) return bounds(node, v as number, describeValue(v), '')
  return undefined
}

const strictness: Strictness = {
  checkUnknown(w: Walk, node: ObjectNode, value: unknown, key: string): false {
    report(w, value, { code: 'unrecognized_key', message: `unknown member ${JSON.stringify(key)}`, expected: 'no such member' }, key, suggest(key, node.keys))
    return false
  },

  checkEnum(w: Walk, node: EnumNode, u: unknown): unknown {
    if (node.known.has(u)) return u
    const expected = describeValues(node.values)
    const sameKind = typeof u === (node.numeric ? 'number' : 'string')
    const code = !sameKind ? 'invalid_type' : node.numeric && !Number.isInteger(u) ? 'not_integer' : 'invalid_enum_value'
    const meant = typeof u === 'string' ? suggest(u, node.values.filter((v): v is string => typeof v === 'string')) : undefined
    return report(w, u, { code, message: `expected ${node.name} (${expected}), received ${describeValue(u)}`, expected }, undefined, meant)
  },

  checkConstraints(w: Walk, node: ScalarNode | ListNode | MapNode, value: unknown, size?: number): boolean {
    const broken = constraintProblem(node, value, size)
    if (broken === undefined) return true
    report(w, value, broken)
    return false
  },

  // Every own enumerable key must be a member: the keys are walked (for-in, no allocation) and
  // each dispatched to its member; the required ones are counted.
  objectCode(unit: Unit, node: ObjectNode, scope: Scope): string[] {
    const { u, v, n } = scope
    const k = unit.fresh('k')
    const lines = [`for (${k} in ${u}) {`, `switch (${k}) {`]
    for (const m of node.members) {
      const key = literal(m.key)
      lines.push(`case ${key}:`, `${v} = ${u}[${key}]`, `if (${v} === undefined) break`, `if (${v} === null) return F`, ...unit.member(m.node, m.key, scope))
      if (m.required || node.kind !== STRUCTURE) lines.push(`${n}++`)
      lines.push('break')
    }
    // A structure: all its required members; a union: exactly one member.
    lines.push('default: return F', '}', '}', `if (${n} !== ${node.kind === STRUCTURE ? node.required : 1}) return F`)
    return lines
  },

  enumFails(unit: Unit, node: EnumNode, v: string): string {
    if (node.values.length === 0) return 'true'
    if (node.values.length <= 8) return `!(${node.values.map((x) => `${v} === ${literal(x)}`).join(' || ')})`
    return `!${unit.use(node.known)}.has(${v})`
  },

  constraintsFail(unit: Unit, node: ScalarNode | ListNode | MapNode, v: string): string | undefined {
    const { min, max } = node
    const tests: string[] = []
    if (node.kind === STRING) {
      // code points <= .length <= 2 * code points: counted only near a bound.
      const count = unit.use(codePoints)
      if (min !== undefined) tests.push(`(${v}.length < ${min} || (${v}.length < ${2 * min} && ${count}(${v}) < ${min}))`)
      if (max !== undefined) tests.push(`(${v}.length > ${max} && (${v}.length > ${2 * max} || ${count}(${v}) > ${max}))`)
      if (node.pattern !== undefined) tests.push(`!${unit.use(patternOf(node.pattern))}.test(${v})`)
    } else {
      // Lists and maps: `v` is their entry count; bytes: their length; numbers: the value.
      const measure = node.kind === BLOB ? `${v}.length` : v
      if (min !== undefined) tests.push(`${measure} < ${min}`)
      if (max !== undefined) tests.push(`${measure} > ${max}`)
    }
    return tests.length === 0 ? undefined : tests.join(' || ')
  },
}

/**
 * Requests: unknown keys and `null` members are issues (with the member or value probably
 * meant), enums are closed, the model's constraints hold.
 *
 * @since 0.1.0
 * @category model
 */
export const STRICT: View = { strict: strictness }

/**
 * The strict codec of a generated description (what `<Name>` or `<Name>Strict` exports).
 *
 * @since 0.1.0
 * @category constructors
 */
export function strict<A>(description: EnumDescription): EnumCodec<A>
export function strict<A>(description: TypeDescription): ShapeCodec<A>
export function strict<A>(description: TypeDescription): ShapeCodec<A> {
  return codecOf<A>(description, STRICT)
}
