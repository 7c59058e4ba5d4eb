// Once per test run, before any test file: the command-line tool bundled from source, so the
// tests that run it as a process start plain `node` on one file instead of transpiling every
// module anew with tsx on each run (seconds a run, tens of seconds on a busy machine).
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The bundled CLI: run it as `node <cli> check ...`. */
    cli: string
  }
}

const root = fileURLToPath(new URL('..', import.meta.url))
// Two levels below the root, as dist/cli/main.js is, so `demo` finds test/fixtures the same way;
// packages resolve from the root's node_modules, as they do for the published build.
const outdir = join(root, '.tmp/cli')

export default async function setup(project: TestProject): Promise<() => void> {
  rmSync(outdir, { recursive: true, force: true })
  await build({
    entryPoints: { main: join(root, 'src/cli/main.ts') },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    outdir,
    logLevel: 'error',
  })
  project.provide('cli', join(outdir, 'main.js'))
  return () => rmSync(outdir, { recursive: true, force: true })
}
