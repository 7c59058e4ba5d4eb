import * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import { decodeSnsRecords, decodeSqsRecords, failures, type DeliveredRecord } from '../../src/events/delivery.js'
import { closedEnum, struct } from '../../src/runtime.js'

// A local stand-in for a generated event codec, so these tests do not follow envelope changes.
interface TrainingJobStateChange {
  'detail-type': 'SageMaker Training Job State Change'
  source: 'aws.sagemaker'
  time: string
  detail: { TrainingJobName: string; TrainingJobStatus: string }
}
const TrainingJobStateChange = struct<TrainingJobStateChange, unknown>(
  'TrainingJobStateChange',
  'lenient',
  {
    'detail-type': t.literal('SageMaker Training Job State Change'),
    source: closedEnum('Source', ['aws.sagemaker']),
    time: t.string,
    detail: struct(
      'TrainingJobStateChangeDetail',
      'lenient',
      { TrainingJobName: t.string, TrainingJobStatus: closedEnum('TrainingJobStatus', ['InProgress', 'Completed', 'Failed', 'Stopping', 'Stopped']) },
      {},
    ),
  },
  {},
)

const QUEUE_ARN = 'arn:aws:sqs:us-east-1:123456789012:sagemaker-events'
const TOPIC_ARN = 'arn:aws:sns:us-east-1:123456789012:sagemaker-events'

function event(status: string, name = 'xgboost-2024-05-01-12-00-00-000'): Record<string, unknown> {
  return {
    version: '0',
    id: '5bb8e9a5-95a0-7c5c-1a64-6b8e2c7f3b1d',
    'detail-type': 'SageMaker Training Job State Change',
    source: 'aws.sagemaker',
    account: '123456789012',
    time: '2024-05-01T12:34:56Z',
    region: 'us-east-1',
    resources: [`arn:aws:sagemaker:us-east-1:123456789012:training-job/${name}`],
    detail: { TrainingJobName: name, TrainingJobStatus: status },
  }
}

function sqsRecord(messageId: string, body: unknown): Record<string, unknown> {
  return {
    messageId,
    receiptHandle: `AQEB${messageId.replace(/-/g, '')}Zm9vYmFyYmF6cXV4cXV1eA==`,
    body,
    attributes: {
      ApproximateReceiveCount: '1',
      SentTimestamp: '1714566896000',
      SenderId: 'AIDAIENQZJOLO23YVJ4VO',
      ApproximateFirstReceiveTimestamp: '1714566896123',
    },
    messageAttributes: {},
    md5OfBody: 'e4e68fb7bd0e697a0ae8f1bb342846b3',
    eventSource: 'aws:sqs',
    eventSourceARN: QUEUE_ARN,
    awsRegion: 'us-east-1',
  }
}

function snsNotification(messageId: string, message: unknown): Record<string, unknown> {
  return {
    Type: 'Notification',
    MessageId: messageId,
    TopicArn: TOPIC_ARN,
    Subject: null,
    Message: message,
    Timestamp: '2024-05-01T12:34:57.123Z',
    SignatureVersion: '1',
    Signature: 'tcc6faL2yUC6dgZdmrwh1Y4cGa/ebXEkAi6RibDsvpi+tE/1+82j...65r==',
    SigningCertUrl: 'https://sns.us-east-1.amazonaws.com/SimpleNotificationService-0000000000000000000000.pem',
    UnsubscribeUrl: `https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=${TOPIC_ARN}:c9135db0-26c4-47ec-8998-413945fb5a96`,
    MessageAttributes: {},
  }
}

function snsRecord(messageId: string, message: unknown): Record<string, unknown> {
  return {
    EventSource: 'aws:sns',
    EventVersion: '1.0',
    EventSubscriptionArn: `${TOPIC_ARN}:c9135db0-26c4-47ec-8998-413945fb5a96`,
    Sns: snsNotification(messageId, message),
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key])
    Object.freeze(value)
  }
  return value
}

/** Each record as [index, id, issue paths and codes] (or 'ok' with the decoded status). */
function summary<A extends { detail: { TrainingJobStatus: string } }>(records: DeliveredRecord<A>[]) {
  return records.map((r) => [
    r.index,
    r.id,
    r.result.success ? r.result.data.detail.TrainingJobStatus : r.result.issues.map((i) => [i.path, i.code]),
  ])
}

const ID = ['0b6c8a1e-1f0e-4a4e-9b1e-1d2c3b4a5f60', '1c7d9b2f-2a1f-4b5f-8c2f-2e3d4c5b6a71', '2d8e0c3a-3b2a-4c6a-9d3a-3f4e5d6c7b82']

