import { type Dirent, type Stats, readdirSync, realpathSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { errorMessage } from './json-text.js'

/** One input to check: a JSON document, or a newline-delimited stream of them. */
export interface Input {
  /** As given, or joined with the folder it was found in; `-` is standard input. */
  readonly path: string
  readonly stream: boolean
}

/** What the search tells as it goes: inputs it could not read, and files it left alone. */
export interface InputEvents {
  /** Could not be read (it counts against the run: exit status 2); the search goes on. */
  unreadable(path: string, message: string): void
  /** Left out on purpose, with the reason: a FIFO or a device found in a folder. */
  skipped(path: string, message: string): void
}

const CHECKED_FILE = /\.(?:json|ndjson|jsonl)(?:\.gz)?$/i
const STREAM_FILE = /\.(?:ndjson|jsonl)(?:\.gz)?$/i
// Folders that hold other people's JSON (dependencies, tool state), never the inputs meant.
const SKIPPED_FOLDER = (name: string): boolean => name === 'node_modules' || name.startsWith('.')

const byName = (a: Dirent, b: Dirent): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)

/** Why a path could not be read, in a few words. */
export function fileError(e: unknown): string {
  switch ((e as NodeJS.ErrnoException | undefined)?.code) {
    case 'ENOENT':
      return 'no such file or folder'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'ELOOP':
      return 'a loop of symbolic links'
    case 'ENOTDIR':
      return 'a path through something that is not a folder'
    default:
      return errorMessage(e)
  }
}

/** What a file that is not a regular file is: reading a FIFO or a device may never end. */
function special(type: Dirent | Stats): string | undefined {
  if (type.isFIFO()) return 'a FIFO'
  if (type.isSocket()) return 'a socket'
  if (type.isCharacterDevice()) return 'a character device'
  if (type.isBlockDevice()) return 'a block device'
  return undefined
}

function walk(folder: string, seen: Set<string>, found: Input[], forceStream: boolean, events: InputEvents): void {
  let entries: Dirent[]
  try {
    // A symbolic link back up the tree would otherwise be walked forever.
    const real = realpathSync(folder)
    if (seen.has(real)) return
    seen.add(real)
    entries = readdirSync(folder, { withFileTypes: true })
  } catch (e) {
    // One folder that cannot be read is reported; its siblings are still checked.
    events.unreadable(folder, fileError(e))
    return
  }
  for (const entry of entries.sort(byName)) {
    const path = join(folder, entry.name)
    const named = CHECKED_FILE.test(entry.name)
    let type: Dirent | Stats = entry
    if (entry.isSymbolicLink()) {
      try {
        type = statSync(path)
      } catch (e) {
        // A dangling link is no input unless its name says it is; a loop may have been a folder.
        const code = (e as NodeJS.ErrnoException).code
        if (named || (code !== 'ENOENT' && !SKIPPED_FOLDER(entry.name))) events.unreadable(path, fileError(e))
        continue
      }
    }
    if (type.isDirectory()) {
      if (!SKIPPED_FOLDER(entry.name)) walk(path, seen, found, forceStream, events)
    } else if (named) {
      const kind = special(type)
      if (kind === undefined) found.push({ path, stream: forceStream || STREAM_FILE.test(entry.name) })
      else events.skipped(path, `${kind}, not a regular file: skipped (name it on the command line to read it)`)
    }
  }
}

/**
 * The files named on the command line, with folders searched (in name order, so output is
 * stable) for `*.json` documents and `*.ndjson` / `*.jsonl` streams, also gzipped. A file named
 * explicitly is checked whatever its extension (Firehose objects have none) and whatever its
 * kind (`<(zcat ...)` is a pipe); one found in a folder only when it is a regular file.
 */
export function expandInputs(paths: readonly string[], forceStream: boolean, events: InputEvents): Input[] {
  const inputs: Input[] = []
  for (const path of paths) {
    if (path === '-') {
      inputs.push({ path, stream: forceStream })
      continue
    }
    let stats: Stats
    try {
      stats = statSync(path)
    } catch (e) {
      events.unreadable(path, fileError(e))
      continue
    }
    if (!stats.isDirectory()) {
      inputs.push({ path, stream: forceStream || STREAM_FILE.test(path) })
      continue
    }
    const found: Input[] = []
    walk(path, new Set(), found, forceStream, events)
    if (found.length === 0) events.unreadable(path, 'no .json, .ndjson or .jsonl files in this folder')
    inputs.push(...found)
  }
  return inputs
}
