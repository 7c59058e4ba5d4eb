import type * as t from 'io-ts'
import { safeDecode } from './decode.js'
import { formatIssues } from './format.js'
import type { Issue } from './issues.js'

/**
 * Thrown by {@link decodeOrThrow}: carries the issues; its message lists them, one per line,
 * bounded, so it reads well in a Lambda log.
 *
 * @since 0.1.0
 * @category errors
 */
export class DecodeError extends Error {
  override readonly name = 'DecodeError'
  constructor(
    /** The codec's name, e.g. `CreateProcessingJobRequest`. */
    readonly codec: string,
    readonly issues: readonly Issue[],
  ) {
    const count = `${issues.length} issue${issues.length === 1 ? '' : 's'}`
    super(`${codec}: ${count}\n${formatIssues(issues, 10).replace(/^/gm, '  ')}`)
  }
}

/**
 * Decodes `input` or throws a {@link DecodeError}.
 *
 * @since 0.1.0
 * @category decoding
 */
export function decodeOrThrow<A>(codec: t.Decoder<unknown, A>, input: unknown): A {
  const result = safeDecode(codec, input)
  if (result.success) return result.data
  throw new DecodeError(codec.name, result.issues)
}
