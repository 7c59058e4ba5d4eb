// A CI step: check every SageMaker request kept as JSON in a repository before it reaches AWS.
// Files name their operation by their folder or their own name:
//
//   requests/CreateTrainingJob/nightly.json   requests/CreateModel.json
//
//   node check-requests.js requests/       exit 0 when all are valid, 1 otherwise
//
// (`npx sagemaker-shapes check requests/` does the same from the command line; this is the
// library way, for a check that needs to do more.)
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { formatIssues, safeDecode } from 'sagemaker-shapes'
import * as api from 'sagemaker-shapes/api'

export interface Checked {
  readonly file: string
  readonly operation: string | undefined
  /** One line per issue; empty when the request is valid. */
  readonly issues: string
}

type Decoder = Parameters<typeof safeDecode>[0]

/** `<Operation>Request` when the name is an operation's, e.g. `CreateTrainingJob`. */
function requestCodec(operation: string): Decoder | undefined {
  const codec: unknown = (api as Record<string, unknown>)[`${operation}Request`]
  return typeof codec === 'object' && codec !== null && 'decode' in codec ? (codec as Decoder) : undefined
}

function jsonFiles(folder: string): string[] {
  return readdirSync(folder)
    .sort()
    .flatMap((name) => {
      const path = join(folder, name)
      return statSync(path).isDirectory() ? jsonFiles(path) : name.endsWith('.json') ? [path] : []
    })
}

export function checkFile(file: string): Checked {
  const operation = [basename(file, '.json').split('.')[0]!, basename(dirname(file))].find((name) => requestCodec(name) !== undefined)
  if (operation === undefined) return { file, operation, issues: 'no operation: keep the file in a folder named after one, or name it after one' }
  let input: unknown
  try {
    input = JSON.parse(readFileSync(file, 'utf8'))
  } catch (e) {
    return { file, operation, issues: `not JSON: ${(e as Error).message}` }
  }
  const result = safeDecode(requestCodec(operation)!, input)
  return { file, operation, issues: result.success ? '' : formatIssues(result.issues) }
}

export function checkRequests(folder: string): Checked[] {
  return jsonFiles(folder).map(checkFile)
}

export function main(folders: readonly string[], log: (line: string) => void = console.log): number {
  const results = folders.flatMap(checkRequests)
  for (const { file, operation, issues } of results) {
    log(`${issues === '' ? 'ok  ' : 'FAIL'} ${file}${operation === undefined ? '' : ` (${operation})`}`)
    if (issues !== '') log(issues.replace(/^/gm, '     '))
  }
  const failed = results.filter((r) => r.issues !== '').length
  log(`${results.length - failed} of ${results.length} requests valid`)
  return failed > 0 || results.length === 0 ? 1 : 0
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2))
}
