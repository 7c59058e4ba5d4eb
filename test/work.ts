// Counts the work a call does without a clock: every call of the common built-in methods
// (array, string, map and set methods, Object.keys, regular expressions) while it runs. A
// linear algorithm makes about ten times the calls on an input ten times larger; a quadratic
// one a hundred times. A regular expression run over long input text by the module under test
// is recorded and stopped (its work is hidden from any counter, and a backtracking one would not
// return), as is a run that goes over its budget of calls.

type Method = (this: unknown, ...args: unknown[]) => unknown

const COUNTED: ReadonlyArray<[owner: object, names: readonly (string | symbol)[]]> = [
  [Array.prototype, ['every', 'some', 'filter', 'map', 'forEach', 'find', 'findIndex', 'includes', 'indexOf', 'push', 'slice', 'concat', 'join', 'reduce', 'flatMap']],
  [String.prototype, ['charCodeAt', 'codePointAt', 'indexOf', 'lastIndexOf', 'startsWith', 'endsWith', 'slice', 'substring', 'includes', 'trim', 'trimEnd', 'replace', 'replaceAll', 'split', 'toLowerCase']],
  [Map.prototype, ['get', 'set', 'has']],
  [Set.prototype, ['add', 'has']],
  [Object, ['keys', 'entries']],
  [RegExp.prototype, ['exec']],
]

export interface Work {
  /** Built-in method calls made. */
  readonly calls: number
  /** Regular expressions (their source) that `module` ran over `longText` or more characters. */
  readonly regexOverInput: readonly string[]
  /** Whether the run was stopped for going over `budget` calls. */
  readonly overBudget: boolean
}

class Stop extends Error {}

/**
 * Runs `run` with the built-ins counted. `module` is a path fragment (`/src/sfn/`): a regular
 * expression called from there over `longText` characters or more is recorded and stopped.
 */
export function countWork(run: () => unknown, options: { readonly module: string; readonly longText: number; readonly budget: number }): Work {
  let calls = 0
  let overBudget = false
  const regexOverInput: string[] = []
  const originals: Array<[object, string | symbol, PropertyDescriptor]> = []
  // Formatting a stack runs code (source maps) that must not count, nor recurse into the check.
  let inside = false
  const count = (): void => {
    if (inside) return
    if (++calls > options.budget) {
      overBudget = true
      throw new Stop('over budget')
    }
  }
  for (const [owner, names] of COUNTED) {
    for (const name of names) {
      const descriptor = Object.getOwnPropertyDescriptor(owner, name)!
      const original = descriptor.value as Method
      originals.push([owner, name, descriptor])
      const counted =
        owner === RegExp.prototype
          ? function (this: RegExp, text: unknown): unknown {
              count()
              if (!inside && String(text).length >= options.longText) {
                inside = true
                const stack = new Error().stack ?? ''
                inside = false
                if (stack.includes(options.module)) {
                  regexOverInput.push(this.source)
                  throw new Stop('a regular expression over the input')
                }
              }
              return original.call(this, text)
            }
          : function (this: unknown, ...args: unknown[]): unknown {
              count()
              return original.apply(this, args)
            }
      Object.defineProperty(owner, name, { ...descriptor, value: counted })
    }
  }
  try {
    run()
  } catch (e) {
    if (!(e instanceof Stop)) throw e
  } finally {
    for (const [owner, name, descriptor] of originals) Object.defineProperty(owner, name, descriptor)
  }
  return { calls, regexOverInput, overBudget }
}
