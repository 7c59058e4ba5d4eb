// Each Request/Response Syntax block of the seed is itself an example for the codecs that the
// same syntax generates (the published codecs come from the SDK model; see cross-check tests).
import type * as t from 'io-ts'
import { afterAll, describe, expect, it } from 'vitest'
import type { TypedNode } from '../../../codegen/frontends/boto3/page.js'
import { readBoto3Sources } from '../../../codegen/sources.js'
import { safeDecode } from '../../../src/index.js'
import { loadSeedCodecs, root } from './boto3-seed.js'
import { changeAt, getAt, sample, sites } from './syntax-samples.js'

const operations = readBoto3Sources(root)
const { codecs, dispose } = await loadSeedCodecs()
afterAll(dispose)
const codec = (name: string): t.Mixed => {
  const c = codecs[name]
  if (c === undefined) throw new Error(`generated/api exports no ${name}`)
  return c
}
const UNKNOWN = 'NotAMember'
const structures = (node: TypedNode, value: unknown) => sites(node, value).filter((s) => s.node.kind === 'structure')

describe.each(operations.map((op) => [op.name, op] as const))('%s request (strict)', (name, op) => {
  const Request = codec(`${name}Request`)
  const example = sample(op.request)

  it('decodes the Request Syntax example, and the guard accepts the result', () => {
    const result = safeDecode(Request, example)
    expect(result).toMatchObject({ success: true })
    expect(result.success && Request.is(result.data)).toBe(true)
  })

  it('decode(encode(decode(x))) equals decode(x)', () => {
    const once = safeDecode(Request, example)
    expect(once.success).toBe(true)
    if (once.success) expect(safeDecode(Request, Request.encode(once.data))).toEqual(once)
  })

  const required = sites(op.request, example).filter((s) => s.required === true)
  it.each(required.map((s) => [s.path.join('.'), s] as const))('reports %s missing', (_path, site) => {
    const without = changeAt(example, site.path, (parent, key) => delete parent[key])
    const result = safeDecode(Request, without)
    expect(result.success ? [] : result.issues).toEqual([expect.objectContaining({ path: site.path, code: 'missing_required' })])
  })

  it.each(structures(op.request, example).map((s) => [s.path.join('.') || '(root)', s] as const))(
    'reports an unknown key in %s, by name',
    (_path, site) => {
      const withExtra = changeAt(example, [...site.path, UNKNOWN], (parent, key) => (parent[key] = 'x'))
      const result = safeDecode(Request, withExtra)
      expect(result.success ? [] : result.issues).toEqual([
        expect.objectContaining({ path: [...site.path, UNKNOWN], code: 'unrecognized_key', message: expect.stringContaining(UNKNOWN) }),
      ])
    },
  )

  const enums = sites(op.request, example).filter((s) => s.node.kind === 'enum')
  it.each(enums.map((s) => [s.path.join('.'), s] as const))('reports an unknown enum value at %s', (_path, site) => {
    const changed = changeAt(example, site.path, (parent, key) => (parent[key] = 'NotAValue'))
    const result = safeDecode(Request, changed)
    expect(result.success ? [] : result.issues).toEqual([expect.objectContaining({ path: site.path, code: 'invalid_enum_value' })])
  })

  const optional = sites(op.request, example).filter((s) => s.required === false)
  it.each(optional.map((s) => [s.path.join('.'), s] as const))('rejects null for optional %s (botocore rejects None)', (_path, site) => {
    const changed = changeAt(example, site.path, (parent, key) => (parent[key] = null))
    const result = safeDecode(Request, changed)
    expect(result.success ? [] : result.issues).toEqual([expect.objectContaining({ path: site.path })])
  })
})

const withResponse = operations.filter((op) => op.response !== undefined)
describe.each(withResponse.map((op) => [op.name, op] as const))('%s response (lenient)', (name, op) => {
  const Response = codec(`${name}Response`)
  const node = op.response!
  const example = sample(node)

  it('decodes the Response Syntax example, timestamps to Dates', () => {
    const result = safeDecode(Response, example)
    expect(result.success).toBe(true)
    if (!result.success) return
    for (const site of sites(node, example).filter((s) => s.node.kind === 'timestamp')) {
      expect(getAt(result.data, site.path)).toEqual(new Date(Date.UTC(2015, 0, 1)))
    }
  })

  it.each(structures(node, example).map((s) => [s.path.join('.') || '(root)', s] as const))('keeps an unknown key in %s', (_path, site) => {
    const withExtra = changeAt(example, [...site.path, UNKNOWN], (parent, key) => (parent[key] = { kept: true }))
    const result = safeDecode(Response, withExtra)
    expect(result.success && getAt(result.data, [...site.path, UNKNOWN])).toEqual({ kept: true })
  })

  const enums = sites(node, example).filter((s) => s.node.kind === 'enum')
  it.each(enums.map((s) => [s.path.join('.'), s] as const))('accepts and keeps a new enum value at %s', (_path, site) => {
    const changed = changeAt(example, site.path, (parent, key) => (parent[key] = 'AddedLater'))
    const result = safeDecode(Response, changed)
    expect(result.success && getAt(result.data, site.path)).toBe('AddedLater')
  })

  const timestamps = sites(node, example).filter((s) => s.node.kind === 'timestamp')
  it.each(timestamps.map((s) => [s.path.join('.'), s] as const))('takes epoch seconds and milliseconds at %s', (_path, site) => {
    for (const encoded of [1420070400, 1420070400000, '1420070400000', 1420070400000.0]) {
      const result = safeDecode(Response, changeAt(example, site.path, (parent, key) => (parent[key] = encoded)))
      expect(result.success && getAt(result.data, site.path)).toEqual(new Date(Date.UTC(2015, 0, 1)))
    }
  })

  it('treats null members as absent', () => {
    const members = node.kind === 'structure' ? node.members : []
    const nulls = Object.fromEntries(members.map((m) => [m.name, null]))
    const result = safeDecode(Response, nulls)
    expect(result).toEqual({ success: true, data: {} })
  })
})
