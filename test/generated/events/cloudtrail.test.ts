// `AWS API Call via CloudTrail` events: the published records decode, typed by their operation,
// in CloudTrail's spelling; failed calls, hidden values, timestamps, unknown operations; every
// operation of the API has its event.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import * as _ from '../../../generated/events/cloudtrail.js'
import { CreateEndpointRequest, CreateEndpointResponse } from '../../../generated/api/CreateEndpoint.js'
import { CreateModelRequest, CreateModelResponse } from '../../../generated/api/CreateModel.js'
import { safeDecode } from '../../../src/decode.js'
import { SearchRequestLenient } from '../../../generated/api/Search.js'
import { MAX_NESTING } from '../../../src/issues.js'
import { AwsApiCallViaCloudTrailEvent } from '../../../src/events/cloudtrail.js'
import { decodeSageMakerEvent, isAwsApiCallViaCloudTrailEvent, isUnknownSageMakerEvent } from '../../../generated/events/index.js'
import { expectPathsAgree } from '../agree.js'

const root = fileURLToPath(new URL('../../..', import.meta.url))
const fixture = (name: string): Record<string, unknown> => JSON.parse(readFileSync(join(root, 'test/fixtures/cloudtrail', name), 'utf8')) as Record<string, unknown>

/** A CloudTrail record as EventBridge delivers it. */
const envelope = (detail: unknown): Record<string, unknown> => ({
  version: '0',
  id: '6a7e8feb-b491-4cf7-a9f1-bf3703467718',
  'detail-type': 'AWS API Call via CloudTrail',
  source: 'aws.sagemaker',
  account: '123456789012',
  time: '2018-01-02T13:39:10Z',
  region: 'us-west-2',
  resources: [],
  detail,
})

const createEndpoint = () => envelope(fixture('create-endpoint.record.json'))
const createModel = () => envelope(fixture('create-model.record.json'))

const CreateEndpointApiCall = _.sageMakerApiCallEvent('CreateEndpoint', CreateEndpointRequest, CreateEndpointResponse)
const CreateModelApiCall = _.sageMakerApiCallEvent('CreateModel', CreateModelRequest, CreateModelResponse)

function decoded(input: unknown): _.SageMakerApiCallEvent {
  const result = _.decodeSageMakerApiCall(input)
  if (!result.success) throw new Error(JSON.stringify(result.issues))
  return result.data
}

describe('the published records', () => {
  it.each([
    ['create-labeling-job.event.json', 'CreateLabelingJob', { labelingJobName: 'UnitTestLabeling', labelAttributeName: 'label' }, { labelingJobArn: 'arn:aws:sagemaker:us-east-1:123456789000:labeling-job/UnitTestLabeling' }],
    ['create-endpoint.record.json', 'CreateEndpoint', { endpointName: 'ExampleEndpoint', endpointConfigName: 'ExampleEndpointConfig' }, { endpointArn: 'arn:aws:sagemaker:us-west-2:123456789012:endpoint/exampleendpoint' }],
    ['create-model.record.json', 'CreateModel', { modelName: 'ExampleModel', primaryContainer: { image: '174872318107.dkr.ecr.us-west-2.amazonaws.com/kmeans:latest' }, executionRoleArn: 'arn:aws:iam::123456789012:role/EXAMPLEARN' }, { modelArn: 'arn:aws:sagemaker:us-west-2:123456789012:model/barkinghappy2018-01-02t15-23-32-275z-ivrdog' }],
  ])('%s decodes to its operation, in CloudTrail\'s spelling, with Dates', (file, operation, request, response) => {
    const input = file.endsWith('.event.json') ? fixture(file) : envelope(fixture(file))
    const e = decoded(input)
    expect(e.detail.eventName).toBe(operation)
    expect(e.detail.requestParameters).toEqual(request)
    expect(e.detail.responseElements).toEqual(response)
    expect(e.time).toBeInstanceOf(Date)
    expect(e.detail.eventTime).toBeInstanceOf(Date)
  })

  it('keeps the record\'s identity and the members it does not type', () => {
    const e = decoded(createEndpoint())
    expect(e.detail).toMatchObject({ eventVersion: '1.05', userIdentity: { type: 'IAMUser', userName: 'intern' }, requestID: '6b1b42b9-EXAMPLE', recipientAccountId: '444455556666' })
    const input = createEndpoint()
    ;(input['detail'] as Record<string, unknown>)['insightDetails'] = { state: 'Start' }
    expect(decoded(input).detail).toHaveProperty('insightDetails', { state: 'Start' })
  })

  it('a Feature Store data event (PutRecord, not an operation of the SageMaker API) decodes as an unknown operation', () => {
    const e = decoded(envelope(fixture('put-record.record.json')))
    expect(e.detail.eventName).toBe('PutRecord')
    expect(e.detail).toMatchObject({ requestParameters: { featureGroupName: 'your-feature-group-name' }, readOnly: false, managementEvent: false, eventCategory: 'Data' })
    expect(e.detail.resources).toEqual([{ accountId: '123456789012', type: 'AWS::SageMaker::FeatureGroup', ARN: 'arn:aws:sagemaker:us-east-1:123456789012:feature-group/your-feature-group-name' }])
  })

  it.each([
    ['create-endpoint', CreateEndpointApiCall, createEndpoint],
    ['create-model', CreateModelApiCall, createModel],
  ] as const)('%s: the compiled path and the careful path agree', (_name, codec, make) => {
    const valid = make()
    expectPathsAgree(codec, valid)
    const hidden = make()
    ;((hidden['detail'] as Record<string, unknown>)['requestParameters'] as Record<string, unknown>)['tags'] = _.HIDDEN
    expectPathsAgree(codec, hidden)
    const wrong = make()
    ;((wrong['detail'] as Record<string, unknown>)['requestParameters'] as Record<string, unknown>)['tags'] = 7
    expectPathsAgree(codec, wrong)
  })
})

