// The package as npm publishes it, built with tsup and packed with npm, once for each content
// of what goes into it: the tarball is kept under .tmp/package/<hash>/, so a test run after a
// change of only the tests, or a second run, does not build again (the build takes a minute or
// more; its declarations are most of it). A fresh clone, as CI has, builds once.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const cache = join(root, '.tmp/package')

/** Everything the build reads or the tarball holds, besides node_modules (pinned by the lock file). */
const INPUT_FOLDERS = ['src', 'generated']
const INPUT_FILES = ['package.json', 'package-lock.json', 'tsup.config.ts', 'tsconfig.json', 'README.md', 'CHANGELOG.md', 'LICENSE']

export interface Packed {
  /** The tarball's path. */
  readonly tarball: string
  /** A scratch project with the tarball installed, and its dependencies and peers from this repository. */
  readonly project: string
  /** What `npm pack --json` said about it. */
  readonly filename: string
  readonly size: number
  readonly unpackedSize: number
  readonly files: ReadonlyArray<{ readonly path: string; readonly mode: number }>
}

function inputsHash(): string {
  const hash = createHash('sha256')
  const files = [
    ...INPUT_FILES.map((f) => join(root, f)),
    ...INPUT_FOLDERS.flatMap((folder) =>
      readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name)),
    ),
  ].sort()
  for (const file of files) {
    hash.update(relative(root, file)).update('\0')
    hash.update(existsSync(file) ? readFileSync(file) : '(none)').update('\0')
  }
  return hash.digest('hex').slice(0, 16)
}

function run(command: string, args: readonly string[]): string {
  const r = spawnSync(command, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 })
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`)
  return r.stdout
}

/** Builds and packs the package, or finds the tarball of a build of the same inputs. */
export function packedPackage(): Packed {
  const folder = join(cache, inputsHash())
  const manifest = join(folder, 'pack.json')
  if (!existsSync(manifest)) {
    // One build is kept: older ones are of sources that are gone.
    rmSync(cache, { recursive: true, force: true })
    mkdirSync(folder, { recursive: true })
    run(join(root, 'node_modules/.bin/tsup'), [])
    const pack = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', folder])
    writeFileSync(manifest, JSON.stringify((JSON.parse(pack) as unknown[])[0]))
  }
  const packed = JSON.parse(readFileSync(manifest, 'utf8')) as Omit<Packed, 'tarball' | 'project'>
  const tarball = join(folder, packed.filename)
  return { ...packed, tarball, project: installed(tarball, join(folder, 'project')) }
}

/** `project`, with the tarball installed as npm would, once. */
function installed(tarball: string, project: string): string {
  const done = join(project, 'package.json')
  if (existsSync(done)) return project
  rmSync(project, { recursive: true, force: true })
  const modules = join(project, 'node_modules')
  mkdirSync(modules, { recursive: true })
  run('tar', ['xzf', tarball, '-C', modules])
  renameSync(join(modules, 'package'), join(modules, 'sagemaker-shapes'))
  // What npm would install beside it: its dependencies and the peers.
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, Record<string, string>>
  for (const name of Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies })) {
    mkdirSync(join(modules, name, '..'), { recursive: true })
    symlinkSync(join(root, 'node_modules', name), join(modules, name), 'dir')
  }
  // Written last: its presence says the install is complete.
  writeFileSync(done, JSON.stringify({ name: 'consumer', private: true, type: 'module' }))
  return project
}
