import * as t from 'io-ts'
import { describeValue } from './describe.js'
import { BaseCodec, type Codec, failWith } from './base.js'
import { FAIL } from './fast.js'

// Globals in Node >= 16 and browsers; declared here so that compiling this module needs
// neither the DOM lib nor @types/node.
declare function atob(data: string): string
declare function btoa(data: string): string

/**
 * A JSON number that must be whole. `1.0` is whole; `1.5` is an error.
 *
 * @since 0.1.0
 * @category primitives
 */
export const integer: Codec<number> = /*#__PURE__*/ new BaseCodec<number, number>(
  'integer',
  (u): u is number => typeof u === 'number' && Number.isInteger(u),
  (u, c) =>
    typeof u === 'number' && Number.isInteger(u)
      ? t.success(u)
      : failWith(u, c, `expected an integer, received ${describeValue(u)}`, typeof u === 'number' ? 'invalid_value' : 'invalid_type'),
  t.identity,
  (u) => (typeof u === 'number' && Number.isInteger(u) ? u : FAIL),
)

/**
 * A finite JSON number.
 *
 * @since 0.1.0
 * @category primitives
 */
export const double: Codec<number> = /*#__PURE__*/ new BaseCodec<number, number>(
  'number',
  (u): u is number => typeof u === 'number' && Number.isFinite(u),
  (u, c) =>
    typeof u === 'number' && Number.isFinite(u)
      ? t.success(u)
      : failWith(u, c, `expected a number, received ${describeValue(u)}`, typeof u === 'number' ? 'invalid_value' : 'invalid_type'),
  t.identity,
  (u) => (typeof u === 'number' && Number.isFinite(u) ? u : FAIL),
)

/**
 * Bytes: a `Uint8Array`, or its base64 text as JSON carries it. Encodes to base64.
 *
 * @since 0.1.0
 * @category primitives
 */
export const blob: Codec<Uint8Array, string> = /*#__PURE__*/ new BaseCodec<Uint8Array, string>(
  'blob',
  (u): u is Uint8Array => u instanceof Uint8Array,
  (u, c) => {
    if (u instanceof Uint8Array) return t.success(u)
    if (typeof u === 'string' && BASE64.test(u)) {
      const bin = atob(u)
      const out = new Uint8Array(bin.length)
      for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i)
      return t.success(out)
    }
    return failWith(u, c, `expected bytes (Uint8Array or base64 text), received ${describeValue(u)}`, typeof u === 'string' ? 'invalid_value' : 'invalid_type')
  },
  (a) => {
    let bin = ''
    for (let i = 0; i < a.length; i++) bin += String.fromCharCode(a[i]!)
    return btoa(bin)
  },
  // Base64 text is left to the careful path; bytes already decoded pass.
  (u) => (u instanceof Uint8Array ? u : FAIL),
)

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/

/**
 * A JSON value, as a free-form `document` member holds it.
 *
 * @since 0.1.0
 * @category model
 */
export type DocumentValue = null | boolean | number | string | DocumentValue[] | { [key: string]: DocumentValue }

/**
 * A free-form JSON document: kept as it is. Only `undefined` (no JSON value) is refused.
 *
 * @since 0.1.0
 * @category primitives
 */
export const document: Codec<DocumentValue> = /*#__PURE__*/ new BaseCodec<DocumentValue, DocumentValue>(
  'document',
  (u): u is DocumentValue => u !== undefined,
  (u, c) => (u === undefined ? failWith(u, c, 'expected a JSON value, received undefined', 'invalid_type') : t.success(u as DocumentValue)),
  t.identity,
  // `null` is a JSON value, but in a lenient structure it means absent: the careful path decides.
  (u) => (u === undefined || u === null ? FAIL : (u as DocumentValue)),
)
