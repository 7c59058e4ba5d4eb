import { type Dirent, readdirSync, realpathSync, statSync } from 'node:fs'
import { join } from 'node:path'

/** One input to check: a JSON document, or a newline-delimited stream of them. */
export interface Input {
  /** As given, or joined with the folder it was found in; `-` is standard input. */
  readonly path: string
  readonly stream: boolean
}

const CHECKED_FILE = /\.(?:json|ndjson|jsonl)(?:\.gz)?$/i
const STREAM_FILE = /\.(?:ndjson|jsonl)(?:\.gz)?$/i
// Folders that hold other people's JSON (dependencies, tool state), never the inputs meant.
const SKIPPED_FOLDER = (name: string): boolean => name === 'node_modules' || name.startsWith('.')

const byName = (a: Dirent, b: Dirent): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)

function walk(folder: string, seen: Set<string>, found: Input[], forceStream: boolean): void {
  // A symbolic link back up the tree would otherwise be walked forever.
  const real = realpathSync(folder)
  if (seen.has(real)) return
  seen.add(real)
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort(byName)) {
    const path = join(folder, entry.name)
    const isFolder = entry.isDirectory() || (entry.isSymbolicLink() && statSync(path, { throwIfNoEntry: false })?.isDirectory() === true)
    if (isFolder) {
      if (!SKIPPED_FOLDER(entry.name)) walk(path, seen, found, forceStream)
    } else if (CHECKED_FILE.test(entry.name)) {
      found.push({ path, stream: forceStream || STREAM_FILE.test(entry.name) })
    }
  }
}

/**
 * The files named on the command line, with folders searched (in name order, so output is
 * stable) for `*.json` documents and `*.ndjson` / `*.jsonl` streams, also gzipped. A file named
 * explicitly is checked whatever its extension: Firehose objects have none.
 */
export function expandInputs(paths: readonly string[], forceStream: boolean, unreadable: (path: string, message: string) => void): Input[] {
  const inputs: Input[] = []
  for (const path of paths) {
    if (path === '-') {
      inputs.push({ path, stream: forceStream })
      continue
    }
    try {
      if (!statSync(path).isDirectory()) {
        inputs.push({ path, stream: forceStream || STREAM_FILE.test(path) })
        continue
      }
      const found: Input[] = []
      walk(path, new Set(), found, forceStream)
      if (found.length === 0) unreadable(path, 'no .json, .ndjson or .jsonl files in this folder')
      inputs.push(...found)
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code
      unreadable(path, code === 'ENOENT' ? 'no such file or folder' : code === 'EACCES' ? 'permission denied' : (e as Error).message)
    }
  }
  return inputs
}
