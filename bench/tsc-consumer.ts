// What a consumer pays in `tsc` time for the package's published types, against the same code
// typed with @aws-sdk/client-sagemaker's own types. The consumer projects live in
// bench/.work/tsc/<project>/ and import `sagemaker-shapes/...` by its name, which resolves
// through package.json `exports` to dist/, what npm users get (run `npm run build` first). Each project runs in a fresh `tsc` process, warm-up plus measured
// rounds interleaved in rotating order; the table shows medians, with skipLibCheck on and off,
// with TypeScript 5.9 (this repository's) and TypeScript 7 (installed on demand into
// bench/.work/ts7, pinned).
// Run: npm run build && npx tsx bench/tsc-consumer.ts [--runs 5] [--no-ts7]
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { parseArgs } from 'node:util'
import { fileURLToPath } from 'node:url'

const { values: options } = parseArgs({ options: { runs: { type: 'string', default: '5' }, 'no-ts7': { type: 'boolean', default: false } } })
const WARMUP = 1
const RUNS = Number(options.runs)
const TS7 = '7.0.2'

const benchDir = dirname(fileURLToPath(import.meta.url))
const root = dirname(benchDir)
const workDir = join(benchDir, '.work', 'tsc')
const require = createRequire(import.meta.url)
const ts5 = { name: `TypeScript ${require('typescript/package.json').version as string}`, command: [process.execPath, require.resolve('typescript/lib/tsc.js')] }

if (!existsSync(join(root, 'dist/types'))) {
  console.error('bench/tsc-consumer.ts measures the published declarations: run `npm run build` first')
  process.exit(2)
}

/** TypeScript 7 (the native compiler), installed once into bench/.work/ts7. */
function typeScript7(): { name: string; command: string[] } | undefined {
  if (options['no-ts7']) return undefined
  const dir = join(benchDir, '.work', 'ts7')
  const bin = join(dir, 'node_modules/typescript/bin/tsc')
  if (!existsSync(bin)) {
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'package.json'), '{ "private": true }\n')
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefix', dir, `typescript@${TS7}`], { stdio: 'inherit' })
  }
  return { name: `TypeScript ${TS7}`, command: [process.execPath, bin] }
}

// The same literals satisfy both sides' types, so the checker does comparable work on them.
const request = `{
  TrainingJobName: 'nightly',
  RoleArn: 'arn:aws:iam::123456789012:role/training',
  AlgorithmSpecification: { TrainingImage: '123456789012.dkr.ecr.us-east-1.amazonaws.com/train:1', TrainingInputMode: 'File' },
  OutputDataConfig: { S3OutputPath: 's3://bucket/out' },
  ResourceConfig: { InstanceType: 'ml.m5.xlarge', InstanceCount: 1, VolumeSizeInGB: 30 },
  StoppingCondition: { MaxRuntimeInSeconds: 3600 },
}`

// A Lambda function as the README writes one: it decodes any SageMaker event and switches on
// its detail-type, checks the request it is about to send, reads a Describe response, and
// checks a Step Functions definition it deploys.
const lambdaApp = `import { decodeSageMakerEvent, isEndpointStateChangeEvent, isTrainingJobStateChangeEvent } from 'sagemaker-shapes/events'
import { CreateTrainingJobRequest } from 'sagemaker-shapes/api/CreateTrainingJob'
import { DescribeTrainingJobResponse } from 'sagemaker-shapes/api/DescribeTrainingJob'
import { validateStateMachine } from 'sagemaker-shapes/sfn'

export const handler = async (event: unknown, definition: unknown): Promise<string | undefined> => {
  const result = decodeSageMakerEvent(event)
  if (!result.success) return undefined
  const e = result.data
  if (isTrainingJobStateChangeEvent(e)) console.log(e.detail.TrainingJobName, e.detail.TrainingEndTime?.toISOString())
  if (isEndpointStateChangeEvent(e)) console.log(e.detail.EndpointName, e.detail.EndpointStatus)
  const request: CreateTrainingJobRequest = ${request}
  const checked = CreateTrainingJobRequest.decode(request)
  const described = DescribeTrainingJobResponse.decode({})
  if (described._tag === 'Right') console.log(described.right.TrainingJobStatus, described.right.CreationTime.getTime())
  console.log(validateStateMachine(definition).success)
  return checked._tag
}
`

