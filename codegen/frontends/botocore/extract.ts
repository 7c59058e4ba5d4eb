// What the project keeps of a botocore service model: the facts (operations, shapes, types,
// required members, enums, min/max/pattern, ...) without AWS's prose.

/** Keys whose values are AWS's own words (HTML descriptions, deprecation notes), never facts. */
export const PROSE_KEYS: readonly string[] = ['documentation', 'deprecatedMessage']

// Objects keep the order of their entries where the order is the model's (operations, shapes,
// members: a structure's members are emitted in this order); the keys of every other object are
// sorted, so the extract does not depend on how the source happened to order traits.
const ORDERED = new Set(['operations', 'shapes', 'members'])

function strip(value: unknown, ordered: boolean): unknown {
  if (Array.isArray(value)) return value.map((v) => strip(v, false))
  if (value === null || typeof value !== 'object') return value
  const keys = Object.keys(value).filter((k) => !PROSE_KEYS.includes(k))
  if (!ordered) keys.sort()
  const out: Record<string, unknown> = {}
  for (const key of keys) {
    // Entries of an ordered map are objects keyed by name: their own keys are sorted.
    Object.defineProperty(out, key, { value: strip((value as Record<string, unknown>)[key], !ordered && ORDERED.has(key)), enumerable: true })
  }
  return out
}

/** The model without prose, as the text the project vendors (2-space JSON, LF, final newline). */
export function extractBotocoreModel(model: unknown): string {
  return `${JSON.stringify(strip(model, false), null, 2)}\n`
}

/** Every path (`shapes.X.members.Y.documentation`) at which `value` still holds a prose key. */
export function proseKeys(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => proseKeys(v, `${path}[${i}]`))
  if (value === null || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([k, v]) => [
    ...(PROSE_KEYS.includes(k) ? [`${path}${path === '' ? '' : '.'}${k}`] : []),
    ...proseKeys(v, `${path}${path === '' ? '' : '.'}${k}`),
  ])
}
