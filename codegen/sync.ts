import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'

export interface GeneratedDiff {
  /** Files whose content differs from what the generator gives, or that are missing. */
  readonly changed: readonly string[]
  /** Files in an owned folder that the generator no longer produces. */
  readonly stale: readonly string[]
}

function filesUnder(root: string, dir: string): string[] {
  const full = join(root, dir)
  if (!existsSync(full)) return []
  return readdirSync(full, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)).split('\\').join('/'))
}

/** Compares generated files (repository-relative paths) with what is on disk under `root`. */
export function diffGenerated(root: string, files: ReadonlyMap<string, string>, ownedDirs: readonly string[]): GeneratedDiff {
  const stale = ownedDirs.flatMap((d) => filesUnder(root, d)).filter((f) => !files.has(f)).sort()
  const changed = [...files]
    .filter(([path, text]) => {
      const full = join(root, path)
      return !existsSync(full) || readFileSync(full, 'utf8') !== text
    })
    .map(([path]) => path)
  return { changed, stale }
}

/** Writes what changed and removes what is stale. */
export function applyGenerated(root: string, files: ReadonlyMap<string, string>, diff: GeneratedDiff): void {
  for (const path of diff.stale) rmSync(join(root, path))
  for (const path of diff.changed) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), files.get(path)!)
  }
}
