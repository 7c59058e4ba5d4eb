// npm run codegen              regenerate generated/ from codegen/sources
// npm run codegen -- --check   exit 1 when generated/ differs from what the sources give
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { OWNED_DIRS, generate } from './generate.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)).split('\\').join('/'))
}

function main(args: readonly string[]): number {
  const check = args.includes('--check')
  const unknown = args.filter((a) => a !== '--check')
  if (unknown.length > 0) {
    console.error(`codegen: unknown argument ${unknown[0]}\nusage: codegen [--check]`)
    return 2
  }
  const files = generate(root)
  const existing = OWNED_DIRS.flatMap((d) => filesUnder(join(root, d)))
  const stale = existing.filter((f) => !files.has(f))
  const changed = [...files].filter(([path, text]) => {
    const full = join(root, path)
    return !existsSync(full) || readFileSync(full, 'utf8') !== text
  })
  if (check) {
    if (changed.length === 0 && stale.length === 0) {
      console.log(`codegen --check: generated/ is up to date (${files.size} files)`)
      return 0
    }
    for (const [path] of changed) console.error(`stale: ${path}`)
    for (const path of stale) console.error(`not generated any more: ${path}`)
    console.error('codegen --check: generated/ is stale; run `npm run codegen` and commit the result')
    return 1
  }
  for (const path of stale) rmSync(join(root, path))
  for (const [path, text] of changed) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  console.log(`codegen: ${files.size} files, ${changed.length} written, ${stale.length} removed`)
  return 0
}

process.exitCode = main(process.argv.slice(2))
