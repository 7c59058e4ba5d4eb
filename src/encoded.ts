/**
 * The wire form of a decoded value: timestamps as ISO-8601 text, bytes as base64.
 *
 * @since 0.1.0
 * @category model
 */
export type Encoded<T> = T extends Date
  ? string
  : T extends Uint8Array
    ? string
    : T extends ReadonlyArray<infer U>
      ? Array<Encoded<U>>
      : T extends object
        ? { [K in keyof T]: Encoded<T[K]> }
        : T
