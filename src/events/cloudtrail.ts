// `AWS API Call via CloudTrail` events: the CloudTrail record of a SageMaker API call, delivered
// by EventBridge. The record's `requestParameters` and `responseElements` are the operation's
// request and response as CloudTrail writes them; they are read through a view of the API's own
// descriptions (one description per shape), never through descriptions of their own.
import type * as t from 'io-ts'
import { CLOUDTRAIL, type CloudTrailView } from '../primitives/cloudtrail.js'
import { type Codec, DescribedCodec } from '../primitives/codec.js'
import { BOOLEAN, CODEC, CONST, DOCUMENT, LIST, MAP, STRING, STRUCTURE, TIMESTAMP, type StructureDescription, type TypeDescription } from '../primitives/description.js'
import { hasOwn, isRecord } from '../primitives/describe.js'
import type { ShapeCodec } from '../primitives/views.js'
import { type SageMakerEventEnvelope, sageMakerEvent } from './envelope.js'
import { pickingCodec } from './union.js'

/**
 * The detail-type of every API call CloudTrail delivers to EventBridge (the same for every service).
 *
 * @since 0.1.0
 * @category model
 */
export const API_CALL_DETAIL_TYPE = 'AWS API Call via CloudTrail'

export { CLOUDTRAIL, HIDDEN, cloudTrailTimestamp, isHidden, type CloudTrailView, type Hidden } from '../primitives/cloudtrail.js'

/**
 * Who made the call, as CloudTrail records it (every member optional; others kept).
 *
 * @since 0.1.0
 * @category model
 */
export interface CloudTrailUserIdentity {
  /** `Root`, `IAMUser`, `AssumedRole`, `Role`, `FederatedUser`, `Directory`, `AWSAccount`, `AWSService`, `IdentityCenterUser`, `Unknown`, ... */
  type?: string | undefined
  principalId?: string | undefined
  arn?: string | undefined
  accountId?: string | undefined
  accessKeyId?: string | undefined
  userName?: string | undefined
  /** The service that made the call on the user's behalf (`sagemaker.amazonaws.com`). */
  invokedBy?: string | undefined
  sessionContext?: CloudTrailSessionContext | undefined
  identityProvider?: string | undefined
  credentialId?: string | undefined
  /** With trusted identity propagation: the IAM Identity Center user the call was made for. */
  onBehalfOf?: { userId?: string | undefined; identityStoreArn?: string | undefined } | undefined
}

/** @since 0.1.0 @category model */
export interface CloudTrailSessionContext {
  sessionIssuer?: { type?: string | undefined; principalId?: string | undefined; arn?: string | undefined; accountId?: string | undefined; userName?: string | undefined } | undefined
  webIdFederationData?: { federatedProvider?: string | undefined; attributes?: Record<string, string> | undefined } | undefined
  /** `creationDate` (ISO-8601, decoded to a `Date`) and `mfaAuthenticated` (`"true"` or `"false"`, text). */
  attributes?: { creationDate?: Date | undefined; mfaAuthenticated?: string | undefined } | undefined
  sourceIdentity?: string | undefined
  ec2RoleDelivery?: string | undefined
}

/**
 * The CloudTrail record of a SageMaker API call, EventBridge's `detail`. Members are those of the
 * CloudTrail record contents reference, all optional but `eventName`; members not listed here
 * are kept. A failed call has `errorCode` and `errorMessage`; its `responseElements` (and often
 * its `requestParameters`) are `null` in the record, which decodes as absent.
 *
 * @since 0.1.0
 * @category model
 */
export interface SageMakerApiCallDetail<N extends string = string, Q = Record<string, unknown>, R = Record<string, unknown>> {
  /** The API operation (`CreateEndpoint`). */
  eventName: N
  /** The record format's version (`1.05`, `1.08`, ...). */
  eventVersion?: string | undefined
  userIdentity?: CloudTrailUserIdentity | undefined
  /** When the call was made (ISO-8601 in the record). */
  eventTime?: Date | undefined
  /** `sagemaker.amazonaws.com`. */
  eventSource?: string | undefined
  awsRegion?: string | undefined
  sourceIPAddress?: string | undefined
  userAgent?: string | undefined
  /** The request, in CloudTrail's spelling (`endpointConfigName`); absent when the record has `null`. */
  requestParameters?: Q | undefined
  /** The response, in CloudTrail's spelling; absent for a failed call (`null` in the record). */
  responseElements?: R | undefined
  /** The error of a failed call (`ValidationException`, `AccessDenied`, ...). */
  errorCode?: string | undefined
  errorMessage?: string | undefined
  additionalEventData?: Record<string, unknown> | undefined
  requestID?: string | undefined
  eventID?: string | undefined
  /** `AwsApiCall` here. */
  eventType?: string | undefined
  apiVersion?: string | undefined
  readOnly?: boolean | undefined
  managementEvent?: boolean | undefined
  /** `Management` or `Data`. */
  eventCategory?: string | undefined
  /** Resources the call touched (data events). */
  resources?: Array<{ ARN?: string | undefined; accountId?: string | undefined; type?: string | undefined }> | undefined
  recipientAccountId?: string | undefined
  sharedEventID?: string | undefined
  vpcEndpointId?: string | undefined
  vpcEndpointAccountId?: string | undefined
  serviceEventDetails?: Record<string, unknown> | undefined
  tlsDetails?: { tlsVersion?: string | undefined; cipherSuite?: string | undefined; clientProvidedHostHeader?: string | undefined } | undefined
  /** `"true"` when the call came from the console (text, as CloudTrail writes it). */
  sessionCredentialFromConsole?: string | undefined
  /** Present on a record that corrects an earlier one. */
  addendum?: { reason?: string | undefined; updatedFields?: string | undefined; originalRequestID?: string | undefined; originalEventID?: string | undefined } | undefined
  edgeDeviceDetails?: Record<string, unknown> | undefined
}

