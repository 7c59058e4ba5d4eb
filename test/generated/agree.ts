import type * as t from 'io-ts'
import { expect } from 'vitest'
import { FAIL } from '../../src/primitives/fast.js'
import { codeGenerationAllowed } from '../../src/primitives/jit.js'

/** What the differential tests need of a codec: both paths, run apart. */
export interface TwoPaths {
  readonly is: (u: unknown) => boolean
  readonly carefully: (u: unknown, c: t.Context) => t.Validation<unknown>
  readonly runFast: (u: unknown, guard?: boolean) => unknown
}

/**
 * The compiled fast path and the careful path give the same verdict and the same value on
 * `value`; on valid input the fast path fires (it does not leave a valid plain JSON value to
 * the careful path), for decoding and for the guard on the decoded value. Where code generation
 * is not allowed there is no fast path, and only the careful verdict is checked against `is`.
 */
export function expectPathsAgree(of: object, value: unknown): void {
  const codec = of as TwoPaths
  const careful = codec.carefully(value, [{ key: '', type: codec as unknown as t.Decoder<unknown, unknown>, actual: value }])
  const decoded = careful._tag === 'Right' ? careful.right : undefined
  if (codeGenerationAllowed()) {
    const fast = codec.runFast(value)
    if (careful._tag === 'Right') {
      expect(fast, 'the fast path fires on valid input').not.toBe(FAIL)
      expect(fast).toEqual(decoded)
      expect(codec.runFast(fast, true), 'the fast guard accepts the decoded value').not.toBe(FAIL)
    } else {
      expect(fast, 'the fast path declines invalid input').toBe(FAIL)
    }
  }
  // The guard accepts what decoding gives, and rejects what decoding rejects (as a value).
  if (careful._tag === 'Right') expect(codec.is(decoded)).toBe(true)
  else expect(codec.is(value)).toBe(false)
}
