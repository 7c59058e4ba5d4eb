// Every documented example (as the tolerant reader repaired it) decodes to its own variant, with
// a Date wherever AWS put a timestamp, however it encoded it.
import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { EVENT_OVERLAYS } from '../../../codegen/overlays/events.js'
import * as events from '../../../generated/events/index.js'

const fixtures = new URL('../../fixtures/events/', import.meta.url)
const examples = readdirSync(fixtures)
  .sort()
  .flatMap((slug) => readdirSync(new URL(`${slug}/`, fixtures)).sort().map((f) => `${slug}/${f}`))
const read = (path: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(path, fixtures), 'utf8'))

/** Paths of keys named like timestamps (`CreationTime`, `executionStartTime`, `EventTime`) that hold a value. */
function timestampPaths(value: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
  if (Array.isArray(value)) return value.flatMap((v, i) => timestampPaths(v, [...path, i]))
  if (value === null || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([k, v]) =>
    /Time$/.test(k) && (typeof v === 'string' || typeof v === 'number') ? [[...path, k]] : timestampPaths(v, [...path, k]),
  )
}
const at = (value: unknown, path: ReadonlyArray<string | number>): unknown =>
  path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], value)

describe.each(examples)('%s', (path) => {
  const raw = read(path)
  const detailType = raw['detail-type'] as string
  const name = detailType.replace(/^SageMaker /, '').replace(/[^A-Za-z0-9]+(.)/g, (_m, c: string) => c.toUpperCase()).replace(/^./, (c) => c.toUpperCase()).replace(/Event$/, '')
  const guard = (events as unknown as Record<string, (e: object) => boolean>)[`is${name}Event`]

  it('decodes to its own variant', () => {
    const result = events.decodeSageMakerEvent(raw)
    if (!result.success) expect.fail(JSON.stringify(result.issues))
    expect(guard?.(result.data)).toBe(true)
    expect(events.isUnknownSageMakerEvent(result.data)).toBe(false)
    expect(result.data.time).toBeInstanceOf(Date)
    expect(Number.isNaN(result.data.time.getTime())).toBe(false)
  })

  it('turns every timestamp into a Date', () => {
    const result = events.decodeSageMakerEvent(raw)
    if (!result.success) return expect.fail(JSON.stringify(result.issues))
    for (const p of timestampPaths(raw['detail'], ['detail'])) {
      expect(at(result.data, p), p.join('.')).toBeInstanceOf(Date)
    }
  })

  it('keeps every member it was sent', () => {
    const result = events.decodeSageMakerEvent(raw)
    if (!result.success) return expect.fail(JSON.stringify(result.issues))
    const keys = (v: unknown): string[] => (v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.keys(v) : [])
    const withValue = (v: Record<string, unknown>) => keys(v).filter((k) => v[k] !== null)
    expect(keys(result.data.detail).sort()).toEqual(withValue(raw['detail'] as Record<string, unknown>).sort())
  })
})

describe('identity members', () => {
  // Only detail-types with examples can be checked; those known from the schema registry alone
  // have their identity members from its required flags.
  const documented = EVENT_OVERLAYS.filter((o) => o.identity.length > 0 && examples.some((p) => read(p)['detail-type'] === o.detailType))
  it('are checked for every documented detail-type that has them', () => {
    expect(documented.length).toBeGreaterThanOrEqual(15)
  })
  it.each(documented.map((o) => [o.detailType, o] as const))('%s: every example carries them', (detailType, overlay) => {
    const mine = examples.map(read).filter((e) => e['detail-type'] === detailType)
    expect(mine.length).toBeGreaterThan(0)
    for (const e of mine) for (const id of overlay.identity) expect(e['detail'], id).toHaveProperty([id])
  })
})
