import { isRecursive, reachable, stronglyConnected } from '../ir/graph.js'
import { type IR, type Shape, dependencies } from '../ir/types.js'

/** Strict for what requests reach, lenient for what responses reach (ARCHITECTURE §4). */
export type Variant = 'strict' | 'lenient'

/** One generated module, by path under its output folder without extension. */
export interface ModulePlan {
  readonly path: string
  /** Shapes declared here, dependencies first. */
  readonly shapes: readonly string[]
  /** The operation this module is for, when it is an operation's module. */
  readonly operation?: string
  /** The event this module is for, when it is an event's module. */
  readonly event?: string
}

export interface Plan {
  readonly ir: IR
  /** Variants emitted for each shape. */
  readonly variants: ReadonlyMap<string, ReadonlySet<Variant>>
  /** The variant that carries each shape's own name, by the roles that reach it. */
  readonly primary: ReadonlyMap<string, Variant>
  /** Shapes in a recursive group (their codecs need `t.recursion`). */
  readonly recursive: ReadonlySet<string>
  readonly moduleOf: ReadonlyMap<string, string>
  readonly modules: readonly ModulePlan[]
  /** Whether the strict and lenient types differ (an enum is reachable). */
  readonly variantTypesDiffer: (shape: string) => boolean
}

export const SHARED_DIR = 'shapes'

/**
 * The variant that carries the shape's own name: strict when a request reaches it, else lenient.
 * The other variant, when emitted, gets a `Strict` or `Lenient` suffix.
 */
export function primaryVariant(plan: Plan, shape: string): Variant {
  return plan.primary.get(shape) ?? 'lenient'
}

export function variantName(plan: Plan, shape: string, variant: Variant): string {
  if (variant === primaryVariant(plan, shape)) return shape
  return `${shape}${variant === 'strict' ? 'Strict' : 'Lenient'}`
}

/**
 * `both`: every shape gets its strict and its lenient variant (the API: a response can be
 * checked strictly, a request leniently, on demand). `roles`: only the variants the roles that
 * reach a shape need (events are read leniently only).
 */
export type VariantPolicy = 'both' | 'roles'

export function planModules(ir: IR, policy: VariantPolicy = 'roles'): Plan {
  const variants = new Map<string, Set<Variant>>()
  const users = new Map<string, Set<string>>()
  // Roots: an operation's request (strict) and response (lenient), an event's detail and a
  // record (lenient).
  const roots: Array<readonly [owner: string, root: string | undefined, variant: Variant]> = [
    ...Object.values(ir.operations).flatMap((op) => [
      [op.name, op.input, 'strict'] as const,
      [op.name, op.output, 'lenient'] as const,
    ]),
    ...Object.values(ir.events ?? {}).map((e) => [e.name, e.detail, 'lenient'] as const),
    ...Object.values(ir.records ?? {}).map((r) => [r.name, r.shape, 'lenient'] as const),
  ]
  for (const [owner, root, variant] of roots) {
    if (root === undefined) continue
    for (const name of reachable(ir, [root])) {
      variants.set(name, (variants.get(name) ?? new Set()).add(variant))
      users.set(name, (users.get(name) ?? new Set()).add(owner))
    }
  }

  const primary = new Map([...variants].map(([name, roles]) => [name, roles.has('strict') ? ('strict' as const) : ('lenient' as const)]))
  if (policy === 'both') for (const name of variants.keys()) variants.set(name, new Set(['strict', 'lenient']))

  const components = stronglyConnected(ir).filter((c) => c.some((n) => variants.has(n)))
  const recursive = new Set(components.filter((c) => isRecursive(ir, c)).flat())
  const moduleOf = new Map<string, string>()
  const order: string[] = []
  for (const component of components) {
    const componentUsers = new Set(component.flatMap((n) => [...(users.get(n) ?? [])]))
    const path = componentUsers.size === 1 ? [...componentUsers][0]! : `${SHARED_DIR}/${component[0]}`
    for (const name of component) {
      moduleOf.set(name, path)
      order.push(name)
    }
  }

  const owners = [...Object.keys(ir.operations), ...Object.keys(ir.events ?? {}), ...Object.keys(ir.records ?? {})]
  const byPath = new Map<string, string[]>(owners.map((owner) => [owner, []]))
  for (const name of order) byPath.set(moduleOf.get(name)!, [...(byPath.get(moduleOf.get(name)!) ?? []), name])
  const modules = [...byPath.keys()].sort().map((path) => {
    const operation = ir.operations[path] === undefined ? undefined : path
    const event = ir.events?.[path] === undefined ? undefined : path
    return { path, shapes: byPath.get(path)!, ...(operation === undefined ? {} : { operation }), ...(event === undefined ? {} : { event }) }
  })

  // A fixpoint, so that recursive groups settle.
  const differs = new Set(Object.values(ir.shapes).filter((s) => s.kind === 'enum').map((s) => s.name))
  for (let changed = true; changed; ) {
    changed = false
    for (const shape of Object.values(ir.shapes) as Shape[]) {
      if (!differs.has(shape.name) && dependencies(shape).some((d) => differs.has(d))) {
        differs.add(shape.name)
        changed = true
      }
    }
  }
  const variantTypesDiffer = (name: string): boolean => differs.has(name)

  return { ir, variants, primary, recursive, moduleOf, modules, variantTypesDiffer }
}
