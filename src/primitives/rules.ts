// The rules for scalar values, each once: the careful check with the issue it reports, beside
// the expression the compiler writes for the fast path (jit.ts). A rule's fast expression must
// reject at least what its careful check rejects. (The model's constraints are strict.ts's.)
import { BOOLEAN, BLOB, INTEGER, NUMBER, STRING, TIMESTAMP } from './description.js'
import { describeValue } from './describe.js'
import { FAIL } from './fast.js'
import type { Problem } from './walk.js'
import { isTimestamp, readTimestamp, timestampIssue } from './instant.js'

// Globals in Node >= 16 and browsers; declared here so that compiling this module needs
// neither the DOM lib nor @types/node.
declare function atob(data: string): string
declare function btoa(data: string): string

const wrongType = (expected: string, u: unknown, right: string, name: string): Problem => ({
  code: typeof u === right ? 'invalid_value' : 'invalid_type',
  message: `expected ${expected}, received ${describeValue(u)}`,
  expected: name,
})

/**
 * A scalar read from the wire (`guard` false) or checked as already decoded (`guard` true): the
 * value, or FAIL. Documents are walked by the caller (they nest).
 */
export function readScalar(kind: number, u: unknown, lenient: boolean, guard: boolean): unknown {
  switch (kind) {
    case STRING:
      return typeof u === 'string' ? u : FAIL
    case BOOLEAN:
      return typeof u === 'boolean' ? u : FAIL
    case INTEGER:
      return Number.isInteger(u) ? u : FAIL
    case NUMBER:
      return Number.isFinite(u) ? u : FAIL
    case TIMESTAMP:
      return guard ? (isTimestamp(u) ? u : FAIL) : readTimestamp(u, lenient)
    case BLOB:
      if (u instanceof Uint8Array) return u
      return !guard && typeof u === 'string' && BASE64.test(u) ? fromBase64(u) : FAIL
    default:
      return FAIL
  }
}

/** Why readScalar gave FAIL. */
export function scalarProblem(kind: number, u: unknown, lenient: boolean): Problem {
  switch (kind) {
    case STRING:
      return wrongType('string', u, 'string', 'string')
    case BOOLEAN:
      return wrongType('boolean', u, 'boolean', 'boolean')
    case INTEGER:
      return typeof u === 'number' && Number.isFinite(u)
        ? { code: 'not_integer', message: `expected an integer, received ${describeValue(u)}`, expected: 'integer' }
        : wrongType('an integer', u, 'number', 'integer')
    case NUMBER:
      return wrongType('a number', u, 'number', 'number')
    case TIMESTAMP:
      return { ...timestampIssue(u, lenient), expected: 'timestamp' }
    case BLOB:
      return wrongType('bytes (Uint8Array or base64 text)', u, 'string', 'blob')
    default:
      return wrongType('a JSON value', u, 'object', 'document')
  }
}

/**
 * The fast path's test that `v` fails the kind (decode or guard), as an expression over the
 * compiler's environment; undefined where the fast path calls a reader instead (timestamps,
 * documents) or leaves the value to the careful path (base64 text).
 */
export function scalarFails(kind: number, v: string): string | undefined {
  switch (kind) {
    case STRING:
      return `typeof ${v} !== "string"`
    case BOOLEAN:
      return `typeof ${v} !== "boolean"`
    case INTEGER:
      return `!isInteger(${v})`
    case NUMBER:
      return `!isFinite(${v})`
    case BLOB:
      return `!(${v} instanceof Uint8Array)`
    default:
      return undefined
  }
}

export function encodeScalar(kind: number, a: unknown): unknown {
  if (kind === TIMESTAMP) return (a as Date).toISOString()
  if (kind === BLOB) return toBase64(a as Uint8Array)
  return a
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/

function fromBase64(u: string): Uint8Array {
  const bin = atob(u)
  const out = new Uint8Array(bin.length)
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i)
  return out
}

function toBase64(a: Uint8Array): string {
  let bin = ''
  for (let i = 0; i < a.length; i++) bin += String.fromCharCode(a[i]!)
  return btoa(bin)
}
