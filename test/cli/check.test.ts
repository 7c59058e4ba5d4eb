import { mkdirSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { UsageError } from '../../src/cli/args.js'
import { root, runCheck as run, scratchFolder } from './run-check.js'

const fixtures = join(root, 'test/fixtures')
const text = (path: string): string => readFileSync(join(fixtures, path), 'utf8')
const json = (path: string): Record<string, unknown> => JSON.parse(text(path))
const line = (path: string): string => JSON.stringify(json(path))

const { dir: work, file: scratch } = scratchFolder('check-')

const verdicts = (stdout: string): string[] => stdout.split('\n').filter((l) => /: (valid|\d+ issues?)$/.test(l))

describe('check: documents', () => {
  it('checks every event in a folder tree, each recognised by its detail-type', async () => {
    const { code, stdout } = await run(['test/fixtures/events'])
    const expected = readdirSync(join(fixtures, 'events'), { recursive: true }).filter((f) => String(f).endsWith('.json'))
    expect(code).toBe(0)
    expect(verdicts(stdout)).toHaveLength(expected.length)
    expect(stdout).toContain('test/fixtures/events/training-job-state-change/docs-01.json: SageMaker Training Job State Change: valid')
    expect(stdout).toContain(`${expected.length} items checked: ${expected.length} valid, 0 with issues`)
  })

  it('takes the operation of a request from the folder it is in', async () => {
    const { code, stdout } = await run(['test/fixtures/api'])
    expect(code).toBe(0)
    expect(verdicts(stdout)).toEqual(readdirSync(join(fixtures, 'api')).sort().map((op) => `test/fixtures/api/${op}/sfn-task-parameters.json: ${op} request: valid`))
  })

  it('--op and --response check against the named operation', async () => {
    // A Processing Job event's detail is what DescribeProcessingJob returns.
    const response = scratch('detail.json', JSON.stringify(json('events/processing-job-state-change/seed-01.json').detail))
    expect((await run(['--op', 'DescribeProcessingJob', '--response', response])).code).toBe(0)
    const inFolder = scratch('responses/DescribeProcessingJob/1.json', JSON.stringify(json('events/processing-job-state-change/seed-01.json').detail))
    expect(verdicts((await run(['--response', join(inFolder, '../..')])).stdout)).toEqual([`${inFolder}: DescribeProcessingJob response: valid`])
    const asRequest = await run(['--op', 'DescribeProcessingJob', response])
    expect(asRequest.code).toBe(1)
    expect(asRequest.stdout).toContain('ProcessingInputs: unknown member "ProcessingInputs"')
  })

  it('reports a misspelt member of a request with its path and a suggestion', async () => {
    const request = json('api/CreateProcessingJob/sfn-task-parameters.json')
    const { ProcessingJobName, ...rest } = request
    const file = scratch('CreateProcessingJob/typo.json', JSON.stringify({ ...rest, ProcessingJobNmae: ProcessingJobName }, null, 2))
    const { code, stdout } = await run([file])
    expect(code).toBe(1)
    expect(stdout).toContain('  - ProcessingJobNmae: unknown member "ProcessingJobNmae" (did you mean "ProcessingJobName"?)')
  })

  it.each([
    ['Lambda SQS event', 'deliveries/sqs-eventbridge.json', ['Records[0]', 'SageMaker Processing Job State Change'], ['Records[1]', 'SageMaker Training Job State Change']],
    ['Lambda SNS event', 'deliveries/sns-eventbridge.json', ['Records[0]', 'SageMaker Endpoint State Change']],
  ] as Array<[string, string, ...Array<[string, string]>]>)('unwraps a %s, one item per record', async (_name, path, ...want) => {
    const { code, stdout } = await run([`test/fixtures/${path}`])
    expect(code).toBe(0)
    expect(verdicts(stdout)).toEqual(want.map(([at, name]) => `test/fixtures/${path} ${at}: ${name}: valid`))
  })

  it('reports a bad event inside an SQS record at its path through the body', async () => {
    const sqs = structuredClone(json('deliveries/sqs-eventbridge.json')) as { Records: Array<{ body: string }> }
    const event = JSON.parse(sqs.Records[1]!.body)
    event.detail.CreationTime = 'soon'
    sqs.Records[1]!.body = JSON.stringify(event)
    const { code, stdout } = await run([scratch('batch.json', JSON.stringify(sqs))])
    expect(code).toBe(1)
    expect(stdout).toMatch(/batch\.json Records\[1\]: \(SQS message\): 1 issue\n {2}- Records\[1\]\.body\.detail\.CreationTime: expected a timestamp/)
  })

  it('checks each element of an array', async () => {
    const file = scratch('events.json', JSON.stringify([json('events/endpoint-state-change/seed-01.json'), json('events/image-state-change/seed-01.json')]))
    expect(verdicts((await run([file])).stdout)).toEqual([`${file} [0]: SageMaker Endpoint State Change: valid`, `${file} [1]: SageMaker Image State Change: valid`])
  })

  it('says where a file is not JSON, one issue per kind of mistake', async () => {
    // Python's repr of an event, as it lands in logs and READMEs.
    const pythonRepr = text('events/endpoint-state-change/seed-01.json').replaceAll('"', "'")
    const { code, stdout } = await run([scratch('repr.json', pythonRepr)])
    expect(code).toBe(1)
    expect(stdout).toMatch(/repr\.json: \(not JSON\): 1 issue\n {2}- 2:3: a single-quoted string \(JSON needs double quotes\) \(\d+ times, the last at \d+:\d+\)/)
  })

  it('warns about a duplicate key (JSON.parse would drop a value) without failing the file', async () => {
    const withDuplicate = text('events/image-state-change/seed-01.json').replace('"source": "aws.sagemaker",', '"source": "aws.sagemaker",\n  "source": "aws.sagemaker",')
    expect(withDuplicate).not.toBe(text('events/image-state-change/seed-01.json'))
    const { code, stdout } = await run([scratch('dup.json', withDuplicate)])
    expect(code).toBe(0)
    expect(stdout).toMatch(/dup\.json: SageMaker Image State Change: valid\n {2}warning: \d+:3: duplicate key "source": JSON.parse keeps the last value/)
  })

  it('accepts a detail-type it does not know, with a warning', async () => {
    const future = { ...json('events/image-state-change/seed-01.json'), 'detail-type': 'SageMaker Something New' }
    const { code, stdout } = await run([scratch('new.json', JSON.stringify(future))])
    expect(code).toBe(0)
    expect(stdout).toContain('new.json: SageMaker Something New: valid\n  warning: ["detail-type"]: not known to this version')
  })

  it.each([
    ['an object that is no event, without --op', '{"Name": "x"}', 'pass --op <Operation>'],
    ['a Step Functions definition', text('sfn/create-processing-job.asl.json'), 'check it with `sagemaker-shapes check-sfn`'],
    ['a number', '42', 'expected a JSON object (an event, or an API request or response), received 42'],
    ['an empty array', '[]', 'nothing to check'],
    ['empty text', '  \n', 'empty input'],
  ])('does not guess at %s', async (_name, content, message) => {
    const { code, stdout } = await run([scratch('thing.json', content)])
    expect(code).toBe(1)
    expect(stdout).toContain(message)
  })

  it('reads one document from standard input with -', async () => {
    const { code, stdout } = await run(['-'], text('events/model-card-state-change/seed-01.json'))
    expect([code, verdicts(stdout)]).toEqual([0, ['-: SageMaker Model Card State Change: valid']])
  })
})

describe('check: streams', () => {
  const good = ['events/training-job-state-change/docs-01.json', 'events/endpoint-state-change/docs-01.json', 'events/hyperpod-cluster-event/seed-01.json'].map(line)
  const badTime = JSON.stringify({ ...json('events/model-package-state-change/seed-01.json'), time: 'yesterday' })
  // Line numbers: 1 good, 2 blank, 3 good (CRLF), 4 not JSON, 5 bad time, 6 two events back to back, 7 good without a final newline.
  const stream = `${good[0]}\n\n${good[1]}\r\n${good[2]!.replace(/}$/, ',}')}\n${badTime}\n${good[0]}${good[1]}\n${good[2]}`

  it('reports the line number of every bad line and counts the good ones', async () => {
    const { code, stdout } = await run(['--ndjson'], stream)
    expect(code).toBe(1)
    expect(verdicts(stdout)).toEqual(['-:4: (not JSON): 1 issue', '-:5: SageMaker Model Package State Change: 1 issue'])
    expect(stdout).toMatch(/-:4: \(not JSON\): 1 issue\n {2}- column \d+: a trailing comma\n/)
    expect(stdout).toContain('  - time: expected a timestamp')
    expect(stdout).toContain('7 items checked: 5 valid, 2 with issues')
  })

  it('--json: one document with every item, its line, and a summary', async () => {
    const { code, stdout } = await run(['--ndjson', '--json'], stream)
    const report = JSON.parse(stdout) as { items: Array<{ line: number; at?: string; valid: boolean; kind: string }>; summary: Record<string, unknown> }
    expect(code).toBe(1)
    expect(report.items.map((i) => [i.line, i.at ?? '', i.valid])).toEqual([
      [1, '', true],
      [3, '', true],
      [4, '', false],
      [5, '', false],
      [6, 'value 1', true],
      [6, 'value 2', true],
      [7, '', true],
    ])
    expect(report.summary).toMatchObject({ checked: 7, valid: 5, invalid: 2, unreadable: 0, exitCode: 1 })
  })

  it('reads .ndjson.gz files as gzipped streams, found in folders', async () => {
    const file = scratch('archive/2024/05/01/events.ndjson.gz', gzipSync(`${good.join('\n')}\n`))
    const { code, stdout } = await run([join(file, '../../../..')])
    expect(code).toBe(0)
    expect(stdout).toContain('3 items checked: 3 valid, 0 with issues')
  })

  it('checks API objects line by line with --op', async () => {
    const request = line('api/CreateTrainingJob/sfn-task-parameters.json')
    const { code, stdout } = await run(['--ndjson', '--op', 'CreateTrainingJob'], `${request}\n${request.replace('"TrainingJobName"', '"TrainingJobNam"')}\n`)
    expect(code).toBe(1)
    expect(verdicts(stdout)).toEqual(['-:2: CreateTrainingJob request: 2 issues'])
  })
})

describe('check: exit status 2', () => {
  it('when an input cannot be read, after checking the others', async () => {
    const { code, stdout, stderr } = await run(['test/fixtures/events/image-state-change/seed-01.json', join(work, 'missing.json')])
    expect(code).toBe(2)
    expect(stderr).toContain('missing.json: no such file or folder')
    expect(stdout).toContain('1 item checked: 1 valid')
  })

  it('when a folder holds nothing to check', async () => {
    const empty = join(work, 'empty')
    mkdirSync(empty)
    expect((await run([empty])).code).toBe(2)
  })

  it('when a gzipped stream is corrupt', async () => {
    const file = scratch('broken.ndjson.gz', gzipSync(`${line('events/image-state-change/seed-01.json')}\n`).subarray(0, 20))
    const { code, stderr } = await run([file])
    expect(code).toBe(2)
    expect(stderr).toContain('broken.ndjson.gz')
  })

  it.each([
    ['no inputs', [], 'check needs files or folders'],
    ['an unknown operation', ['--op', 'CreateProcesingJob', 'x.json'], 'unknown operation "CreateProcesingJob" (did you mean CreateProcessingJob?)'],
    ['an unknown option', ['--strict', 'x.json'], "Unknown option '--strict'"],
  ])('on usage errors: %s', async (_name, args, message) => {
    await expect(run(args)).rejects.toThrow(UsageError)
    await expect(run(args)).rejects.toThrow(message)
  })
})
