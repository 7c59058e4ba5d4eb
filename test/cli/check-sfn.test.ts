import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, inject, it, vi } from 'vitest'
import { UsageError } from '../../src/cli/args.js'
import * as _ from '../../src/cli/check-sfn.js'
// The command loads the table of every operation when a definition needs it; loading it here
// keeps that time out of the tests' own.
import '../../generated/sfn/sdk.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'check-sfn-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Runs the command in this process (spawning the whole CLI costs seconds a run). */
async function run(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const out: string[] = []
  const err: string[] = []
  const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void out.push(line))
  const error = vi.spyOn(console, 'error').mockImplementation((line: string) => void err.push(line))
  const cwd = vi.spyOn(process, 'cwd').mockReturnValue(root)
  try {
    return { status: await _.checkSfn(args.map((a) => (a.startsWith('test/') ? join(root, a) : a))), stdout: out.join('\n'), stderr: err.join('\n') }
  } finally {
    log.mockRestore()
    error.mockRestore()
    cwd.mockRestore()
  }
}

describe('sagemaker-shapes check-sfn', () => {
  it('is a command of the CLI', () => {
    const r = spawnSync(process.execPath, [inject('cli'), 'check-sfn', 'test/fixtures/sfn/create-processing-job.asl.json'], { cwd: root, encoding: 'utf8' })
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('test/fixtures/sfn/create-processing-job.asl.json: 1 SageMaker task, valid')
  })

  it('0 and a summary when every definition is valid', async () => {
    const { status, stdout } = await run('test/fixtures/sfn/create-processing-job.asl.json', 'test/fixtures/sfn/create-labeling-job.asl.json')
    expect(status).toBe(0)
    expect(stdout).toContain('test/fixtures/sfn/create-labeling-job.asl.json: 1 SageMaker task, valid')
    expect(stdout).toContain('2 valid, 0 with issues')
  })

  it('1 and one readable line per issue, with the state and its path', async () => {
    const machine = JSON.parse(readFileSync(join(root, 'test/fixtures/sfn/create-processing-job.asl.json'), 'utf8'))
    const task = machine.States['SageMaker CreateProcessingJob Sync']
    task.Resource = 'arn:aws:states:::sagemaker:createProcessingJob.waitForTaskToken'
    task.Parameters['ProcessingJobName.$'] = '$.id['
    const file = join(dir, 'bad.asl.json')
    writeFileSync(file, JSON.stringify(machine))
    const { status, stdout } = await run(file)
    expect(status).toBe(1)
    expect(stdout).toContain('1 SageMaker task, 2 issues')
    expect(stdout).toContain('- [SageMaker CreateProcessingJob Sync] States["SageMaker CreateProcessingJob Sync"].Resource: createProcessingJob does not support .waitForTaskToken')
    expect(stdout).toContain('.Parameters["ProcessingJobName.$"]: unclosed [ at character 5')
  })

  it('checks an AWS SDK integration task whose resource is spelled with JSON escapes', async () => {
    const file = join(dir, 'escaped.asl.json')
    writeFileSync(file, '{"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::aws-sdk\\u003asagemaker:describeTrainingJob","Parameters":{"TrainingJobNam":"j"},"End":true}}}')
    const { status, stdout } = await run(file)
    expect(status).toBe(1)
    expect(stdout).toContain('(did you mean "TrainingJobName"?)')
  })

  it('checks AWS SDK integration tasks against every operation', async () => {
    const { status, stdout } = await run('test/fixtures/sfn/sdk-integration.asl.json')
    expect(status).toBe(0)
    expect(stdout).toContain('test/fixtures/sfn/sdk-integration.asl.json: 5 SageMaker tasks, valid')
    const machine = JSON.parse(readFileSync(join(root, 'test/fixtures/sfn/sdk-integration.asl.json'), 'utf8'))
    machine.States['Describe package'].Resource = 'arn:aws:states:::aws-sdk:sagemaker:describeModelPackages'
    machine.States['Check'].Retry = [{ ErrorEquals: ['SageMaker.ResourceNotFound'] }]
    const file = join(dir, 'sdk.asl.json')
    writeFileSync(file, JSON.stringify(machine))
    const bad = await run(file)
    expect(bad.status).toBe(1)
    expect(bad.stdout).toContain('4 SageMaker tasks, 2 issues')
    expect(bad.stdout).toContain('(did you mean "arn:aws:states:::aws-sdk:sagemaker:describeModelPackage"?)')
    expect(bad.stdout).toContain('(did you mean "SageMaker.ResourceNotFoundException"?)')
  })

  it('prints state names, keys and messages escaped, each line bounded however long the name', async () => {
    const longest = async (size: number) => {
      const machine = JSON.parse(readFileSync(join(root, 'test/fixtures/sfn/create-processing-job.asl.json'), 'utf8'))
      const name = `\u001b]0;title\u0007\u202e${'s'.repeat(size)}`
      const task = machine.States['SageMaker CreateProcessingJob Sync']
      task.Resource = 'arn:aws:states:::sagemaker:createProcessingJob.waitForTaskToken'
      machine.States = { [name]: task }
      machine.StartAt = name
      const file = join(dir, `escapes-${size}.asl.json`)
      writeFileSync(file, JSON.stringify(machine))
      const { status, stdout } = await run(file)
      expect(status).toBe(1)
      expect(stdout).toContain('- [\\u001b]0;title\\u0007\\u202esss')
      expect(stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f]/)
      return Math.max(...stdout.split('\n').map((l) => l.length))
    }
    const [small, large] = [await longest(1_000), await longest(10_000)]
    expect(large).toBeLessThan(1_500)
    expect(Math.abs(large - small)).toBeLessThan(10)
  })

  it.each([
    ['no file', [], 'check-sfn needs at least one file'],
    ['an option', ['--json', 'x.json'], "check-sfn: Unknown option '--json'"],
    ['a short option', ['-x', 'x.json'], "check-sfn: Unknown option '-x'"],
  ])('a usage error throws UsageError (main prints the usage, status 2): %s', async (_name, args, message) => {
    await expect(run(...args)).rejects.toThrow(UsageError)
    await expect(run(...args)).rejects.toThrow(message)
  })

  it('2 when a file cannot be read', async () => {
    const missing = await run(join(dir, 'missing.json'))
    expect(missing.status).toBe(2)
    expect(missing.stderr).toContain('cannot read')
  })
})
