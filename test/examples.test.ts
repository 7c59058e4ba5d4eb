// The examples/ are type-checked by `npm run typecheck` (and against the packed package in
// package.test.ts); here each is bundled the way a user would ship it (esbuild, mainFields
// module,main) and run against the fixtures.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { sageMakerDetailTypes } from '../generated/events/index.js'
import { makeSageMakerEvent } from '../generated/events/testing.js'
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
