// Runs `check` in this process with stand-ins for its streams (spawning the CLI costs seconds).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll } from 'vitest'
import * as _ from '../../src/cli/check.js'

export const root = fileURLToPath(new URL('../..', import.meta.url))

export interface CheckRun {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

/**
 * Runs the command; arguments starting with `test/` are taken from the repository root, whose
 * path is left out of the output. `write` sees every write to stdout as it happens.
 */
export async function runCheck(args: readonly string[], stdin: string | Buffer = '', write: (text: string) => void = () => {}): Promise<CheckRun> {
  let stdout = ''
  let stderr = ''
  const code = await _.check(
    args.map((a) => (a.startsWith('test/') ? join(root, a) : a)),
    {
      stdout: { write: (s: string) => (write(s), (stdout += s), true) },
      stderr: { isTTY: false, write: (s: string) => ((stderr += s), true) },
      stdin: (async function* () {
        if (stdin.length > 0) yield Buffer.from(stdin)
      })(),
    },
  )
  return { code, stdout: stdout.replaceAll(`${root}`, ''), stderr }
}

/** A scratch folder, removed after the file's tests; `file` writes into a fresh subfolder. */
export function scratchFolder(prefix: string): { readonly dir: string; file(name: string, content: string | Buffer): string } {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  let files = 0
  return {
    dir,
    file(name, content) {
      const path = join(dir, String(files++), name)
      mkdirSync(join(path, '..'), { recursive: true })
      writeFileSync(path, content)
      return path
    },
  }
}
