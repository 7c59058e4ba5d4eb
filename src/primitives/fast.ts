// What generated fast paths share: the failure sentinel and the few checks that are not one
// expression. A fast path answers "valid, and here is the decoded value" or FAIL, never why:
// on FAIL the careful path runs and says why.
import { MAX_TIME, MIN_TIME, inRange, parseIsoTimestamp } from './iso.js'

/** A fast path's "not valid, or not sure": the careful path decides. */
export const FAIL: unique symbol = Symbol('sagemaker-shapes/fail')

/**
 * A fast path: in guard mode (`g`), whether `u` already is a decoded value (returns `u` or
 * FAIL); otherwise the decoded value (`u` itself when nothing changes) or FAIL.
 */
export type Fast<A> = (u: unknown, g: boolean) => A | typeof FAIL

/**
 * Epoch text (`-?digits[.digits]`, as events carry milliseconds) as a number, or NaN. Scanned by
 * hand: every event carries such timestamps and a regular expression costs more than the rest.
 */
function epochText(s: string): number {
  const length = s.length
  let i = s.charCodeAt(0) === 45 /* - */ ? 1 : 0
  const start = i
  let c = 0
  let n = 0
  while (i < length && (c = s.charCodeAt(i)) >= 48 && c <= 57) {
    n = n * 10 + (c - 48)
    i++
  }
  if (i === start) return Number.NaN
  if (i < length) {
    if (c !== 46 /* . */) return Number.NaN
    const fraction = ++i
    while (i < length && (c = s.charCodeAt(i)) >= 48 && c <= 57) i++
    if (i === fraction || i < length) return Number.NaN
    return Number(s) // rounds the fraction as JSON numbers do
  }
  // Exact below 2^53 (any epoch in milliseconds); longer digit runs are out of range anyway.
  return start === 1 ? -n : n
}

/**
 * A timestamp as `timestamp` (strict) or `timestampLenient` read it: the one decoding both the
 * fast and the careful path use (the careful path only adds the reason when this gives FAIL).
 */
export function fastTimestamp(u: unknown, g: boolean, lenient: boolean): Date | typeof FAIL {
  // A guard asks whether `u` already is a decoded timestamp: only a Date in range is.
  if (g) return u instanceof Date && inRange(u) ? u : FAIL
  let n: number
  if (typeof u === 'string') {
    // ISO text has a '-' at index 4; epoch text (events only) never past its sign.
    if (u.charCodeAt(4) === 45 || !lenient) {
      const date = parseIsoTimestamp(u)
      return date === undefined ? FAIL : date
    }
    n = epochText(u)
    if (n !== n) return FAIL
  } else if (typeof u === 'number') {
    n = u
  } else if (u instanceof Date) {
    return inRange(u) ? u : FAIL
  } else {
    return FAIL
  }
  // From 1e11 on, a number is epoch milliseconds (as seconds it would be past the year 5000);
  // requests take seconds only.
  const time = Math.abs(n) >= 1e11 ? (lenient ? n : Number.NaN) : n * 1000
  return time >= MIN_TIME && time <= MAX_TIME ? new Date(time) : FAIL
}

/** The fast path of `timestamp` (requests), for generated code to call directly. */
export const timestampFast = (u: unknown, g: boolean): Date | typeof FAIL => fastTimestamp(u, g, false)

/** The fast path of `timestampLenient` (responses, events), for generated code to call directly. */
export const timestampLenientFast = (u: unknown, g: boolean): Date | typeof FAIL => fastTimestamp(u, g, true)

// Generated fast paths write this check inline: measured, a shared helper halves their speed.
const isObject = (u: unknown): u is Record<string, unknown> => typeof u === 'object' && u !== null && !Array.isArray(u)

/** A list whose items pass `item`; the same array when no item changes. */
export function fastList<A>(u: unknown, g: boolean, item: Fast<A>): A[] | typeof FAIL {
  if (!Array.isArray(u)) return FAIL
  let out: unknown[] | undefined
  for (let i = 0; i < u.length; i++) {
    const v: unknown = u[i]
    const r = item(v, g)
    if (r === FAIL) return FAIL
    if (r !== v) (out ??= u.slice())[i] = r
  }
  return (out ?? u) as A[]
}

/** A string-keyed map whose values pass `value` (and keys `key`); the same object when nothing changes. */
export function fastMap<A>(u: unknown, g: boolean, value: Fast<A>, key?: (k: string) => boolean): Record<string, A> | typeof FAIL {
  if (!isObject(u)) return FAIL
  let out: Record<string, unknown> | undefined
  for (const k of Object.keys(u)) {
    if (key !== undefined && !key(k)) return FAIL
    const v = u[k]
    const r = value(v, g)
    if (r === FAIL) return FAIL
    if (r !== v) (out ??= { ...u })[k] = r
  }
  return (out ?? u) as Record<string, A>
}

/**
 * A codec's fast path. A codec without one (io-ts's own `t.string`, a codec built by hand) is
 * asked its guard: what passes it is already decoded; anything else goes the careful way.
 */
export function fastOf<A>(codec: { is: (u: unknown) => u is A; fast?: Fast<A> | undefined }): Fast<A> {
  return codec.fast ?? ((u) => (codec.is(u) ? u : FAIL))
}

/** A list of strings (or of an open enum's text): the commonest list, checked without a call per item. */
export function fastStringList(u: unknown, _g?: boolean): string[] | typeof FAIL {
  if (!Array.isArray(u)) return FAIL
  for (let i = 0; i < u.length; i++) if (typeof u[i] !== 'string') return FAIL
  return u
}

/** A map of strings (tags, hyper-parameters, environments), checked without a call per value. */
export function fastStringMap(u: unknown, _g?: boolean): Record<string, string> | typeof FAIL {
  if (!isObject(u)) return FAIL
  // for-in allocates nothing (Object.keys would, on every call). It also visits inherited
  // enumerable keys, which can only make this FAIL, never pass: the careful path then decides.
  for (const k in u) if (typeof u[k] !== 'string') return FAIL
  return u as Record<string, string>
}

// Predicates for the compact fast paths of lenient structures: a member absent, or of its type.
// (`null` is not accepted: a lenient structure reads it as absent, which the careful path does.)
export const os = (v: unknown): boolean => v === undefined || typeof v === 'string'
export const ob = (v: unknown): boolean => v === undefined || typeof v === 'boolean'
export const oi = (v: unknown): boolean => v === undefined || Number.isInteger(v)
export const on = (v: unknown): boolean => v === undefined || Number.isFinite(v)
