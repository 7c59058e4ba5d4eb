// How generated code describes a shape: plain data, written once per shape, from which the
// runtime derives every view (strict, lenient, ...) and every path (the guard, the fast decode,
// the careful decode that reports issues, the encoder). This file is the legend of that data.
//
// A description is an array whose first element says what it describes. Numbers keep the
// generated modules and the bundles small; the names below are for hand-written descriptions.
//
//   0 | [0, min, max, pattern]   a string (length in code points; pattern ECMA-262, not anchored)
//   1                            a boolean
//   2 | [2, min, max]            an integer (integer, long)
//   3 | [3, min, max]            a number (float, double)
//   4                            a timestamp, decoded to a Date
//   5 | [5, min, max]            bytes (a Uint8Array, or base64 text on the wire)
//   6                            a free-form JSON document
//   [7, item, min, max]          a list
//   [8, value, key, min, max]    a map with string keys (key: a string or enum description)
//   [9, name, required, ...members]   a structure: `required` counts the members, written
//                                      first, that must be present; members are name, type pairs
//   [10, name, ...members]       a union: exactly one member set
//   [11, name, values, numeric]  an enum (values may be left out where no view checks them;
//                                `numeric` is 1 for an intEnum)
//   [12, value]                  one constant value
//   [13, codec]                  a codec written by hand (see ForeignCodec)
//
// A member type is one of the above or a shape's own description. A shape that refers back to
// itself (a recursive group) does so through a function returning the description, since the
// description is not yet defined where it is first named. `null` stands for an absent bound.

import type * as t from 'io-ts'
import type { Fast } from './fast.js'

export const STRING = 0
export const BOOLEAN = 1
export const INTEGER = 2
export const NUMBER = 3
export const TIMESTAMP = 4
export const BLOB = 5
export const DOCUMENT = 6
export const LIST = 7
export const MAP = 8
export const STRUCTURE = 9
export const UNION = 10
export const ENUM = 11
export const CONST = 12
export const CODEC = 13

/** A scalar kind: string, boolean, integer, number, timestamp, blob, document. */
export type ScalarKind = 0 | 1 | 2 | 3 | 4 | 5 | 6

// Interfaces rather than tuple types: a description refers to descriptions, and TypeScript
// resolves such recursion through interfaces. (A type with a "0" property still types an array
// literal as a tuple.) Element types include `undefined` for the optional positions, as
// consumers without exactOptionalPropertyTypes read them.

/** A scalar the model constrains: length (strings, bytes) or value (numbers), and a pattern. */
export interface ConstrainedDescription extends ReadonlyArray<ScalarKind | number | string | null | undefined> {
  readonly 0: ScalarKind
  readonly 1: number | null
  readonly 2?: number | null
  readonly 3?: string
}

export interface ListDescription extends ReadonlyArray<TypeDescription | number | null | undefined> {
  readonly 0: 7
  readonly 1: TypeDescription
  readonly 2?: number | null
  readonly 3?: number | null
}

export interface MapDescription extends ReadonlyArray<TypeDescription | number | null | undefined> {
  readonly 0: 8
  readonly 1: TypeDescription
  readonly 2?: TypeDescription | null
  readonly 3?: number | null
  readonly 4?: number | null
}

export interface StructureDescription extends ReadonlyArray<string | number | TypeDescription> {
  readonly 0: 9
  readonly 1: string
  readonly 2: number
}

export interface UnionDescription extends ReadonlyArray<string | number | TypeDescription> {
  readonly 0: 10
  readonly 1: string
}

export interface EnumDescription extends ReadonlyArray<string | number | readonly string[] | readonly number[] | undefined> {
  readonly 0: 11
  readonly 1: string
  readonly 2?: readonly string[] | readonly number[]
  readonly 3?: 0 | 1
}

export interface ConstDescription extends ReadonlyArray<string | number | boolean> {
  readonly 0: 12
  readonly 1: string | number | boolean
}

export interface CodecDescription extends ReadonlyArray<number | ForeignCodec> {
  readonly 0: 13
  readonly 1: ForeignCodec
}

/** A named shape: what generated modules export as `<Name>$`. */
export type ShapeDescription = StructureDescription | UnionDescription | EnumDescription

/** What a member holds. */
export type TypeDescription =
  | ScalarKind
  | ConstrainedDescription
  | ListDescription
  | MapDescription
  | ShapeDescription
  | ConstDescription
  | CodecDescription
  | (() => ShapeDescription)

/**
 * A codec the runtime does not describe: an io-ts type, or a small hand-written check. Its
 * `validate` reports, its `is` guards; `fast`, when present, is tried first on input.
 */
export interface ForeignCodec {
  readonly name: string
  readonly is: (u: unknown) => boolean
  readonly validate: (u: unknown, context: t.Context) => t.Validation<unknown>
  readonly encode: (a: never) => unknown
  readonly fast?: Fast | undefined
}

/**
 * A JSON value, as a free-form `document` member holds it.
 *
 * @since 0.1.0
 * @category model
 */
export type DocumentValue = null | boolean | number | string | DocumentValue[] | { [key: string]: DocumentValue }
