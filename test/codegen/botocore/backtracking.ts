// A deliberately naive backtracking matcher over the translated pattern trees, which counts its
// steps: how much work a backtracking engine (V8's Irregexp is one) may do on an input, measured
// without a clock. It searches like `RegExp.prototype.test` (the patterns are not anchored) and
// follows ECMA-262's rules for repetition (an empty iteration past the minimum fails).
import { type Atom, type PatternNode, type SetItem, printPattern } from '../../../codegen/frontends/botocore/pattern.js'

export class BudgetExceeded extends Error {}

const atomTests = new WeakMap<object, RegExp>()
function atomMatches(node: Atom | (PatternNode & { type: 'set' }), cp: number): boolean {
  if (node.type === 'char') return node.cp === cp
  let test = atomTests.get(node)
  if (test === undefined) {
    test = new RegExp(`^${printPattern(node)}$`, 'u')
    atomTests.set(node, test)
  }
  return test.test(String.fromCodePoint(cp))
}

const isWord = (cp: number | undefined): boolean => cp !== undefined && /\w/.test(String.fromCodePoint(cp))

/** Searches `input` for `tree`; throws BudgetExceeded past `budget` steps. */
export function countSteps(tree: PatternNode, input: string, budget: number): { matched: boolean; steps: number } {
  const cps = [...input].map((c) => c.codePointAt(0)!)
  let steps = 0
  type Next = (pos: number) => boolean

  const match = (node: PatternNode, pos: number, next: Next): boolean => {
    if (++steps > budget) throw new BudgetExceeded()
    switch (node.type) {
      case 'seq':
        return sequence(node.items, 0, pos, next)
      case 'alt':
        return node.branches.some((b) => match(b, pos, next))
      case 'group':
        switch (node.kind) {
          case 'capture':
          case 'group':
            return match(node.body, pos, next)
          case 'ahead':
          case 'not-ahead':
            return match(node.body, pos, () => true) === (node.kind === 'ahead') && next(pos)
          default: {
            let found = false
            for (let start = pos; start >= 0 && !found; start--) found = match(node.body, start, (end) => end === pos)
            return found === (node.kind === 'behind') && next(pos)
          }
        }
      case 'repeat':
        return repeat(node, 0, pos, next)
      case 'assert':
        switch (node.kind) {
          case '^':
            return pos === 0 && next(pos)
          case '$':
            return pos === cps.length && next(pos)
          default:
            return (isWord(cps[pos - 1]) !== isWord(cps[pos])) === (node.kind === '\\b') && next(pos)
        }
      default:
        return pos < cps.length && atomMatches(node, cps[pos]!) && next(pos + 1)
    }
  }
  const sequence = (items: readonly PatternNode[], i: number, pos: number, next: Next): boolean =>
    i === items.length ? next(pos) : match(items[i]!, pos, (p) => sequence(items, i + 1, p, next))
  const repeat = (node: PatternNode & { type: 'repeat' }, count: number, pos: number, next: Next): boolean => {
    const more = (): boolean => count < node.max && match(node.body, pos, (p) => !(p === pos && count >= node.min) && repeat(node, count + 1, p, next))
    const stop = (): boolean => count >= node.min && next(pos)
    return node.lazy ? stop() || more() : more() || stop()
  }

  for (let start = 0; start <= cps.length; start++) {
    if (match(tree, start, () => true)) return { matched: true, steps }
  }
  return { matched: false, steps }
}

// Characters tried, in order, wherever an example needs one of a class.
const POOL = [...'aA0-_./: é😀\t!Z9z@+=,']

function firstMatching(node: Atom | SetItem | (PatternNode & { type: 'set' })): string {
  const found = POOL.find((c) => atomMatches(node as Atom, c.codePointAt(0)!))
  return found ?? ''
}

/** A loop of a pattern: where its first iteration starts in the example, and that iteration. */
export interface Loop {
  readonly at: number
  readonly iteration: string
}

/**
 * A deterministic example of what `tree` matches (lookarounds ignored) and every repetition in
 * it: the places where an attacker would pump text.
 */
export function example(tree: PatternNode): { text: string; loops: Loop[] } {
  const loops: Loop[] = []
  const walk = (node: PatternNode, at: number): string => {
    switch (node.type) {
      case 'seq': {
        let text = ''
        for (const item of node.items) text += walk(item, at + text.length)
        return text
      }
      case 'alt':
        return walk(node.branches[0]!, at)
      case 'group':
        return node.kind === 'capture' || node.kind === 'group' ? walk(node.body, at) : ''
      case 'repeat': {
        const iteration = walk(node.body, at)
        if (node.max > 1 && iteration !== '') loops.push({ at, iteration })
        return iteration.repeat(Math.min(Math.max(node.min, 1), node.max))
      }
      case 'assert':
        return ''
      case 'char':
        return String.fromCodePoint(node.cp)
      default:
        return firstMatching(node)
    }
  }
  return { text: walk(tree, 0), loops }
}

const SUFFIXES = ['', '!', '\u0000', ' ', '\n', '/']

/** Inputs of growing size `n` that pump every loop of `tree` and end where a match may fail. */
export function attacks(tree: PatternNode, n: number): string[] {
  const { text, loops } = example(tree)
  const out = new Set<string>()
  for (const { at, iteration } of loops) {
    for (const suffix of SUFFIXES) out.add(text.slice(0, at) + iteration.repeat(n) + suffix)
  }
  for (const c of POOL) out.add(`${c.repeat(n)}!`)
  return [...out]
}
