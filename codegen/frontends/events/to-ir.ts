import { itemName } from '../boto3/naming.js'
import type { EventDefinition, IR, Member, Shape, TypeRef } from '../../ir/types.js'
import { type Inferred, inferValue, merge, withSchema } from './infer.js'
import { eventName } from './names.js'
import type { SchemaRegistryEvent } from './schema-registry.js'

/** What one detail-type's event sources hold. */
export interface EventSources {
  readonly detailType: string
  /** The `detail` of every example payload. */
  readonly details: readonly unknown[]
  readonly schema?: SchemaRegistryEvent
}

/**
 * Knowledge about one detail-type that its examples do not carry (codegen/overlays/events.ts).
 */
export interface EventOverlay {
  readonly detailType: string
  /** The API structure whose members type the detail's members of the same name. */
  readonly api?: string
  /** API structures for particular detail members, where the detail wraps one. */
  readonly apiMembers?: Readonly<Record<string, string>>
  /** Detail members that name the resource and that every event carries: required. */
  readonly identity: readonly string[]
  /** Detail members (dotted paths) that are timestamps though no API member says so. */
  readonly timestamps?: readonly string[]
  /** Detail members whose event form differs from the API's: `string-map` is `{ key: value }`. */
  readonly forms?: Readonly<Record<string, 'string-map'>>
  /**
   * Members of `api` the detail leaves out, each with the reviewed reason (every other member of
   * `api` is in the detail: test/codegen/events/describe-members.test.ts).
   */
  readonly notInEvent?: Readonly<Record<string, string>>
  /** Why the detail is typed as it is, when no example shows it (one line, for SOURCES.md). */
  readonly why?: string
  /**
   * The detail shape the detail-types of a group share while none has an example or schema (their
   * details are then identical: declared once, `<Name>Detail` is an alias). A detail-type with an
   * example gets a detail of its own.
   */
  readonly sharedDetail?: string
}

type Kind = TypeRef['kind'] | Shape['kind']

// Which API kinds can describe what the examples show; the API is then taken (in event form).
const COMPATIBLE: Readonly<Record<Inferred['kind'], readonly Kind[]>> = {
  unknown: ['string', 'integer', 'number', 'boolean', 'timestamp', 'blob', 'document', 'list', 'map', 'structure', 'union', 'enum'],
  string: ['string', 'enum', 'timestamp', 'blob', 'document'],
  number: ['number', 'integer', 'timestamp', 'enum', 'document'],
  boolean: ['boolean', 'document'],
  mixed: ['timestamp', 'document'],
  list: ['list', 'document'],
  object: ['structure', 'union', 'map', 'document'],
}

/**
 * IR for SageMaker events: each detail inferred from its examples (merged) and the schema
 * registry, its members typed by the API model where the overlay points at an API shape and
 * the forms agree, plus every member of that API shape that no example shows (save the
 * overlay's `notInEvent`). API shapes inside events keep their names but every member is
 * optional (events carry what they carry); only the overlay's identity members are required.
 * A detail-type with no example and no API shape is an open record: no member typed, every
 * member kept.
 */
