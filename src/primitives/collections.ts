import * as t from 'io-ts'
import { BaseCodec, failWith } from './base.js'
import { type Fast, fastList, fastMap, fastOf, fastStringList, fastStringMap } from './fast.js'
import { describeValue, isRecord, setOwn } from './describe.js'

/**
 * A list of one item codec.
 *
 * @since 0.1.0
 * @category model
 */
export class ListType<C extends t.Mixed> extends BaseCodec<Array<t.TypeOf<C>>, Array<t.OutputOf<C>>> {
  readonly _tag = 'ListType' as const
  constructor(readonly item: C) {
    const name = `Array<${item.name}>`
    super(
      name,
      (u): u is Array<t.TypeOf<C>> => Array.isArray(u) && u.every((x) => item.is(x)),
      (u, c) => {
        if (!Array.isArray(u)) return failWith(u, c, `expected an array, received ${describeValue(u)}`, 'invalid_type')
        const errors: t.Errors = []
        const out: Array<t.TypeOf<C>> = new Array(u.length)
        for (let i = 0; i < u.length; i++) {
          const result = item.validate(u[i], [...c, { key: String(i), type: item, actual: u[i] }])
          if (result._tag === 'Left') errors.push(...result.left)
          else out[i] = result.right
        }
        return errors.length > 0 ? t.failures(errors) : t.success(out)
      },
      (a) => a.map((x) => item.encode(x)),
      anyText(item) ? (fastStringList as Fast<Array<t.TypeOf<C>>>) : ((itemFast: Fast<t.TypeOf<C>>) => (u: unknown, g: boolean) => fastList(u, g, itemFast))(fastOf(item)),
    )
  }
}

/** Whether every string passes the codec (`t.string`, an open string enum). */
const anyText = (codec: t.Mixed): boolean => codec === t.string || (codec as { anyText?: boolean }).anyText === true

/**
 * A map from string keys to one value codec (`{ 'string': ... }` in boto3 syntax). With a
 * `key` codec (an enum), every key must pass it too.
 *
 * @since 0.1.0
 * @category model
 */
export class MapType<C extends t.Mixed> extends BaseCodec<Record<string, t.TypeOf<C>>, Record<string, t.OutputOf<C>>> {
  readonly _tag = 'MapType' as const
  constructor(
    readonly value: C,
    readonly key?: t.Mixed,
  ) {
    const name = `Record<${key?.name ?? 'string'}, ${value.name}>`
    super(
      name,
      (u): u is Record<string, t.TypeOf<C>> =>
        isRecord(u) && Object.keys(u).every((k) => value.is(u[k]) && (key === undefined || key.is(k))),
      (u, c) => {
        if (!isRecord(u)) return failWith(u, c, `expected an object (${name}), received ${describeValue(u)}`, 'invalid_type')
        const errors: t.Errors = []
        const out: Record<string, t.TypeOf<C>> = {}
        for (const k of Object.keys(u)) {
          if (key !== undefined && !key.is(k)) {
            errors.push({ value: k, context: [...c, { key: k, type: key, actual: k }], message: `unknown key ${JSON.stringify(k)} (${key.name})`, code: 'invalid_enum_value' } as t.ValidationError)
          }
        }
        for (const key of Object.keys(u)) {
          const result = value.validate(u[key], [...c, { key, type: value, actual: u[key] }])
          if (result._tag === 'Left') errors.push(...result.left)
          else setOwn(out, key, result.right)
        }
        return errors.length > 0 ? t.failures(errors) : t.success(out)
      },
      (a) => {
        const out: Record<string, t.OutputOf<C>> = {}
        for (const key of Object.keys(a)) setOwn(out, key, value.encode(a[key]))
        return out
      },
      key === undefined && anyText(value)
        ? (fastStringMap as Fast<Record<string, t.TypeOf<C>>>)
        : ((valueFast: Fast<t.TypeOf<C>>, keyIs?: (k: string) => boolean) => (u: unknown, g: boolean) => fastMap(u, g, valueFast, keyIs))(
            fastOf(value),
            key === undefined ? undefined : (k: string) => key.is(k),
          ),
    )
  }
}

/** @since 0.1.0 @category constructors */
export const list = <C extends t.Mixed>(item: C): ListType<C> => new ListType(item)

/** @since 0.1.0 @category constructors */
export const map = <C extends t.Mixed>(value: C, key?: t.Mixed): MapType<C> => new MapType(value, key)
