export { sageMakerEvent, type SageMakerEventEnvelope } from './envelope.js'
