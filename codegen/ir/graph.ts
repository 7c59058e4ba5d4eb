import { type IR, dependencies } from './types.js'

/**
 * Strongly connected components of the shape graph (Tarjan), dependencies first. A component
 * with more than one shape, or one shape that refers to itself, is a recursive group. Shapes
 * are visited in name order, so the result is deterministic.
 */
export function stronglyConnected(ir: IR): string[][] {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const out: string[][] = []
  let counter = 0

  const visit = (name: string): void => {
    index.set(name, counter)
    low.set(name, counter)
    counter++
    stack.push(name)
    onStack.add(name)
    for (const dep of dependencies(ir.shapes[name]!).sort()) {
      if (!index.has(dep)) {
        visit(dep)
        low.set(name, Math.min(low.get(name)!, low.get(dep)!))
      } else if (onStack.has(dep)) {
        low.set(name, Math.min(low.get(name)!, index.get(dep)!))
      }
    }
    if (low.get(name) === index.get(name)) {
      const component: string[] = []
      let member: string
      do {
        member = stack.pop()!
        onStack.delete(member)
        component.push(member)
      } while (member !== name)
      out.push(component.sort())
    }
  }
  for (const name of Object.keys(ir.shapes).sort()) if (!index.has(name)) visit(name)
  return out
}

export function isRecursive(ir: IR, component: readonly string[]): boolean {
  if (component.length > 1) return true
  const only = component[0]!
  return dependencies(ir.shapes[only]!).includes(only)
}

/** Every shape reachable from `roots`, roots included. */
export function reachable(ir: IR, roots: Iterable<string>): Set<string> {
  const seen = new Set<string>()
  const todo = [...roots]
  while (todo.length > 0) {
    const name = todo.pop()!
    const shape = ir.shapes[name]
    if (seen.has(name) || shape === undefined) continue // an unknown name is validateIR's to report
    seen.add(name)
    todo.push(...dependencies(shape))
  }
  return seen
}
