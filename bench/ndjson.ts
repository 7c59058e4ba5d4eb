// Throughput of `sagemaker-shapes check --ndjson` against JSON.parse alone, on the same
// generated 100 MB stream of SageMaker events (the fixtures' events, one per line, the way an
// EventBridge archive lands in S3 through Firehose). Prints MB/s and the ratio; not a test.
//
//   npm run bench:ndjson [-- --mb 100 --rounds 3 --built]
import { spawnSync } from 'node:child_process'
import { createReadStream, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { check } from '../src/cli/check.js'
import { LineSplitter } from '../src/cli/ndjson.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const { values } = parseArgs({
  options: { mb: { type: 'string', default: '100' }, rounds: { type: 'string', default: '3' }, built: { type: 'boolean', default: false } },
})
const targetBytes = Number(values.mb) * 1e6
const rounds = Number(values.rounds)

/** The fixtures' events, minified; each copy gets its own `id`, as every archived event has. */
function generate(file: string): void {
  const dir = join(root, 'test/fixtures/events')
  const events = readdirSync(dir)
    .sort()
    .flatMap((slug) => readdirSync(join(dir, slug)).sort().map((f) => JSON.parse(readFileSync(join(dir, slug, f), 'utf8')) as Record<string, unknown>))
  const parts: string[] = []
  let bytes = 0
  for (let n = 0; bytes < targetBytes; n++) {
    const event = events[n % events.length]!
    const line = `${JSON.stringify({ ...event, id: `bench-${n.toString(16).padStart(8, '0')}` })}\n`
    parts.push(line)
    bytes += Buffer.byteLength(line)
  }
  writeFileSync(file, parts.join(''))
}

async function parseOnly(file: string): Promise<number> {
  let values = 0
  const splitter = new LineSplitter({
    line(text) {
      JSON.parse(text)
      values++
    },
    overlong() {},
  })
  for await (const chunk of createReadStream(file, { highWaterMark: 256 * 1024 })) splitter.push(chunk as Buffer)
  splitter.end()
  return values
}

async function readlineParse(file: string): Promise<number> {
  let values = 0
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    if (line !== '') {
      JSON.parse(line)
      values++
    }
  }
  return values
}

const discard = { write: () => true }

async function checkInProcess(file: string): Promise<number> {
  const code = await check(['--ndjson', file], { stdout: discard, stderr: { ...discard, isTTY: false }, stdin: (async function* () {})() })
  if (code !== 0) throw new Error(`check exited ${code}: the generated stream should be valid`)
  return 0
}

function checkProcess(file: string): Promise<number> {
  // The built CLI with --built (run `npm run build` first), else the sources through tsx.
  const args = values.built ? [join(root, 'dist/cli/main.js')] : ['--import', 'tsx', join(root, 'src/cli/main.ts')]
  const run = spawnSync(process.execPath, [...args, 'check', '--ndjson', file], { encoding: 'utf8', maxBuffer: 1 << 24 })
  if (run.status !== 0) throw new Error(`check exited ${run.status}: ${run.stderr}`)
  return Promise.resolve(0)
}

// The same work as `readlineParse`, as a process of its own: the fair peer of the whole CLI.
const READLINE_SCRIPT = `const rl = require('node:readline').createInterface({ input: require('node:fs').createReadStream(process.argv[1]), crlfDelay: Infinity })
rl.on('line', (line) => { if (line !== '') JSON.parse(line) })`

function parseProcess(file: string): Promise<number> {
  const run = spawnSync(process.execPath, ['-e', READLINE_SCRIPT, file], { encoding: 'utf8' })
  if (run.status !== 0) throw new Error(`JSON.parse process exited ${run.status}: ${run.stderr}`)
  return Promise.resolve(0)
}

async function median(task: () => Promise<number>): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < rounds; i++) {
    const start = performance.now()
    await task()
    times.push(performance.now() - start)
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!
}

const work = join(root, 'bench/.work')
mkdirSync(work, { recursive: true })
const file = join(work, `events-${values.mb}mb.ndjson`)
if (!existsSync(file) || statSync(file).size < targetBytes) generate(file)
const megabytes = statSync(file).size / 1e6
const lines = await parseOnly(file)
console.log(`stream: ${megabytes.toFixed(1)} MB, ${lines} events; median of ${rounds} rounds`)

// Each row: a name, its median time, and the row it is compared with.
const parse = await median(() => parseOnly(file))
const rows: Array<[string, number, number]> = [
  ['JSON.parse alone (same line splitter)', parse, parse],
  ['readline + JSON.parse', await median(() => readlineParse(file)), parse],
  ['check --ndjson, in process', await median(() => checkInProcess(file)), parse],
]
const parseProcessMs = await median(() => parseProcess(file))
rows.push(['readline + JSON.parse, a process', parseProcessMs, parseProcessMs], ['check --ndjson, the CLI process', await median(() => checkProcess(file)), parseProcessMs])
for (const [name, ms, baselineMs] of rows) {
  const rate = megabytes / (ms / 1000)
  console.log(`${name.padEnd(40)} ${(ms / 1000).toFixed(2).padStart(6)} s  ${rate.toFixed(1).padStart(7)} MB/s  ratio ${(baselineMs / ms).toFixed(2)}`)
}
