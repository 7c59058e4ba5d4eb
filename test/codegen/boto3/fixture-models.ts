// The botocore models of the boto3 fixture pages (test/fixtures/boto3/): which operations, and
// the shape of the trimmed models kept under test/fixtures/boto3/models/.
import { readFileSync } from 'node:fs'

/** The operations whose pages are fixtures, by service model folder (botocore's `data/<service>`). */
export const FIXTURE_OPERATIONS: Readonly<Record<string, readonly string[]>> = {
  s3: ['PutObject', 'GetObject'],
  dynamodb: ['PutItem', 'Query'],
  lambda: ['CreateFunction', 'Invoke'],
  sqs: ['SendMessageBatch'],
  stepfunctions: ['StartExecution'],
  sagemaker: ['CreateProcessingJob', 'DescribeProcessingJob'],
}

export interface ModelMember {
  readonly shape: string
  readonly streaming?: boolean
  readonly [trait: string]: unknown
}

export interface ModelShape {
  readonly type: string
  readonly members?: Readonly<Record<string, ModelMember>>
  readonly required?: readonly string[]
  readonly member?: ModelMember
  readonly key?: ModelMember
  readonly value?: ModelMember
  readonly enum?: readonly string[]
  readonly payload?: string
  readonly document?: boolean
  readonly streaming?: boolean
  readonly [trait: string]: unknown
}

export interface ServiceModel {
  readonly metadata: { readonly serviceId: string; readonly apiVersion: string; readonly [key: string]: unknown }
  readonly operations: Readonly<Record<string, { readonly name: string; readonly input?: { shape: string }; readonly output?: { shape: string } }>>
  readonly shapes: Readonly<Record<string, ModelShape>>
}

export const MODELS_DIR = new URL('../../fixtures/boto3/models/', import.meta.url)

export const loadModel = (service: string): ServiceModel =>
  JSON.parse(readFileSync(new URL(`${service}.json`, MODELS_DIR), 'utf8')) as ServiceModel

/** `PutObject` -> `put_object`, as botocore names client methods (xform_name). */
export function methodName(operation: string): string {
  return operation
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase()
}