// The same function typed with the SDK's types (it cannot check anything at run time).
const lambdaAppSdk = `import type { CreateTrainingJobCommandInput, DescribeTrainingJobCommandOutput } from '@aws-sdk/client-sagemaker'

interface EventBridgeEvent<T extends string, D> { 'detail-type': T; source: string; time: string; region: string; resources: string[]; detail: D }
type TrainingEvent = EventBridgeEvent<'SageMaker Training Job State Change', { TrainingJobName: string; TrainingEndTime?: number }>
type EndpointEvent = EventBridgeEvent<'SageMaker Endpoint State Change', { EndpointName: string; EndpointStatus: string }>

export const handler = async (event: TrainingEvent | EndpointEvent, definition: unknown): Promise<string | undefined> => {
  if (event['detail-type'] === 'SageMaker Training Job State Change') console.log(event.detail.TrainingJobName, event.detail.TrainingEndTime)
  else console.log(event.detail.EndpointName, event.detail.EndpointStatus)
  const request: CreateTrainingJobCommandInput = ${request}
  const described = {} as DescribeTrainingJobCommandOutput
  console.log(described.TrainingJobStatus, described.CreationTime?.getTime(), definition)
  return request.TrainingJobName
}
`

const sources: Record<string, string> = {
  'one operation': `import { CreateTrainingJobRequest } from 'sagemaker-shapes/api/CreateTrainingJob'
export const value: CreateTrainingJobRequest = ${request}
export const result = CreateTrainingJobRequest.decode(value)
`,
  'one operation, sdk': `import type { CreateTrainingJobCommandInput } from '@aws-sdk/client-sagemaker'
export const value: CreateTrainingJobCommandInput = ${request}
`,
  'lambda app': lambdaApp,
  'lambda app, sdk': lambdaAppSdk,
  // Every operation, through the barrel: what `sagemaker-shapes/api` costs.
  'api barrel': `import { CreateTrainingJobRequest } from 'sagemaker-shapes/api'
export const value: CreateTrainingJobRequest = ${request}
`,
}
const PAIRS: ReadonlyArray<readonly [ours: string, sdk: string]> = [
  ['one operation', 'one operation, sdk'],
  ['lambda app', 'lambda app, sdk'],
  ['api barrel', 'one operation, sdk'],
]

const projectName = (name: string, skipLibCheck: boolean): string => `${name.replace(/[^a-z0-9]+/g, '-')}${skipLibCheck ? '-skiplibcheck' : ''}`

rmSync(workDir, { recursive: true, force: true })
mkdirSync(workDir, { recursive: true })
// NodeNext needs to know the consumer files are ESM; `sagemaker-shapes` is this repository, as
// npm would install it (its package.json, whose exports lead to dist/).
writeFileSync(join(workDir, 'package.json'), '{ "type": "module", "private": true }\n')
mkdirSync(join(workDir, 'node_modules'))
symlinkSync(root, join(workDir, 'node_modules/sagemaker-shapes'), 'dir')
const projects: Array<{ name: string; skipLibCheck: boolean; dir: string }> = []
for (const [name, source] of Object.entries(sources)) {
  for (const skipLibCheck of [true, false]) {
    const dir = join(workDir, projectName(name, skipLibCheck))
    mkdirSync(dir)
    writeFileSync(join(dir, 'index.ts'), source)
    const compilerOptions = { target: 'ES2022', lib: ['ES2022'], module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, skipLibCheck, noEmit: true, types: ['node'] }
    writeFileSync(join(dir, 'tsconfig.json'), `${JSON.stringify({ compilerOptions, files: ['index.ts'] }, null, 2)}\n`)
    projects.push({ name, skipLibCheck, dir })
  }
}

interface Sample {
  files: number
  lines: number
  checkTime: number
  totalTime: number
  memoryMB: number
}

