// `check` on hostile input: its work and its memory follow the input's size, or stop at a
// limit with an issue; what it prints is bounded and cannot act on a terminal. Work is counted
// (values parsed, bytes written), never timed.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { loadApiCatalog } from '../../src/cli/api-catalog.js'
import { MAX_DOCUMENT_BYTES } from '../../src/cli/check.js'
import * as inputs from '../../src/cli/inputs.js'
import { MAX_VALUES_PER_LINE } from '../../src/cli/ndjson.js'
import { root, runCheck, scratchFolder } from './run-check.js'

const event = readFileSync(join(root, 'test/fixtures/events/image-state-change/seed-01.json'), 'utf8')
const { dir, file } = scratchFolder('check-limits-')

// Characters a terminal acts on or a reader cannot see (see src/cli/text.ts), other than the newline.
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/

// `{}` and requests need the API codecs: loaded once here, not inside the first test that counts.
beforeAll(() => loadApiCatalog(), 60_000)

const children: ChildProcess[] = []
let fifos = 0
afterEach(() => {
  for (const child of children.splice(0)) child.kill()
})

/** A FIFO in the scratch folder, and a process that writes `bytes` into it once a reader opens it. */
function fifo(name: string, content: { readonly text?: string; readonly bytes?: number }): { path: string; written: Promise<number> } {
  const path = join(dir, `fifo-${fifos++}`, name)
  mkdirSync(join(path, '..'), { recursive: true })
  expect(spawnSync('mkfifo', [path]).status).toBe(0)
  // Writes in 1 MiB pieces and says how many bytes went in before the reader closed its end.
  const script = `const fs = require('node:fs'); const [path, text, bytes] = process.argv.slice(1); const fd = fs.openSync(path, 'w'); let n = 0;
    try { if (text) n += fs.writeSync(fd, text); const piece = Buffer.alloc(1 << 20, 0x20); while (n < Number(bytes)) n += fs.writeSync(fd, piece) } catch {}
    process.stdout.write(String(n))`
  const child = spawn(process.execPath, ['-e', script, path, content.text ?? '', String(content.bytes ?? 0)], { stdio: ['ignore', 'pipe', 'ignore'] })
  children.push(child)
  let out = ''
  child.stdout!.on('data', (d: Buffer) => (out += d))
  const written = new Promise<number>((resolve) => child.on('close', () => resolve(Number(out))))
  return { path, written }
}

describe('item 11: a line of many JSON values', () => {
  /** Values parsed before the first write reaches stdout, and in all, for `count` `{}` on one line. */
  async function parses(count: number) {
    const parse = vi.spyOn(JSON, 'parse')
    let beforeFirstWrite: number | undefined
    try {
      const run = await runCheck(['--ndjson', '--json'], `${'{}'.repeat(count)}\n`, () => (beforeFirstWrite ??= parse.mock.calls.length))
      return { beforeFirstWrite, total: parse.mock.calls.length, items: (JSON.parse(run.stdout) as { items: unknown[] }).items.length }
    } finally {
      parse.mockRestore()
    }
  }

  it('parses, checks and reports one value at a time: as many parsed before the first write for 1e3 values as for 1e4', async () => {
    const small = await parses(1_000)
    const large = await parses(10_000)
    expect([small.items, large.items]).toEqual([1_000, 10_000])
    expect(large.beforeFirstWrite).toBe(small.beforeFirstWrite)
    expect(large.beforeFirstWrite).toBeLessThan(1_000)
  })

  it('checks at most MAX_VALUES_PER_LINE values of a line, then says the rest was skipped', async () => {
    // ListModels takes `{}`, so the valid values print nothing; the one past the limit is not JSON,
    // and would be reported if it were read.
    const run = await runCheck(['--ndjson', '--op', 'ListModels'], `${'{}'.repeat(MAX_VALUES_PER_LINE)}{"a": }{}\n`)
    const limit = MAX_VALUES_PER_LINE.toLocaleString('en-US')
    expect(run.stdout).toBe(
      `-:1: (unrecognized): 1 issue\n  - (root): more than ${limit} JSON values on one line: the first ${limit} checked, the rest skipped\n` +
        `\n${MAX_VALUES_PER_LINE + 1} items checked: ${MAX_VALUES_PER_LINE} valid, 1 with issues\n` +
        `  (unrecognized)      0 valid, 1 with issues\n  ListModels request  ${MAX_VALUES_PER_LINE} valid\n`,
    )
  })

  it('a value that is not JSON among good ones is reported at its place, the others checked', async () => {
    const good = JSON.stringify(JSON.parse(event))
    const run = await runCheck(['--ndjson', '--json'], `${good}{"detail-type": }${good}\n`)
    const report = JSON.parse(run.stdout) as { items: Array<{ at: string; valid: boolean; issues: Array<{ column?: number }> }> }
    expect(report.items.map((i) => [i.at, i.valid])).toEqual([
      ['value 1', true],
      ['value 2', false],
      ['value 3', true],
    ])
    expect(report.items[1]!.issues[0]!.column).toBe(good.length + 17)
  })
})

