export { decodeSnsRecords, decodeSqsRecords, failures, type DeliveredRecord } from './delivery.js'
export {
  UnknownSageMakerEvent,
  isUnknownSageMakerEvent,
  type UnknownDetailType,
  sageMakerEvent,
  sageMakerSource,
  type SageMakerEventEnvelope,
} from './envelope.js'
export { toApiEnumValue } from './status.js'
export { sageMakerEventUnion } from './union.js'
