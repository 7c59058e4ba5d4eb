// The examples/ are type-checked by `npm run typecheck` (and against the packed package in
// package.test.ts); here each is bundled the way a user would ship it (esbuild, mainFields
// module,main) and run against the fixtures.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { sageMakerDetailTypes } from '../generated/events/index.js'
import { makeSageMakerEvent } from '../generated/events/testing.js'
import { checkSfn } from '../src/cli/check-sfn.js'
import { bundleLikeAUser } from './bundle.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const out = mkdtempSync(join(tmpdir(), 'examples-'))
afterAll(() => rmSync(out, { recursive: true, force: true }))
const fixture = (path: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`fixtures/events/${path}`, import.meta.url), 'utf8'))

/** Bundles an example (imports of `sagemaker-shapes/*` resolve through tsconfig paths) and loads it. */
async function load<T>(example: string): Promise<T & { bytes: number; file: string }> {
  const { text, bytes } = await bundleLikeAUser({ entry: join('examples', example) })
  const file = join(out, example.replace(/\.ts$/, '.mjs'))
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, text)
  return { ...((await import(pathToFileURL(file).href)) as T), bytes, file }
}

type Handler<R> = { handler: (event: unknown, log?: (line: string) => void) => Promise<R> }

describe('examples/lambda-handler.ts', async () => {
  const { handler } = await load<Handler<{ ok: boolean; summary: string }>>('lambda-handler.ts')

  it('summarises a training job event, with its Date', async () => {
    expect(await handler(fixture('training-job-state-change/docs-01.json'))).toEqual({
      ok: true,
      summary: expect.stringMatching(/^training job \S+ is Completed \(started 20\d\d-/),
    })
  })

  it('maps the event status spelling to the API one', async () => {
    expect(await handler(fixture('endpoint-state-change/seed-01.json'))).toEqual({ ok: true, summary: 'endpoint MyEndpoint is InService and ready' })
  })

  it('keeps the event spelling of a status the API enum does not have', async () => {
    const event = makeSageMakerEvent('SageMaker Endpoint State Change', { detail: { EndpointStatus: 'BRAND_NEW' } })
    expect(await handler(event)).toEqual({ ok: true, summary: 'endpoint MyEndpoint is BRAND_NEW' })
  })

  it('handles every detail-type and reports a bad event with its path', async () => {
    for (const t of sageMakerDetailTypes) {
      expect((await handler(makeSageMakerEvent(t))).ok).toBe(true)
    }
    const bad = makeSageMakerEvent('SageMaker Training Job State Change', { detail: { CreationTime: 'soon' } })
    expect(await handler(bad)).toEqual({ ok: false, summary: expect.stringContaining('detail.CreationTime') })
  })
})

describe('examples/sqs-handler.ts', async () => {
  const { handler } = await load<Handler<{ batchItemFailures: Array<{ itemIdentifier: string }> }>>('sqs-handler.ts')
  const record = (messageId: string, body: unknown) => ({ messageId, receiptHandle: 'r', body: JSON.stringify(body), eventSource: 'aws:sqs' })

  it('reads the SageMaker events of a Lambda SQS event', async () => {
    const lines: string[] = []
    const sqsEvent = JSON.parse(readFileSync(new URL('fixtures/deliveries/sqs-eventbridge.json', import.meta.url), 'utf8'))
    expect(await handler(sqsEvent, (line) => lines.push(line))).toEqual({ batchItemFailures: [] })
    expect(lines).toEqual([
      expect.stringMatching(/^processing job integ-test-analytics-algo-\S+: Failed$/),
      'SageMaker Training Job State Change for arn:aws:sagemaker:us-east-1:123456789012:training-job/kmeans-1',
    ])
  })

  it('decodes each record and reports only the bad one for retry', async () => {
    const lines: string[] = []
    const response = await handler(
      { Records: [record('a', fixture('processing-job-state-change/seed-01.json')), record('b', { source: 'aws.sagemaker' })] },
      (line) => lines.push(line),
    )
    expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: 'b' }] })
    expect(lines[0]).toMatch(/^processing job integ-test-analytics-algo-\S+: /)
    expect(lines[1]).toMatch(/^message b: Records\[1\]\.body/)
  })
})

