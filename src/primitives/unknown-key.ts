import * as t from 'io-ts'
import { suggest } from '../suggest.js'

/**
 * Marks an error at a key the structure does not know (strict mode). Its name reads as the
 * expectation in error messages.
 *
 * @since 0.1.0
 * @category model
 */
export class UnknownKeyType extends t.Type<never, never, unknown> {
  readonly _tag = 'UnknownKeyType' as const
  constructor(readonly known: readonly string[]) {
    super(
      'no such member',
      (_u): _u is never => false,
      (u, c) => t.failure(u, c),
      () => {
        throw new Error('unreachable')
      },
    )
  }

  /** The member probably meant by an unknown key (`ProcessingJobNmae` -> `ProcessingJobName`). */
  suggest(key: string): string | undefined {
    return suggest(key, this.known)
  }
}