/**
 * An `AWS API Call via CloudTrail` event from `aws.sagemaker`, its detail the CloudTrail record.
 *
 * @since 0.1.0
 * @category model
 */
export type SageMakerApiCallEnvelope<D> = SageMakerEventEnvelope<typeof API_CALL_DETAIL_TYPE, D>

const TEXT_RECORD: StructureDescription = [STRUCTURE, 'CloudTrailRecord', 0] as unknown as StructureDescription

const SESSION_CONTEXT = [
  STRUCTURE, 'CloudTrailSessionContext', 0,
  'sessionIssuer', [STRUCTURE, 'CloudTrailSessionIssuer', 0, 'type', STRING, 'principalId', STRING, 'arn', STRING, 'accountId', STRING, 'userName', STRING],
  'webIdFederationData', [STRUCTURE, 'CloudTrailWebIdFederationData', 0, 'federatedProvider', STRING, 'attributes', [MAP, STRING]],
  'attributes', [STRUCTURE, 'CloudTrailSessionAttributes', 0, 'creationDate', TIMESTAMP, 'mfaAuthenticated', STRING],
  'sourceIdentity', STRING,
  'ec2RoleDelivery', STRING,
] as unknown as StructureDescription

const USER_IDENTITY = [
  STRUCTURE, 'CloudTrailUserIdentity', 0,
  'type', STRING,
  'principalId', STRING,
  'arn', STRING,
  'accountId', STRING,
  'accessKeyId', STRING,
  'userName', STRING,
  'invokedBy', STRING,
  'sessionContext', SESSION_CONTEXT,
  'identityProvider', STRING,
  'credentialId', STRING,
  'onBehalfOf', [STRUCTURE, 'CloudTrailOnBehalfOf', 0, 'userId', STRING, 'identityStoreArn', STRING],
] as unknown as StructureDescription

/**
 * The detail of an API call: the CloudTrail record, with `eventName` and the request and response
 * given. It is read in the lenient view; `requestParameters` and `responseElements` are codecs of
 * the operation's shapes in the CloudTrail view, embedded as they are.
 */
function detailDescription(name: string, eventName: TypeDescription, request: TypeDescription, response: TypeDescription): StructureDescription {
  return [
    STRUCTURE, name, 1,
    'eventName', eventName,
    'eventVersion', STRING,
    'userIdentity', USER_IDENTITY,
    'eventTime', TIMESTAMP,
    'eventSource', STRING,
    'awsRegion', STRING,
    'sourceIPAddress', STRING,
    'userAgent', STRING,
    'requestParameters', request,
    'responseElements', response,
    'errorCode', STRING,
    'errorMessage', STRING,
    'additionalEventData', [MAP, DOCUMENT],
    'requestID', STRING,
    'eventID', STRING,
    'eventType', STRING,
    'apiVersion', STRING,
    'readOnly', BOOLEAN,
    'managementEvent', BOOLEAN,
    'eventCategory', STRING,
    'resources', [LIST, [STRUCTURE, 'CloudTrailResource', 0, 'ARN', STRING, 'accountId', STRING, 'type', STRING]],
    'recipientAccountId', STRING,
    'sharedEventID', STRING,
    'vpcEndpointId', STRING,
    'vpcEndpointAccountId', STRING,
    'serviceEventDetails', [MAP, DOCUMENT],
    'tlsDetails', [STRUCTURE, 'CloudTrailTlsDetails', 0, 'tlsVersion', STRING, 'cipherSuite', STRING, 'clientProvidedHostHeader', STRING],
    'sessionCredentialFromConsole', STRING,
    'addendum', [STRUCTURE, 'CloudTrailAddendum', 0, 'reason', STRING, 'updatedFields', STRING, 'originalRequestID', STRING, 'originalEventID', STRING],
    'edgeDeviceDetails', [MAP, DOCUMENT],
  ] as unknown as StructureDescription
}

/** A shape read in the CloudTrail view, embedded in a description read in another view. */
const inCloudTrailView = (description: TypeDescription): TypeDescription => [CODEC, new DescribedCodec(undefined, description, CLOUDTRAIL)] as unknown as TypeDescription