describe('what CloudTrail writes', () => {
  it('a failed call: errorCode and errorMessage, null responseElements and requestParameters decode as absent', () => {
    const input = createEndpoint()
    Object.assign(input['detail'] as object, { errorCode: 'ValidationException', errorMessage: 'Could not find endpoint configuration', requestParameters: null, responseElements: null })
    const e = decoded(input)
    expect(e.detail).toMatchObject({ errorCode: 'ValidationException', errorMessage: 'Could not find endpoint configuration' })
    expect(e.detail).not.toHaveProperty('requestParameters')
    expect(e.detail).not.toHaveProperty('responseElements')
  })

  it('HIDDEN_DUE_TO_SECURITY_REASONS stands for a member of any kind (a map, a structure, a list, a number)', () => {
    const input = createModel()
    const request = (input['detail'] as Record<string, Record<string, unknown>>)['requestParameters']!
    Object.assign(request, { primaryContainer: { image: 'i', environment: _.HIDDEN }, vpcConfig: _.HIDDEN, tags: _.HIDDEN })
    const e = decoded(input)
    expect(e.detail.requestParameters).toMatchObject({ primaryContainer: { image: 'i', environment: _.HIDDEN }, vpcConfig: _.HIDDEN, tags: _.HIDDEN })
    // Written back as it came.
    const once = CreateModelApiCall.decode(input)
    if (once._tag === 'Left') throw new Error('did not decode')
    expect(CreateModelApiCall.encode(once.right)).toMatchObject({ detail: { requestParameters: { vpcConfig: _.HIDDEN, tags: _.HIDDEN } } })
  })

  it('members are optional, whatever the API requires (CloudTrail trims requests)', () => {
    // CreateEndpoint requires EndpointName and EndpointConfigName.
    const input = createEndpoint()
    ;(input['detail'] as Record<string, unknown>)['requestParameters'] = { endpointName: 'e' }
    expect(decoded(input).detail.requestParameters).toEqual({ endpointName: 'e' })
  })

  it('a wrong value is an issue at its path in CloudTrail\'s spelling', () => {
    const input = createModel()
    ;((input['detail'] as Record<string, unknown>)['requestParameters'] as Record<string, unknown>)['enableNetworkIsolation'] = 'yes'
    const result = _.decodeSageMakerApiCall(input)
    expect(result.success ? [] : result.issues.map((i) => [i.path, i.code])).toEqual([[['detail', 'requestParameters', 'enableNetworkIsolation'], 'invalid_type']])
  })

  it('the API\'s PascalCase names are not CloudTrail\'s: kept as unknown members, not read', () => {
    const input = createEndpoint()
    ;(input['detail'] as Record<string, unknown>)['requestParameters'] = { EndpointName: 7 }
    expect(decoded(input).detail.requestParameters).toEqual({ EndpointName: 7 })
  })

  it('map keys are data: not renamed', () => {
    const input = createModel()
    ;((input['detail'] as Record<string, unknown>)['requestParameters'] as Record<string, unknown>)['primaryContainer'] = { environment: { SAGEMAKER_PROGRAM: 'train.py' } }
    expect(decoded(input).detail.requestParameters).toMatchObject({ primaryContainer: { environment: { SAGEMAKER_PROGRAM: 'train.py' } } })
  })

  it.each([
    ['ISO-8601', '2024-05-01T10:00:00Z', new Date('2024-05-01T10:00:00Z')],
    ['epoch milliseconds', 1714557600000, new Date('2024-05-01T10:00:00Z')],
    ["Java's Date.toString, as UTC", 'May 1, 2024 10:00:00 AM', new Date('2024-05-01T10:00:00Z')],
    ["Java's newer form (comma, narrow no-break space)", 'May 1, 2024, 12:30:05\u202fPM', new Date('2024-05-01T12:30:05Z')],
    ['text that is no timestamp: kept', 'tomorrow', 'tomorrow'],
    ['an impossible date: kept', 'Feb 31, 2024 1:00:00 AM', 'Feb 31, 2024 1:00:00 AM'],
  ])('cloudTrailTimestamp reads %s', (_name, written, read) => {
    const value = _.cloudTrailTimestamp.decode(written)
    expect(value._tag === 'Right' ? value.right : undefined).toEqual(read)
    expect(_.cloudTrailTimestamp.is(value._tag === 'Right' ? value.right : undefined)).toBe(true)
  })

  it('cloudTrailTimestamp rejects what is neither text, a number nor a Date', () => {
    expect(_.cloudTrailTimestamp.decode(true)._tag).toBe('Left')
    expect(_.cloudTrailTimestamp.decode({})._tag).toBe('Left')
  })

  it('a timestamp CloudTrail writes in a response decodes to a Date', () => {
    // DescribeTrainingJob's response holds CreationTime; CloudTrail does not deliver Describe calls to
    // EventBridge, but a record of one (from a trail) decodes the same way.
    const e = decoded(envelope({ eventName: 'DescribeTrainingJob', requestParameters: { trainingJobName: 'j' }, responseElements: { trainingJobName: 'j', creationTime: 'Jan 2, 2018 1:39:06 PM', trainingStartTime: '2018-01-02T13:40:00Z' } }))
    if (e.detail.eventName !== 'DescribeTrainingJob') throw new Error('not narrowed')
    expect(e.detail.responseElements?.creationTime).toEqual(new Date('2018-01-02T13:39:06Z'))
    expect(e.detail.responseElements?.trainingStartTime).toEqual(new Date('2018-01-02T13:40:00Z'))
  })

  it('a member that cannot be read is an issue at its path, not an exception', () => {
    const input = createEndpoint()
    const request = (input['detail'] as Record<string, Record<string, unknown>>)['requestParameters']!
    Object.defineProperty(request, 'endpointName', { enumerable: true, get: () => { throw new Error('no') } })
    const result = _.decodeSageMakerApiCall(input)
    expect(result.success ? [] : result.issues.map((i) => i.path)).toEqual([['detail', 'requestParameters', 'endpointName']])
    const hostile = envelope(new Proxy({}, { ownKeys: () => { throw new Error('no') } }))
    expect(_.decodeSageMakerApiCall(hostile).success).toBe(false)
  })

  it('an own __proto__ member stays data: no prototype changes', () => {
    const input = JSON.parse(JSON.stringify(createEndpoint()).replace('"endpointName"', '"__proto__":{"polluted":true},"endpointName"')) as unknown
    const e = decoded(input)
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
    expect(Object.getPrototypeOf(e.detail.requestParameters)).toBe(Object.prototype)
    expect(Object.prototype.hasOwnProperty.call(e.detail.requestParameters, '__proto__')).toBe(true)
  })
})

