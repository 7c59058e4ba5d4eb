const normalize = (s: string): string => s.replace(/[_\s-]/g, '').toLowerCase()

// Each enum's values by their normalized spelling, built once per list of values (the first
// value wins where two normalize alike).
const normalized = new WeakMap<readonly string[], ReadonlyMap<string, string>>()
function byNormalized(values: readonly string[]): ReadonlyMap<string, string> {
  let map = normalized.get(values)
  if (map === undefined) {
    const built = new Map<string, string>()
    for (const v of values) if (!built.has(normalize(v))) built.set(normalize(v), v)
    normalized.set(values, (map = built))
  }
  return map
}

/**
 * Maps a status as events spell it (`IN_SERVICE`, `FAILED`, `FULLYREPLICATED`) to the API's
 * spelling (`InService`, `Failed`, `FullyReplicated`), so that an event can be compared with
 * what the SDK returns. Events mix both spellings, sometimes within one detail-type; the API
 * (and `@aws-sdk/client-sagemaker`) always uses its own. `known` is the API enum's codec or
 * values, e.g. `EndpointStatus` from `sagemaker-shapes/api/DescribeEndpoint`; the result is typed
 * as that enum (`EndpointStatus`). A value that matches none of them (one AWS added after this
 * version, or `undefined`) gives `undefined`.
 *
 * @since 0.1.0
 * @category conversions
 */
export function toApiEnumValue<V extends string>(value: string | undefined, known: { readonly values: readonly V[] } | readonly V[]): V | undefined {
  if (typeof value !== 'string') return undefined
  const values: readonly V[] = Array.isArray(known) ? known : (known as { readonly values: readonly V[] }).values
  if (values.includes(value as V)) return value as V
  return byNormalized(values).get(normalize(value)) as V | undefined
}
