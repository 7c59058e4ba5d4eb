// ISO-8601 text as SageMaker, boto3 and users write it: a date, an optional time with 0-9
// fraction digits, an optional zone. A space may stand for `T` (Python's str(datetime)); a time
// without a zone is UTC, as botocore treats it. Grammar:
//
//   YYYY-MM-DD [ (T|' ') HH:MM [ :SS [ (.|,) F{1,9} ] ] ] [ Z | z | (+|-)HH [ [:]MM ] ]
//
// Every event carries timestamps, so this is a hot path: it scans character codes and computes
// the instant arithmetically (the proleptic Gregorian calendar `Date` uses), building one Date.

const MS_PER_DAY = 86_400_000

/** Days from 1970-01-01 to a proleptic Gregorian date (Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146_097 + dayOfEra - 719_468
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/** The two digits at `i` as a number, or -1. */
function two(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48
  const b = s.charCodeAt(i + 1) - 48
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1
}

/** Minutes east of UTC for the zone that starts at `i` and runs to the end, or NaN. */
function zoneOffset(s: string, i: number): number {
  const n = s.length - i
  if (n === 0) return 0
  const c = s.charCodeAt(i)
  if (n === 1) return c === 90 /* Z */ || c === 122 /* z */ ? 0 : Number.NaN
  if (c !== 43 /* + */ && c !== 45 /* - */) return Number.NaN
  const hours = two(s, i + 1)
  let minutes: number
  if (n === 3) minutes = 0
  else if (n === 5) minutes = two(s, i + 3)
  else if (n === 6 && s.charCodeAt(i + 3) === 58 /* : */) minutes = two(s, i + 4)
  else return Number.NaN
  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return Number.NaN
  return (c === 45 ? -1 : 1) * (hours * 60 + minutes)
}

/** Epoch milliseconds of ISO-8601 text (grammar above), or NaN when it is not a real instant. */
function isoMillis(s: string): number {
  const length = s.length
  if (length < 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return Number.NaN
  const century = two(s, 0)
  const yy = two(s, 2)
  const month = two(s, 5)
  const day = two(s, 8)
  if (century < 0 || yy < 0 || month < 1 || month > 12 || day < 1) return Number.NaN
  const year = century * 100 + yy
  if (day > daysInMonth(year, month)) return Number.NaN
  let hour = 0
  let minute = 0
  let second = 0
  let millis = 0
  let i = 10
  const t = s.charCodeAt(10)
  if (t === 84 /* T */ || t === 32 /* space */) {
    if (length < 16 || s.charCodeAt(13) !== 58) return Number.NaN
    hour = two(s, 11)
    minute = two(s, 14)
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return Number.NaN
    i = 16
    if (s.charCodeAt(16) === 58 /* : */) {
      second = two(s, 17)
      if (second < 0 || second > 60) return Number.NaN
      i = 19
      const dot = s.charCodeAt(19)
      if (dot === 46 /* . */ || dot === 44 /* , */) {
        let j = 20
        let scale = 100
        for (; j < length && j < 29; j++) {
          const d = s.charCodeAt(j) - 48
          if (d < 0 || d > 9) break
          millis += d * scale // past the third digit, scale is 0: a Date keeps milliseconds
          scale = (scale / 10) | 0
        }
        if (j === 20) return Number.NaN
        i = j
      }
    }
  }
  const offset = zoneOffset(s, i)
  if (offset !== offset) return Number.NaN
  // A leap second (:60) reads as :59, the last instant a Date can name in that minute.
  const time = daysFromCivil(year, month, day) * MS_PER_DAY + hour * 3_600_000 + minute * 60_000 + Math.min(second, 59) * 1000 + millis - offset * 60_000
  return time >= MIN_TIME && time <= MAX_TIME ? time : Number.NaN
}

/** Parses ISO-8601 text to a Date, or `undefined` when it is not a real instant. */
export function parseIsoTimestamp(s: string): Date | undefined {
  const time = isoMillis(s)
  return time === time ? new Date(time) : undefined
}

// ISO-8601 text, the wire form encode gives, carries four-digit years: an instant outside
// 0000-9999 could not come back from its encoding.
export const MIN_TIME = daysFromCivil(0, 1, 1) * MS_PER_DAY
export const MAX_TIME = daysFromCivil(10000, 1, 1) * MS_PER_DAY - 1
export const inRange = (date: Date): boolean => {
  const time = date.getTime()
  return time >= MIN_TIME && time <= MAX_TIME
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/**
 * RFC 1123 text, as HTTP dates and boto3 write it: `Wed, 17 May 2023 12:34:56 GMT` (also `UTC`
 * or a `+hhmm` offset), or `undefined`. boto3 accepts it for any timestamp member; like boto3,
 * the weekday is read but not held to the date. Scanned by hand, as ISO-8601 text is.
 */
export function parseRfc1123Timestamp(s: string): Date | undefined {
  // `Ddd, DD Mon YYYY HH:MM:SS ` then the zone
  if (s.length < 29 || s.charCodeAt(3) !== 44 || s.charCodeAt(4) !== 32 || s.charCodeAt(7) !== 32 || s.charCodeAt(11) !== 32) return undefined
  if (s.charCodeAt(16) !== 32 || s.charCodeAt(19) !== 58 || s.charCodeAt(22) !== 58 || s.charCodeAt(25) !== 32) return undefined
  if (!WEEKDAYS.includes(s.slice(0, 3))) return undefined
  const day = two(s, 5)
  const month = MONTHS.indexOf(s.slice(8, 11)) + 1
  const century = two(s, 12)
  const yy = two(s, 14)
  const hour = two(s, 17)
  const minute = two(s, 20)
  const second = two(s, 23)
  if (day < 1 || month < 1 || century < 0 || yy < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60) return undefined
  const year = century * 100 + yy
  if (day > daysInMonth(year, month)) return undefined
  const zone = s.slice(26)
  const offset = zone === 'GMT' || zone === 'UTC' ? 0 : zone.length === 5 ? zoneOffset(zone, 0) : Number.NaN
  if (offset !== offset) return undefined
  const time = daysFromCivil(year, month, day) * MS_PER_DAY + hour * 3_600_000 + minute * 60_000 + Math.min(second, 59) * 1000 - offset * 60_000
  return time >= MIN_TIME && time <= MAX_TIME ? new Date(time) : undefined
}
