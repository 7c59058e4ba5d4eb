import * as t from 'io-ts'

export { parseIsoTimestamp } from './iso.js'
import { describeValue } from './describe.js'
import { inRange } from './iso.js'
import { BaseCodec, type Codec, failWith } from './base.js'
import { FAIL, fastTimestamp, timestampFast, timestampLenientFast } from './fast.js'

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
export const timestamp: Codec<Date, string> = /*#__PURE__*/ new BaseCodec<Date, string>(
  'timestamp',
  isValidDate,
  (u, c) => {
    const date = fastTimestamp(u, false, false)
    if (date !== FAIL) return t.success(date)
    if (typeof u === 'number' && Math.abs(u) >= 1e11) {
      return failWith(u, c, `expected epoch seconds, received ${u} (epoch milliseconds?)`, 'invalid_value')
    }
    return failWith(u, c, `expected a timestamp (Date, ISO-8601 or epoch seconds), received ${describeValue(u)}`, readable(u) ? 'invalid_value' : 'invalid_type')
  },
  encodeTimestamp,
  timestampFast,
)

/**
 * A timestamp as responses and events carry it: everything {@link timestamp} takes, plus
 * epoch milliseconds as a number or numeric text (`1592411992203`, `"1592411992203"`,
 * `1592411992203.0`). Numbers below 1e11 are epoch seconds.
 *
 * @since 0.1.0
 * @category primitives
 */
export const timestampLenient: Codec<Date, string> = /*#__PURE__*/ new BaseCodec<Date, string>(
  'timestamp',
  isValidDate,
  (u, c) => {
    const date = fastTimestamp(u, false, true)
    if (date !== FAIL) return t.success(date)
    return failWith(
      u,
      c,
      `expected a timestamp (Date, ISO-8601, epoch seconds or milliseconds), received ${describeValue(u)}`,
      readable(u) ? 'invalid_value' : 'invalid_type',
    )
  },
  encodeTimestamp,
  timestampLenientFast,
)