describe('examples/check-requests.ts', async () => {
  type Checked = { file: string; operation: string | undefined; issues: string }
  const example = await load<{ checkRequests: (folder: string) => Checked[]; main: (folders: string[], log: (line: string) => void) => number }>('check-requests.ts')
  const requests = join(root, 'test/fixtures/api')

  it('finds every request under a folder, with the operation its folder names, all valid', () => {
    const results = example.checkRequests(requests)
    expect(results.map((r) => [r.operation, r.issues])).toEqual(readdirSync(requests).sort().map((op) => [op, '']))
  })

  it('fails the build on a bad request, saying what and where', () => {
    // Prepare: the fixtures, with one request broken the way people break them.
    const folder = join(out, 'requests')
    cpSync(requests, folder, { recursive: true })
    const file = join(folder, 'CreateTrainingJob/sfn-task-parameters.json')
    const request = structuredClone(JSON.parse(readFileSync(file, 'utf8')))
    request.ResourceConfig.InstanceType = 'ml.m5.larg'
    writeFileSync(file, JSON.stringify(request))
    // Act, as CI runs it: the bundle as a process.
    const run = spawnSync(process.execPath, [example.file, folder], { encoding: 'utf8' })
    // Assess
    expect(run.status).toBe(1)
    expect(run.stdout).toContain(`FAIL ${file} (CreateTrainingJob)`)
    expect(run.stdout).toMatch(/ResourceConfig\.InstanceType: expected TrainingInstanceType .*received "ml\.m5\.larg" \(did you mean "ml\.m5\.large"\?\)/)
    expect(run.stdout).toContain(`${readdirSync(requests).length - 1} of ${readdirSync(requests).length} requests valid`)
  })

  it('exits 0 on the fixtures, run as a process', () => {
    expect(spawnSync(process.execPath, [example.file, requests], { encoding: 'utf8' }).status).toBe(0)
  })
})