function runTsc(command: readonly string[], dir: string): Sample {
  const res = spawnSync(command[0]!, [...command.slice(1), '-p', dir, '--extendedDiagnostics'], { encoding: 'utf8' })
  const out = res.stdout + res.stderr
  if (res.status !== 0) throw new Error(`${dir} did not type-check (exit ${res.status}):\n${out}`)
  const stat = (label: string): number => {
    const m = out.match(new RegExp(`^${label}:\\s+([\\d.]+)`, 'm'))
    if (m?.[1] === undefined) throw new Error(`"${label}" missing from tsc --extendedDiagnostics:\n${out}`)
    return Number(m[1])
  }
  const lines = [...out.matchAll(/^Lines of \w+:\s+(\d+)/gm)].reduce((sum, m) => sum + Number(m[1]), 0)
  const memory = out.match(/^Memory used:\s+([\d.]+)(K|M)?/m)
  const memoryMB = memory === null ? Number.NaN : Math.round(Number(memory[1]) / (memory[2] === 'M' ? 1 : 1024))
  return { files: stat('Files'), lines, checkTime: stat('Check time'), totalTime: stat('Total time'), memoryMB }
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]!
}

const compilers = [ts5, typeScript7()].filter((c): c is { name: string; command: string[] } => c !== undefined)
const report: Record<string, unknown> = { date: new Date().toISOString().slice(0, 10), node: process.version, runs: RUNS, target: 1.5, compilers: {} }
for (const compiler of compilers) {
  const samples = new Map(projects.map((p) => [p.dir, [] as Sample[]]))
  for (let round = 0; round < WARMUP + RUNS; round++) {
    // Interleaved and rotated, so machine noise hits every project alike.
    const order = [...projects.slice(round % projects.length), ...projects.slice(0, round % projects.length)]
    for (const p of order) {
      const s = runTsc(compiler.command, p.dir)
      if (round >= WARMUP) samples.get(p.dir)!.push(s)
    }
  }
  const results = new Map(
    projects.map((p) => {
      const runs = samples.get(p.dir)!
      const med = (key: keyof Sample): number => median(runs.map((r) => r[key]))
      return [`${p.name}|${p.skipLibCheck}`, { files: med('files'), lines: med('lines'), checkTime: med('checkTime'), totalTime: med('totalTime'), memoryMB: med('memoryMB') }]
    }),
  )
  console.log(`\n${compiler.name}, node ${process.version}, median of ${RUNS} runs (+${WARMUP} warm-up)\n`)
  console.log('| project | skipLibCheck | files | lines | check time | total time | memory |')
  console.log('|---|---|---:|---:|---:|---:|---:|')
  for (const p of projects) {
    const r = results.get(`${p.name}|${p.skipLibCheck}`)!
    console.log(`| ${p.name} | ${p.skipLibCheck} | ${r.files} | ${r.lines} | ${r.checkTime.toFixed(2)}s | ${r.totalTime.toFixed(2)}s | ${r.memoryMB} MB |`)
  }
  const ratios: Record<string, number> = {}
  console.log('\n| ours vs the sdk (total time) | skipLibCheck | ratio | target |')
  console.log('|---|---|---:|---|')
  for (const [ours, sdk] of PAIRS) {
    for (const skipLibCheck of [true, false]) {
      const ratio = Math.round((results.get(`${ours}|${skipLibCheck}`)!.totalTime / results.get(`${sdk}|${skipLibCheck}`)!.totalTime) * 100) / 100
      ratios[`${ours} / ${sdk}, skipLibCheck ${skipLibCheck}`] = ratio
      console.log(`| ${ours} / ${sdk} | ${skipLibCheck} | ${ratio.toFixed(2)}x | <= 1.5x ${ratio <= 1.5 ? 'met' : 'MISSED'} |`)
    }
  }
  ;(report['compilers'] as Record<string, unknown>)[compiler.name] = { medians: Object.fromEntries(results), ratios }
}
writeFileSync(join(benchDir, 'results-tsc.json'), `${JSON.stringify(report, null, 2)}\n`)
