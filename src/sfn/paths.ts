import { suggest } from '../suggest.js'

// Syntax checks for what a JSONPath state evaluates at run time: paths into the input, the
// context object or a variable, and intrinsic functions. Each check returns a message saying
// what is wrong, or `undefined` when the text is well formed. They scan once, left to right,
// with bounded nesting, so no input makes them slow or deep.

/** Deepest nesting of intrinsic calls, brackets and parentheses a check follows. */
const MAX_DEPTH = 32

/**
 * Intrinsic functions Step Functions provides, with how many arguments each takes
 * (`undefined`: any number from the minimum on).
 */
const INTRINSICS: Readonly<Record<string, readonly [min: number, max: number | undefined]>> = {
  'States.Array': [0, undefined],
  'States.ArrayContains': [2, 2],
  'States.ArrayGetItem': [2, 2],
  'States.ArrayLength': [1, 1],
  'States.ArrayPartition': [2, 2],
  'States.ArrayRange': [3, 3],
  'States.ArrayUnique': [1, 1],
  'States.Base64Decode': [1, 1],
  'States.Base64Encode': [1, 1],
  'States.Format': [1, undefined],
  'States.Hash': [2, 2],
  'States.JsonMerge': [3, 3],
  'States.JsonToString': [1, 1],
  'States.MathAdd': [2, 2],
  'States.MathRandom': [2, 3],
  'States.StringSplit': [2, 2],
  'States.StringToJson': [1, 1],
  'States.UUID': [0, 0],
}

/**
 * Names of the intrinsic functions Step Functions provides.
 *
 * @since 0.1.0
 * @category validation
 */
export const INTRINSIC_FUNCTIONS: readonly string[] = Object.keys(INTRINSICS)

// A dotted member name ends at the next `.` or `[`; these never belong in one.
const NOT_IN_NAME = /[\s\]'"(),]/

// Input text is scanned by hand, never by a regular expression: a pattern such as `\s*-?\d*\s*`
// backtracks on runs of spaces, and an unanchored one restarts at every position. (The one
// above only ever sees one character.)
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9'
const isLetter = (c: string | undefined): boolean => c !== undefined && ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))
const isWordStart = (c: string | undefined): boolean => isLetter(c) || c === '_'

/** Index just past the run of characters from `start` that `accept` takes. */
function skipWhile(text: string, start: number, accept: (c: string | undefined) => boolean): number {
  let i = start
  while (i < text.length && accept(text[i])) i++
  return i
}

/** `-?\d+` (`-?\d*` when `empty` allows nothing at all), after trimming spaces. */
function isInteger(part: string, empty: boolean): boolean {
  const text = part.trim()
  if (text === '') return empty
  const digits = text[0] === '-' ? 1 : 0
  return text.length > digits && skipWhile(text, digits, isDigit) === text.length
}

/** An index list (`0`, `-1, 2`) or a slice (`1:3`, `:2`, `::-1`), spaces allowed around each number. */
function isIndexSelector(inner: string): boolean {
  if (inner.split(',').every((part) => isInteger(part, false))) return true
  const slice = inner.split(':')
  return (slice.length === 2 || slice.length === 3) && slice.every((part) => isInteger(part, true))
}

class SyntaxProblem extends Error {}

function fail(message: string): never {
  throw new SyntaxProblem(message)
}

const at = (i: number): string => `at character ${i + 1}`

/** Index just past the quoted text that starts at `start` (a `'` or `"`), honouring `\` escapes. */
function skipQuoted(text: string, start: number): number {
  const quote = text[start]!
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++
    else if (text[i] === quote) return i + 1
  }
  return fail(`unclosed ${quote}...${quote} ${at(start)}`)
}

/** Index just past the `)` matching the `(` at `start`, skipping quoted text. */
function skipParenthesised(text: string, start: number): number {
  let depth = 0
  for (let i = start; i < text.length; i++) {
    const c = text[i]
    if (c === "'" || c === '"') i = skipQuoted(text, i) - 1
    else if (c === '(') {
      if (++depth > MAX_DEPTH) fail(`nested too deeply ${at(i)}`)
    } else if (c === ')' && --depth === 0) return i + 1
  }
  return fail(`unclosed ( ${at(start)}`)
}

