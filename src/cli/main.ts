#!/usr/bin/env node
// sagemaker-shapes: the command-line tool. Each subcommand lives in its own module, loaded only
// when it runs (a check of events should not pay for loading the code generator); this file
// only dispatches. Exit status: 0 all valid, 1 issues found, 2 usage or I/O error.
import { UsageError } from './args.js'
import { shown } from './text.js'

type Command = (args: readonly string[]) => number | Promise<number>

// `check ... | head` closes the pipe early: that ends the run quietly, not with a stack trace.
// Output cut short has no verdict, whatever the command found before: every command exits 2
// (an I/O error), never 0 or 1. A command that already returned has set its status, so that is
// not a reason to keep it.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e
  process.exit(2)
})

const io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin }

// One line per subcommand: its usage, and how to run it.
const commands: Record<string, { readonly usage: string; readonly run: Command }> = {
  check: {
    usage: 'check [--op <Operation>] [--response] [--ndjson] [--json] <files or folders...>',
    run: async (args) => (await import('./check.js')).check(args, io),
  },
  demo: { usage: 'demo', run: async (args) => (await import('./demo.js')).demo(args) },
  codegen: {
    usage: 'codegen --boto3 <page.txt>... --out <dir> [--runtime <specifier>]',
    run: async (args) => (await import('./codegen.js')).codegen(args),
  },
  'check-sfn': { usage: 'check-sfn <definition.json>...', run: async (args) => (await import('./check-sfn.js')).checkSfn(args) },
}

const usage = (): string => `usage:\n${Object.values(commands).map((c) => `  sagemaker-shapes ${c.usage}`).join('\n')}`

async function main(args: readonly string[]): Promise<number> {
  const [name, ...rest] = args
  if (name === '--help' || name === '-h' || name === 'help') {
    console.log(usage())
    return 0
  }
  const command = name === undefined || !Object.hasOwn(commands, name) ? undefined : commands[name]
  if (command === undefined) throw new UsageError(name === undefined ? 'no command given' : `unknown command ${JSON.stringify(name)}`)
  return command.run(rest)
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (e: unknown) => {
    if (!(e instanceof UsageError)) throw e
    console.error(`sagemaker-shapes: ${shown(e.message)}\n${usage()}`)
    process.exitCode = 2
  },
)
