import * as t from 'io-ts'
import { describeValue } from './describe.js'
import { failWith } from './base.js'

// Date, optional time with 0-9 fraction digits, optional zone. A space may stand for `T`
// (Python's str(datetime)); a time without a zone is UTC, as botocore treats it.
const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?(Z|z|[+-]\d{2}(?::?\d{2})?)?$/
const NUMERIC = /^-?\d+(?:\.\d+)?$/

// Epoch numbers at or above this magnitude are milliseconds: as seconds they would be past
// the year 5000, as milliseconds they are after 1973.
const MILLISECONDS_FROM = 1e11

/** Parses ISO-8601 text to a Date, or `undefined` when it is not a real instant. */
export function parseIsoTimestamp(s: string): Date | undefined {
  const m = ISO_8601.exec(s)
  if (m === null) return undefined
  const [, y, mo, d, h = '0', mi = '0', sec = '0', frac = '', zone = 'Z'] = m
  const year = Number(y)
  const month = Number(mo)
  const day = Number(d)
  const hour = Number(h)
  const minute = Number(mi)
  const second = Number(sec)
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined
  if (hour > 23 || minute > 59 || second > 60) return undefined
  const millis = frac === '' ? 0 : Number(frac.slice(0, 3).padEnd(3, '0'))
  let offsetMinutes = 0
  if (zone !== 'Z' && zone !== 'z') {
    const sign = zone[0] === '-' ? -1 : 1
    const digits = zone.slice(1).replace(':', '')
    const oh = Number(digits.slice(0, 2))
    const om = digits.length > 2 ? Number(digits.slice(2)) : 0
    if (oh > 23 || om > 59) return undefined
    offsetMinutes = sign * (oh * 60 + om)
  }
  const date = utcDate(year, month - 1, day)
  date.setUTCHours(hour, minute, Math.min(second, 59), millis)
  date.setTime(date.getTime() - offsetMinutes * 60_000)
  return inRange(date) ? date : undefined
}

// Date.UTC reads years 0-99 as 1900-1999; setUTCFullYear takes them as they are.
function utcDate(year: number, monthIndex: number, day: number): Date {
  const date = new Date(0)
  date.setUTCFullYear(year, monthIndex, day)
  return date
}

function daysInMonth(year: number, month: number): number {
  return utcDate(year, month, 0).getUTCDate()
}

// ISO-8601 text, the wire form encode gives, carries four-digit years: an instant outside
// 0000-9999 could not come back from its encoding.
const MIN_TIME = utcDate(0, 0, 1).getTime()
const MAX_TIME = utcDate(10000, 0, 1).getTime() - 1
const inRange = (date: Date): boolean => {
  const time = date.getTime()
  return time >= MIN_TIME && time <= MAX_TIME
}

function fromEpoch(n: number, unit: 'seconds' | 'milliseconds'): Date | undefined {
  const date = new Date(unit === 'seconds' ? n * 1000 : n)
  return inRange(date) ? date : undefined
}

const isValidDate = (u: unknown): u is Date => u instanceof Date && inRange(u)

const encodeTimestamp = (a: Date): string => a.toISOString()

// Text, numbers and Dates can hold a timestamp (a wrong one is a bad value); anything else is the wrong type.
const readable = (u: unknown): boolean => typeof u === 'string' || typeof u === 'number' || u instanceof Date

/**
 * A timestamp as requests carry it: a `Date`, ISO-8601 text (0-9 fraction digits) or epoch
 * seconds. Decodes to `Date`, encodes to ISO-8601.
 *
 * @since 0.1.0
 * @category primitives
 */
export const timestamp: t.Type<Date, string, unknown> = /*#__PURE__*/ new t.Type<Date, string, unknown>(
  'timestamp',
  isValidDate,
  (u, c) => {
    if (isValidDate(u)) return t.success(u)
    if (typeof u === 'string') {
      const date = parseIsoTimestamp(u)
      if (date !== undefined) return t.success(date)
    } else if (typeof u === 'number' && Number.isFinite(u)) {
      if (Math.abs(u) >= MILLISECONDS_FROM) {
        return failWith(u, c, `expected epoch seconds, received ${u} (epoch milliseconds?)`, 'invalid_value')
      }
      const date = fromEpoch(u, 'seconds')
      if (date !== undefined) return t.success(date)
    }
    return failWith(u, c, `expected a timestamp (Date, ISO-8601 or epoch seconds), received ${describeValue(u)}`, readable(u) ? 'invalid_value' : 'invalid_type')
  },
  encodeTimestamp,
)

/**
 * A timestamp as responses and events carry it: everything {@link timestamp} takes, plus
 * epoch milliseconds as a number or numeric text (`1592411992203`, `"1592411992203"`,
 * `1592411992203.0`). Numbers below 1e11 are epoch seconds.
 *
 * @since 0.1.0
 * @category primitives
 */
export const timestampLenient: t.Type<Date, string, unknown> = /*#__PURE__*/ new t.Type<Date, string, unknown>(
  'timestamp',
  isValidDate,
  (u, c) => {
    if (isValidDate(u)) return t.success(u)
    let n: number | undefined
    if (typeof u === 'number' && Number.isFinite(u)) n = u
    else if (typeof u === 'string') {
      const date = parseIsoTimestamp(u)
      if (date !== undefined) return t.success(date)
      if (NUMERIC.test(u)) n = Number(u)
    }
    if (n !== undefined) {
      const date = fromEpoch(n, Math.abs(n) >= MILLISECONDS_FROM ? 'milliseconds' : 'seconds')
      if (date !== undefined) return t.success(date)
    }
    return failWith(u, c, `expected a timestamp (Date, ISO-8601, epoch seconds or milliseconds), received ${describeValue(u)}`, readable(u) ? 'invalid_value' : 'invalid_type')
  },
  encodeTimestamp,
)
