import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as _ from '../../src/primitives/timestamp.js'
import { safeDecode } from '../../src/index.js'
import { referenceParseIso } from './reference/iso-regex.js'

const at = (iso: string): Date => new Date(iso)

describe('parseIsoTimestamp', () => {
  const cases: Array<[string, { given: string; want: string | undefined }]> = [
    ['no fraction, Z', { given: '2020-06-17T16:39:52Z', want: '2020-06-17T16:39:52.000Z' }],
    ['one fraction digit', { given: '2020-06-17T16:39:52.2Z', want: '2020-06-17T16:39:52.200Z' }],
    ['three fraction digits', { given: '2020-06-17T16:39:52.203Z', want: '2020-06-17T16:39:52.203Z' }],
    ['six fraction digits', { given: '2020-06-17T16:39:52.203456Z', want: '2020-06-17T16:39:52.203Z' }],
    ['nine fraction digits', { given: '2020-06-17T16:39:52.203456789Z', want: '2020-06-17T16:39:52.203Z' }],
    ['offset with colon', { given: '2020-06-17T18:39:52+02:00', want: '2020-06-17T16:39:52.000Z' }],
    ['offset without colon', { given: '2020-06-17T11:39:52-0500', want: '2020-06-17T16:39:52.000Z' }],
    ['no zone is UTC', { given: '2022-09-05T19:18:42', want: '2022-09-05T19:18:42.000Z' }],
    ["Python's str(datetime)", { given: '2022-09-05 19:18:42.123456+00:00', want: '2022-09-05T19:18:42.123Z' }],
    ['date only', { given: '2015-01-01', want: '2015-01-01T00:00:00.000Z' }],
    ['February 30th', { given: '2021-02-30T00:00:00Z', want: undefined }],
    ['hour 24', { given: '2021-02-03T24:00:00Z', want: undefined }],
    ['ten fraction digits', { given: '2020-06-17T16:39:52.2034567890Z', want: undefined }],
    ['a year below 100 (Date.UTC would read 1950)', { given: '0050-06-15T00:00:00Z', want: '0050-06-15T00:00:00.000Z' }],
    ['February 29th of year 0 (a leap year)', { given: '0000-02-29T00:00:00Z', want: '0000-02-29T00:00:00.000Z' }],
    ['February 29th, 2000 (divisible by 400)', { given: '2000-02-29', want: '2000-02-29T00:00:00.000Z' }],
    ['February 29th, 1500 (a century, not divisible by 400)', { given: '1500-02-29', want: undefined }],
    ['February 29th, 2100', { given: '2100-02-29T00:00:00Z', want: undefined }],
    ['April 31st', { given: '2024-04-31', want: undefined }],
    ['a leap second reads as :59', { given: '2016-12-31T23:59:60Z', want: '2016-12-31T23:59:59.000Z' }],
    ['offset past midnight', { given: '2020-01-01T00:30:00+01:00', want: '2019-12-31T23:30:00.000Z' }],
    ['last instant of 9999', { given: '9999-12-31T23:59:59.999Z', want: '9999-12-31T23:59:59.999Z' }],
    ['past 9999 through an offset', { given: '9999-12-31T23:59:59-01:00', want: undefined }],
    ['prose', { given: 'yesterday', want: undefined }],
    ['empty', { given: '', want: undefined }],
  ]
  it.each(cases)('%s', (_name, { given, want }) => {
    expect(_.parseIsoTimestamp(given)?.toISOString()).toBe(want)
  })

  // Text near the grammar: digits that are mostly calendar-like, every separator, fraction and
  // zone form, and their near misses, so most cases are valid and the rest fail in one place.
  const digits = (n: number) =>
    fc.oneof(fc.integer({ min: 0, max: 10 ** n - 1 }), fc.integer({ min: 1, max: n === 2 ? 12 : 9999 }), fc.integer({ min: 1, max: 12 })).map((x) => String(x).padStart(n, '0'))
  const fraction = fc.tuple(fc.constantFrom('.', ','), fc.integer({ min: 0, max: 11 }).chain((n) => (n === 0 ? fc.constant('') : digits(n)))).map((a) => a.join(''))
  const seconds = fc.tuple(digits(2), fc.option(fraction)).map(([s, f]) => `:${s}${f ?? ''}`)
  const time = fc.tuple(fc.constantFrom('T', ' ', 't'), digits(2), digits(2), fc.option(seconds)).map(([t, h, m, s]) => `${t}${h}:${m}${s ?? ''}`)
  const offset = fc.tuple(fc.constantFrom('+', '-'), digits(2), fc.constantFrom('', ':', '::'), fc.option(digits(2))).map(([a, b, c, d]) => `${a}${b}${c}${d ?? ''}`)
  const zone = fc.oneof(fc.constantFrom('Z', 'z', '+', '-0', 'ZZ'), offset)
  const isoLike = fc
    .tuple(digits(4), fc.constantFrom('-', '-', '/'), digits(2), digits(2), fc.option(time), fc.option(zone))
    .map(([y, s, mo, d, t, z]) => `${y}${s}${mo}-${d}${t ?? ''}${z ?? ''}`)

  it('agrees with the regular-expression reference on ISO-like and arbitrary text', () => {
    let valid = 0
    fc.assert(
      fc.property(fc.oneof({ arbitrary: isoLike, weight: 3 }, { arbitrary: fc.string(), weight: 1 }), (text) => {
        const want = referenceParseIso(text)?.getTime()
        if (want !== undefined) valid++
        expect(_.parseIsoTimestamp(text)?.getTime()).toBe(want)
      }),
      { numRuns: 20_000 },
    )
    expect(valid).toBeGreaterThan(1000) // the comparison covered real instants, not only rejections
  })
})

