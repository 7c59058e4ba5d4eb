import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import type * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import { planModules, variantName } from '../../../codegen/emit/plan.js'
import { publishedIR } from '../../../codegen/generate.js'
import * as api from '../../../generated/api/index.js'
import { safeDecode } from '../../../src/index.js'
import { expectPathsAgree } from '../agree.js'
import { type MutationKind, type Path, shapeArbitraries } from './arbitraries.js'

// Properties of the strict codec of every shape of the published IR, over values fast-check
// derives from the IR. One `it` per property loops over all shapes (one `it` per shape would be
// thousands of tests); a failing shape is reported by name with fast-check's counterexample.
//
//   PROPERTY_RUNS=200 npx vitest run test/generated/api/properties.test.ts
//   PROPERTY_SEED=42  npx vitest run test/generated/api/properties.test.ts

const NUM_RUNS = positiveInteger(process.env['PROPERTY_RUNS'], 3)
const SEED = integerFrom(process.env['PROPERTY_SEED'], 20_240_611)

function positiveInteger(text: string | undefined, fallback: number): number {
  const n = text === undefined || text === '' ? fallback : Number(text)
  if (!Number.isInteger(n) || n < 1) throw new Error(`expected a positive integer, received ${JSON.stringify(text)}`)
  return n
}

function integerFrom(text: string | undefined, fallback: number): number {
  const n = text === undefined || text === '' ? fallback : Number(text)
  if (!Number.isInteger(n)) throw new Error(`expected an integer, received ${JSON.stringify(text)}`)
  return n
}

type Codec = t.Type<unknown, unknown, unknown>

const root = fileURLToPath(new URL('../../../', import.meta.url))
const ir = publishedIR(root)
const plan = planModules(ir)
const exported = api as unknown as Record<string, unknown>
const arbitraries = shapeArbitraries(ir)

const isCodec = (u: unknown): u is Codec =>
  u instanceof Object && typeof (u as Codec).decode === 'function' && typeof (u as Codec).encode === 'function' && typeof (u as Codec).is === 'function'

const allShapes = Object.values(ir.shapes)
const covered: Array<{ readonly name: string; readonly codec: Codec }> = []
const skipped: string[] = []
for (const shape of allShapes) {
  const codec = exported[variantName(plan, shape.name, 'strict')]
  if (isCodec(codec)) covered.push({ name: shape.name, codec })
  else skipped.push(shape.name)
}
const coverage = `${covered.length} of ${allShapes.length} shapes, ${skipped.length} skipped (strict variant not exported)`

// A stable seed per shape, so that shapes do not all draw the same stream.
function seedFor(name: string): number {
  let h = SEED | 0
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193)
  return h | 0
}

/** Deep equality for decoded values: Dates by time, bytes by content, own enumerable keys. */
function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime()
  if (a instanceof Uint8Array || b instanceof Uint8Array) {
    return a instanceof Uint8Array && b instanceof Uint8Array && a.length === b.length && a.every((x, i) => x === b[i])
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]))
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  if (ka.length !== kb.length) return false
  const ra = a as Record<string, unknown>
  const rb = b as Record<string, unknown>
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual(ra[k], rb[k]))
}

const samePath = (a: Path, b: Path): boolean => a.length === b.length && a.every((x, i) => x === b[i])

/** What the issue at the mutated path must say; `change-type` is any type or value issue. */
const EXPECTED_CODE: Record<MutationKind, string | undefined> = {
  'drop-required': 'missing_required',
  'add-key': 'unrecognized_key',
  'break-enum': 'invalid_enum_value',
  'change-type': undefined,
}

const show = (u: unknown): string => fc.stringify(u)

function decoded(codec: Codec, input: unknown): unknown {
  const result = safeDecode(codec, input)
  if (!result.success) throw new Error(`a valid value did not decode: ${show(result.issues)}`)
  return result.data
}

/** Runs `check` on every covered shape; returns the failures, by shape, and how many ran. */
function forEveryShape<T>(check: (name: string, codec: Codec) => fc.IRawProperty<[T]>): { failures: string[]; ran: number } {
  const failures: string[] = []
  let ran = 0
  for (const { name, codec } of covered) {
    ran++
    try {
      fc.assert(check(name, codec), { numRuns: NUM_RUNS, seed: seedFor(name), includeErrorInReport: true })
    } catch (e) {
      // fast-check's report without the stack lines of the error it includes.
      const message = (e instanceof Error ? e.message : String(e))
        .split('\n')
        .filter((line) => !/^\s+at /.test(line) && !line.startsWith('Hint: '))
        .join('\n')
      failures.push(`${name}: ${message.length > 3000 ? `${message.slice(0, 3000)}...` : message}`)
    }
  }
  return { failures, ran }
}