describe('decodeSqsRecords', () => {
  it('decodes the good record and reports each bad one at its prefixed path', () => {
    const input = {
      Records: [
        sqsRecord(ID[0]!, JSON.stringify(event('Completed'))),
        sqsRecord(ID[1]!, '{"version": "0", "detail-type": '),
        sqsRecord(ID[2]!, JSON.stringify(event('Done'))),
      ],
    }
    const results = decodeSqsRecords(TrainingJobStateChange, input)
    expect(summary(results)).toEqual([
      [0, ID[0], 'Completed'],
      [1, ID[1], [[['Records', 1, 'body'], 'invalid_value']]],
      [2, ID[2], [[['Records', 2, 'body', 'detail', 'TrainingJobStatus'], 'invalid_enum_value']]],
    ])
    const good = results[0]!.result
    expect(good.success && good.data).toEqual(event('Completed'))
    expect(good.success && good.data).not.toBe(input.Records[0])
    const badJson = results[1]!.result
    expect(badJson.success ? '' : badJson.issues[0]!.message).toMatch(/^the SQS message body is not valid JSON: .*JSON/)
  })

  it('unwraps an SNS notification body (topic -> queue without raw delivery)', () => {
    const input = {
      Records: [
        sqsRecord(ID[0]!, JSON.stringify(snsNotification('95df01b4-ee98-5cb9-9903-4c221d41eb5e', JSON.stringify(event('InProgress'))))),
        sqsRecord(ID[1]!, JSON.stringify(snsNotification('a1b2c3d4-ee98-5cb9-9903-4c221d41eb5e', 'not json'))),
        sqsRecord(ID[2]!, JSON.stringify(snsNotification('b2c3d4e5-ee98-5cb9-9903-4c221d41eb5e', JSON.stringify({ ...event('Failed'), source: 'aws.batch' })))),
      ],
    }
    expect(summary(decodeSqsRecords(TrainingJobStateChange, input))).toEqual([
      [0, ID[0], 'InProgress'],
      [1, ID[1], [[['Records', 1, 'body', 'Message'], 'invalid_value']]],
      [2, ID[2], [[['Records', 2, 'body', 'Message', 'source'], 'invalid_enum_value']]],
    ])
  })

  it('decodes a raw-delivery body as the event itself, deciding per record', () => {
    const input = {
      Records: [
        sqsRecord(ID[0]!, JSON.stringify(event('Stopped'))),
        sqsRecord(ID[1]!, JSON.stringify(snsNotification('95df01b4-ee98-5cb9-9903-4c221d41eb5e', JSON.stringify(event('Stopping'))))),
      ],
    }
    expect(summary(decodeSqsRecords(TrainingJobStateChange, input))).toEqual([
      [0, ID[0], 'Stopped'],
      [1, ID[1], 'Stopping'],
    ])
  })

  it('reports an SNS envelope whose Message is not a string', () => {
    const input = { Records: [sqsRecord(ID[0]!, JSON.stringify(snsNotification('95df01b4', event('Completed'))))] }
    expect(summary(decodeSqsRecords(TrainingJobStateChange, input))).toEqual([[0, ID[0], [[['Records', 0, 'body', 'Message'], 'invalid_type']]]])
  })

  it('reports a body that is not a string, a missing body, and a record that is not an object', () => {
    const missing = sqsRecord(ID[1]!, undefined)
    delete missing.body
    const input = { Records: [sqsRecord(ID[0]!, 42), missing, 'oops', null, sqsRecord(ID[2]!, '')] }
    expect(summary(decodeSqsRecords(TrainingJobStateChange, input))).toEqual([
      [0, ID[0], [[['Records', 0, 'body'], 'invalid_type']]],
      [1, ID[1], [[['Records', 1, 'body'], 'missing_required']]],
      [2, '', [[['Records', 2], 'invalid_type']]],
      [3, '', [[['Records', 3], 'invalid_type']]],
      [4, ID[2], [[['Records', 4, 'body'], 'invalid_value']]],
    ])
  })

  it('points at decodeSnsRecords when given an SNS event', () => {
    const [record] = decodeSqsRecords(TrainingJobStateChange, { Records: [snsRecord(ID[0]!, JSON.stringify(event('Completed')))] })
    expect(record!.result.success ? '' : record!.result.issues[0]!.message).toMatch(/use decodeSnsRecords/)
  })

  it('copes with a huge body, valid or not, and keeps the JSON error message short', () => {
    const big = { ...event('Completed'), detail: { TrainingJobName: 'x'.repeat(3_000_000), TrainingJobStatus: 'Completed' } }
    const junk = `{"a": ${'9'.repeat(3_000_000)}x}`
    const results = decodeSqsRecords(TrainingJobStateChange, { Records: [sqsRecord(ID[0]!, JSON.stringify(big)), sqsRecord(ID[1]!, junk)] })
    expect(results[0]!.result.success).toBe(true)
    const bad = results[1]!.result
    expect(bad.success).toBe(false)
    expect(bad.success ? 0 : bad.issues[0]!.message.length).toBeLessThan(300)
  })

  it('keeps an empty batch empty', () => {
    expect(decodeSqsRecords(TrainingJobStateChange, { Records: [] })).toEqual([])
  })
})

