import type * as t from 'io-ts'
import { type Issue, toIssues } from './issues.js'

/**
 * The result of {@link safeDecode}.
 *
 * @since 0.1.0
 * @category model
 */
export type SafeDecodeResult<A> =
  | { readonly success: true; readonly data: A }
  | { readonly success: false; readonly issues: Issue[] }

/**
 * Decodes `input` with any io-ts decoder and returns the data or a flat list of issues.
 *
 * @since 0.1.0
 * @category decoding
 */
export function safeDecode<A>(codec: t.Decoder<unknown, A>, input: unknown): SafeDecodeResult<A> {
  try {
    const result = codec.decode(input)
    return result._tag === 'Right' ? { success: true, data: result.right } : { success: false, issues: toIssues(result.left) }
  } catch (e) {
    // The package's codecs turn input exceptions into issues themselves; this is for any other
    // io-ts decoder passed in.
    const message = `could not read the input (${e instanceof Error ? e.message : 'an exception'})`
    return { success: false, issues: [{ path: [], message, code: 'invalid_value' }] }
  }
}
