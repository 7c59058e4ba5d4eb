// The tool as users run it: a process, its exit status, its output. The process runs the CLI
// bundled once for the whole test run (test/global-setup.ts).
import { spawn, spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, inject, it } from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))
const main = inject('cli')
const cli = (args: string[], input?: string) => {
  const r = spawnSync(process.execPath, [main, ...args], { cwd: root, encoding: 'utf8', input })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

/** Runs a command whose reader has gone before it writes anything (`... | head` at its extreme). */
async function withClosedOutput(args: string[], input = ''): Promise<{ status: number | null; stderr: string }> {
  const child = spawn(process.execPath, [main, ...args], { cwd: root })
  child.stdout.destroy()
  let stderr = ''
  child.stderr.on('data', (d: Buffer) => (stderr += d))
  child.stdin.on('error', () => {})
  child.stdin.end(input)
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve))
  return { status, stderr }
}
const minified = (path: string): string => JSON.stringify(JSON.parse(readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8')))

describe('sagemaker-shapes CLI', () => {
  it('demo decodes every bundled example event and prints a table', () => {
    const { status, stdout } = cli(['demo'])
    expect(status).toBe(0)
    expect(stdout.split('\n')[0]).toMatch(/^detail-type\s+resource\s+status\s+time$/)
    const [, decoded, total] = /(\d+) of (\d+) example events decoded/.exec(stdout) ?? []
    expect(Number(total)).toBeGreaterThan(20)
    expect(decoded).toBe(total)
    expect(stdout).toMatch(/Endpoint State Change\s+endpoint\/myendpoint\s+IN_SERVICE\s+2020-06-17T16:39:57\.000Z/)
  })

  it('demo lists every known detail-type by how its detail is typed', () => {
    const { stdout } = cli(['demo'])
    const listing = stdout.slice(stdout.indexOf('58 detail-types known'))
    expect(listing).not.toBe('')
    const counts = [...listing.matchAll(/^ {2}(example|schema|api|open) \((\d+)\)/gm)].map((m) => [m[1], Number(m[2])])
    expect(counts).toEqual([['example', 19], ['schema', 5], ['api', 20], ['open', 14]])
    const flat = listing.replace(/\s+/g, ' ')
    expect(flat).toMatch(/example \(19\).* Training Job State Change.* schema \(5\)/)
    expect(flat).toContain('DescribeMonitoringSchedule: Monitoring Schedule State Change')
    expect(flat).toContain('DescribeMlflowTrackingServer: Tracking Server Create Failed / Created /')
    expect(flat).toMatch(/open \(14\).* Human Task Submitted, MLFlow Tracking Server Creating ModelVersion/)
    expect(Math.max(...listing.split('\n').map((l) => l.length))).toBeLessThanOrEqual(100)
  })

  it('check: 0 when valid, 1 with issues, 2 on usage errors', () => {
    expect(cli(['check', 'test/fixtures/events/image-state-change/seed-01.json']).status).toBe(0)
    const bad = cli(['check', '--op', 'CreateProcessingJob', 'test/fixtures/sfn/create-processing-job.asl.json'])
    expect(bad.status).toBe(1)
    expect(bad.stdout).toContain('StartAt: unknown member "StartAt"')
    expect(cli(['check', '--strict', 'x.json']).status).toBe(2)
  })

  it('check --ndjson reads a stream piped to standard input', () => {
    const events = ['events/training-job-state-change/docs-01.json', 'events/processing-job-state-change/seed-01.json'].map(minified)
    const { status, stdout } = cli(['check', '--ndjson', '--json'], `${events.join('\n')}\n{"detail-type": "SageMaker Training Job State Change"}\n`)
    expect(status).toBe(1)
    const report = JSON.parse(stdout) as { items: Array<{ line: number; valid: boolean }> }
    expect(report.items.map((i) => [i.line, i.valid])).toEqual([
      [1, true],
      [2, true],
      [3, false],
    ])
  })

  it.each([
    ['an unknown command', ['frobnicate'], 'unknown command "frobnicate"'],
    ['no command', [], 'no command given'],
  ])('usage error for %s: exit 2 and the usage text', (_name, args, message) => {
    const { status, stderr } = cli(args)
    expect(status).toBe(2)
    expect(stderr).toContain(message)
    expect(stderr).toContain('sagemaker-shapes check [--op <Operation>] [--response] [--ndjson] [--json] <files or folders...>')
  })

  it('a reader that stops early (`| head`) ends the run with status 2, no stack trace', async () => {
    const event = minified('events/training-job-state-change/docs-01.json')
    const child = spawn(process.execPath, [main, 'check', '--ndjson', '--json'], { cwd: root })
    let stderr = ''
    child.stderr.on('data', (d: Buffer) => (stderr += d))
    child.stdout.once('data', () => child.stdout.destroy())
    child.stdin.on('error', () => {})
    child.stdin.end(`${event}\n`.repeat(20_000))
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(status).toBe(2)
    expect(stderr).not.toContain('Error')
  })

  // Output cut short has no verdict: not 0 for a valid input, not 1 for a bad one.
  it.each([
    ['check, on a valid file', ['check', 'test/fixtures/events/image-state-change/seed-01.json']],
    ['check-sfn, on a valid definition', ['check-sfn', 'test/fixtures/sfn/create-processing-job.asl.json']],
    ['check-sfn, on a definition with issues', ['check-sfn', 'test/fixtures/sfn/create-processing-job.asl.json', 'test/fixtures/events/image-state-change/seed-01.json']],
    ['demo', ['demo']],
  ])('%s: status 2 when the reader has gone, no stack trace', async (_name, args) => {
    const { status, stderr } = await withClosedOutput(args)
    expect(status).toBe(2)
    expect(stderr).not.toContain('Error')
  })

  it('a usage error quoting terminal escapes and bidi overrides prints them escaped', () => {
    const { status, stderr } = cli(['\u001b[2J\u202eevil'])
    expect(status).toBe(2)
    expect(stderr).toContain('unknown command "\\u001b[2J\\u202eevil"')
    expect(stderr).not.toMatch(/[\u001b\u202e]/)
  })

  it('--help lists every command with one line each, then their usage', () => {
    const { status, stdout } = cli(['--help'])
    expect(status).toBe(0)
    expect(stdout.match(/^ {2}(check|check-sfn|demo|codegen) {2,}\S.*$/gm)?.map((l) => l.trim().split(/\s+/)[0])).toEqual(['check', 'check-sfn', 'demo', 'codegen'])
    expect(stdout.match(/^ {2}sagemaker-shapes [\w-]+/gm)).toEqual(['  sagemaker-shapes check', '  sagemaker-shapes check-sfn', '  sagemaker-shapes demo', '  sagemaker-shapes codegen'])
  })

  it.each([['--version'], ['-v']])('%s prints the version in package.json, exit 0', (flag) => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
    expect(cli([flag])).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' })
  })

  // Each command's help: what it does, every option it accepts explained, and an example.
  const OPTIONS: Array<[string, string[]]> = [
    ['check', ['--op', '--response', '--ndjson', '--json']],
    ['check-sfn', []],
    ['demo', []],
    ['codegen', ['--boto3', '--out', '--runtime']],
  ]
  it.each(OPTIONS)('%s --help explains the command, each option, and gives an example; exit 0', (command, options) => {
    const { status, stdout, stderr } = cli([command, '--help'])
    expect(stderr).toBe('')
    expect(status).toBe(0)
    expect(stdout).toMatch(new RegExp(`^usage: sagemaker-shapes ${command}\\b`))
    const explained = [...stdout.matchAll(/^ {2}(--[\w-]+)[^\n]*\n {6}\S/gm)].map((m) => m[1])
    expect(explained).toEqual(options)
    expect(stdout).toMatch(new RegExp(`examples?:\\n {2}sagemaker-shapes ${command}(\\s|$)`))
  })
})
