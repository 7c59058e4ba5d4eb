// The primitives generated codecs are built from. Generated modules import only this file.
export { ClosedEnumType, OpenEnumType, closedEnum, openEnum, type Open } from './primitives/enums.js'
export { ListType, MapType, list, map } from './primitives/collections.js'
export { blob, document, double, integer, type DocumentValue } from './primitives/scalars.js'
export { StructType, lenientStruct, struct, type Members } from './primitives/struct.js'
export { UnknownKeyType } from './primitives/unknown-key.js'
export { timestamp, timestampLenient } from './primitives/timestamp.js'
export { UnionType, lenientUnion, union } from './primitives/union.js'
export { RecursiveType, recursive } from './primitives/recursive.js'
export { BaseCodec, MAX_NESTING, type Codec } from './primitives/base.js'
export type { Mode } from './primitives/mode.js'
export type { Encoded } from './encoded.js'
export { safeDecode, type SafeDecodeResult } from './decode.js'
export { decodeSnsRecords, decodeSqsRecords, type DeliveredRecord } from './events/delivery.js'
export {
  UnknownSageMakerEvent,
  isUnknownSageMakerEvent,
  sageMakerEvent,
  type SageMakerEventEnvelope,
} from './events/envelope.js'
export { sageMakerEventUnion } from './events/union.js'
export { FAIL, fastOf, fastStringList, fastStringMap, ob, oi, on, os, timestampFast, timestampLenientFast, type Fast } from './primitives/fast.js'
export { catalogMapping, type CatalogFields, type CatalogResult } from './catalog/mapping.js'
