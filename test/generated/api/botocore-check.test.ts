// The independent check of issue 14: requests generated from the vendored botocore model (valid
// ones, and mutations that each break one rule), judged by a reference validator written from
// botocore's ParamValidator and the service's own checks, and by the package's strict request
// codecs. Nothing the reference rejects may be accepted (for the rules the runtime enforces);
// nothing valid may be rejected.
//
//   BOTOCORE_CHECK_RUNS=20 npx vitest run test/generated/api/botocore-check.test.ts
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import type * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import { BOTOCORE_MODEL_DIFFERENCES } from '../../../codegen/overlays/botocore-model-differences.js'
import * as api from '../../../generated/api/index.js'
import { type IssueCode, safeDecode } from '../../../src/index.js'
import { root } from './boto3-seed.js'
import { type Helpers, MUTATIONS, type Mutation, replaceAt, sitesOf } from './botocore-check/mutations.js'
import { type Model, RULES, type Rule, inputOf, validate } from './botocore-check/reference.js'
import { valueArbitraries } from './botocore-check/requests.js'

/** The issue code a strict request codec gives for each rule of the reference. */
const CODE: Readonly<Record<Rule, IssueCode>> = {
  required: 'missing_required',
  unknown: 'unrecognized_key',
  type: 'invalid_type',
  null: 'invalid_type',
  integer: 'not_integer',
  union: 'invalid_value',
  enum: 'invalid_enum_value',
  'min-length': 'too_small',
  'max-length': 'too_big',
  'min-size': 'too_small',
  'max-size': 'too_big',
  'min-value': 'too_small',
  'max-value': 'too_big',
  pattern: 'pattern',
}

const RUNS = Number(process.env['BOTOCORE_CHECK_RUNS'] ?? 2)
const SEED = 1_406_2026

const model = JSON.parse(readFileSync(join(root, 'codegen/sources/botocore/sagemaker/2017-07-24/service-2.json'), 'utf8')) as Model

// Where the published model (the SDK's) is narrower than botocore's, requests are drawn from what
// both accept (reviewed in codegen/overlays/botocore-model-differences.ts): the SDK lists the
// publishing frequencies botocore types as a plain integer, and makes a trial component's
// parameter value (in `Parameters`) a tagged union where botocore has a structure.
const NARROWER: Readonly<Record<string, readonly number[]>> = { MetricPublishFrequencyInSeconds: [10, 30, 60, 120, 180, 240, 300] }
const PUBLISHED_UNIONS: Readonly<Record<string, string>> = { TrialComponentParameterValue: 'Parameters' }

const arbitraryOf = valueArbitraries(model, { narrower: NARROWER, unions: new Set(Object.keys(PUBLISHED_UNIONS)), depth: 4 })
const helpers: Helpers = { model, sample: (shape, seed) => fc.sample(arbitraryOf(shape), { numRuns: 1, seed })[0] }
const codecs = api as unknown as Record<string, t.Mixed>
const operations = Object.keys(model.operations).sort()

function seedFor(text: string): number {
  let h = SEED
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return h | 0
}

const show = (u: unknown): string => fc.stringify(u).slice(0, 400)

describe('the rule lists', () => {
  it('give every rule of the reference its issue code, and a mutation', () => {
    expect(Object.keys(CODE).sort()).toEqual([...RULES].sort())
    expect(MUTATIONS.map((m) => m.rule).filter((r) => !RULES.includes(r))).toEqual([])
    expect(new Set(MUTATIONS.map((m) => m.rule))).toEqual(new Set(RULES))
  })

  it('draw from what the SDK accepts wherever the allow-list says it is narrower', () => {
    const narrowed = BOTOCORE_MODEL_DIFFERENCES.filter((d) => d.kind === 'kind-changed').map((d) => d.path.split(/[ .]/).at(-1)!.replace(/\{\}$/, ''))
    expect([...new Set(narrowed)].sort()).toEqual([...Object.keys(NARROWER), ...Object.values(PUBLISHED_UNIONS)].sort())
  })
})

describe(`requests of every operation of botocore's model (${operations.length}), against the strict codecs`, () => {
  it('has a strict request codec for every operation', () => {
    expect(operations.filter((op) => codecs[`${op}Request`] === undefined)).toEqual([])
  })

  it(`accepts every valid request (${RUNS * 2} per operation)`, () => {
    const failures: string[] = []
    for (const op of operations) {
      const input = inputOf(model, op)
      if (input === undefined) continue
      const result = fc.check(
        fc.property(arbitraryOf(input), (request) => {
          const reference = validate(model, input, request)
          if (reference.length > 0) throw new Error(`the generator made an invalid request: ${show(reference)} in ${show(request)}`)
          const decoded = safeDecode(codecs[`${op}Request`]!, request)
          if (!decoded.success) throw new Error(`rejected: ${show(decoded.issues)} for ${show(request)}`)
        }),
        { numRuns: RUNS * 2, seed: seedFor(op) },
      )
      if (result.failed) failures.push(`${op}: ${result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance)}`)
    }
    expect(failures).toEqual([])
  })

  const kinds: Array<[string, Mutation]> = MUTATIONS.map((m) => [`${m.name} (${m.rule})`, m])

  it.each(kinds)('%s: the reference rejects it, the strict codec reports it there with its code', (_name, mutation) => {
    const failures: string[] = []
    let applied = 0
    for (const op of operations) {
      const input = inputOf(model, op)
      if (input === undefined) continue
      const mutated = arbitraryOf(input).chain((request) => {
        const options = sitesOf(model, input, request).flatMap((site) => {
          const at = site.path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], request)
          const change = mutation.apply(at, model.shapes[site.shape]!, site, helpers)
          return change === undefined ? [] : [{ site, change }]
        })
        if (options.length === 0) return fc.constant(undefined)
        return fc.nat(options.length - 1).map((i) => {
          const { site, change } = options[i]!
          return { request: replaceAt(request, site.path, change.value), path: change.at ?? site.path, key: change.key }
        })
      })
      const result = fc.check(
        fc.property(mutated, (m) => {
          if (m === undefined) return
          applied++
          const reference = validate(model, input, m.request)
          const hit = reference.some((v) => v.rule === mutation.rule && v.path.join('.') === m.path.join('.') && (v.key === true) === (m.key === true))
          if (!hit) throw new Error(`the reference does not see ${mutation.rule} at ${m.path.join('.')}: ${show(reference)}`)
          const decoded = safeDecode(codecs[`${op}Request`]!, m.request)
          if (decoded.success) throw new Error(`accepted, the reference rejects it: ${show(reference)}`)
          const reported = decoded.issues.some((i) => i.code === CODE[mutation.rule] && i.path.join('.') === m.path.join('.'))
          if (!reported) throw new Error(`no ${CODE[mutation.rule]} issue at ${m.path.join('.')}: ${show(decoded.issues)}`)
        }),
        { numRuns: RUNS, seed: seedFor(`${op} ${mutation.name}`) },
      )
      if (result.failed) failures.push(`${op}: ${result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance)} (${show(result.counterexample)})`)
    }
    expect(failures.slice(0, 5)).toEqual([])
    // Each kind is tried in several operations: the check would be hollow otherwise.
    expect(applied).toBeGreaterThanOrEqual(5)
  })
})
