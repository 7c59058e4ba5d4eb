import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import * as _ from '../../../generated/events/index.js'

const event = JSON.parse(readFileSync(new URL('../../fixtures/events/processing-job-state-change/seed-01.json', import.meta.url), 'utf8'))
const broken = { ...event, detail: { ...event.detail, ProcessingJobName: 42 } }
const sqsRecord = (messageId: string, body: string) => ({
  messageId,
  receiptHandle: `AQEB${messageId}`,
  body,
  attributes: { ApproximateReceiveCount: '1', SentTimestamp: '1592411992203' },
  messageAttributes: {},
  md5OfBody: '0',
  eventSource: 'aws:sqs',
  eventSourceARN: 'arn:aws:sqs:us-east-1:123456789012:sagemaker-events',
  awsRegion: 'us-east-1',
})
const snsNotification = (message: string) => ({
  Type: 'Notification',
  MessageId: 'b1946ac9-2e64-4a1b-8e6f-1a2b3c4d5e6f',
  TopicArn: 'arn:aws:sns:us-east-1:123456789012:sagemaker-events',
  Message: message,
  Timestamp: '2019-05-31T21:49:55.000Z',
  SignatureVersion: '1',
})

describe('delivery wrappers, one good and one bad record', () => {
  it('SQS', () => {
    const results = _.decodeSageMakerSqsEvent({ Records: [sqsRecord('m-1', JSON.stringify(event)), sqsRecord('m-2', JSON.stringify(broken))] })
    expect(results.map((r) => [r.id, r.result.success])).toEqual([
      ['m-1', true],
      ['m-2', false],
    ])
    expect(results[0]!.result.success && _.isProcessingJobStateChangeEvent(results[0]!.result.data)).toBe(true)
    expect(results[1]!.result.success ? [] : results[1]!.result.issues.map((i) => i.path)).toEqual([['Records', 1, 'body', 'detail', 'ProcessingJobName']])
    expect(_.failures(results)).toEqual([{ itemIdentifier: 'm-2' }])
  })

  it('SNS', () => {
    const sns = (id: string, message: string) => ({ EventSource: 'aws:sns', EventVersion: '1.0', Sns: { ...snsNotification(message), MessageId: id } })
    const results = _.decodeSageMakerSnsEvent({ Records: [sns('s-1', JSON.stringify(event)), sns('s-2', '{not json')] })
    expect(results.map((r) => [r.id, r.result.success])).toEqual([
      ['s-1', true],
      ['s-2', false],
    ])
    expect(results[1]!.result.success ? [] : results[1]!.result.issues.map((i) => i.path)).toEqual([['Records', 1, 'Sns', 'Message']])
  })

  it('SNS to SQS', () => {
    const results = _.decodeSageMakerSqsEvent({
      Records: [sqsRecord('q-1', JSON.stringify(snsNotification(JSON.stringify(event)))), sqsRecord('q-2', JSON.stringify(snsNotification(JSON.stringify(broken))))],
    })
    expect(results.map((r) => r.result.success)).toEqual([true, false])
    expect(results[1]!.result.success ? [] : results[1]!.result.issues.map((i) => i.path)).toEqual([
      ['Records', 1, 'body', 'Message', 'detail', 'ProcessingJobName'],
    ])
  })
})