/** Index just past the `[...]` selector that starts at `start`. */
function skipBracket(text: string, start: number): number {
  let i = start + 1
  while (text[i] === ' ') i++
  const c = text[i]
  if (c === "'" || c === '"') {
    // ['name'] or ['a', 'b']
    for (;;) {
      if (text[i] !== "'" && text[i] !== '"') fail(`expected a quoted name ${at(i)}`)
      i = skipQuoted(text, i)
      while (text[i] === ' ') i++
      if (text[i] === ']') return i + 1
      if (text[i] !== ',') fail(`expected , or ] ${at(i)}`)
      i++
      while (text[i] === ' ') i++
    }
  }
  if (c === '?' || c === '(') {
    // [?(@.price < 10)] filters and [(@.length-1)] scripts
    const open = c === '?' ? i + 1 : i
    if (text[open] !== '(') fail(`expected ( after ? ${at(open)}`)
    i = skipParenthesised(text, open)
    while (text[i] === ' ') i++
    if (text[i] !== ']') fail(`expected ] ${at(i)}`)
    return i + 1
  }
  const close = text.indexOf(']', i)
  if (close < 0) fail(`unclosed [ ${at(start)}`)
  const inner = text.slice(i, close)
  if (inner.trim() === '*' || isIndexSelector(inner)) return close + 1
  return fail(`expected an index, a slice, a quoted name, * or a filter in [${inner}] ${at(start)}`)
}

/** Index just past a dotted member name (or `*`) that starts at `start`. */
function skipName(text: string, start: number): number {
  if (text[start] === '*') return start + 1
  let i = start
  while (i < text.length && text[i] !== '.' && text[i] !== '[') {
    if (text[i] === '(' && text.startsWith('()', i)) {
      // a function such as length() ends the path
      return i + 2
    }
    if (NOT_IN_NAME.test(text[i]!)) fail(`unexpected ${JSON.stringify(text[i])} in a member name ${at(i)} (quote such names: ['a name'])`)
    i++
  }
  if (i === start) fail(`expected a member name ${at(start)}`)
  return i
}

/** Checks a whole path; throws {@link SyntaxProblem}. */
function scanPath(text: string): void {
  if (text[0] !== '$') fail('a path starts with $')
  let i = 1
  if (text[1] === '$') i = 2
  else if (isWordStart(text[1])) i = skipWhile(text, 2, (c) => isWordStart(c) || isDigit(c))
  while (i < text.length) {
    const c = text[i]
    if (c === '.') {
      const deep = text[i + 1] === '.'
      i += deep ? 2 : 1
      i = deep && text[i] === '[' ? skipBracket(text, i) : skipName(text, i)
    } else if (c === '[') {
      i = skipBracket(text, i)
    } else {
      fail(`unexpected ${JSON.stringify(c)} ${at(i)}`)
    }
  }
}

function problemOf(scan: () => void): string | undefined {
  try {
    scan()
    return undefined
  } catch (e) {
    if (e instanceof SyntaxProblem) return e.message
    throw e
  }
}

/**
 * Checks a path as Step Functions reads it in a JSONPath state: `$` and `$.a.b[0]` (the
 * input), `$$.Execution.Input` (the context object), `$name.a` (a variable), with bracket
 * selectors (`['a b']`, `[*]`, `[0,1]`, `[1:3]`, `[?(@.x)]`) and deep scans (`$..x`).
 *
 * @returns what is wrong, or `undefined` when the path is well formed
 * @since 0.1.0
 * @category validation
 */
export function checkPath(text: string): string | undefined {
  return problemOf(() => scanPath(text))
}

