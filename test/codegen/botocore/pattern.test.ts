// botocore patterns (Java and Python syntax) as ECMA-262 sources for `new RegExp(source, 'u')`:
// the translation rules, each reviewed list of overlays/botocore-patterns.ts against the vendored
// model, and the backtracking each translated pattern can cause, counted in steps.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as _ from '../../../codegen/frontends/botocore/pattern.js'
import { NESTED_REPETITION_PATTERNS, TRANSLATED_PATTERNS, UNTRANSLATABLE_PATTERNS } from '../../../codegen/overlays/botocore-patterns.js'
import { root } from '../../generated/api/boto3-seed.js'
import { BudgetExceeded, attacks, countSteps } from './backtracking.js'

const translated = (pattern: string): Extract<_.Translation, { ok: true }> => {
  const t = _.translatePattern(pattern)
  if (!t.ok) throw new Error(`${pattern}: ${t.reason}`)
  return t
}

describe('translatePattern', () => {
  const cases: Array<[string, { given: string; want: string; changes?: number }]> = [
    ['an ECMA-262 pattern, as written', { given: 'arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+', want: 'arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+' }],
    ['lookarounds, lazy and bounded repetition, as written', { given: '(?!^[.-])^(?<=x)?([a-z]{2,}?)(?<!-)\\b', want: '(?!^[.-])^([a-z]{2,}?)(?<!-)\\b', changes: 1 }],
    ['identity escapes in a class', { given: '[a-zA-Z0-9\\ \\_\\.]+', want: '[a-zA-Z0-9 _\\.]+', changes: 2 }],
    ['an escaped - outside a class', { given: '[a-z]+\\-[0-9a-z\\-]+', want: '[a-z]+-[0-9a-z\\-]+', changes: 1 }],
    ['POSIX \\p{Alnum} in a class', { given: 'arn:[\\p{Alnum}\\-]+', want: 'arn:[a-zA-Z0-9\\-]+', changes: 1 }],
    ['POSIX classes outside a class', { given: '\\p{Alpha}\\P{Digit}', want: '[a-zA-Z][^0-9]', changes: 2 }],
    ['a quantified end of input', { given: '(a*)${1,128}', want: '(a*)$', changes: 1 }],
    ['a lookahead quantified to nothing', { given: '(?=a){0,2}b', want: 'b', changes: 1 }],
    ['a one-letter property', { given: '\\pL+', want: '\\p{L}+', changes: 1 }],
    ['\\A and \\z', { given: '\\Aab\\z', want: '^ab$', changes: 2 }],
    ["Python's literal brace and {,m}", { given: 'a{x{,3}}', want: 'a\\{x{0,3}\\}', changes: 3 }],
    ['a - beside a class escape', { given: '[\\w-a]', want: '[\\w\\-a]', changes: 1 }],
    ['a Python named group', { given: '(?P<year>\\d{4})', want: '(?<year>\\d{4})', changes: 1 }],
    ['a comment group', { given: 'a(?#why)b', want: 'ab', changes: 1 }],
    ['a surrogate pair range, as written', { given: '[\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*', want: '[\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*' }],
    ["Java's \\x{...}, as the character", { given: '\\x{1F600}', want: '😀', changes: 1 }],
  ]
  it.each(cases)('%s', (_name, { given, want, changes = 0 }) => {
    const t = translated(given)
    expect(t.source).toBe(want)
    expect(t.changes).toHaveLength(changes)
    expect(() => new RegExp(t.source, 'u')).not.toThrow()
  })

  const untranslatable: Array<[string, { given: string; want: RegExp }]> = [
    ['inline flags', { given: '(?i)abc', want: /inline flags/ }],
    ['an atomic group', { given: '(?>a+)b', want: /atomic groups/ }],
    ['a possessive quantifier', { given: 'a*+b', want: /possessive/ }],
    ['a backreference', { given: '(a)\\1', want: /backreference/ }],
    ['a class intersection', { given: '[a-z&&[^aeiou]]', want: /intersection/ }],
    ['a POSIX bracket expression', { given: '[[:alpha:]]', want: /class inside a class/ }],
    ['a Java-only property', { given: '\\p{IsAlphabetic}', want: /not an ECMA-262 property/ }],
    ["\\v, a class in Java and a character in Python", { given: 'a\\vb', want: /vertical/ }],
    ["\\Z, which Java and Python read differently", { given: 'a\\Z', want: /final line terminator/ }],
    ['\\Q...\\E quoting', { given: '\\Qa.b\\E', want: /quoting/ }],
    ['a quantifier on a quantifier', { given: 'a{2}{3}', want: /on a quantifier/ }],
    ['an unknown escape', { given: '\\y', want: /no ECMA-262 equivalent/ }],
    ['an unbalanced group', { given: 'a)', want: /unbalanced/ }],
  ]
  it.each(untranslatable)('reports %s', (_name, { given, want }) => {
    const t = _.translatePattern(given)
    expect(t.ok).toBe(false)
    expect(t.ok ? '' : t.reason).toMatch(want)
  })

  // What Java's java.util.regex finds (Matcher.find) for the original pattern, checked once by
  // hand against OpenJDK 17; the translation must find the same in the same input.
  const java: Array<[string, { pattern: string; input: string; finds: boolean }]> = [
    ['$ repeated: still the end', { pattern: '([a]*)${1,128}', input: 'b', finds: true }],
    ['$ repeated: not before another character', { pattern: 'x${1,3}', input: 'xy', finds: false }],
    ['\\p{Alnum} is ASCII', { pattern: 'arn:[\\p{Alnum}\\-]+:x', input: 'arn:aé:x', finds: false }],
    ['\\p{Alnum} and -', { pattern: 'arn:[\\p{Alnum}\\-]+:x', input: 'arn:a-1:x', finds: true }],
    ['an escaped space', { pattern: '[a-zA-Z0-9\\ \\_\\.]+', input: ' ', finds: true }],
    ['an escaped space, not any character', { pattern: '[a-zA-Z0-9\\ \\_\\.]+', input: '!', finds: false }],
    ['an escaped - outside a class', { pattern: '[a-z]+\\-[0-9a-z\\-]+', input: 'ab-c', finds: true }],
    ['an escaped - is no class', { pattern: '[a-z]+\\-[0-9a-z\\-]+', input: 'ab_c', finds: false }],
    ['\\p{Alpha} is ASCII', { pattern: '\\p{Alpha}+', input: 'é', finds: false }],
    ['- beside \\w', { pattern: '[\\w-a]', input: '-', finds: true }],
    ['a surrogate pair range is the astral planes', { pattern: '[\\uD800\\uDC00-\\uDBFF\\uDFFF]', input: '😀', finds: true }],
  ]
  it.each(java)('finds what Java finds: %s', (_name, { pattern, input, finds }) => {
    expect(new RegExp(translated(pattern).source, 'u').test(input)).toBe(finds)
  })

  // Where ECMA-262 and Java read the same syntax differently, the package follows ECMA-262, as
  // Smithy defines `pattern`. Running every model pattern against java.util.regex (OpenJDK 17, on
  // 29,587 inputs) found these three differences and no other.
  const ecmaNotJava: Array<[string, { pattern: string; input: string; finds: boolean }]> = [
    ['$ is the very end (in Java also before a final line terminator)', { pattern: '(?=.{1,32}$)[a-z]+', input: 'abc\n', finds: false }],
    ['\\s holds Unicode spaces such as U+00A0 (in Java ASCII only)', { pattern: '[\\S]+', input: '\u00a0', finds: false }],
    ['. matches U+0085 (in Java a line terminator)', { pattern: '.+', input: '\u0085', finds: true }],
  ]
  it.each(ecmaNotJava)('reads as ECMA-262 does: %s', (_name, { pattern, input, finds }) => {
    expect(new RegExp(translated(pattern).source, 'u').test(input)).toBe(finds)
  })
})

