/**
 * How the boto3 front-end names shapes, since the syntax gives none:
 *
 * 1. A structure or enum is named after the member that holds it. A list item or map value
 *    takes the singular of its member's name (`ProcessingInputs` -> `ProcessingInput`,
 *    `FinalMetricDataList` -> `FinalMetricData`, `Statuses` -> `Status`), or the name plus
 *    `Item`/`Value` when the name is not plural. An enum map key takes the name plus `Key`.
 * 2. Structurally identical shapes (same members in the same order with the same types, or
 *    the same enum values) are one shape. When its holders name it differently, the
 *    alphabetically first name wins (`CreatedBy` over `LastModifiedBy`).
 * 3. When different shapes want the same name, each is prefixed with the name its parent
 *    wanted (`ClusterConfigInstanceType`, `ResourceConfigInstanceType`); the alphabetically
 *    first parent name when it has several.
 * 4. Any name still taken after that gets a number (`2`, `3`, ...) in the order of the
 *    shapes' structural keys, which depends on the shapes only, not on traversal order.
 */
export function singular(name: string): string | undefined {
  if (name.endsWith('List') && name.length > 4) return name.slice(0, -4)
  if (/ies$/.test(name)) return `${name.slice(0, -3)}y`
  if (/(?:ss|us|x|ch|sh)es$/.test(name)) return name.slice(0, -2)
  if (/[^s]s$/.test(name)) return name.slice(0, -1)
  return undefined
}

/**
 * A member name as the start of a shape name: an exported identifier in PascalCase. Members of
 * some services are camelCase (`stateMachineArn`), and a page may hold any quoted name.
 */
export function typeName(member: string): string {
  const joined = member
    .split(/[^A-Za-z0-9_]+/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('')
    .replace(/^_+/, '')
  const name = joined.charAt(0).toUpperCase() + joined.slice(1)
  return /^[A-Z]/.test(name) ? name : `Shape${name}`
}

export const itemName = (holder: string): string => singular(holder) ?? `${holder}Item`
export const mapValueName = (holder: string): string => singular(holder) ?? `${holder}Value`
export const mapKeyName = (holder: string): string => `${itemName(holder)}Key`

export interface NameRequest {
  /** Identity of the shape: equal keys are one shape. */
  readonly key: string
  readonly wanted: string
  readonly parentWanted: string
}

/** Resolves names for shapes by the rules above; `reserved` names are never handed out. */
export function assignNames(requests: readonly NameRequest[], reserved: ReadonlySet<string>): Map<string, string> {
  const byKey = new Map<string, NameRequest[]>()
  for (const r of requests) {
    const holders = byKey.get(r.key)
    if (holders === undefined) byKey.set(r.key, [r])
    else holders.push(r)
  }
  const keys = [...byKey.keys()].sort()
  const first = <T>(xs: T[], by: (x: T) => string): string => xs.map(by).sort()[0]!

  const chosen = new Map<string, string>()
  for (const key of keys) chosen.set(key, first(byKey.get(key)!, (r) => r.wanted))

  // Names are compared ignoring case: a shape's name is also its module's file name.
  const lower = (name: string): string => name.toLowerCase()
  const reservedLower = new Set([...reserved].map(lower))
  const wantedBy = new Map<string, string[]>()
  for (const key of keys) {
    const name = lower(chosen.get(key)!)
    const holders = wantedBy.get(name)
    if (holders === undefined) wantedBy.set(name, [key])
    else holders.push(key)
  }
  for (const [name, holders] of wantedBy) {
    if (holders.length < 2 && !reservedLower.has(name)) continue
    for (const key of holders) {
      const wanted = chosen.get(key)!
      const parents = byKey.get(key)!.filter((r) => r.wanted === wanted)
      chosen.set(key, `${first(parents, (r) => r.parentWanted)}${wanted}`)
    }
  }

  const taken = new Set(reservedLower)
  const nextNumber = new Map<string, number>()
  const out = new Map<string, string>()
  for (const key of keys) {
    const base = chosen.get(key)!
    let name = base
    // Resume numbering where the last shape of this base stopped: many shapes of one name stay linear.
    let n = nextNumber.get(lower(base)) ?? 2
    while (taken.has(lower(name))) name = `${base}${n++}`
    nextNumber.set(lower(base), n)
    taken.add(lower(name))
    out.set(key, name)
  }
  return out
}
