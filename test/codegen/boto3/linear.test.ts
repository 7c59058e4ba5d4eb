// codegen --boto3 in time linear in the page: work is counted (elements examined by array
// searches, set and map operations), never timed, for pages 10 times apart in size.
import { describe, expect, it } from 'vitest'
import { boto3PagesToIR } from '../../../codegen/boto3.js'

/** Runs `fn` and counts the elements array searches examine plus set and map operations. */
function countWork(fn: () => void): number {
  let work = 0
  const arrays = Array.prototype as unknown as Record<string, (this: unknown[], ...a: unknown[]) => unknown>
  const searches = ['indexOf', 'lastIndexOf', 'includes'] as const
  const originals = searches.map((name) => arrays[name]!)
  searches.forEach((name, i) => {
    const original = originals[i]!
    arrays[name] = function (this: unknown[], ...a: unknown[]) {
      work += this.length
      return original.apply(this, a)
    }
  })
  const operations: Array<[Record<string, (...a: unknown[]) => unknown>, string]> = [
    [Set.prototype as never, 'has'],
    [Set.prototype as never, 'add'],
    [Map.prototype as never, 'has'],
    [Map.prototype as never, 'get'],
    [Map.prototype as never, 'set'],
  ]
  const saved = operations.map(([proto, name]) => proto[name]!)
  operations.forEach(([proto, name], i) => {
    const original = saved[i]!
    proto[name] = function (this: unknown, ...a: unknown[]) {
      work++
      return original.apply(this, a)
    }
  })
  try {
    fn()
  } finally {
    searches.forEach((name, i) => (arrays[name] = originals[i]!))
    operations.forEach(([proto, name], i) => (proto[name] = saved[i]!))
  }
  return work
}

const enumPage = (n: number): string =>
  `Request Syntax\nclient.create_thing( Mode=${Array.from({ length: n }, (_, i) => `'v${i}'`).join('|')} )\nMode (string) --\n`
const membersPage = (n: number): string => {
  const names = Array.from({ length: n }, (_, i) => `M${i}`)
  return `Request Syntax\nclient.create_thing( ${names.map((m) => `${m}={ 'A': 'X'|'Y' }`).join(', ')} )\n${names.map((m) => `${m} (dict) --\nA (string) --\n`).join('')}`
}
const operationsPage = (n: number): string =>
  Array.from({ length: n }, (_, i) => `Some prose.\nRequest Syntax\nclient.op_${i}( Name='string' )\nName (string) --\n`).join('')

describe('codegen --boto3 reads a page in linear time', () => {
  // The enum's duplicate check was quadratic (30,000 values took seconds); the other two guard
  // the passes every page goes through: naming shapes, and finding operations in a page.
  const cases: Array<[string, { page: (n: number) => string; n: number }]> = [
    ['an enum of n values (its duplicate check)', { page: enumPage, n: 1_000 }],
    ['n structures of one shape, each wanting its own name', { page: membersPage, n: 300 }],
    ['n operations in one page', { page: operationsPage, n: 300 }],
  ]
  it.each(cases)('%s: 10 times the input, at most 15 times the work', (_name, { page, n }) => {
    const work = (size: number): number => countWork(() => boto3PagesToIR([{ file: 'p.txt', text: page(size) }]))
    const small = work(n)
    const large = work(10 * n)
    expect(small).toBeGreaterThan(n)
    expect(large / small).toBeLessThan(15)
  })
})
