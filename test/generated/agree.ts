import type * as t from 'io-ts'
import { expect } from 'vitest'

type Careful = t.Mixed & { validateCarefully: t.Validate<unknown, unknown> }

/** Decoding with the generated fast path first gives what the careful path alone gives. */
export function expectPathsAgree(codec: t.Mixed, value: unknown): void {
  const context: t.Context = [{ key: '', type: codec, actual: value }]
  const both = codec.validate(value, context)
  const careful = (codec as Careful).validateCarefully(value, context)
  expect(both._tag).toBe(careful._tag)
  if (both._tag === 'Right' && careful._tag === 'Right') expect(both.right).toEqual(careful.right)
  // The guard accepts what decoding gives, and otherwise says what it says of the input.
  expect(codec.is(both._tag === 'Right' ? both.right : value)).toBe(both._tag === 'Right' ? true : codec.is(value))
}
