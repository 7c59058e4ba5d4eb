// What `sagemaker-shapes/events/testing` builds its events with: the generated module holds the
// data (an example detail and where `resources` come from, per detail-type) and the types that
// name each detail-type; the code that builds an event from them is here, written once.

/**
 * A decoded value as EventBridge sends it (JSON): a timestamp as ISO-8601 text or epoch
 * milliseconds (a number or text), bytes as base64, `null` where a member is optional.
 *
 * @since 0.1.0
 * @category model
 */
export type EventBridgeJson<V> = V extends Date
  ? string | number
  : V extends Uint8Array
    ? string
    : V extends string | number | boolean | null | undefined
      ? V
      : V extends ReadonlyArray<infer U>
        ? Array<EventBridgeJson<U>>
        : V extends object
          ? { -readonly [K in keyof V]: EventBridgeJson<V[K]> | (undefined extends V[K] ? null : never) }
          : V

/**
 * Envelope fields to set.
 *
 * @since 0.1.0
 * @category model
 */
export interface SageMakerEnvelopeOverrides {
  readonly id?: string
  readonly account?: string
  readonly region?: string
  /** ISO-8601 or epoch milliseconds as text, as EventBridge sends it. */
  readonly time?: string
  /** By default the event's resource ARNs, built from the detail (after `detail` overrides). */
  readonly resources?: readonly string[]
  readonly 'replay-name'?: string
}

/**
 * Where an event's `resources` come from: the ARN at a detail member (a dotted path, split), else
 * one built from a name member and the resource type; where neither is there, the first
 * example's resources (moved to the event's region and account).
 */
export interface ResourceSources {
  readonly from: ReadonlyArray<{ readonly arn?: readonly string[]; readonly name?: readonly string[]; readonly type?: string }>
  readonly example: readonly string[]
}

/** A SageMaker event as a Lambda receives it (JSON). */
interface EventJson {
  readonly version: string
  readonly id: string
  readonly 'detail-type': string
  readonly source: 'aws.sagemaker'
  readonly account: string
  readonly time: string
  readonly region: string
  readonly resources: readonly string[]
  readonly detail: Record<string, unknown>
  readonly 'replay-name'?: string
}

const at = (value: unknown, path: readonly string[]): unknown =>
  path.reduce<unknown>((v, key) => (typeof v === 'object' && v !== null && Object.hasOwn(v, key) ? (v as Record<string, unknown>)[key] : undefined), value)

const partition = (region: string): string => (region.startsWith('cn-') ? 'aws-cn' : region.startsWith('us-gov-') ? 'aws-us-gov' : 'aws')

/**
 * An event of `detailType` built from its base detail (a copy, with the overrides set or, where
 * `undefined`, removed) and the envelope overrides; `resources` from `sources` unless set.
 */
export function buildSageMakerEvent(
  detailType: string,
  base: Readonly<Record<string, unknown>>,
  sources: ResourceSources,
  overrides: SageMakerEnvelopeOverrides & { readonly detail?: Readonly<Record<string, unknown>> },
): EventJson {
  const { detail: detailOverrides = {}, ...envelope } = overrides
  const detail: Record<string, unknown> = structuredClone(base)
  for (const [key, value] of Object.entries(detailOverrides)) {
    if (value === undefined) delete detail[key]
    // A member named `__proto__` stays a member, as JSON.parse makes it.
    else Object.defineProperty(detail, key, { value: structuredClone(value), enumerable: true, writable: true, configurable: true })
  }
  const region = envelope.region ?? 'us-east-1'
  const account = envelope.account ?? '123456789012'
  // The ARN at a detail member, else one built from a name member, else the example's.
  const built = sources.from.flatMap(({ arn, name, type }) => {
    const value = arn === undefined ? undefined : at(detail, arn)
    if (typeof value === 'string' && value !== '') return [value]
    const named = name === undefined ? undefined : at(detail, name)
    return typeof named === 'string' && named !== '' && type !== undefined ? [`arn:${partition(region)}:sagemaker:${region}:${account}:${type}/${named.toLowerCase()}`] : []
  })
  const resources =
    built.length > 0 ? built : sources.example.map((arn) => arn.replace(/^arn:[^:]*:([^:]*):[^:]*:[^:]*:/, (_all, service: string) => `arn:${partition(region)}:${service}:${region}:${account}:`))
  return {
    version: '0',
    id: '00000000-0000-4000-8000-000000000000',
    'detail-type': detailType,
    source: 'aws.sagemaker',
    account,
    time: '2024-01-01T00:00:00Z',
    region,
    resources,
    ...envelope,
    detail,
  }
}
