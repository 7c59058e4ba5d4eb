#!/usr/bin/env node
// sagemaker-shapes: the command-line tool. Each subcommand lives in its own module, loaded only
// when it runs (a check of events should not pay for loading the code generator); this file
// only dispatches. Exit status: 0 all valid, 1 issues found, 2 usage or I/O error.
import { UsageError } from './args.js'
import { COMMAND_HELP, formatCommandHelp, formatOverview, packageVersion } from './help.js'
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

// How to run each subcommand; what it does and its options are in ./help.ts.
const commands: Record<keyof typeof COMMAND_HELP, Command> = {
  check: async (args) => (await import('./check.js')).check(args, io),
  'check-sfn': async (args) => (await import('./check-sfn.js')).checkSfn(args),
  demo: async (args) => (await import('./demo.js')).demo(args),
  codegen: async (args) => (await import('./codegen.js')).codegen(args),
}

const usage = (): string => `usage:\n${Object.values(COMMAND_HELP).map((c) => `  sagemaker-shapes ${c.usage}`).join('\n')}`

async function main(args: readonly string[]): Promise<number> {
  const [name, ...rest] = args
  if (name === '--help' || name === '-h' || name === 'help') {
    console.log(formatOverview())
    return 0
  }
  if (name === '--version' || name === '-v') {
    console.log(packageVersion())
    return 0
  }
  if (name === undefined || !Object.hasOwn(commands, name)) {
    throw new UsageError(name === undefined ? 'no command given' : `unknown command ${JSON.stringify(name)}`)
  }
  const command = name as keyof typeof commands
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(formatCommandHelp(command))
    return 0
  }
  return commands[command](rest)
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