/** Index just past the number (`-?\d+(\.\d+)?([eE][+-]?\d+)?`) at `start`, or `start` when there is none. */
function skipNumber(text: string, start: number): number {
  const digits = text[start] === '-' ? start + 1 : start
  let i = skipWhile(text, digits, isDigit)
  if (i === digits) return start
  if (text[i] === '.' && isDigit(text[i + 1])) i = skipWhile(text, i + 1, isDigit)
  if (text[i] === 'e' || text[i] === 'E') {
    const sign = text[i + 1] === '+' || text[i + 1] === '-' ? i + 2 : i + 1
    if (isDigit(text[sign])) i = skipWhile(text, sign, isDigit)
  }
  return i
}

const skipSpaces = (text: string, i: number): number => {
  while (text[i] === ' ') i++
  return i
}

/** `{}` placeholders in a States.Format template (escaped `\{` does not count). */
function placeholders(literal: string): number {
  let count = 0
  for (let i = 0; i < literal.length; i++) {
    if (literal[i] === '\\') i++
    else if (literal[i] === '{' && literal[i + 1] === '}') count++
  }
  return count
}

/** Parses the call that starts at `start`; returns the index just past its `)`. */
function scanCall(text: string, start: number, depth: number): number {
  if (depth > MAX_DEPTH) fail(`intrinsic functions nested too deeply ${at(start)}`)
  const nameEnd = text.startsWith('States.', start) ? skipWhile(text, start + 7, (c) => isLetter(c) || isDigit(c)) : start
  if (nameEnd <= start + 7) fail(`expected an intrinsic function (States.Format, States.Array, ...) ${at(start)}`)
  const name = text.slice(start, nameEnd)
  const arity = INTRINSICS[name]
  if (arity === undefined) {
    const meant = suggest(name, INTRINSIC_FUNCTIONS)
    fail(`unknown intrinsic function ${name}${meant === undefined ? '' : ` (did you mean ${meant}?)`}`)
  }
  let i = skipSpaces(text, nameEnd)
  if (text[i] !== '(') fail(`expected ( after ${name} ${at(i)}`)
  i = skipSpaces(text, i + 1)
  const args: Array<{ literal?: string }> = []
  if (text[i] === ')') i++
  else {
    for (;;) {
      i = skipSpaces(text, i)
      const c = text[i]
      if (c === "'") {
        const end = skipQuoted(text, i)
        args.push({ literal: text.slice(i + 1, end - 1) })
        i = end
      } else if (c === '$') {
        const end = pathEnd(text, i)
        const path = text.slice(i, end).trimEnd()
        const problem = checkPath(path)
        if (problem !== undefined) fail(`${problem} in the argument ${path}`)
        args.push({})
        i = end
      } else if (text.startsWith('States.', i)) {
        i = scanCall(text, i, depth + 1)
        args.push({})
      } else {
        const literal = ['true', 'false', 'null'].find((w) => text.startsWith(w, i))
        const number = skipNumber(text, i)
        if (literal !== undefined) i += literal.length
        else if (number > i) i = number
        else fail(c === undefined ? `unclosed ${name}(` : `expected an argument (a 'string', a number, a path or an intrinsic function) ${at(i)}`)
        args.push({})
      }
      i = skipSpaces(text, i)
      if (text[i] === ')') {
        i++
        break
      }
      if (text[i] !== ',') fail(text[i] === undefined ? `unclosed ${name}(` : `expected , or ) ${at(i)}`)
      i++
    }
  }
  const [min, max] = arity
  if (args.length < min || (max !== undefined && args.length > max)) {
    const wanted = max === undefined ? `at least ${min}` : min === max ? String(min) : `${min} to ${max}`
    fail(`${name} takes ${wanted} argument${wanted === '1' ? '' : 's'}, got ${args.length}`)
  }
  const template = args[0]?.literal
  if (name === 'States.Format' && template !== undefined && placeholders(template) !== args.length - 1) {
    fail(`States.Format: the template has ${placeholders(template)} {} placeholder(s) for ${args.length - 1} argument(s)`)
  }
  return i
}

