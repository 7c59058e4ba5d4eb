// The Lambda function of a distributed check: a Step Functions Distributed Map lists an archive
// of SageMaker events in S3 (EventBridge -> Firehose -> S3, one NDJSON object per delivery,
// gzipped or not), hands each run of this function a batch of objects, and writes what every
// batch returns back to S3 (state-machine.asl.json beside this file).
//
// For each object it reports the events per detail-type (valid and invalid), the unreadable
// lines, and its first issues, each at its line. Firehose must write one event per line: turn
// on its new-line delimiter (a delivery stream without it writes events back to back, which
// `npx sagemaker-shapes check --ndjson` reads but this example does not).
//
// Bundle it with the package inside (esbuild: bundle, platform node, mainFields module,main,
// `--external:@aws-sdk/*`: the Lambda runtime provides the AWS SDK).
import { gunzipSync } from 'node:zlib'
import { formatIssue } from 'sagemaker-shapes'
import { decodeSageMakerEvent } from 'sagemaker-shapes/events'

/** One item of the Map's `ItemReader` (S3 `ListObjectsV2`): an object under the prefix. */
export interface ArchiveObject {
  readonly Key: string
  readonly Size?: number
}

/** What the Map's `ItemBatcher` hands the function: a batch of items and the batch input. */
export interface BatchEvent {
  readonly Items: readonly ArchiveObject[]
  readonly BatchInput: { readonly bucket: string }
}

/** Reads an object's bytes: S3 in Lambda, local files in tests. */
export type ReadObject = (bucket: string, key: string) => Promise<Uint8Array>

export interface ObjectReport {
  readonly key: string
  /** Lines that are not JSON at all. */
  readonly unreadable: number
  readonly events: number
  readonly invalid: number
  /** The first issues, `line N: path: message`. */
  readonly issues: readonly string[]
}

export interface BatchReport {
  readonly objects: number
  readonly events: number
  readonly invalid: number
  readonly unreadable: number
  /** Events per detail-type (`(none)` for events without one), valid and invalid. */
  readonly detailTypes: Readonly<Record<string, { valid: number; invalid: number }>>
  /** Objects with an invalid event or an unreadable line. */
  readonly objectsWithIssues: readonly ObjectReport[]
}

/** Issues kept per object, and characters per issue: a batch result stays small for ResultWriter. */
const FIRST_ISSUES = 5
const ISSUE_LENGTH = 300

const GZIP = [0x1f, 0x8b]
const clip = (line: string): string => (line.length > ISSUE_LENGTH ? `${line.slice(0, ISSUE_LENGTH - 3)}...` : line)

/** The object's text: gunzipped when it starts like gzip (Firehose's `.gz` carries no Content-Encoding). */
function textOf(bytes: Uint8Array): string {
  const data = bytes[0] === GZIP[0] && bytes[1] === GZIP[1] ? gunzipSync(bytes) : bytes
  return new TextDecoder().decode(data)
}

function checkObject(key: string, text: string, detailTypes: Record<string, { valid: number; invalid: number }>): ObjectReport {
  let events = 0
  let invalid = 0
  let unreadable = 0
  const issues: string[] = []
  const note = (line: string): void => {
    if (issues.length < FIRST_ISSUES) issues.push(clip(line))
  }
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim()
    if (line === '') continue
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch (e) {
      unreadable++
      note(`line ${i + 1}: not JSON (${(e as Error).message})`)
      continue
    }
    events++
    const detailType = typeof value === 'object' && value !== null && typeof (value as Record<string, unknown>)['detail-type'] === 'string' ? ((value as Record<string, string>)['detail-type'] as string) : '(none)'
    const counts = (detailTypes[detailType] ??= { valid: 0, invalid: 0 })
    const result = decodeSageMakerEvent(value)
    if (result.success) {
      counts.valid++
      continue
    }
    counts.invalid++
    invalid++
    for (const issue of result.issues) note(`line ${i + 1}: ${formatIssue(issue)}`)
  }
  return { key, unreadable, events, invalid, issues }
}

/** The handler, reading objects with `read`. */
export function makeHandler(read: ReadObject): (event: BatchEvent) => Promise<BatchReport> {
  return async (event) => {
    // A null prototype: a detail-type such as "__proto__" is a count like any other.
    const detailTypes: Record<string, { valid: number; invalid: number }> = Object.create(null)
    const reports: ObjectReport[] = []
    for (const { Key } of event.Items) reports.push(checkObject(Key, textOf(await read(event.BatchInput.bucket, Key)), detailTypes))
    const sum = (field: 'events' | 'invalid' | 'unreadable'): number => reports.reduce((n, r) => n + r[field], 0)
    return {
      objects: reports.length,
      events: sum('events'),
      invalid: sum('invalid'),
      unreadable: sum('unreadable'),
      detailTypes: { ...detailTypes },
      objectsWithIssues: reports.filter((r) => r.invalid > 0 || r.unreadable > 0),
    }
  }
}

/** Reads from S3 with the AWS SDK the Lambda runtime provides (loaded only when called). */
const readFromS3: ReadObject = async (bucket, key) => {
  // A name in a variable: bundlers leave the import to the runtime, and the package needs no SDK.
  const sdk = '@aws-sdk/client-s3'
  const { S3Client, GetObjectCommand } = (await import(sdk)) as S3Module
  s3 ??= new S3Client({})
  const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }))
  if (object.Body === undefined) throw new Error(`s3://${bucket}/${key} has no body`)
  return object.Body.transformToByteArray()
}

/** The part of `@aws-sdk/client-s3` used here. */
interface S3Module {
  S3Client: new (config: object) => S3
  GetObjectCommand: new (input: { Bucket: string; Key: string }) => object
}
interface S3 {
  send(command: object): Promise<{ Body?: { transformToByteArray(): Promise<Uint8Array> } }>
}
let s3: S3 | undefined

export const handler = makeHandler(readFromS3)