describe('examples/distributed-check', async () => {
  type Report = import('../examples/distributed-check/handler.js').BatchReport
  type Read = import('../examples/distributed-check/handler.js').ReadObject
  const example = await load<{ makeHandler: (read: Read) => (event: unknown) => Promise<Report> }>('distributed-check/handler.ts')
  const machineFile = join(root, 'examples/distributed-check/state-machine.asl.json')
  const machine = JSON.parse(readFileSync(machineFile, 'utf8'))
  const map = machine.States['Check archive']

  // Prepare: an archive as Firehose writes it, in local files standing in for S3 objects.
  const bucket = join(out, 'bucket')
  const fixtures = (dir: string): unknown[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? fixtures(join(dir, e.name)) : [JSON.parse(readFileSync(join(dir, e.name), 'utf8'))]))
  const documented = fixtures(join(root, 'test/fixtures/events'))
  const broken = makeSageMakerEvent('SageMaker Training Job State Change', { detail: { CreationTime: 'soon' } })
  const generated = sageMakerDetailTypes.map((t) => makeSageMakerEvent(t))
  const badEndpoints = Array.from({ length: 7 }, (_unused, i) => makeSageMakerEvent('SageMaker Endpoint State Change', { detail: { CreationTime: `day ${i}` } }))
  const objects: Record<string, string | Buffer> = {
    // The documented events, a line that is not JSON and a broken event, with CRLF and a blank line.
    'events/2024/05/01/00/delivery-1': [...documented.map((e) => JSON.stringify(e)), '{"detail-type": "SageMaker Training Job State Change", ', JSON.stringify(broken), ''].join('\r\n'),
    // One event of every detail-type, gzipped (no .gz name needed).
    'events/2024/05/01/00/delivery-2': gzipSync(`${generated.map((e) => JSON.stringify(e)).join('\n')}\n`),
    'events/2024/05/01/01/delivery-3.gz': gzipSync(badEndpoints.map((e) => JSON.stringify(e)).join('\n')),
  }
  for (const [key, body] of Object.entries(objects)) {
    mkdirSync(dirname(join(bucket, key)), { recursive: true })
    writeFileSync(join(bucket, key), body)
  }
  const reads: string[] = []
  const read: Read = async (name, key) => {
    reads.push(`${name}/${key}`)
    return readFile(join(out, name, key))
  }
  // The batch the Map hands the function: ItemReader items, and ItemBatcher's BatchInput.
  const batchInput = Object.fromEntries(Object.keys(map.ItemBatcher.BatchInput).map((k: string) => [k.replace(/\.\$$/, ''), 'bucket']))
  const batch = { Items: Object.keys(objects).map((Key) => ({ Key, Size: objects[Key]!.length })), BatchInput: batchInput }

  it('the state machine passes check-sfn, and is a Distributed Map over an S3 prefix that batches into the Lambda function', async () => {
    const lines: string[] = []
    const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line))
    try {
      expect(await checkSfn([machineFile])).toBe(0)
    } finally {
      log.mockRestore()
    }
    expect(lines.join('\n')).toContain('1 valid, 0 with issues')
    expect(map).toMatchObject({
      Type: 'Map',
      ItemReader: { Resource: 'arn:aws:states:::s3:listObjectsV2', Parameters: { 'Bucket.$': expect.any(String), 'Prefix.$': expect.any(String) } },
      ItemBatcher: { MaxItemsPerBatch: expect.any(Number) },
      MaxConcurrency: expect.any(Number),
      ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED' } },
      ResultWriter: { Resource: 'arn:aws:states:::s3:putObject' },
    })
    expect(map.ItemProcessor.States[map.ItemProcessor.StartAt]).toMatchObject({ Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { 'Payload.$': '$' }, OutputPath: '$.Payload' })
    // The handler reads the bucket from the batch input the machine sets.
    expect(Object.keys(batchInput)).toEqual(['bucket'])
  })

  it('counts every event per detail-type and reports the first issues of each object, at their lines', async () => {
    const report = await example.makeHandler(read)(batch)
    expect(reads).toEqual(Object.keys(objects).map((key) => `bucket/${key}`))
    const want: Record<string, { valid: number; invalid: number }> = {}
    const count = (events: unknown[], field: 'valid' | 'invalid') => {
      for (const e of events as Array<{ 'detail-type': string }>) (want[e['detail-type']] ??= { valid: 0, invalid: 0 })[field]++
    }
    count([...documented, ...generated], 'valid')
    count([broken, ...badEndpoints], 'invalid')
    expect(report.detailTypes).toEqual(want)
    expect(report).toMatchObject({ objects: 3, events: documented.length + generated.length + 8, invalid: 8, unreadable: 1 })
    expect(report.objectsWithIssues.map((o) => [o.key, o.events, o.invalid, o.unreadable])).toEqual([
      ['events/2024/05/01/00/delivery-1', documented.length + 1, 1, 1],
      ['events/2024/05/01/01/delivery-3.gz', 7, 7, 0],
    ])
    const [first, third] = report.objectsWithIssues
    expect(first!.issues).toEqual([
      expect.stringMatching(new RegExp(`^line ${documented.length + 1}: not JSON`)),
      expect.stringMatching(new RegExp(`^line ${documented.length + 2}: detail\\.CreationTime: `)),
    ])
    expect(third!.issues).toHaveLength(5)
    expect(third!.issues[4]).toMatch(/^line 5: detail\.CreationTime: .*received "day 4"/)
  })

  it('is small once bundled, and leaves the AWS SDK to the Lambda runtime', () => {
    expect(readFileSync(example.file, 'utf8')).not.toMatch(/from ["']@aws-sdk/)
    expect(example.bytes).toBeLessThan(400_000)
  })
})