describe('SageMakerApiCallEvent', () => {
  it('covers every operation of the API, one event each', () => {
    const modules = readdirSync(join(root, 'generated/api')).filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.slice(0, -3))
    expect([..._.sageMakerApiCallOperations]).toEqual(modules.sort())
    expect(_.sageMakerApiCallOperations.length).toBeGreaterThan(400)
  })

  it('every operation decodes a minimal record to its own name', () => {
    for (const operation of _.sageMakerApiCallOperations) {
      const e = decoded(envelope({ eventName: operation, requestParameters: {}, responseElements: {} }))
      expect(e.detail.eventName).toBe(operation)
    }
  })

  it('rejects another detail-type, and says why', () => {
    const result = _.decodeSageMakerApiCall({ ...createEndpoint(), 'detail-type': 'SageMaker Endpoint State Change' })
    expect(result.success ? [] : result.issues.map((i) => i.path)).toEqual([['detail-type']])
    expect(_.decodeSageMakerApiCall('x').success).toBe(false)
  })

  it('decode, encode, decode again: the same event', () => {
    const once = decoded(createModel())
    expect(decoded(_.SageMakerApiCallEvent.encode(once))).toEqual(once)
    expect(_.SageMakerApiCallEvent.is(once)).toBe(true)
  })

  it('AwsApiCallViaCloudTrailEvent (what SageMakerEvent gives) keeps requestParameters and responseElements as records', () => {
    const result = safeDecode(AwsApiCallViaCloudTrailEvent, createModel())
    expect(result.success && result.data.detail.requestParameters).toEqual({ modelName: 'ExampleModel', primaryContainer: { image: '174872318107.dkr.ecr.us-west-2.amazonaws.com/kmeans:latest' }, executionRoleArn: 'arn:aws:iam::123456789012:role/EXAMPLEARN' })
  })

  it('SageMakerEvent knows the detail-type: the published envelope decodes to AwsApiCallViaCloudTrailEvent', () => {
    const result = decodeSageMakerEvent(fixture('create-labeling-job.event.json'))
    if (!result.success) throw new Error(JSON.stringify(result.issues))
    expect(isUnknownSageMakerEvent(result.data)).toBe(false)
    expect(isAwsApiCallViaCloudTrailEvent(result.data)).toBe(true)
    if (!isAwsApiCallViaCloudTrailEvent(result.data)) return
    expect(result.data.detail).toMatchObject({ eventName: 'CreateLabelingJob', requestParameters: { labelingJobName: 'UnitTestLabeling' } })
    expect(result.data.detail.eventTime).toBeInstanceOf(Date)
  })
  it('counts nesting from the event, not from requestParameters: MAX_NESTING holds across the view', () => {
    // A SearchExpression `levels` deep, in the API's spelling and in CloudTrail's.
    const expression = (levels: number, sub: string, op: string): Record<string, unknown> => {
      let e: Record<string, unknown> = { [op]: 'And' }
      for (let i = 0; i < levels; i++) e = { [op]: 'And', [sub]: [e] }
      return e
    }
    // The deepest expression SearchRequest takes at its own root...
    let levels = 1
    while (safeDecode(SearchRequestLenient, { Resource: 'TrainingJob', SearchExpression: expression(levels + 1, 'SubExpressions', 'Operator') }).success) levels++
    expect(levels).toBeGreaterThan(100)
    expect(levels).toBeLessThan(MAX_NESTING)
    // ...is one level (detail.requestParameters) too deep inside an event, and one less fits.
    const call = (n: number) =>
      _.decodeSageMakerApiCall(envelope({ eventName: 'Search', requestParameters: { resource: 'TrainingJob', searchExpression: expression(n, 'subExpressions', 'operator') } }))
    const tooDeep = call(levels)
    expect(tooDeep.success ? [] : tooDeep.issues.map((i) => i.message)).toEqual([`nested deeper than ${MAX_NESTING} levels; stopped decoding here`])
    expect(tooDeep.success ? [] : tooDeep.issues[0]!.path.slice(0, 4)).toEqual(['detail', 'requestParameters', 'searchExpression', 'subExpressions'])
    expect(call(levels - 1).success).toBe(true)
  })
})