export function eventsToIR(sources: readonly EventSources[], overlays: readonly EventOverlay[], model: IR, source: string): IR {
  const shapes: Record<string, Shape> = {}
  const events: Record<string, EventDefinition> = {}
  const overlayOf = new Map(overlays.map((o) => [o.detailType, o]))

  const kindOf = (ref: TypeRef): Kind => (ref.kind === 'ref' ? model.shapes[ref.name]!.kind : ref.kind)
  const compatible = (inferred: Inferred, api: TypeRef): boolean => {
    const kind = kindOf(api)
    if (kind === 'enum' && inferred.kind !== 'unknown') {
      const shape = model.shapes[(api as { name: string }).name] as Shape & { kind: 'enum' }
      return (shape.valueType === 'integer') === (inferred.kind === 'number')
    }
    return COMPATIBLE[inferred.kind].includes(kind)
  }

  // An API shape in event form: same name, every member optional.
  const fromApi = (ref: TypeRef): TypeRef => {
    switch (ref.kind) {
      case 'ref': {
        const name = ref.name
        if (shapes[name] === undefined) {
          const api = model.shapes[name]!
          if (api.kind === 'enum') shapes[name] = api
          else {
            shapes[name] = { ...api, members: [] }
            shapes[name] = { ...api, members: api.members.map((m) => ({ ...m, required: false, target: fromApi(m.target) })) }
          }
        }
        return ref
      }
      case 'list':
        return { kind: 'list', item: fromApi(ref.item) }
      case 'map':
        return { kind: 'map', key: fromApi(ref.key), value: fromApi(ref.value) }
      default:
        return ref
    }
  }

  const reserveName = (wanted: string): string => {
    let name = wanted
    for (let n = 2; shapes[name] !== undefined || model.shapes[name] !== undefined; n++) name = `${wanted}${n}`
    return name
  }

  for (const entry of [...sources].sort((a, b) => (a.detailType < b.detailType ? -1 : 1))) {
    const overlay = overlayOf.get(entry.detailType)
    if (overlay === undefined) throw new Error(`no overlay for event ${JSON.stringify(entry.detailType)} (codegen/overlays/events.ts)`)
    const name = eventName(entry.detailType)
    let inferred = entry.details.map(inferValue).reduce(merge, { kind: 'unknown' } as Inferred)
    if (entry.schema !== undefined) inferred = withSchema(inferred, entry.schema.detail)
    if (inferred.kind !== 'object') inferred = { kind: 'object', members: new Map() }
    const apiShape = overlay.api === undefined ? undefined : model.shapes[overlay.api]
    if (overlay.api !== undefined && apiShape?.kind !== 'structure') throw new Error(`${entry.detailType}: API shape ${overlay.api} is not a structure`)
    for (const m of Object.keys(overlay.notInEvent ?? {})) {
      if (apiShape?.kind !== 'structure' || !apiShape.members.some((a) => a.name === m)) throw new Error(`${entry.detailType}: notInEvent names ${m}, not a member of ${overlay.api}`)
    }

    const build = (value: Inferred, api: TypeRef | undefined, path: readonly string[], owner: string): TypeRef => {
      const dotted = path.join('.')
      if (overlay.timestamps?.includes(dotted)) return { kind: 'timestamp' }
      if (path.length === 1 && overlay.forms?.[path[0]!] === 'string-map') {
        return { kind: 'map', key: { kind: 'string' }, value: { kind: 'string' } }
      }
      if (api !== undefined && compatible(value, api)) return fromApi(api)
      switch (value.kind) {
        case 'string':
        case 'number':
        case 'boolean':
          return { kind: value.kind }
        case 'unknown':
        case 'mixed':
          return { kind: 'document' }
        case 'list':
          return { kind: 'list', item: build(value.item, api?.kind === 'list' ? api.item : undefined, [...path, '[]'], itemName(owner)) }
        case 'object':
          return { kind: 'ref', name: structure(value, api, path, owner) }
      }
    }

    const structure = (value: Inferred & { kind: 'object' }, api: TypeRef | undefined, path: readonly string[], owner: string): string => {
      const shapeName = path.length === 0 ? detailName : reserveName(`${name}${owner}`)
      shapes[shapeName] = { kind: 'structure', name: shapeName, members: [] }
      const apiStructure = api?.kind === 'ref' ? model.shapes[api.name] : path.length === 0 ? apiShape : undefined
      // Every member of the API structure, also those no example shows (an event mirrors the
      // resource's Describe response): typed by the API, in event form, optional.
      const all = new Map(value.members)
      if (apiStructure?.kind === 'structure') {
        for (const m of apiStructure.members) {
          if (!all.has(m.name) && !(path.length === 0 && overlay.notInEvent?.[m.name] !== undefined)) all.set(m.name, { kind: 'unknown' })
        }
      }
      const members: Member[] = [...all].map(([memberName, memberValue]) => {
        const apiMember =
          path.length === 0 && overlay.apiMembers?.[memberName] !== undefined
            ? ({ kind: 'ref', name: overlay.apiMembers[memberName]! } as const)
            : apiStructure?.kind === 'structure' || apiStructure?.kind === 'union'
              ? apiStructure.members.find((m) => m.name === memberName)?.target
              : undefined
        const required = path.length === 0 && overlay.identity.includes(memberName)
        return { name: memberName, required, target: build(memberValue, apiMember, [...path, memberName], memberName) }
      })
      for (const id of path.length === 0 ? overlay.identity : []) {
        if (!value.members.has(id)) throw new Error(`${entry.detailType}: identity member ${id} is in no example`)
      }
      const open = path.length === 0 && members.length === 0 && apiShape === undefined
      shapes[shapeName] = { kind: 'structure', name: shapeName, members, ...(open ? { open: true as const } : {}) }
      return shapeName
    }

    const shared = overlay.sharedDetail !== undefined && entry.details.length === 0 && entry.schema === undefined
    const detailName = shared ? overlay.sharedDetail! : `${name}Detail`
    const detail = shared && shapes[detailName] !== undefined ? detailName : structure(inferred, undefined, [], name)
    const typedFrom = { examples: entry.details.length, schema: entry.schema !== undefined, ...(overlay.api === undefined ? {} : { api: overlay.api }) }
    events[name] = { name, detailType: entry.detailType, detail, typedFrom }
  }

  const sorted = Object.fromEntries(Object.entries(shapes).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
  return { source, shapes: sorted, operations: {}, events }
}
