import { type Codec, DescribedCodec } from './codec.js'
import { BLOB, DOCUMENT, type DocumentValue, INTEGER, NUMBER } from './description.js'
import { LENIENT } from './lenient.js'

/**
 * A JSON number that must be whole. `1.0` is whole; `1.5` is an issue.
 *
 * @since 0.1.0
 * @category primitives
 */
export const integer: Codec<number> = /*#__PURE__*/ new DescribedCodec<number>('integer', INTEGER, LENIENT)

/**
 * A finite JSON number.
 *
 * @since 0.1.0
 * @category primitives
 */
export const double: Codec<number> = /*#__PURE__*/ new DescribedCodec<number>('number', NUMBER, LENIENT)

/**
 * Bytes: a `Uint8Array`, or its base64 text as JSON carries it. Encodes to base64.
 *
 * @since 0.1.0
 * @category primitives
 */
export const blob: Codec<Uint8Array, string> = /*#__PURE__*/ new DescribedCodec<Uint8Array, string>('blob', BLOB, LENIENT)

/**
 * A free-form JSON document: any JSON value, kept as it is (no cycles, no functions).
 *
 * @since 0.1.0
 * @category primitives
 */
export const document: Codec<DocumentValue> = /*#__PURE__*/ new DescribedCodec<DocumentValue>('document', DOCUMENT, LENIENT)

export type { DocumentValue }