describe('timestamp (requests)', () => {
  // Every form boto3 accepts (botocore parses a string as a float first, then as a date).
  it('decodes Date, ISO-8601, RFC 1123 and epoch seconds (a number or text); encodes ISO-8601', () => {
    const date = at('2015-01-01T00:00:00Z')
    for (const given of [date, '2015-01-01T00:00:00Z', 1420070400, 1420070400.0, '1420070400', '1420070400.0', 'Thu, 01 Jan 2015 00:00:00 GMT']) {
      expect(safeDecode(_.timestamp, given), String(given)).toEqual({ success: true, data: date })
    }
    expect(_.timestamp.encode(date)).toBe('2015-01-01T00:00:00.000Z')
  })

  it('rejects epoch milliseconds (a number or text), invalid dates and other types', () => {
    for (const given of [1420070400000, '1420070400000', new Date(Number.NaN), true, null, {}]) {
      expect(safeDecode(_.timestamp, given).success, String(given)).toBe(false)
    }
    for (const given of [1420070400000, '1420070400000']) {
      expect(safeDecode(_.timestamp, given)).toMatchObject({ success: false, issues: [{ message: expect.stringContaining('milliseconds') }] })
    }
  })
})

describe('RFC 1123 text', () => {
  const cases: Array<[string, { given: string; want: string | undefined }]> = [
    ['GMT', { given: 'Wed, 17 May 2023 12:34:56 GMT', want: '2023-05-17T12:34:56.000Z' }],
    ['UTC', { given: 'Wed, 17 May 2023 12:34:56 UTC', want: '2023-05-17T12:34:56.000Z' }],
    ['an offset', { given: 'Wed, 17 May 2023 14:34:56 +0200', want: '2023-05-17T12:34:56.000Z' }],
    ['a weekday that is not the date\'s (boto3 does not check it)', { given: 'Mon, 17 May 2023 12:34:56 GMT', want: '2023-05-17T12:34:56.000Z' }],
    ['February 29th of a leap year', { given: 'Thu, 29 Feb 2024 00:00:00 GMT', want: '2024-02-29T00:00:00.000Z' }],
    ['February 29th otherwise', { given: 'Wed, 29 Feb 2023 00:00:00 GMT', want: undefined }],
    ['an unknown month', { given: 'Wed, 17 Mai 2023 12:34:56 GMT', want: undefined }],
    ['an unknown weekday', { given: 'Wen, 17 May 2023 12:34:56 GMT', want: undefined }],
    ['a one-digit day', { given: 'Wed, 7 May 2023 12:34:56 GMT', want: undefined }],
    ['another zone', { given: 'Wed, 17 May 2023 12:34:56 PST', want: undefined }],
    ['hour 24', { given: 'Wed, 17 May 2023 24:00:00 GMT', want: undefined }],
  ]
  it.each(cases)('%s', (_name, { given, want }) => {
    const result = safeDecode(_.timestamp, given)
    expect(result.success ? result.data.toISOString() : undefined).toBe(want)
    expect(safeDecode(_.timestampLenient, given).success).toBe(want !== undefined)
  })
})

describe('timestampLenient (responses, events)', () => {
  it('also takes epoch milliseconds as number, float or numeric text', () => {
    const date = at('2020-06-17T16:39:52.203Z')
    for (const given of [1592411992203, 1592411992203.0, '1592411992203', '1592411992.203', 1592411992.203, date, '2020-06-17T16:39:52.203Z']) {
      expect(safeDecode(_.timestampLenient, given), String(given)).toEqual({ success: true, data: date })
    }
  })
  it('still rejects what is no instant', () => {
    for (const given of ['', 'Timestamp', '12abc', Number.POSITIVE_INFINITY, false]) {
      expect(safeDecode(_.timestampLenient, given).success, String(given)).toBe(false)
    }
  })
})

describe('the instants a timestamp can hold', () => {
  it('are the years 0000-9999, which ISO-8601 text can carry back', () => {
    const early = new Date('0099-12-31T23:59:59.000Z')
    expect(safeDecode(_.timestamp, early.getTime() / 1000)).toEqual({ success: true, data: early })
    expect(safeDecode(_.timestamp, _.timestamp.encode(early))).toEqual({ success: true, data: early })
    const beforeYearZero = new Date(Date.UTC(-1, 0, 1))
    expect(safeDecode(_.timestamp, beforeYearZero).success).toBe(false)
    expect(safeDecode(_.timestamp, beforeYearZero.getTime() / 1000).success).toBe(false)
    expect(safeDecode(_.timestampLenient, new Date('+010000-01-01T00:00:00.000Z')).success).toBe(false)
  })
})

describe('issue codes', () => {
  it('say "wrong type" for the wrong JSON type and "bad value" for the right type with a wrong value', () => {
    const code = (r: ReturnType<typeof safeDecode>) => (r.success ? undefined : r.issues[0]!.code)
    expect(code(safeDecode(_.timestamp, true))).toBe('invalid_type')
    expect(code(safeDecode(_.timestamp, 'soon'))).toBe('invalid_value')
  })
})