describe('decodeSnsRecords', () => {
  it('decodes the good record and reports each bad one at its prefixed path', () => {
    const input = {
      Records: [
        snsRecord('95df01b4-ee98-5cb9-9903-4c221d41eb5e', JSON.stringify(event('Completed'))),
        snsRecord('a1b2c3d4-ee98-5cb9-9903-4c221d41eb5e', '{"detail": }'),
        snsRecord('b2c3d4e5-ee98-5cb9-9903-4c221d41eb5e', JSON.stringify({ ...event('Failed'), detail: { TrainingJobStatus: 'Failed' } })),
      ],
    }
    const results = decodeSnsRecords(TrainingJobStateChange, input)
    expect(summary(results)).toEqual([
      [0, '95df01b4-ee98-5cb9-9903-4c221d41eb5e', 'Completed'],
      [1, 'a1b2c3d4-ee98-5cb9-9903-4c221d41eb5e', [[['Records', 1, 'Sns', 'Message'], 'invalid_value']]],
      [2, 'b2c3d4e5-ee98-5cb9-9903-4c221d41eb5e', [[['Records', 2, 'Sns', 'Message', 'detail', 'TrainingJobName'], 'missing_required']]],
    ])
    const bad = results[1]!.result
    expect(bad.success ? '' : bad.issues[0]!.message).toMatch(/^the SNS Message is not valid JSON: /)
  })

  it('reports a record without Sns, or with Sns that is not an object, and a missing MessageId as id ""', () => {
    const noId = snsRecord('x', JSON.stringify(event('Completed')))
    const { MessageId: _dropped, ...sns } = noId.Sns as Record<string, unknown>
    const input = { Records: [{ EventSource: 'aws:sns' }, { EventSource: 'aws:sns', Sns: 'hello' }, { ...noId, Sns: sns }, sqsRecord(ID[0]!, '{}')] }
    const results = decodeSnsRecords(TrainingJobStateChange, input)
    expect(summary(results)).toEqual([
      [0, '', [[['Records', 0, 'Sns'], 'missing_required']]],
      [1, '', [[['Records', 1, 'Sns'], 'invalid_type']]],
      [2, '', 'Completed'],
      [3, '', [[['Records', 3, 'Sns'], 'missing_required']]],
    ])
    expect(results[3]!.result.success ? '' : results[3]!.result.issues[0]!.message).toMatch(/use decodeSqsRecords/)
  })
})

