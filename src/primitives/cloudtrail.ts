// The CloudTrail view of an API shape: CloudTrail records a call's request and response in its
// own spelling (member names with a lower-case first letter, values it hides, timestamps as the
// service wrote them). The view is derived from the shape's one description, like the strict and
// lenient ones, and cached the same way (per view, per shape).
import type * as t from 'io-ts'
import { type Codec, TypeBase } from './codec.js'
import { CODEC, type ScalarKind, TIMESTAMP } from './description.js'
import { describeValue } from './describe.js'
import { FAIL } from './fast.js'
import { readLenientTimestamp } from './instant.js'
import type { Node, View } from './nodes.js'

/**
 * What CloudTrail writes in place of a value it does not record (a secret, a large document).
 * It may stand for a member of any kind: a string, but also a structure, list or map.
 *
 * @since 0.1.0
 * @category model
 */
export const HIDDEN = 'HIDDEN_DUE_TO_SECURITY_REASONS'

/** @since 0.1.0 @category model */
export type Hidden = typeof HIDDEN

/**
 * Whether a member of a CloudTrail view is the text CloudTrail writes in place of a hidden value.
 *
 * @since 0.1.0
 * @category guards
 */
export const isHidden = (value: unknown): value is Hidden => value === HIDDEN

// Java's default date text as Gson writes it (`Jan 2, 2018 1:39:06 PM`; newer JDKs add a comma
// after the year and a narrow no-break space before AM/PM), a form seen in CloudTrail records of
// services written in Java; it carries no zone, and is read as UTC.
const JAVA_DATE = /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{1,2}), (\d{4}),? (\d{1,2}):(\d{2}):(\d{2})[ \u202f]([AP]M)$/
const MONTHS = 'JanFebMarAprMayJunJulAugSepOctNovDec'

function javaDate(s: string): Date | undefined {
  const m = JAVA_DATE.exec(s)
  if (m === null) return undefined
  const [, month, day, year, hour, minute, second, half] = m as unknown as [string, string, string, string, string, string, string, string]
  const h = Number(hour)
  if (h < 1 || h > 12 || Number(day) < 1 || Number(day) > 31 || Number(minute) > 59 || Number(second) > 59) return undefined
  const time = Date.UTC(Number(year), MONTHS.indexOf(month) / 3, Number(day), (h % 12) + (half === 'PM' ? 12 : 0), Number(minute), Number(second))
  const date = new Date(time)
  // 31 February and the like roll over: not a date.
  return date.getUTCDate() === Number(day) ? date : undefined
}

/** A timestamp in a CloudTrail view: a `Date` where the text is one, the text itself otherwise. */
function readCloudTrailTimestamp(u: unknown): unknown {
  const read = readLenientTimestamp(u)
  if (read !== FAIL) return read
  if (typeof u !== 'string') return FAIL
  return javaDate(u) ?? u
}

const isCloudTrailTimestamp = (u: unknown): u is Date | string => (u instanceof Date && !Number.isNaN(u.getTime())) || typeof u === 'string'

/**
 * A timestamp inside `requestParameters` or `responseElements`. CloudTrail's format there is not
 * documented and differs between services (ISO-8601, epoch numbers, Java's
 * `Jan 2, 2018 1:39:06 PM`): each of those is read as a `Date` (Java's as UTC); other text is
 * kept as it is rather than failing the whole event.
 *
 * @since 0.1.0
 * @category primitives
 */
export const cloudTrailTimestamp: Codec<Date | string, string> = /*#__PURE__*/ Object.assign(
  /*#__PURE__*/ new TypeBase<Date | string, string>(
    'timestamp',
    isCloudTrailTimestamp,
    (u, c) => {
      const r = readCloudTrailTimestamp(u)
      if (r !== FAIL) return { _tag: 'Right', right: r as Date | string }
      return { _tag: 'Left', left: [{ value: u, context: c, message: `expected a timestamp (a Date, text or epoch number), received ${describeValue(u)}`, code: 'invalid_type' } as t.ValidationError] }
    },
    (a) => (typeof a === 'string' ? a : a.toISOString()),
  ),
  { fast: (u: unknown): unknown => readCloudTrailTimestamp(u) },
)

const TIMESTAMP_NODE: Node = { kind: CODEC, codec: cloudTrailTimestamp }

const lowerFirst = (name: string): string => name.charAt(0).toLowerCase() + name.slice(1)

/**
 * The CloudTrail view of an API shape: lenient (unknown keys kept, `null` absent, enums open),
 * every member optional (CloudTrail trims what it records), member names with a lower-case first
 * letter (`EndpointConfigName` is `endpointConfigName`; map keys are data and stay as they are),
 * `HIDDEN_DUE_TO_SECURITY_REASONS` accepted for any member, and timestamps read as
 * {@link cloudTrailTimestamp} does.
 *
 * @since 0.1.0
 * @category model
 */
export const CLOUDTRAIL: View = {
  key: lowerFirst,
  optional: true,
  hidden: HIDDEN,
  scalar: (kind: ScalarKind) => (kind === TIMESTAMP ? TIMESTAMP_NODE : undefined),
}

/** A member of a CloudTrail view: its value in the view, or the hidden marker. */
type CloudTrailMember<V> = CloudTrailView<Exclude<V, undefined>> | Hidden | undefined

/**
 * The type of a shape in the CloudTrail view (see {@link CLOUDTRAIL}): `CloudTrailView<CreateEndpointInput>`
 * is `{ endpointName?: string; endpointConfigName?: string; ... }`. Every member is optional and
 * may be {@link Hidden}; enum members are open; timestamps are `Date | string`.
 *
 * @since 0.1.0
 * @category model
 */
export type CloudTrailView<T> = T extends Date
  ? Date | string
  : T extends Uint8Array
    ? Uint8Array
    : T extends string
      ? string extends T
        ? T
        : T | (string & {})
      : T extends number | boolean | bigint | null
        ? T
        : T extends ReadonlyArray<infer I>
          ? Array<CloudTrailView<I>>
          : T extends object
            ? string extends keyof T
              ? { [key: string]: CloudTrailMember<T[string & keyof T]> }
              : { [K in keyof T as K extends string ? Uncapitalize<K> : K]?: CloudTrailMember<T[K]> }
            : T
