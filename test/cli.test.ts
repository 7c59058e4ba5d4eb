import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const cli = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: root, encoding: 'utf8' })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('sagemaker-shapes CLI', () => {
  it('demo decodes every bundled example event and prints a table', () => {
    const { status, stdout } = cli('demo')
    expect(status).toBe(0)
    expect(stdout.split('\n')[0]).toMatch(/^detail-type\s+resource\s+status\s+time$/)
    const [, decoded, total] = /(\d+) of (\d+) example events decoded/.exec(stdout) ?? []
    expect(Number(total)).toBeGreaterThan(20)
    expect(decoded).toBe(total)
    expect(stdout).toMatch(/Endpoint State Change\s+endpoint\/myendpoint\s+IN_SERVICE\s+2020-06-17T16:39:57\.000Z/)
  })

  it('check: 0 when valid, 1 with issues, 2 on usage errors', () => {
    expect(cli('check', '--op', 'CreateProcessingJob', 'test/fixtures/api/CreateProcessingJob/sfn-task-parameters.json').status).toBe(0)
    const bad = cli('check', '--op', 'CreateProcessingJob', 'test/fixtures/sfn/create-processing-job.asl.json')
    expect(bad.status).toBe(1)
    expect(bad.stdout).toContain('StartAt: unknown member "StartAt"')
    expect(cli('check', '--op', 'NoSuchOperation', 'x.json').status).toBe(2)
    expect(cli('frobnicate').status).toBe(2)
  })
})
