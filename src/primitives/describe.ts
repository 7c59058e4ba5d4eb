/** A short, bounded rendering of a received value for error messages; never throws. */
export function describeValue(u: unknown): string {
  try {
    return describe(u)
  } catch {
    return 'an unreadable value'
  }
}

function describe(u: unknown): string {
  if (u === null) return 'null'
  if (Array.isArray(u)) return 'an array'
  if (u instanceof Date) return 'a Date'
  switch (typeof u) {
    case 'string':
      return JSON.stringify(u.length > 60 ? `${u.slice(0, 57)}...` : u)
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(u)
    case 'undefined':
      return 'undefined'
    case 'object':
      return 'an object'
    default:
      return `a ${typeof u}`
  }
}

/** `true` for `{...}` values: not null, not an array. */
export function isRecord(u: unknown): u is Record<string, unknown> {
  return typeof u === 'object' && u !== null && !Array.isArray(u)
}

/** Own-property test that `__proto__`, `constructor` and friends cannot fool. */
export const hasOwn = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key)

/** Assigns a key as own data, even `__proto__`, without touching any prototype. */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
  } else {
    target[key] = value
  }
}

/**
 * Encodes an object member by member with the codec `memberOf` gives for a key; keys without
 * one (kept unknowns) are copied. `undefined` members are left out.
 */
export function encodeMembers(source: Record<string, unknown>, memberOf: (key: string) => { encode: (a: unknown) => unknown } | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(source)) {
    const value = source[key]
    if (value === undefined) continue
    const member = memberOf(key)
    setOwn(out, key, member === undefined ? value : member.encode(value))
  }
  return out
}
