import * as t from 'io-ts'
import { list } from '../primitives/collections.js'
import { struct } from '../primitives/struct.js'
import { timestampLenient } from '../primitives/timestamp.js'

/**
 * The EventBridge envelope of a SageMaker event, with its detail decoded by `detail`.
 *
 * @since 0.1.0
 * @category model
 */
export interface SageMakerEventEnvelope<D> {
  version: string
  id: string
  'detail-type': string
  source: 'aws.sagemaker'
  account: string
  time: Date
  region: string
  resources: Array<string>
  detail: D
}

/**
 * Builds the codec of one SageMaker event: the envelope, lenient (unknown keys kept), with
 * `detail-type` fixed and `time` decoded to a `Date` (ISO-8601 or epoch milliseconds).
 *
 * @since 0.1.0
 * @category constructors
 */
export function sageMakerEvent<D, DO>(
  name: string,
  detailType: string,
  detail: t.Type<D, DO, unknown>,
): t.Type<SageMakerEventEnvelope<D>, unknown, unknown> {
  return struct(
    name,
    'lenient',
    {
      version: t.string,
      id: t.string,
      'detail-type': t.literal(detailType),
      source: t.literal('aws.sagemaker'),
      account: t.string,
      time: timestampLenient,
      region: t.string,
      resources: list(t.string),
      detail,
    },
    {},
  )
}
