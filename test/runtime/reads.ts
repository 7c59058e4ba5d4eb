// Counts the work decoding does on a value without a clock: every read of it (a property, its
// keys, its prototype) goes through a Proxy that counts, and past `limit` reads throws, so a
// decoder that would go on for ever (a cycle walked again and again) stops at once, and shows.

export interface Counted<T> {
  /** The value, every object and array in it wrapped (cycles and shared objects kept). */
  readonly value: T
  /** Reads so far. */
  readonly reads: () => number
  /** Reads of a value (`get`) so far: not the key listing, which is one pass over the keys. */
  readonly values: () => number
}

export class TooManyReads extends Error {}

export function countReads<T>(value: T, limit = 1_000_000): Counted<T> {
  let reads = 0
  let values = 0
  const count = (): void => {
    if (++reads > limit) throw new TooManyReads(`more than ${limit} reads`)
  }
  const wrapped = new Map<object, object>()
  const wrap = (u: unknown): unknown => {
    if (typeof u !== 'object' || u === null || u instanceof Date) return u
    const known = wrapped.get(u)
    if (known !== undefined) return known
    const proxy = new Proxy(u, {
      get(target, key, receiver) {
        count()
        values++
        return wrap(Reflect.get(target, key, receiver))
      },
      ownKeys(target) {
        count()
        return Reflect.ownKeys(target)
      },
      getOwnPropertyDescriptor(target, key) {
        count()
        return Reflect.getOwnPropertyDescriptor(target, key)
      },
      getPrototypeOf(target) {
        count()
        return Reflect.getPrototypeOf(target)
      },
      has(target, key) {
        count()
        return Reflect.has(target, key)
      },
    })
    wrapped.set(u, proxy)
    return proxy
  }
  return { value: wrap(value) as T, reads: () => reads, values: () => values }
}
