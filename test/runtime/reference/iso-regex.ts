// The ISO-8601 reader as it was first written (a regular expression and Date's own setters): the
// reference the hand-scanned reader in src/primitives/iso.ts must agree with.
const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?(Z|z|[+-]\d{2}(?::?\d{2})?)?$/


/** Parses ISO-8601 text to a Date, or `undefined` when it is not a real instant. */
export function referenceParseIso(s: string): Date | undefined {
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

const MIN = utcDate(0, 0, 1).getTime()
const MAX = utcDate(10000, 0, 1).getTime() - 1
const inRange = (date: Date): boolean => date.getTime() >= MIN && date.getTime() <= MAX
