// sagemaker-shapes check-sfn <definition.json>...
//
// Checks the SageMaker tasks of Step Functions state machine definitions (Amazon States
// Language JSON): the optimized integrations and `aws-sdk:sagemaker:*` tasks against every
// operation (whose table is loaded only for definitions that have such a task).
// Exit status: 0 all valid, 1 issues found, 2 usage or I/O error.
import { relative } from 'node:path'
import { formatIssue } from '../format.js'
import type { StateMachineValidation } from '../sfn/index.js'
import { UsageError, parseCommandArgs } from './args.js'
import { MAX_DOCUMENT_BYTES, readFileLimited } from './read.js'
import { MAX_LINE, MAX_NAME, MAX_SOURCE, cut, shown } from './text.js'

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`

function describeFile(file: string, result: StateMachineValidation, cwd: string): string[] {
  const tasks = plural(result.tasks.length, 'SageMaker task')
  const verdict = result.success ? 'valid' : plural(result.issues.length, 'issue')
  // State names, keys and messages quote the definition: escaped and cut, like check's output.
  const lines = [`${shown(relative(cwd, file) || file, MAX_SOURCE)}: ${tasks}, ${verdict}`]
  for (const issue of result.issues) {
    const state = issue.state === undefined ? '' : `[${shown(issue.state, MAX_NAME)}] `
    lines.push(`  - ${state}${shown(formatIssue({ ...issue, message: cut(issue.message) }), MAX_LINE)}`)
  }
  return lines
}

/**
 * Whether a definition may hold an AWS SDK integration task for SageMaker: its resource has
 * `:aws-sdk:sagemaker:` in it, unless JSON escapes spell it otherwise.
 */
const mayHaveSdkTask = (text: string): boolean => text.includes(':aws-sdk:sagemaker:') || text.includes('\\u')

/** The validator the definitions need: the one with every operation's codec is the larger load. */
async function validatorFor(texts: ReadonlyArray<readonly [string, string]>): Promise<(definition: unknown) => StateMachineValidation> {
  if (texts.some(([, text]) => mayHaveSdkTask(text))) return (await import('../../generated/sfn/sdk.js')).validateStateMachine
  return (await import('../../generated/sfn/index.js')).validateStateMachine
}

/**
 * Runs `check-sfn` with the arguments after the command; resolves to the exit status. Throws a
 * {@link UsageError} for an option or no file.
 */
export async function checkSfn(args: readonly string[]): Promise<number> {
  const { positionals } = parseCommandArgs('check-sfn', args, {})
  if (positionals.length === 0) throw new UsageError('check-sfn needs at least one file')
  const texts: Array<[file: string, text: string]> = []
  for (const file of positionals) {
    try {
      // A pipe or a device is read up to the limit, not until memory runs out.
      const bytes = readFileLimited(file)
      if (bytes === undefined) {
        console.error(`sagemaker-shapes: ${shown(file, MAX_SOURCE)} is larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MiB`)
        return 2
      }
      texts.push([file, bytes.toString('utf8')])
    } catch (e) {
      console.error(`sagemaker-shapes: cannot read ${shown(file, MAX_SOURCE)} (${(e as NodeJS.ErrnoException).code ?? 'error'})`)
      return 2
    }
  }
  const validateStateMachine = await validatorFor(texts)
  const cwd = process.cwd()
  let bad = 0
  for (const [file, text] of texts) {
    const result = validateStateMachine(text)
    if (!result.success) bad++
    for (const line of describeFile(file, result, cwd)) console.log(line)
  }
  console.log(`\n${texts.length - bad} valid, ${bad} with issues`)
  return bad > 0 ? 1 : 0
}