describe('item 12: files that are not regular files', () => {
  it('a FIFO named on the command line is read up to the document limit, and no further', async () => {
    const { path, written } = fifo('stream.json', { bytes: 2 * MAX_DOCUMENT_BYTES })
    const run = await runCheck([path])
    expect(run.stdout).toContain(`larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MiB`)
    expect(run.code).toBe(1)
    // The writer stops when the reader closes its end: the limit, a pipe buffer, one piece.
    expect(await written).toBeLessThan(MAX_DOCUMENT_BYTES + 2 * 1024 * 1024)
  })

  it('a FIFO named on the command line holding a document is checked', async () => {
    const { path } = fifo('event.json', { text: event })
    const run = await runCheck([path])
    expect([run.code, run.stdout]).toEqual([0, expect.stringContaining(': SageMaker Image State Change: valid')])
  })

  it('a FIFO found in a folder is skipped with a note, and the rest is checked', async () => {
    const { path } = fifo('events.json', { text: event })
    writeFileSync(join(path, '../good.json'), event)
    const human = await runCheck([join(path, '..')])
    expect(human.code).toBe(0)
    expect(human.stdout).toContain('1 item checked: 1 valid, 0 with issues')
    expect(human.stdout).toContain('1 file skipped (not regular files)')
    expect(human.stderr).toBe(`sagemaker-shapes check: ${path}: a FIFO, not a regular file: skipped (name it on the command line to read it)\n`)
    const json = JSON.parse((await runCheck(['--json', join(path, '..')])).stdout) as { skipped: Array<{ source: string }>; summary: { skipped: number } }
    expect([json.skipped.map((s) => s.source), json.summary.skipped]).toEqual([[path], 1])
  })
})

describe('item 13: a bad entry in a folder', () => {
  const folder = join(dir, 'bad-entries')
  mkdirSync(join(folder, 'deeper'), { recursive: true })
  writeFileSync(join(folder, 'a-good.json'), event)
  writeFileSync(join(folder, 'deeper/good.json'), event)
  symlinkSync('loop.json', join(folder, 'loop.json'))
  symlinkSync('a-good.json/inside', join(folder, 'through-a-file'))
  symlinkSync('nowhere', join(folder, 'dangling'))

  it('is reported, and every other entry is checked', async () => {
    const run = await runCheck([folder])
    expect(run.stdout).toContain('2 items checked: 2 valid, 0 with issues')
    expect(run.stderr.split('\n')).toEqual([
      `sagemaker-shapes check: ${join(folder, 'loop.json')}: a loop of symbolic links`,
      `sagemaker-shapes check: ${join(folder, 'through-a-file')}: a path through something that is not a folder`,
      '',
    ])
    expect(run.code).toBe(2)
  })

  it.skipIf(process.getuid?.() === 0)('a folder that cannot be read is reported, its siblings checked (not as root, who reads every folder)', async () => {
    const locked = join(dir, 'locked')
    mkdirSync(join(locked, 'closed'), { recursive: true })
    writeFileSync(join(locked, 'good.json'), event)
    spawnSync('chmod', ['000', join(locked, 'closed')])
    const run = await runCheck([locked])
    spawnSync('chmod', ['755', join(locked, 'closed')])
    expect(run.stdout).toContain('1 item checked: 1 valid')
    expect(run.stderr).toContain(`${join(locked, 'closed')}: permission denied`)
  })

  it('expandInputs reports each bad entry once and goes on', () => {
    const events = { unreadable: vi.fn(), skipped: vi.fn() }
    const found = inputs.expandInputs([folder], false, events)
    expect(found.map((i) => i.path)).toEqual([join(folder, 'a-good.json'), join(folder, 'deeper/good.json')])
    expect(events.unreadable.mock.calls.map(([path]) => path)).toEqual([join(folder, 'loop.json'), join(folder, 'through-a-file')])
    expect(events.skipped).not.toHaveBeenCalled()
  })
})

describe('item 14: what is printed is escaped and bounded', () => {
  /** A request with an unknown key of `size` characters that starts with an escape sequence and U+202E. */
  const request = (size: number): string =>
    JSON.stringify({ ModelName: 'm', ExecutionRoleArn: 'arn:aws:iam::123456789012:role/r', [`\u001b[2J\u202eevil${'k'.repeat(size)}`]: 1 })

  it.each([
    ['human', []],
    ['--json', ['--json']],
  ])('%s: the longest line is the same for a key of 1e3 and of 1e4 characters, and holds no unsafe character', async (_name, flags) => {
    const longest = async (size: number) => {
      const run = await runCheck(['--op', 'CreateModel', ...flags, '-'], request(size))
      expect(run.code).toBe(1)
      expect(run.stdout).not.toMatch(UNSAFE)
      if (flags.length > 0) expect(JSON.parse(run.stdout)).toMatchObject({ summary: { invalid: 1 } })
      return Math.max(...run.stdout.split('\n').map((l) => l.length))
    }
    const [small, large] = [await longest(1_000), await longest(10_000)]
    expect(large).toBeLessThan(2_000)
    expect(Math.abs(large - small)).toBeLessThan(10)
  })

  it('a detail-type and a file name are escaped in the verdict, the summary and the errors', async () => {
    const name = `x\u202e\u001b]0;title\u0007`
    const path = file(`${name}.json`, JSON.stringify({ ...JSON.parse(event), 'detail-type': `SageMaker ${name}` }))
    const missing = join(dir, `${name}-missing.json`)
    const run = await runCheck([path, missing])
    expect(run.stdout).not.toMatch(UNSAFE)
    expect(run.stderr).not.toMatch(UNSAFE)
    expect(run.stdout).toContain('x\\u202e\\u001b]0;title\\u0007.json: SageMaker x\\u202e\\u001b]0;title\\u0007: valid')
    expect(run.stderr).toContain('x\\u202e\\u001b]0;title\\u0007-missing.json: no such file or folder')
  })
})
