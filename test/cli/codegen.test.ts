// `sagemaker-shapes codegen --boto3` on hostile pages and output folders: everything copied from
// a page into code is escaped, the output compiles, every failure is one message and exit 2.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import * as _ from '../../src/cli/codegen.js'
import { typeErrors } from '../codegen/typecheck.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const scratch = join(root, `.tmp/codegen-cli-${process.pid}`)

/** Runs the command in process; returns its exit status and what it printed. */
async function run(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const out: string[] = []
  const err: string[] = []
  const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')))
  const error = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')))
  try {
    const status = await _.codegen(args)
    return { status, stdout: out.join('\n'), stderr: err.join('\n') }
  } finally {
    log.mockRestore()
    error.mockRestore()
  }
}

const page = (name: string, text: string): string => {
  const file = join(scratch, 'pages', name)
  writeFileSync(file, text)
  return file
}

// Each page is generated once; the outputs are type-checked together in one program.
const GOOD: Array<[string, { file: string; text: string }]> = [
  [
    'a file name with a line break',
    { file: 'evil\n;globalThis.pwned = 1;\n.txt', text: "Request Syntax\nclient.create_thing( Name='string' )\nName (string) -- [REQUIRED]\n" },
  ],
  [
    'enum values with a line feed, a carriage return, quotes, a backslash and U+2028',
    { file: 'enums.txt', text: "Request Syntax\nclient.create_thing( Mode='a\\nb'|'c\\rd'|'e\\'f'|'g\\\\h'|'i\u2028j'|'*/' )\nMode (string) --\n" },
  ],
  [
    'members named __proto__ and constructor',
    { file: 'proto.txt', text: "Request Syntax\nclient.create_thing( __proto__='string', Cfg={ '__proto__': 123, 'constructor': 'string' } )\n__proto__ (string) --\nCfg (dict) --\n__proto__ (integer) --\nconstructor (string) --\n" },
  ],
  [
    'camelCase members, and a member named after a global type (Date)',
    {
      file: 'names.txt',
      text: "Request Syntax\nclient.create_thing( stateMachine={ 'Date': { 'V': 123 }, 'mode': 'A'|'B' } )\nstateMachine (dict) --\nDate (dict) --\nV (integer) --\nmode (string) --\n",
    },
  ],
]

beforeAll(() => {
  rmSync(scratch, { recursive: true, force: true })
  mkdirSync(join(scratch, 'pages'), { recursive: true })
})
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

describe('codegen --boto3 escapes what it copies from a page', () => {
  const outputs: string[] = []

  it.each(GOOD)('%s: exit 0', async (name, { file, text }) => {
    const out = join(scratch, `out-${GOOD.findIndex(([n]) => n === name)}`)
    const result = await run(['--boto3', page(file, text), '--out', out])
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    outputs.push(...readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => join(out, f)))
  })

  it('writes the file name into the header escaped, on one comment line', () => {
    const module = readFileSync(join(scratch, 'out-0/CreateThing.ts'), 'utf8')
    expect(module.split('\n')[1]).toBe('// Source: boto3 API syntax (evil\\u000a;globalThis.pwned = 1;\\u000a.txt)')
    expect(module).not.toMatch(/^;globalThis/m)
  })

  it('writes enum values as literals that hold exactly the value', () => {
    const module = readFileSync(join(scratch, 'out-1/CreateThing.ts'), 'utf8')
    expect(module).toContain("['a\\u000ab', 'c\\u000dd', 'e\\'f', 'g\\\\h', 'i\\u2028j', '*/']")
  })

  it('writes __proto__ as a computed key, so it stays a member and sets no prototype', () => {
    const module = readFileSync(join(scratch, 'out-2/CreateThing.ts'), 'utf8')
    // In the type, a computed key; in the description, a member name like any other (data).
    expect(module).toContain("['__proto__']?: string")
    expect(module).toMatch(/^ {2}'__proto__', 0,$/m)
    expect(module).not.toMatch(/^\s*'?__proto__'?:/m)
  })

  it('names shapes held by camelCase members, or by a global type\'s name, as exported identifiers', () => {
    const module = readFileSync(join(scratch, 'out-3/CreateThing.ts'), 'utf8')
    expect(module.match(/^export interface \w+/gm)).toEqual(['export interface StateMachineDate', 'export interface StateMachine', 'export interface CreateThingRequest'])
    expect(module.match(/^export type \w+Lenient\b/gm)).toEqual(expect.arrayContaining(['export type StateMachineDateLenient', 'export type StateMachineLenient', 'export type CreateThingRequestLenient']))
  })

  it('the generated modules type-check (one program for all of them)', () => {
    expect(outputs.length).toBeGreaterThan(5)
    expect(typeErrors(outputs)).toEqual([])
  })
})

