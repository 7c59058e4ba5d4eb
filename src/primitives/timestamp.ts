import { type Codec, DescribedCodec } from './codec.js'
import { TIMESTAMP } from './description.js'
import { LENIENT } from './lenient.js'
import { STRICT } from './strict.js'

export { parseIsoTimestamp } from './iso.js'

/**
 * A timestamp as requests carry it: a `Date`, ISO-8601 text (0-9 fraction digits) or epoch
 * seconds. Decodes to `Date`, encodes to ISO-8601.
 *
 * @since 0.1.0
 * @category primitives
 */
export const timestamp: Codec<Date, string> = /*#__PURE__*/ new DescribedCodec<Date, string>('timestamp', TIMESTAMP, STRICT)

/**
 * A timestamp as responses and events carry it: everything {@link timestamp} takes, plus
 * epoch milliseconds as a number or numeric text (`1592411992203`, `"1592411992203"`,
 * `1592411992203.0`). Numbers below 1e11 are epoch seconds.
 *
 * @since 0.1.0
 * @category primitives
 */
export const timestampLenient: Codec<Date, string> = /*#__PURE__*/ new DescribedCodec<Date, string>('timestamp', TIMESTAMP, LENIENT)
