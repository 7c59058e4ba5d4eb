import { type Repair, type RepairKind, TolerantJsonError, readTolerantJson } from '../../codegen/frontends/events/tolerant-json.js'
import type { CheckIssue } from './items.js'
import { cut } from './text.js'

// JSON.parse says "Unexpected token" and, depending on the engine, a position or nothing. The
// tolerant reader written for AWS's documentation examples knows what people actually get
// wrong (single quotes, trailing commas, placeholders, duplicate keys) and where: it runs only
// after JSON.parse has failed, and on whole documents for duplicate keys; never on the valid
// lines of a stream, which pay for JSON.parse alone.

const SHOWN_PROBLEMS = 10

// Repair messages quote the input (a key, a placeholder, a token): they are cut before anything
// else reads them, and read with string methods, so a long or repetitive input costs its length
// once. A regular expression over them backtracked: "unexpected " repeated took quadratic time.
const withoutSuffix = (text: string, suffix: string): string => (text.endsWith(suffix) ? text.slice(0, -suffix.length) : text)

const PHRASES: Record<RepairKind, (message: string) => string> = {
  comment: () => 'a comment (JSON has no comments)',
  'trailing-comma': () => 'a trailing comma',
  placeholder: (m) => `${withoutSuffix(m, ' read as a placeholder')} is not a JSON value (a placeholder?)`,
  'duplicate-key': (m) => `${withoutSuffix(m, ': kept the first value')}: JSON.parse keeps the last value and loses the others`,
  'single-quotes': () => 'a single-quoted string (JSON needs double quotes)',
  'missing-comma': (m) => withoutSuffix(m, ' inserted'),
  'missing-close': (m) => m,
}

const phrase = (r: Repair): string => PHRASES[r.kind](cut(r.message))

const syntaxIssue = (line: number, column: number, message: string, code: 'invalid_json' | 'duplicate_key' = 'invalid_json'): CheckIssue => ({
  path: [],
  message,
  code,
  line,
  column,
})

// One mistake made throughout (single quotes on every string) is one issue, not fifty.
const REPEATED: ReadonlySet<RepairKind> = new Set(['single-quotes', 'trailing-comma', 'comment'])

function fromRepairs(repairs: readonly Repair[]): CheckIssue[] {
  const issues: CheckIssue[] = []
  const repeated = new Map<RepairKind, { first: Repair; last: Repair; count: number }>()
  for (const r of repairs) {
    const seen = repeated.get(r.kind)
    if (seen !== undefined) {
      seen.last = r
      seen.count++
      continue
    }
    if (REPEATED.has(r.kind)) repeated.set(r.kind, { first: r, last: r, count: 1 })
    else if (issues.length < SHOWN_PROBLEMS) issues.push(syntaxIssue(r.line, r.column, phrase(r), r.kind === 'duplicate-key' ? 'duplicate_key' : 'invalid_json'))
  }
  for (const { first, last, count } of repeated.values()) {
    const more = count === 1 ? '' : ` (${count} times, the last at ${last.line}:${last.column})`
    issues.push(syntaxIssue(first.line, first.column, `${phrase(first)}${more}`))
  }
  return issues.sort((a, b) => a.line! - b.line! || a.column! - b.column!)
}

/** Why `text` is not JSON, at the line and column of each problem (1-based). */
export function jsonSyntaxIssues(text: string, parseError: unknown): CheckIssue[] {
  try {
    const { repairs } = readTolerantJson(text, '')
    if (repairs.length > 0) return fromRepairs(repairs)
  } catch (e) {
    if (e instanceof TolerantJsonError) {
      const { line, column } = e.origin
      const reason = cut(e.reason)
      const severalValues = column === 1 && e.reason.startsWith('unexpected ') && e.reason.endsWith(' after the value')
      const hint = severalValues ? ' (one JSON value per line? check it with --ndjson, or name the file .ndjson)' : ''
      return [syntaxIssue(line, column, `${reason}${hint}`)]
    }
  }
  // Only what the tolerant reader accepts and JSON.parse does not; keep the engine's words.
  return [{ path: [], message: cut(`not JSON: ${errorMessage(parseError)}`), code: 'invalid_json' }]
}

/** Keys that appear twice in one object: JSON.parse keeps one value and silently drops the rest. */
function duplicateKeyIssues(text: string): CheckIssue[] {
  try {
    return fromRepairs(readTolerantJson(text, '').repairs.filter((r) => r.kind === 'duplicate-key'))
  } catch {
    return []
  }
}

export type ParsedJson = { readonly ok: true; readonly value: unknown; readonly duplicates: readonly CheckIssue[] } | { readonly ok: false; readonly issues: CheckIssue[] }

/**
 * Parses one JSON document. A leading byte-order mark is dropped (editors on Windows write one).
 * Keys given twice in one object are listed: the value is still what JSON.parse makes of it,
 * but one of the values would otherwise be lost without a word.
 */
export function parseJsonText(text: string): ParsedJson {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  let value: unknown
  try {
    value = JSON.parse(body)
  } catch (e) {
    if (body.trim() === '') return { ok: false, issues: [{ path: [], message: 'empty input: no JSON value', code: 'invalid_json' }] }
    return { ok: false, issues: jsonSyntaxIssues(body, e) }
  }
  return { ok: true, value, duplicates: duplicateKeyIssues(body) }
}

export function errorMessage(e: unknown): string {
  try {
    return e instanceof Error ? e.message : String(e)
  } catch {
    return 'unknown error'
  }
}