describe('inputs that are not a Lambda event', () => {
  const notEvents: Array<[string, unknown]> = [
    ['undefined', undefined],
    ['null', null],
    ['a string', '{"Records": []}'],
    ['a number', 7],
    ['an array', [sqsRecord(ID[0]!, '{}')]],
    ['an object without Records', { records: [] }],
    ['Records that is not an array', { Records: { 0: sqsRecord(ID[0]!, '{}') } }],
  ]
  it.each(notEvents)('%s gives one failure at Records, index -1', (_name, input) => {
    for (const decode of [decodeSqsRecords, decodeSnsRecords]) {
      const results = decode(TrainingJobStateChange, input)
      expect(results).toHaveLength(1)
      expect(results[0]).toMatchObject({ id: '', index: -1, result: { success: false } })
      const result = results[0]!.result
      expect(result.success ? [] : result.issues.map((i) => i.path)).toEqual([['Records']])
    }
  })

  const throwing = (): never => {
    throw new Error('boom')
  }
  const throwingProxy = new Proxy({}, { get: throwing, has: throwing, ownKeys: throwing, getPrototypeOf: throwing, getOwnPropertyDescriptor: throwing })
  const revoked = Proxy.revocable([], {})
  revoked.revoke()

  it('a Proxy that throws gives a failure instead of throwing', () => {
    for (const decode of [decodeSqsRecords, decodeSnsRecords]) {
      expect(summary(decode(TrainingJobStateChange, throwingProxy))).toEqual([[-1, '', [[['Records'], 'invalid_value']]]])
      expect(summary(decode(TrainingJobStateChange, { Records: revoked.proxy }))).toEqual([[-1, '', [[['Records'], 'invalid_value']]]])
      const liar = new Proxy([], { get: (target, key) => (key === 'length' ? Infinity : Reflect.get(target, key)) })
      expect(summary(decode(TrainingJobStateChange, { Records: liar }))).toEqual([[-1, '', [[['Records'], 'invalid_value']]]])
    }
  })

  it('a throwing record fails alone', () => {
    const input = { Records: [throwingProxy, sqsRecord(ID[1]!, JSON.stringify(event('Completed'))), { messageId: ID[2], get body(): string { throw 'nope' } }] }
    const results = decodeSqsRecords(TrainingJobStateChange, input)
    expect(summary(results)).toEqual([
      [0, '', [[['Records', 0], 'invalid_value']]],
      [1, ID[1], 'Completed'],
      [2, ID[2], [[['Records', 2], 'invalid_value']]],
    ])
    expect(results[2]!.result.success ? '' : results[2]!.result.issues[0]!.message).toBe('could not read the record: nope')
  })

  it('a throwing decoder fails its record alone', () => {
    const fussy = new t.Type<unknown>('Fussy', (u): u is unknown => true, (u, c) => (u === 1 ? throwing() : t.success(u)), (a) => a)
    const results = decodeSqsRecords(fussy, { Records: [sqsRecord(ID[0]!, '1'), sqsRecord(ID[1]!, '2')] })
    expect(results.map((r) => r.result)).toEqual([
      { success: false, issues: [{ path: ['Records', 0, 'body'], message: 'could not read the input (boom)', code: 'invalid_value' }] },
      { success: true, data: 2 },
    ])
  })

  it('a sparse Records array with an absurd length fails as a whole rather than exhausting memory', () => {
    const results = decodeSqsRecords(TrainingJobStateChange, { Records: new Array(2 ** 32 - 1) })
    expect(summary(results)).toEqual([[-1, '', [[['Records'], 'invalid_value']]]])
  })
})

describe('the input is left alone', () => {
  it('deep-frozen SQS, SNS-in-SQS and SNS events decode, and are unchanged', () => {
    const sqs = deepFreeze({
      Records: [
        sqsRecord(ID[0]!, JSON.stringify(event('Completed'))),
        sqsRecord(ID[1]!, JSON.stringify(snsNotification('95df01b4', JSON.stringify(event('Failed'))))),
        sqsRecord(ID[2]!, JSON.stringify(event('Nope'))),
      ],
    })
    const sns = deepFreeze({ Records: [snsRecord('95df01b4', JSON.stringify(event('Completed')))] })
    const before = structuredClone([sqs, sns])
    expect(summary(decodeSqsRecords(TrainingJobStateChange, sqs)).map((r) => r[2])).toEqual(['Completed', 'Failed', [[['Records', 2, 'body', 'detail', 'TrainingJobStatus'], 'invalid_enum_value']]])
    expect(summary(decodeSnsRecords(TrainingJobStateChange, sns)).map((r) => r[2])).toEqual(['Completed'])
    expect([sqs, sns]).toEqual(before)
  })
})

describe('failures', () => {
  it('lists only the failed message ids, as SQS batch item failures', () => {
    const input = {
      Records: [
        sqsRecord(ID[0]!, JSON.stringify(event('Completed'))),
        sqsRecord(ID[1]!, 'not json'),
        sqsRecord(ID[2]!, JSON.stringify(event('Done'))),
      ],
    }
    expect(failures(decodeSqsRecords(TrainingJobStateChange, input))).toEqual([{ itemIdentifier: ID[1] }, { itemIdentifier: ID[2] }])
    expect(failures(decodeSqsRecords(TrainingJobStateChange, { Records: [sqsRecord(ID[0]!, JSON.stringify(event('Completed')))] }))).toEqual([])
  })

  it('names an unidentifiable failure "", which Lambda takes as a failure of the whole batch', () => {
    expect(failures(decodeSqsRecords(TrainingJobStateChange, null))).toEqual([{ itemIdentifier: '' }])
  })
})
