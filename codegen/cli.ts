// npm run codegen              regenerate generated/ from codegen/sources
// npm run codegen -- --check   exit 1 when generated/ differs from what the sources give
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { OWNED_DIRS, eventIR, generate } from './generate.js'
import { applyGenerated, diffGenerated } from './sync.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

function main(args: readonly string[]): number {
  const check = args.includes('--check')
  const unknown = args.filter((a) => a !== '--check' && a !== '--repairs')
  if (unknown.length > 0) {
    console.error(`codegen: unknown argument ${unknown[0]}\nusage: codegen [--check] [--repairs]`)
    return 2
  }
  if (args.includes('--repairs')) {
    // What the tolerant reader changed in the event examples to read them.
    for (const line of eventIR(root).repairs) console.log(line)
    return 0
  }
  const files = generate(root)
  const diff = diffGenerated(root, files, OWNED_DIRS)
  if (check) {
    if (diff.changed.length === 0 && diff.stale.length === 0) {
      console.log(`codegen --check: generated/ is up to date (${files.size} files)`)
      return 0
    }
    for (const path of diff.changed) console.error(`stale: ${path}`)
    for (const path of diff.stale) console.error(`not generated any more: ${path}`)
    console.error('codegen --check: generated/ is stale; run `npm run codegen` and commit the result')
    return 1
  }
  applyGenerated(root, files, diff)
  console.log(`codegen: ${files.size} files, ${diff.changed.length} written, ${diff.stale.length} removed`)
  return 0
}

process.exitCode = main(process.argv.slice(2))
