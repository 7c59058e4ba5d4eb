// Timestamps as the wire carries them, read into one `Date`: the rule the careful path, the
// fast path and the guard all use (the careful path only adds why, when this gives FAIL).
import { describeValue } from './describe.js'
import { FAIL } from './fast.js'
import { MAX_TIME, MIN_TIME, inRange, parseIsoTimestamp, parseRfc1123Timestamp } from './iso.js'
import type { IssueCode } from '../issues.js'

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
 * A timestamp read from the wire: a `Date` in range, ISO-8601 or RFC 1123 text, or epoch seconds
 * as a number or as text (every form boto3 accepts); with `lenient` (responses, events) also
 * epoch milliseconds, as a number or as text. FAIL when it is none of these.
 */
export function readTimestamp(u: unknown, lenient: boolean): Date | typeof FAIL {
  let n: number
  if (typeof u === 'string') {
    // ISO text has a '-' at index 4, RFC 1123 a ',' at index 3; epoch text neither.
    const c = u.charCodeAt(4)
    if (c === 45 /* - */ || u.charCodeAt(3) === 44 /* , */) {
      const date = c === 45 ? parseIsoTimestamp(u) : parseRfc1123Timestamp(u)
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

/** Requests' timestamps, for compiled fast paths to call. */
export const readStrictTimestamp = (u: unknown): Date | typeof FAIL => readTimestamp(u, false)

/** Responses' and events' timestamps, for compiled fast paths to call. */
export const readLenientTimestamp = (u: unknown): Date | typeof FAIL => readTimestamp(u, true)

/** Whether `u` already is a decoded timestamp: a `Date` in range. */
export const isTimestamp = (u: unknown): u is Date => u instanceof Date && inRange(u)

/** Why `u` is not a timestamp (when readTimestamp gave FAIL). */
export function timestampIssue(u: unknown, lenient: boolean): { code: IssueCode; message: string } {
  const readable = typeof u === 'string' || typeof u === 'number' || u instanceof Date
  const epoch = typeof u === 'number' ? u : typeof u === 'string' ? epochText(u) : Number.NaN
  if (!lenient && Math.abs(epoch) >= 1e11) {
    return { code: 'invalid_value', message: `expected epoch seconds, received ${describeValue(u)} (epoch milliseconds?)` }
  }
  const forms = lenient ? 'Date, ISO-8601, RFC 1123, epoch seconds or milliseconds' : 'Date, ISO-8601, RFC 1123 or epoch seconds'
  return { code: readable ? 'invalid_value' : 'invalid_type', message: `expected a timestamp (${forms}), received ${describeValue(u)}` }
}

export { parseIsoTimestamp }