function report(property: string, result: { failures: string[]; ran: number }): string {
  const shown = result.failures.slice(0, 10)
  const more = result.failures.length - shown.length
  return [
    `${property}: ${result.failures.length} of ${result.ran} shapes fail (${coverage}; numRuns ${NUM_RUNS}, PROPERTY_SEED ${SEED})`,
    ...shown,
    ...(more > 0 ? [`... and ${more} more: ${result.failures.slice(10).map((f) => f.slice(0, f.indexOf(':'))).join(', ')}`] : []),
  ].join('\n\n')
}

const ran = new Map<string, number>()

describe(`strict codecs of the published IR, property-based (${coverage}; numRuns ${NUM_RUNS})`, () => {
  it(`valid values decode (${covered.length} shapes)`, () => {
    const result = forEveryShape((name, codec) =>
      fc.property(arbitraries.valid(name), (value) => {
        decoded(codec, value)
      }),
    )
    ran.set('decode', result.ran)
    expect(result.failures.length, report('valid values decode', result)).toBe(0)
  })

  it(`the guard accepts what decode returns (${covered.length} shapes)`, () => {
    const result = forEveryShape((name, codec) =>
      fc.property(arbitraries.valid(name), (value) => {
        const data = decoded(codec, value)
        if (!codec.is(data)) throw new Error(`is() is false for the decoded ${show(data)}`)
      }),
    )
    ran.set('guard', result.ran)
    expect(result.failures.length, report('the guard accepts decoded values', result)).toBe(0)
  })

  it(`encode then decode gives the decoded value back, also through JSON text (${covered.length} shapes)`, () => {
    const result = forEveryShape((name, codec) =>
      fc.property(arbitraries.valid(name), (value) => {
        const data = decoded(codec, value)
        const encoded = codec.encode(data)
        for (const [how, input] of [
          ['encoded', encoded],
          ['encoded, through JSON text', JSON.parse(JSON.stringify(encoded)) as unknown],
        ] as const) {
          const again = safeDecode(codec, input)
          if (!again.success) throw new Error(`the ${how} value ${show(input)} does not decode: ${show(again.issues)}`)
          if (!deepEqual(again.data, data)) {
            throw new Error(`the ${how} value ${show(input)} decodes to ${show(again.data)}, not ${show(data)}`)
          }
        }
      }),
    )
    ran.set('round trip', result.ran)
    expect(result.failures.length, report('round trip', result)).toBe(0)
  })

  it(`a mutation is reported at its path (${covered.length} shapes)`, () => {
    const result = forEveryShape((name, codec) =>
      fc.property(arbitraries.mutated(name), (m) => {
        const result = safeDecode(codec, m.value)
        if (result.success) throw new Error(`${m.kind} at ${show(m.path)} decodes: ${show(result.data)}`)
        const code = EXPECTED_CODE[m.kind]
        const hit = result.issues.some((i) => samePath(i.path, m.path) && (code === undefined || i.code === code))
        if (!hit) {
          throw new Error(`${m.kind} at ${show(m.path)}: no ${code ?? ''} issue there, only ${show(result.issues)}`)
        }
      }),
    )
    ran.set('mutation', result.ran)
    expect(result.failures.length, report('mutations are reported at their path', result)).toBe(0)
  })

  it(`the fast path and the careful path agree, strict and lenient, on valid and on mutated values (${covered.length} shapes)`, () => {
    const result = forEveryShape((name, codec) => {
      const lenient = exported[variantName(plan, name, 'lenient')] as object
      return fc.property(fc.oneof(arbitraries.valid(name), arbitraries.mutated(name).map((m) => m.value)), (value) => {
        expectPathsAgree(codec, value)
        expectPathsAgree(lenient, value)
      })
    })
    ran.set('differential', result.ran)
    expect(result.failures.length, report('fast and careful paths agree', result)).toBe(0)
  })

  it(`covered every shape that has an exported strict codec (${coverage})`, () => {
    expect(covered.length + skipped.length).toBe(allShapes.length)
    expect(covered.length).toBeGreaterThan(0)
    for (const property of ['decode', 'guard', 'round trip', 'mutation', 'differential']) {
      expect(ran.get(property), `shapes the ${property} property ran on (${coverage})`).toBe(covered.length)
    }
  })
})
