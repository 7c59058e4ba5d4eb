/**
 * The wire form of a decoded value: timestamps as ISO-8601 text, bytes as base64.
 *
 * @since 0.1.0
 * @category model
 */
export type Encoded<T> = T extends string | number | boolean | bigint | null | undefined
  ? T
  : T extends Date
    ? string
    : T extends Uint8Array
      ? string
      : T extends ReadonlyArray<infer U>
        ? Array<Encoded<U>>
        : T extends object
          ? { [K in keyof T]: Encoded<T[K]> }
          : T

/**
 * What a shape's declaration adds to its enums and unions: nothing in the strict variant
 * ({@link ClosedEnums}), any other value in the lenient one ({@link OpenEnums}). One generic
 * declaration serves both variants: `X<OpenEnums>` is `XLenient`.
 *
 * @since 0.1.0
 * @category model
 */
export interface Enums {
  /** What a string enum admits besides its values. */
  readonly text: string
  /** What an intEnum admits besides its values. */
  readonly integer: number
  /** What a union admits besides one of its members (an object that sets none of them). */
  readonly other: object
}

/**
 * Strict: enums are closed, a union sets exactly one of its members.
 *
 * @since 0.1.0
 * @category model
 */
export interface ClosedEnums extends Enums {
  readonly text: never
  readonly integer: never
  readonly other: never
}

/**
 * Lenient: enums take values AWS adds later, a union may set a member this version does not know.
 *
 * @since 0.1.0
 * @category model
 */
export interface OpenEnums extends Enums {
  readonly text: string & {}
  readonly integer: number & {}
  readonly other: { [member: string]: unknown }
}