describe('codegen --boto3 failures: one message, exit 2, nothing written', () => {
  const OK = "Request Syntax\nclient.create_thing( Name='string' )\nName (string) --\n"
  const cases: Array<[string, { args: () => string[]; message: RegExp }]> = [
    ['--out names a file', { args: () => ['--boto3', page('ok.txt', OK), '--out', page('a-file.txt', 'x')], message: /--out .*a-file\.txt is not a folder/ }],
    [
      'syntax nested 10,000 levels deep',
      {
        args: () => ['--boto3', page('deep.txt', `Request Syntax\nclient.deep( A=${'['.repeat(10_000)}'string'${']'.repeat(10_000)} )\n`), '--out', join(scratch, 'deep')],
        message: /deep\.txt:2:\d+: values nest deeper than 200 levels/,
      },
    ],
    ['a page that is not syntax', { args: () => ['--boto3', page('prose.txt', 'Request Syntax\nresponse = client.put_object(\n    Body=<bytes>\n)\n'), '--out', join(scratch, 'prose')], message: /prose\.txt:3:10: unexpected character "<"/ }],
    ['a missing page', { args: () => ['--boto3', join(scratch, 'pages/none.txt'), '--out', join(scratch, 'none')], message: /cannot read .*none\.txt \(ENOENT\)/ }],
    ['a folder given as the page', { args: () => ['--boto3', join(scratch, 'pages'), '--out', join(scratch, 'dir')], message: /pages is not a file/ }],
  ]
  it.each(cases)('%s', async (_name, { args, message }) => {
    const given = args()
    const out = given[given.indexOf('--out') + 1]!
    const existed = existsSync(out)
    const result = await run(given)
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(message)
    expect(result.stderr).not.toMatch(/\n\s+at /)
    if (!existed) expect(existsSync(out)).toBe(false)
  })

  it('refuses to write through a symbolic link that leads out of --out, and writes nothing', async () => {
    const outside = join(scratch, 'outside')
    const out = join(scratch, 'linked')
    mkdirSync(outside, { recursive: true })
    mkdirSync(out, { recursive: true })
    writeFileSync(join(outside, 'CreateThing.ts'), 'keep me')
    symlinkSync(join(outside, 'CreateThing.ts'), join(out, 'CreateThing.ts'))
    const result = await run(['--boto3', page('ok.txt', OK), '--out', out])
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/CreateThing\.ts is a symbolic link that leads out of the output folder/)
    expect(readFileSync(join(outside, 'CreateThing.ts'), 'utf8')).toBe('keep me')
    expect(existsSync(join(out, 'index.ts'))).toBe(false)
  })

  it('refuses a --runtime that is not a module specifier', async () => {
    await expect(run(['--boto3', page('ok.txt', OK), '--out', join(scratch, 'rt'), '--runtime', "x'; process.exit(1); '"])).rejects.toThrow(
      /--runtime .* is not a module specifier/,
    )
  })

  it('would refuse generated code that does not compile (the check behind the escaping)', async () => {
    const problems = await _.syntaxProblems(new Map([['Broken.ts', "export const a = 'line\nbreak'\n"]]), root)
    expect(problems[0]).toBe('Broken.ts:1:23: Unterminated string literal.')
  })
})