describe('the patterns of the vendored botocore model', () => {
  const model = JSON.parse(readFileSync(join(root, 'codegen/sources/botocore/sagemaker/2017-07-24/service-2.json'), 'utf8')) as {
    shapes: Record<string, { pattern?: string }>
  }
  const patterns = [...new Set(Object.values(model.shapes).flatMap((s) => (s.pattern === undefined ? [] : [s.pattern])))].sort()
  const results = new Map(patterns.map((p) => [p, _.translatePattern(p)]))
  const ok = [...results].flatMap(([p, t]) => (t.ok ? [[p, t] as const] : []))

  it('translates every pattern, or lists it as untranslatable (no stale entries)', () => {
    const failing = [...results].filter(([, t]) => !t.ok).map(([p]) => p)
    expect(failing.sort()).toEqual(UNTRANSLATABLE_PATTERNS.map((u) => u.pattern).sort())
  })

  it('changes exactly the reviewed patterns, into the reviewed sources', () => {
    const changed = ok.filter(([p, t]) => t.source !== p).map(([p, t]) => ({ pattern: p, translation: t.source }))
    expect(changed).toEqual(TRANSLATED_PATTERNS.map(({ pattern, translation }) => ({ pattern, translation })).sort((a, b) => (a.pattern < b.pattern ? -1 : 1)))
  })

  it('gives sources that compile in Unicode mode and translate to themselves', () => {
    for (const [p, t] of ok) {
      expect(() => new RegExp(t.source, 'u'), p).not.toThrow()
      expect(translated(t.source).source, p).toBe(t.source)
    }
  })

  it('has nested repetitions only in the reviewed patterns', () => {
    const nested = ok.filter(([, t]) => _.hasNestedQuantifiers(t.tree)).map(([p]) => p)
    expect(nested).toEqual(NESTED_REPETITION_PATTERNS.map((n) => n.pattern).sort())
  })

  // Pumping every loop of every pattern with twice the text may cost a backtracking search a
  // factor of 4 (the search tries each start: quadratic) and rarely more; catastrophic
  // backtracking costs a factor of thousands, or the whole budget.
  const BUDGET = 200_000
  const worst = (tree: _.PatternNode, n: number): number =>
    Math.max(
      ...attacks(tree, n).map((input) => {
        try {
          return countSteps(tree, input, BUDGET).steps
        } catch (error) {
          if (error instanceof BudgetExceeded) return Infinity
          throw error
        }
      }),
    )
  const growth = (tree: _.PatternNode): { small: number; large: number } => ({ small: worst(tree, 12), large: worst(tree, 24) })

  it('backtracks at most polynomially on pumped inputs (steps counted, not timed)', () => {
    const steep = ok
      .map(([p, t]) => ({ pattern: p, ...growth(t.tree) }))
      .filter(({ small, large }) => !(large <= 8 * small && large < BUDGET))
    expect(steep).toEqual([])
  })

  it.each(['(a+)+b', '([a-z]*[a-z])*!', '^(\\d+)*$', '[a-z0-9]([-a-z0-9]*[a-z0-9])*:'])('would catch catastrophic backtracking in %s', (pattern) => {
    const { small, large } = growth(translated(pattern).tree)
    expect(large <= 8 * small && large < BUDGET).toBe(false)
  })

  it('counts as a RegExp finds', () => {
    for (const [p, t] of ok) {
      const regexp = new RegExp(t.source, 'u')
      for (const input of attacks(t.tree, 3)) expect(countSteps(t.tree, input, BUDGET).matched, `${p} on ${JSON.stringify(input)}`).toBe(regexp.test(input))
    }
  })
})