/**
 * Any SageMaker API call, whatever its operation: `requestParameters` and `responseElements`
 * are kept as plain records. What `SageMakerEvent` decodes `AWS API Call via CloudTrail` to; for
 * typed requests and responses by `eventName`, decode with `SageMakerApiCallEvent` from
 * `sagemaker-shapes/events/cloudtrail`, or with {@link sageMakerApiCallEvent} for one operation.
 *
 * @since 0.1.0
 * @category model
 */
export interface AwsApiCallViaCloudTrailEvent extends SageMakerApiCallEnvelope<SageMakerApiCallDetail> {}

/**
 * The codec of {@link AwsApiCallViaCloudTrailEvent}.
 *
 * @since 0.1.0
 * @category codecs
 */
export const AwsApiCallViaCloudTrailEvent: ShapeCodec<AwsApiCallViaCloudTrailEvent> = /*#__PURE__*/ sageMakerEvent<AwsApiCallViaCloudTrailEvent>(
  'AwsApiCallViaCloudTrailEvent',
  API_CALL_DETAIL_TYPE,
  /*#__PURE__*/ detailDescription('AwsApiCallViaCloudTrailDetail', STRING, TEXT_RECORD, TEXT_RECORD),
)

/**
 * Narrows a decoded `SageMakerEvent` to an `AWS API Call via CloudTrail` event.
 *
 * @since 0.1.0
 * @category guards
 */
export const isAwsApiCallViaCloudTrailEvent = (event: { readonly 'detail-type': string }): event is AwsApiCallViaCloudTrailEvent => event['detail-type'] === API_CALL_DETAIL_TYPE

/** A request or response shape, by its codec (`CreateEndpointRequest`) or its description (`CreateEndpointInput$`). */
type ShapeOf<A> = ShapeCodec<A> | TypeDescription

const descriptionOf = (shape: { readonly description: TypeDescription } | TypeDescription): TypeDescription =>
  shape instanceof DescribedCodec ? shape.description : (shape as TypeDescription)

/**
 * The event of one operation's API call: `CreateEndpointApiCall =
 * sageMakerApiCallEvent('CreateEndpoint', CreateEndpointRequest, CreateEndpointResponse)`, with
 * the codecs from `sagemaker-shapes/api/CreateEndpoint`. Only that operation's shapes come into
 * the bundle. `detail.eventName` must be the operation; its `requestParameters` and
 * `responseElements` are read in the CloudTrail view ({@link CLOUDTRAIL}). An operation that
 * returns nothing takes no response.
 *
 * @since 0.1.0
 * @category constructors
 */
export function sageMakerApiCallEvent<N extends string, Q, R = Record<string, unknown>>(
  operation: N,
  request: ShapeOf<Q>,
  response?: ShapeOf<R>,
): ShapeCodec<SageMakerApiCallEnvelope<SageMakerApiCallDetail<N, CloudTrailView<Q>, CloudTrailView<R>>>> {
  const name = `${operation}ApiCallEvent`
  const detail = detailDescription(`${operation}ApiCallDetail`, [CONST, operation] as unknown as TypeDescription, inCloudTrailView(descriptionOf(request)), response === undefined ? TEXT_RECORD : inCloudTrailView(descriptionOf(response)))
  return sageMakerEvent(name, API_CALL_DETAIL_TYPE, detail)
}

/**
 * The type of an operation name this version does not know. A type that no known name matches
 * (TypeScript cannot exclude known literals from `string`), so that `switch (e.detail.eventName)`
 * narrows every known operation; at run time it is the name as CloudTrail wrote it. To compare it
 * with a name this version does not list, compare `e.detail.eventName as string`.
 *
 * @since 0.1.0
 * @category model
 */
export type UnknownOperationName = `${string} (an operation this version does not know)`

/**
 * An API call of an operation this version does not know (SageMaker adds them): its request
 * and response kept as plain records.
 *
 * @since 0.1.0
 * @category model
 */
export interface UnknownSageMakerApiCallEvent extends SageMakerApiCallEnvelope<SageMakerApiCallDetail<UnknownOperationName>> {}

/**
 * The codec of every SageMaker API call: picks the operation's codec by `detail.eventName` (one
 * lookup), an unknown operation decoding to {@link UnknownSageMakerApiCallEvent}. `operations`
 * gives each operation's codec, built on first use (so that a table of every operation costs
 * nothing until a call of that operation is met).
 *
 * @since 0.1.0
 * @category constructors
 */
export function sageMakerApiCallUnion<A>(name: string, operations: Readonly<Record<string, () => t.Mixed>>): Codec<A, unknown> {
  const built = new Map<string, t.Mixed>()
  const pick = (u: Record<string, unknown>): t.Mixed => {
    const detail = hasOwn(u, 'detail') ? u['detail'] : undefined
    const eventName = isRecord(detail) && hasOwn(detail, 'eventName') ? detail['eventName'] : undefined
    if (typeof eventName !== 'string' || !hasOwn(operations, eventName)) return AwsApiCallViaCloudTrailEvent
    let codec = built.get(eventName)
    if (codec === undefined) built.set(eventName, (codec = operations[eventName]!()))
    return codec
  }
  return pickingCodec<A>(name, pick, (u, variant, c) => variant.validate(u, c) as t.Validation<A>)
}