/** Where a path argument ends: the `,` or `)` outside its brackets, parentheses and quotes. */
function pathEnd(text: string, start: number): number {
  let i = start
  while (i < text.length) {
    const c = text[i]
    if (c === "'" || c === '"') i = skipQuoted(text, i)
    else if (c === '[') i = skipBracket(text, i)
    else if (c === ',' || c === ')') return i
    else i++
  }
  return i
}

/**
 * Checks an intrinsic function call such as `States.Format('job-{}', $.id)`: known names,
 * argument syntax and counts, nested calls, and the `{}` count of a `States.Format` template.
 *
 * @returns what is wrong, or `undefined` when the call is well formed
 * @since 0.1.0
 * @category validation
 */
export function checkIntrinsicFunction(text: string): string | undefined {
  return problemOf(() => {
    const end = skipSpaces(text, scanCall(text, 0, 0))
    if (end < text.length) fail(`unexpected text after the call ${at(end)}`)
  })
}

// A placeholder that a deployment tool fills in (SAM / CloudFormation DefinitionSubstitutions,
// CDK, Terraform templatefile): `${Bucket}`, `${AWS::Partition}`: `${`, then anything up to the
// first `}`.

/**
 * Whether `text` holds a deployment-time placeholder such as `${AWS::Region}` or `${Bucket}`.
 *
 * @since 0.1.0
 * @category validation
 */
export function hasTemplatePlaceholder(text: string): boolean {
  const open = text.indexOf('${')
  // A later `${` could only close at a `}` that closes this one too.
  return open >= 0 && text.indexOf('}', open + 2) >= 0
}

/** `text` with each placeholder replaced by `filler`, left to right, as a global replace would. */
export function fillPlaceholders(text: string, filler: string): string {
  let out = ''
  let from = 0
  for (;;) {
    const open = text.indexOf('${', from)
    const close = open < 0 ? -1 : text.indexOf('}', open + 2)
    if (close < 0) return out + text.slice(from)
    out += text.slice(from, open) + filler
    from = close + 1
  }
}

/**
 * Checks the value of a `"Key.$"` field: a path (`$.a`, `$$.Execution.Name`, `$var`) or an
 * intrinsic function. Deployment-time placeholders (`${Field}`) are read as a plain name, as
 * the deployed text will have one there.
 *
 * @returns what is wrong, or `undefined` when the value is well formed
 * @since 0.1.0
 * @category validation
 */
export function checkDynamicValue(text: string): string | undefined {
  if (text.startsWith('${') && text.indexOf('}') === text.length - 1) return undefined
  const filled = fillPlaceholders(text, '_')
  if (filled.startsWith('$')) return checkPath(filled)
  if (filled.startsWith('States.')) return checkIntrinsicFunction(filled)
  return 'expected a path ($.field, $$.Execution.Input, $variable) or an intrinsic function (States.Format(...))'
}

/**
 * Checks a JSONata value of a JSONata state: `{% expression %}`, not empty, its brackets
 * balanced. (The expression itself is left to Step Functions.)
 *
 * @returns what is wrong, or `undefined` when the value is well formed
 * @since 0.1.0
 * @category validation
 */
export function checkJsonata(text: string): string | undefined {
  if (!text.startsWith('{%')) return 'a JSONata expression is written {% ... %}'
  if (!text.endsWith('%}') || text.length < 4) return 'unclosed {% ... %}: a JSONata expression ends with %}'
  const body = text.slice(2, -2)
  if (body.trim() === '') return 'an empty JSONata expression'
  return problemOf(() => {
    const open: string[] = []
    const closing: Record<string, string> = { ')': '(', ']': '[', '}': '{' }
    for (let i = 0; i < body.length; i++) {
      const c = body[i]!
      if (c === "'" || c === '"') i = skipQuoted(body, i) - 1
      else if (c === '(' || c === '[' || c === '{') open.push(c)
      else if (c in closing && open.pop() !== closing[c]) fail(`unbalanced ${c} at character ${i + 3}`)
    }
    if (open.length > 0) fail(`unclosed ${open[open.length - 1]}`)
  })
}
